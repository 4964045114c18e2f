"""prd-018, the status by date: a product whose start_datum has come is actief, one whose
eind_datum has come is verlopen.

Writes apply it at once (rules.status_by_date); this job catches up on the products whose date
came while nobody wrote them. It finds them through the partial indexes on start_datum and
eind_datum (only products whose status can still move are in them), never by reading every
product, and changes them in chunks: each change with its audit trail entry and its
notification on channel ``producten``, as a write through the API would. Run it daily, e.g.
from cron: `registries producten update-statuses`, or let the server run it every
REGISTRIES_PRODUCTEN_STATUS_INTERVAL seconds (``status_job``).

Several server processes may all run it. On PostgreSQL a round first takes an advisory lock
(``pg_try_advisory_lock``); a process that does not get it skips the round, so a product is
moved (and its change recorded and notified) once. On SQLite, one file on one machine, the
update itself is the guard: it moves only products still in a movable status.
"""

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import SimpleNamespace

from fastapi import FastAPI
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from common import changes, periodic
from common.settings import Settings
from registries.producten.models import ENDABLE, STARTABLE, Product, ProductType, UniformeProductNaam
from registries.producten.represent import product_url

CHUNK = 500
# The PostgreSQL advisory lock of a round of the status job ("prd-018" as a number).
LOCK_KEY = 0x70726418

log = logging.getLogger("registries.producten.statuses")


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


async def run_once(engine: AsyncEngine, maker: async_sessionmaker[AsyncSession], settings: Settings) -> StatusRun | None:
    """One round of the job; None when another process holds the round's lock (PostgreSQL)."""
    if engine.dialect.name != "postgresql":
        return await update_statuses(maker, settings)
    async with engine.connect() as connection:
        if not await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}):
            return None
        try:
            return await update_statuses(maker, settings)
        finally:
            await connection.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})


async def status_job(app: FastAPI) -> None:
    """prd-018 inside the server: a round every REGISTRIES_PRODUCTEN_STATUS_INTERVAL seconds (0: off)."""
    settings = app.state.settings
    if settings.producten_status_interval <= 0:
        return

    async def round_() -> None:
        result = await run_once(app.state.engine, app.state.write_sessionmaker, settings)
        if result is not None and (result.actief or result.verlopen):
            log.info("product statuses by date", extra={"actief": result.actief, "verlopen": result.verlopen})

    await periodic.every(settings.producten_status_interval, round_, "producten status by date")
