"""The processing log: who read or changed which data subject's data, when, why, in which trace.

A route that shows or changes data about a person or organisation (a BSN, a KvK number) calls
``log_processing`` before it answers. Records are written in groups: every request waiting at
the same moment shares one insert and one commit (group commit), and a request answers only
after its records are stored, so none is lost when the process dies, while the cost per
request stays a fraction of a round trip under load.
"""

import asyncio
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fastapi import Request
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from common import db
from common.platform.models import Verwerking

log = logging.getLogger("registries.processing")

VERWERKING = Verwerking.__table__
_COLUMNS = ("tijdstip", "component", "activiteit", "resource", "resource_url", "subject_type", "subject_id",
            "applicatie_id", "applicatie_weergave", "gebruikers_id", "doel", "trace_id")

_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:/-]{1,100}$")


@dataclass(frozen=True)
class Subject:
    type: str  # bsn, kvk, rsin, vestigingsnummer
    id: str


def trace_id(request: Request) -> str:
    """The trace this request belongs to: W3C traceparent, FSC or NLX transaction ids, or our request id."""
    match = _TRACEPARENT.match(request.headers.get("traceparent", ""))
    if match:
        return match.group(1)
    for header in ("fsc-transaction-id", "x-nlx-logrecord-id"):
        value = request.headers.get(header, "")
        if _SAFE_ID.match(value):
            return value
    return request.scope.get("state", {}).get("request_id", "")


class ProcessingLog:
    """Group commit of processing records; one per server process."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], engine: AsyncEngine | None = None) -> None:
        self.sessionmaker = sessionmaker
        self._engine = engine  # its own, disposed by close()
        self._pending: list[tuple[list[dict], asyncio.Future]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    @classmethod
    def with_own_connection(cls, engine: AsyncEngine) -> "ProcessingLog":
        """A log that writes through a connection of its own, not one of the requests' pool.

        A request keeps its pooled connection while it waits for its records to be stored. Were
        the log to need a connection from the same pool, a burst of requests that holds every
        connection would wait for a log that waits for them, until the pool's timeout (found by
        benchmarks/: 500s after 30 s at 32 connections). An in-memory SQLite database cannot be
        opened twice, so it shares the pool.
        """
        url = engine.url
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            return cls(db.write_sessionmaker(engine))
        own = db.create_engine(url.render_as_string(hide_password=False))
        return cls(db.write_sessionmaker(own), own)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._engine is not None:
            await self._engine.dispose()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="processing-log")

    async def write(self, rows: list[dict]) -> None:
        """Store ``rows``; returns when they are committed (raises when they could not be)."""
        if self._task is None or self._task.done():
            self.start()  # lazily, in the event loop of the server that uses it
        future = asyncio.get_running_loop().create_future()
        self._pending.append((rows, future))
        self._wake.set()
        await future

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            await self._flush()

    async def _flush(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        try:
            await self._insert([row for rows, _ in batch for row in rows])
        except Exception as exc:  # every waiting request learns its records were not stored
            log.error("processing records not stored", extra={"error": type(exc).__name__, "count": len(batch)})
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for _, future in batch:
            if not future.done():
                future.set_result(None)

    async def _insert(self, rows: list[dict]) -> None:
        if not rows:
            return
        engine: AsyncEngine = self.sessionmaker.kw["bind"]
        if engine.dialect.name == "postgresql":
            # COPY: a page of a hundred zaken with a BSN each is a hundred records, and an INSERT
            # per record cost more than building the page itself. One COPY is one statement that
            # commits on its own: a pooled connection serves, without a session around it.
            async with engine.connect() as connection:
                raw = (await connection.get_raw_connection()).driver_connection
                await raw.copy_records_to_table(VERWERKING.name, columns=_COLUMNS,
                                                records=[tuple(row[c] for c in _COLUMNS) for row in rows])
            return
        async with self.sessionmaker() as session:
            await (await session.connection()).execute(insert(VERWERKING), rows)
            await session.commit()


@dataclass(frozen=True)
class Processed:
    """One object an answer showed or changed, and whose data it holds."""
    resource: str
    resource_url: str
    subjects: Iterable[Subject]


async def log_processed(request: Request, *, component: str, activiteit: str, items: Iterable[Processed]) -> None:
    """Record that this request processed (lezen, aanmaken, wijzigen, verwijderen) the data of the
    subjects of ``items``: one record per object and subject, stored together."""
    principal = getattr(request.state, "principal", None)
    common = {
        "tijdstip": datetime.now(UTC),
        "component": component,
        "activiteit": activiteit,
        "applicatie_id": str(principal.applicatie_uuid) if principal else "",
        "applicatie_weergave": principal.label if principal else "",
        "gebruikers_id": principal.user_id if principal else "",
        "doel": request.headers.get("x-audit-toelichting", "")[:1000],
        "trace_id": trace_id(request),
    }
    rows = [
        {**common, "resource": item.resource, "resource_url": item.resource_url,
         "subject_type": subject.type, "subject_id": subject.id}
        for item in items
        for subject in sorted({*item.subjects}, key=lambda s: (s.type, s.id))
    ]
    if rows:
        await request.app.state.processing_log.write(rows)


async def log_processing(
    request: Request,
    *,
    component: str,
    activiteit: str,
    resource: str,
    resource_url: str,
    subjects: Sequence[Subject],
) -> None:
    """Record that this request processed the data of ``subjects`` in one object."""
    await log_processed(request, component=component, activiteit=activiteit,
                        items=[Processed(resource, resource_url, subjects)])


async def processing_of(session: AsyncSession, subject: Subject, limit: int = 1000) -> list[Verwerking]:
    """Everything recorded about one data subject, newest first: the citizen's inzage."""
    stmt = (
        select(Verwerking)
        .where(Verwerking.subject_type == subject.type, Verwerking.subject_id == subject.id)
        .order_by(Verwerking.tijdstip.desc(), Verwerking.id.desc())
        .limit(limit)
    )
    return list((await session.scalars(stmt)).all())
