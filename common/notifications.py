"""The transactional outbox: deliver the notifications written with each change, at least once.

``common.changes.record`` writes one ``OutboxMessage`` per receiver in the transaction of the
change itself, so a change that is rolled back is never notified and a committed one is never
lost. Each server process runs one ``Dispatcher`` (an asyncio task) that POSTs the pending rows
to their receiver:

- it claims due rows with ``SELECT ... FOR UPDATE SKIP LOCKED`` in a short transaction and pushes
  their ``next_attempt_at`` a lease period ahead, so several processes on one PostgreSQL database
  never send the same row at the same time (SQLite has one writer at a time: ``BEGIN IMMEDIATE``
  serialises the claims there and SKIP LOCKED is not emitted);
- it delivers outside any transaction, in order per receiver, and records the outcome in a new
  short transaction: a 2xx answer marks the row delivered, anything else counts an attempt and
  schedules the next one ``outbox_backoff_seconds * 4**(attempts - 1)`` later, until
  ``outbox_max_attempts`` attempts have failed and the row is given up (``failed_at``);
- a process that dies between claim and outcome leaves its rows leased: another process (or the
  next start) sends them again once the lease expires. Delivery is therefore *at least once*.

The dispatcher never takes the server down: a receiver or a database that fails is logged (the
kanaal, resource and actie of a message only, never its body or a secret) and tried again later.
"""

import asyncio
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from prometheus_client import Counter
from sqlalchemy import and_, case, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from common import db, metrics
from common.auth.zgw_jwt import mint
from common.platform.models import OutboxMessage
from common.settings import Settings

POLL_SECONDS = 2.0  # look for messages written by other processes (or due retries) this often
BATCH_SIZE = 20  # rows claimed per round
LEASE_SECONDS = 60.0  # a claimed row is not claimed again for this long, unless its outcome is recorded
BATCH_BUDGET_SECONDS = 30.0  # no new delivery starts this long after a claim: all end well inside the lease
HTTP_TIMEOUT_SECONDS = 10.0
STOP_GRACE_SECONDS = 5.0  # on shutdown, wait this long for the deliveries under way before cancelling them
MAX_ERROR_DELAY_SECONDS = 30.0  # longest wait between rounds while the database fails

log = logging.getLogger("registries.outbox")
OUTBOX = OutboxMessage.__table__

