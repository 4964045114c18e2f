"""Database engines and sessions: SQLite (aiosqlite) embedded, PostgreSQL (asyncpg) in production."""

from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import Request
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine


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
        engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_connect)
        event.listen(engine.sync_engine, "begin", _sqlite_begin)
        return engine
    return create_async_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


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


def write_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    if is_sqlite(engine):
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """FastAPI dependency for reads: one session per request."""
    async with request.app.state.sessionmaker() as session:
        yield session


async def get_write_session(request: Request) -> AsyncIterator[AsyncSession]:
    """FastAPI dependency for writes: one transaction, rolled back unless the route committed."""
    async with request.app.state.write_sessionmaker() as session:
        yield session


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
