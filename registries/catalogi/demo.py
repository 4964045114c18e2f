"""Demo data for `make run`: a living catalogue at first sight. Loaded only into an empty registry."""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.catalogi.models import Catalogus

DEMO_CATALOGUSSEN = [
    {
        "domein": "DEMO",
        "rsin": "002564440",
        "contactpersoon_beheer_naam": "Team Zaakgericht Werken",
        "contactpersoon_beheer_emailadres": "zaakgericht@gemeente.example",
        "naam": "Zaaktypecatalogus Demo",
        "versie": "2026",
        "begindatum_versie": date(2026, 1, 1),
    },
    {
        "domein": "SOC",
        "rsin": "002564440",
        "contactpersoon_beheer_naam": "Team Sociaal Domein",
        "naam": "Catalogus Sociaal Domein",
        "versie": "1",
    },
]


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(Catalogus)):
        return
    session.add_all(Catalogus(**values) for values in DEMO_CATALOGUSSEN)
    await session.commit()
