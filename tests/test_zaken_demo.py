"""The demo data of `make run`: zaken of the Catalogi demo zaaktype, made through the APIs in-process.

This also covers the in-process path of common.references: the zaken refer to the real
Catalogi registry of the same deployment (no stub), which is read through its resolvers.
"""

import asyncio

from sqlalchemy import func, select

from common import db, migrations
from common.app import load_registries
from registries.zaken.demo import COUNT
from registries.zaken.models import Resultaat, Rol, Zaak


def test_demo_zaken_in_every_state(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}"

    async def run():
        engine = db.create_engine(url)
        try:
            registries = load_registries(["catalogi", "zaken"])
            await migrations.upgrade(engine, registries)
            for _ in range(2):  # a second run adds nothing
                for registry in registries:
                    async with db.write_sessionmaker(engine)() as session:
                        await registry.seed(session)
            async with db.sessionmaker(engine)() as session:
                return (
                    await session.scalar(select(func.count()).select_from(Zaak)),
                    await session.scalar(select(func.count()).where(Zaak.einddatum.is_not(None))),
                    await session.scalar(select(func.count()).where(Zaak.status_id.is_not(None))),
                    await session.scalar(select(func.count()).select_from(Resultaat)),
                    await session.scalar(select(func.count()).where(Rol.inp_bsn.is_not(None))),
                    await session.scalar(select(func.count()).where(Zaak.archiefactiedatum.is_not(None))),
                )
        finally:
            await engine.dispose()

    zaken, closed, with_status, resultaten, rollen_with_bsn, archived = asyncio.run(run())
    assert zaken == COUNT
    assert 0 < closed == resultaten == archived < with_status < zaken
    assert rollen_with_bsn == COUNT
