"""A counter (common/counters.py) on PostgreSQL is locked only while its statement runs, not until
the create that drew a number commits."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import text

from common import db


def drawn_twice_with_the_row_free(database_url: str, draw: Callable[[Any, Any], Awaitable[Any]],
                                  counter_row: str) -> tuple[Any, Any]:
    """Two numbers drawn in one transaction that stays open; in between another connection locks
    the counter row (``counter_row``: its SELECT) with NOWAIT, an error if the first draw held it."""

    async def run() -> tuple[Any, Any]:
        engine = db.create_engine(database_url)
        own = db.autocommit_engine(engine)
        try:
            async with db.write_sessionmaker(engine)() as session:
                await session.execute(text("SELECT 1"))  # the create's transaction runs
                first = await draw(session, own)
                async with engine.connect() as other:
                    await other.execute(text(f"{counter_row} FOR UPDATE NOWAIT"))
                    await other.rollback()
                second = await draw(session, own)
                await session.rollback()
            return first, second
        finally:
            await own.dispose()
            await engine.dispose()

    return asyncio.run(run())
