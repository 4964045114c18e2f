"""prd-018, the status by date: a product whose start_datum has come is actief, one whose
eind_datum has come is verlopen.

Writes apply it at once (rules.status_by_date); this job catches up on the products whose date
came while nobody wrote them. It finds them through the partial indexes on start_datum and
eind_datum (only products whose status can still move are in them), never by reading every
product, and changes them in chunks: each change with its audit trail entry and its
notification on channel ``producten``, as a write through the API would. Run it daily, e.g.
from cron: `registries producten update-statuses`.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import SimpleNamespace

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common import changes
from common.settings import Settings
from registries.producten.models import ENDABLE, STARTABLE, Product, ProductType, UniformeProductNaam
from registries.producten.represent import product_url

CHUNK = 500


@dataclass(frozen=True)
class StatusRun:
    actief: int
    verlopen: int


def _job_request(settings: Settings) -> SimpleNamespace:
    """What common.changes.record reads from a request, for a change made by this job (no caller)."""
    return SimpleNamespace(headers={"x-audit-toelichting": "Status gezet op grond van de start- of einddatum."},
                           state=SimpleNamespace(principal=None),
                           app=SimpleNamespace(state=SimpleNamespace(settings=settings)))


async def _move(session: AsyncSession, settings: Settings, base: str, ids: list[int], status: str) -> None:
    rows = (await session.execute(
        select(Product.id, Product.uuid, Product.status, Product.naam, ProductType.uuid, ProductType.code,
               UniformeProductNaam.naam)
        .join(ProductType, ProductType.id == Product.producttype_id)
        .outerjoin(UniformeProductNaam, UniformeProductNaam.id == ProductType.upl_id)
        .where(Product.id.in_(ids))
    )).all()
    stamp = datetime.now(UTC)
    await session.execute(update(Product).where(Product.id.in_(ids)).values(status=status, update_datum=stamp))
    request = _job_request(settings)
    for _id, uuid, old, naam, type_uuid, code, upl in rows:
        url = product_url(base, uuid)
        await changes.record(session, request, changes.Change(
            bron="PRD", actie="partial_update", resource="product", resource_url=url, hoofd_object=url,
            resource_weergave=naam or code, oud={"status": old}, nieuw={"status": status}, kanaal="producten",
            kenmerken={"producttype.uuid": str(type_uuid), "producttype.uniforme_product_naam": upl or "",
                       "producttype.code": code},
        ))
    await session.commit()


async def update_statuses(maker: async_sessionmaker[AsyncSession], settings: Settings, today: date | None = None) -> StatusRun:
    today = today or date.today()
    base = (settings.public_base_url or f"http://{settings.host}:{settings.port}").rstrip("/")
    counts = {"verlopen": 0, "actief": 0}
    # verlopen first: a product whose both dates have passed ends up verlopen, not actief.
    for status, column, statuses in (("verlopen", Product.eind_datum, ENDABLE), ("actief", Product.start_datum, STARTABLE)):
        while True:
            async with maker() as session:
                ids = list((await session.scalars(
                    select(Product.id).where(column <= today, Product.status.in_(statuses)).order_by(column).limit(CHUNK)
                )).all())
                if not ids:
                    break
                await _move(session, settings, base, ids, status)
                counts[status] += len(ids)
    return StatusRun(actief=counts["actief"], verlopen=counts["verlopen"])
