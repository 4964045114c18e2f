"""Database engines and sessions: SQLite (aiosqlite) embedded, PostgreSQL (asyncpg) in production."""

import time
from collections.abc import AsyncIterator
from pathlib import Path

import orjson
from fastapi import Request
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session

# A pooled connection that lay unused this long is checked with a ping before it is handed out
# (a database restarted in the night); one in steady use is not, which saves a round trip per request.
PING_AFTER_IDLE_SECONDS = 10.0
AUTOCOMMIT = "autocommit_engine"  # the key of the autocommit engine in a write session's ``info``


def async_url(url: str, hide_password: bool = False) -> str:
    """Accept the plain URLs operators write and pick the async driver for them."""
    parsed = make_url(url)
    driver = {"postgresql": "postgresql+asyncpg", "postgres": "postgresql+asyncpg", "sqlite": "sqlite+aiosqlite"}
    if parsed.drivername in driver:
        parsed = parsed.set(drivername=driver[parsed.drivername])
    return parsed.render_as_string(hide_password=hide_password)


def is_sqlite(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    url = async_url(url)
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30}, json_deserializer=orjson.loads)
        event.listen(engine.sync_engine, "connect", _sqlite_connect)
        event.listen(engine.sync_engine, "begin", _sqlite_begin)
        return engine
    engine = create_async_engine(url, pool_size=10, max_overflow=20, json_deserializer=orjson.loads)
    event.listen(engine.sync_engine, "checkout", _ping_if_idle)
    event.listen(engine.sync_engine, "checkin", _note_checkin)
    return engine


def autocommit_engine(engine: AsyncEngine) -> AsyncEngine | None:
    """An engine for statements that commit on their own, outside the transaction of the request
    that runs them: a counter raised in one statement (zrc-002) is then locked only while that
    statement runs, not until the request commits. Its pool is its own, so a request that holds a
    connection of the requests' pool never waits for a second one from that pool (under load, every
    request would wait for the others). None on SQLite, where a write transaction holds the whole
    database: there such a statement runs in the request's transaction.

    Its commits do not wait for the disk (``synchronous_commit`` off): what such a statement hands
    out counts only once the request's own transaction, which commits after it, is stored, and
    PostgreSQL stores its log in order, so that commit makes the earlier one durable too.
    """
    if is_sqlite(engine):
        return None
    own = create_async_engine(engine.url.render_as_string(hide_password=False), pool_size=2, max_overflow=3,
                              isolation_level="AUTOCOMMIT", json_deserializer=orjson.loads,
                              connect_args={"server_settings": {"synchronous_commit": "off"}})
    event.listen(own.sync_engine, "checkout", _ping_if_idle)
    event.listen(own.sync_engine, "checkin", _note_checkin)
    return own


def _note_checkin(_dbapi_connection, record) -> None:
    if record is not None:
        record.info["returned_at"] = time.monotonic()


def _ping_if_idle(dbapi_connection, record, _proxy) -> None:
    returned = record.info.get("returned_at")
    if returned is None or time.monotonic() - returned < PING_AFTER_IDLE_SECONDS:
        return
    try:
        dbapi_connection.ping()
    except Exception as exc:  # the pool drops this connection and hands out a fresh one
        raise DisconnectionError(str(exc)) from exc


def _sqlite_connect(dbapi_connection, _record) -> None:
    # WAL lets readers go on while one writer commits; the busy timeout makes concurrent
    # writers wait for each other instead of failing at once. We emit BEGIN ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # A write transaction takes SQLite's write lock at its start (BEGIN IMMEDIATE): a deferred
    # one that reads first and writes later fails at once, without waiting, when another
    # writer committed in between.
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


class ReadSession(Session):
    """The session of a request that only reads: it refuses to write."""


@event.listens_for(ReadSession, "before_flush")
def _refuse_writes(session, _context, _instances) -> None:
    raise RuntimeError("a read session does not write; take get_write_session")


def read_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions for reads. On PostgreSQL without a transaction of their own (autocommit, as
    Django serves its reads): no BEGIN and ROLLBACK round trips around every read request."""
    if not is_sqlite(engine):
        engine = engine.execution_options(isolation_level="AUTOCOMMIT")
    return async_sessionmaker(engine, expire_on_commit=False, sync_session_class=ReadSession)


def write_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    if is_sqlite(engine):
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """FastAPI dependency for reads: one session per request."""
    async with request.app.state.read_sessionmaker() as session:
        yield session


async def get_write_session(request: Request) -> AsyncIterator[AsyncSession]:
    """FastAPI dependency for writes: one transaction, rolled back unless the route committed.
    The session knows the application's autocommit engine (``autocommit_of``)."""
    async with request.app.state.write_sessionmaker() as session:
        session.info[AUTOCOMMIT] = getattr(request.app.state, "autocommit_engine", None)
        yield session


def autocommit_of(session: AsyncSession) -> AsyncEngine | None:
    """The autocommit engine for statements a write must not hold until it commits (a counter,
    common.counters); None on SQLite and for a session not opened by ``get_write_session``."""
    return session.info.get(AUTOCOMMIT)


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