DELIVERIES = Counter(
    "registries_outbox_deliveries_total",
    "Notification delivery attempts by outcome: delivered, retry (failed, tried again later), failed (given up).",
    ["outcome"],
    registry=metrics.REGISTRY,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives back naive datetimes; everything in the outbox is written in UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def safe_url(url: str) -> str:
    """A receiver URL for logs and reports: without user info, query or fragment (they may hold secrets)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:
        return "<invalid url>"


def notificaties_receiver(settings: Settings) -> str | None:
    """The receiver URL of the Notificaties API, as ``common.changes.receivers`` writes it."""
    return settings.notificaties_url.rstrip("/") + "/notificaties" if settings.notificaties_url else None


def backoff_seconds(settings: Settings, attempts: int) -> float:
    """The wait after the ``attempts``-th failed attempt."""
    return settings.outbox_backoff_seconds * 4 ** (attempts - 1)


def _pending():
    return and_(OUTBOX.c.delivered_at.is_(None), OUTBOX.c.failed_at.is_(None))


# --- claiming, delivering, recording --------------------------------------------------------------

@dataclass(frozen=True)
class Claimed:
    id: int
    receiver: str
    kanaal: str
    message: dict[str, Any]
    attempts: int  # failed attempts before this one

    def log_fields(self) -> dict[str, Any]:
        message = self.message if isinstance(self.message, dict) else {}
        return {"outbox_id": self.id, "receiver": safe_url(self.receiver), "kanaal": self.kanaal,
                "resource": message.get("resource"), "actie": message.get("actie")}


@dataclass(frozen=True)
class Outcome:
    claimed: Claimed
    error: str | None  # None: delivered


async def next_due(sessionmaker: async_sessionmaker[AsyncSession]) -> datetime | None:
    """When the earliest pending row is due (None: nothing pending)."""
    async with sessionmaker() as session:
        due = await session.scalar(select(func.min(OUTBOX.c.next_attempt_at)).where(_pending()))
    return _aware(due)


async def claim(write_sessionmaker: async_sessionmaker[AsyncSession], now: datetime,
                limit: int = BATCH_SIZE, lease_seconds: float = LEASE_SECONDS) -> list[Claimed]:
    """Take up to ``limit`` due rows, oldest first, and lease them to this process."""
    async with write_sessionmaker() as session, session.begin():
        rows = (await session.execute(
            select(OUTBOX.c.id, OUTBOX.c.receiver, OUTBOX.c.kanaal, OUTBOX.c.message, OUTBOX.c.attempts)
            .where(_pending(), OUTBOX.c.next_attempt_at <= now)
            .order_by(OUTBOX.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)  # not emitted on SQLite, where BEGIN IMMEDIATE serialises claims
        )).all()
        if rows:
            await session.execute(
                update(OUTBOX).where(OUTBOX.c.id.in_([row.id for row in rows]))
                .values(next_attempt_at=now + timedelta(seconds=lease_seconds))
            )
    return [Claimed(row.id, row.receiver, row.kanaal, row.message, row.attempts) for row in rows]


async def deliver(client: httpx.AsyncClient, settings: Settings, claimed: Claimed) -> str | None:
    """POST one message; None when the receiver took it (2xx), else a short reason (never the body)."""
    try:
        headers = {}
        if claimed.receiver == notificaties_receiver(settings):
            # A fresh JWT for every attempt: the Notificaties API checks its age (iat).
            headers["Authorization"] = "Bearer " + mint(settings.notificaties_client_id, settings.notificaties_secret)
        response = await client.post(claimed.receiver, json=claimed.message, headers=headers)
    except Exception as exc:  # noqa: BLE001 - unreachable, timed out, an invalid URL, no secret: a failed attempt
        return type(exc).__name__
    if 200 <= response.status_code < 300:
        return None
    return f"HTTP {response.status_code}"


async def record_outcomes(write_sessionmaker: async_sessionmaker[AsyncSession], settings: Settings,
                          outcomes: Sequence[Outcome], now: datetime) -> None:
    """Mark rows delivered, or count the failed attempt and schedule the next (or give up)."""
    if not outcomes:
        return
    async with write_sessionmaker() as session, session.begin():
        for outcome in outcomes:
            row = OUTBOX.c.id == outcome.claimed.id
            if outcome.error is None:
                values: dict[str, Any] = {"delivered_at": now}
            else:
                attempts = outcome.claimed.attempts + 1
                values = {"attempts": attempts, "last_error": outcome.error[:200]}
                if attempts >= settings.outbox_max_attempts:
                    values["failed_at"] = now
                else:
                    values["next_attempt_at"] = now + timedelta(seconds=backoff_seconds(settings, attempts))
            # Another process may have sent it too after our lease expired: its "delivered" stands.
            await session.execute(update(OUTBOX).where(row, _pending()).values(**values))


async def release(write_sessionmaker: async_sessionmaker[AsyncSession], ids: Sequence[int], now: datetime) -> None:
    """Give leased rows back untried: they are due again at once."""
    if not ids:
        return
    async with write_sessionmaker() as session, session.begin():
        await session.execute(update(OUTBOX).where(OUTBOX.c.id.in_(list(ids)), _pending())
                              .values(next_attempt_at=now))


# --- the dispatcher ---------------------------------------------------------------------------------

class Dispatcher:
    """One per server process: delivers the outbox until stopped, waking on ``wake`` or every poll."""

    def __init__(self, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession],
                 write_sessionmaker: async_sessionmaker[AsyncSession], *, poll_seconds: float = POLL_SECONDS) -> None:
        self.settings = settings
        self.sessionmaker = sessionmaker
        self.write_sessionmaker = write_sessionmaker
        self.poll_seconds = poll_seconds
        self.wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task | None = None
        self._client: httpx.AsyncClient | None = None
        self._idle = poll_seconds
        self._unrecorded: list[Outcome] = []  # delivered or failed, but the database was away
        self._unreleased: list[int] = []

    @classmethod
    def for_app(cls, app) -> "Dispatcher":
        return cls(app.state.settings, app.state.sessionmaker, app.state.write_sessionmaker)

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="outbox-dispatcher")

    async def stop(self, grace_seconds: float = STOP_GRACE_SECONDS) -> None:
        """Let the deliveries under way finish (briefly), then end the task."""
        if self._task is None:
            return
        self._stopping = True
        self.wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), grace_seconds)
        except (TimeoutError, asyncio.TimeoutError):
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        except Exception:  # noqa: BLE001 - run() handles its own errors; never fail the shutdown
            log.exception("outbox dispatcher ended with an error")
        self._task = None

    async def run(self) -> None:
        log.info("outbox dispatcher started", extra={"poll_seconds": self.poll_seconds})
        failures = 0
        async with httpx.AsyncClient(timeout=HTTP_TIMEOUT_SECONDS, follow_redirects=False) as client:
            self._client = client
            while not self._stopping:
                self.wake.clear()  # a wake during the round below makes the wait after it return at once
                try:
                    again = await self.run_once()
                    if failures:
                        log.info("outbox database reachable again")
                    failures = 0
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # noqa: BLE001 - the dispatcher must never die
                    failures += 1
                    delay = min(self.poll_seconds * 2 ** (failures - 1), MAX_ERROR_DELAY_SECONDS)
                    expected = isinstance(exc, (SQLAlchemyError, OSError, TimeoutError))
                    # The text of a database error may quote statement parameters (message bodies): log the class.
                    log.warning("outbox round failed; trying again", exc_info=not expected,
                                extra={"error": _error_name(exc), "retry_in_seconds": delay})
                    await self._wait(delay)
                    continue
                if not again:
                    await self._wait(self._idle)
        log.info("outbox dispatcher stopped")

    async def _wait(self, seconds: float) -> None:
        if self._stopping:
            return
        try:
            await asyncio.wait_for(self.wake.wait(), timeout=max(seconds, 0.01))
        except (TimeoutError, asyncio.TimeoutError):
            pass

    async def run_once(self) -> bool:
        """One round: claim due rows, deliver them, record the outcomes. True: look again at once."""
        await self._flush()
        now = utcnow()
        due = await next_due(self.sessionmaker)
        if due is None or due > now:
            self._idle = self.poll_seconds if due is None else min((due - now).total_seconds(), self.poll_seconds)
            return False
        claimed = await claim(self.write_sessionmaker, now)
        if not claimed:  # another process holds them
            self._idle = self.poll_seconds
            return False
        outcomes, untried = await self._deliver_all(claimed)
        self._unrecorded += outcomes
        self._unreleased += untried
        await self._flush()
        return True

    async def _flush(self) -> None:
        if self._unrecorded:
            await record_outcomes(self.write_sessionmaker, self.settings, self._unrecorded, utcnow())
            self._unrecorded = []
        if self._unreleased:
            await release(self.write_sessionmaker, self._unreleased, utcnow())
            self._unreleased = []

    async def _deliver_all(self, claimed: list[Claimed]) -> tuple[list[Outcome], list[int]]:
        """Receivers side by side; each one's messages in order. Returns the outcomes and the untried ids."""
        loop = asyncio.get_running_loop()
        budget_end = loop.time() + BATCH_BUDGET_SECONDS
        by_receiver: dict[str, list[Claimed]] = defaultdict(list)
        for row in claimed:
            by_receiver[row.receiver].append(row)

        async def one_receiver(rows: list[Claimed]) -> tuple[list[Outcome], list[int]]:
            outcomes: list[Outcome] = []
            for index, row in enumerate(rows):
                if self._stopping or loop.time() > budget_end:
                    return outcomes, [r.id for r in rows[index:]]
                outcomes.append(Outcome(row, await deliver(self._client, self.settings, row)))
                self._log(outcomes[-1])
            return outcomes, []

        outcomes: list[Outcome] = []
        untried: list[int] = []
        for done, left in await asyncio.gather(*(one_receiver(rows) for rows in by_receiver.values())):
            outcomes += done
            untried += left
        return outcomes, untried

    def _log(self, outcome: Outcome) -> None:
        fields = outcome.claimed.log_fields()
        if outcome.error is None:
            DELIVERIES.labels("delivered").inc()
            log.info("notification delivered", extra={**fields, "attempt": outcome.claimed.attempts + 1})
            return
        attempts = outcome.claimed.attempts + 1
        given_up = attempts >= self.settings.outbox_max_attempts
        DELIVERIES.labels("failed" if given_up else "retry").inc()
        extra = {**fields, "attempt": attempts, "error": outcome.error}
        if given_up:
            log.error("notification given up", extra=extra)
        else:
            log.warning("notification not delivered; trying again",
                        extra={**extra, "retry_in_seconds": backoff_seconds(self.settings, attempts)})


def _error_name(exc: BaseException) -> str:
    original = getattr(exc, "orig", None)
    return f"{type(exc).__name__}({type(original).__name__})" if original is not None else type(exc).__name__


# --- operators: `registries outbox status|retry` -------------------------------------------------

@dataclass(frozen=True)
class OutboxStatus:
    pending: int  # not delivered and not given up: will go out (includes those in retry)
    in_retry: int  # pending after at least one failed attempt
    delivered: int
    failed: int  # given up after outbox_max_attempts; `registries outbox retry` sends them again
    oldest: list[dict[str, Any]]  # the oldest undelivered rows (pending or failed)

    def as_dict(self) -> dict[str, Any]:
        return {"pending": self.pending, "in_retry": self.in_retry, "delivered": self.delivered,
                "failed": self.failed, "oldest": self.oldest}


async def status(engine: AsyncEngine, limit: int = 10) -> OutboxStatus:
    pending = and_(OUTBOX.c.delivered_at.is_(None), OUTBOX.c.failed_at.is_(None))

    def count(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    async with db.sessionmaker(engine)() as session:
        counts = (await session.execute(select(
            count(pending),
            count(and_(pending, OUTBOX.c.attempts > 0)),
            count(OUTBOX.c.delivered_at.is_not(None)),
            count(and_(OUTBOX.c.delivered_at.is_(None), OUTBOX.c.failed_at.is_not(None))),
        ))).one()
        rows = (await session.execute(
            select(OUTBOX.c.id, OUTBOX.c.receiver, OUTBOX.c.kanaal, OUTBOX.c.attempts, OUTBOX.c.last_error,
                   OUTBOX.c.created_at, OUTBOX.c.next_attempt_at, OUTBOX.c.failed_at)
            .where(OUTBOX.c.delivered_at.is_(None)).order_by(OUTBOX.c.id).limit(limit)
        )).all()
    oldest = [
        {
            "id": row.id,
            "receiver": safe_url(row.receiver),
            "kanaal": row.kanaal,
            "attempts": row.attempts,
            "last_error": row.last_error,
            "created_at": _iso(row.created_at),
            "next_attempt_at": None if row.failed_at is not None else _iso(row.next_attempt_at),
            "failed_at": _iso(row.failed_at),
        }
        for row in rows
    ]
    return OutboxStatus(int(counts[0]), int(counts[1]), int(counts[2]), int(counts[3]), oldest)


def _iso(value: datetime | None) -> str | None:
    value = _aware(value)
    return value.isoformat(timespec="seconds").replace("+00:00", "Z") if value is not None else None


def format_status(report: OutboxStatus) -> str:
    lines = [
        f"pending:   {report.pending:>8}  (not delivered yet, will be tried)",
        f"in retry:  {report.in_retry:>8}  (pending after at least one failed attempt)",
        f"delivered: {report.delivered:>8}",
        f"failed:    {report.failed:>8}  (given up; `registries outbox retry --all` sends them again)",
    ]
    if report.oldest:
        lines += ["", f"oldest undelivered ({len(report.oldest)}):",
                  f"{'id':>8}  {'kanaal':<16} {'attempts':>8}  {'next attempt':<20}  {'last error':<20}  receiver"]
        for row in report.oldest:
            when = row["next_attempt_at"] or f"failed {row['failed_at']}"
            lines.append(f"{row['id']:>8}  {row['kanaal']:<16} {row['attempts']:>8}  {when:<20}  "
                         f"{row['last_error'] or '-':<20}  {row['receiver']}")
    return "\n".join(lines)


async def retry(engine: AsyncEngine, ids: Sequence[int] | None = None) -> int:
    """Send undelivered messages again from now on, with a fresh series of attempts.

    ``ids`` None: every message that was given up. Otherwise those ids, given up or still in
    retry (to skip the rest of a long backoff). Delivered messages are never sent again.
    Returns the number of messages revived.
    """
    now = utcnow()
    statement = update(OUTBOX).where(OUTBOX.c.delivered_at.is_(None))
    if ids is None:
        statement = statement.where(OUTBOX.c.failed_at.is_not(None))
    else:
        statement = statement.where(OUTBOX.c.id.in_(list(ids)))
    async with db.write_sessionmaker(engine)() as session, session.begin():
        result = await session.execute(statement.values(failed_at=None, attempts=0, next_attempt_at=now))
    return result.rowcount or 0
