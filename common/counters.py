"""Numbers handed out by a counter row (a zaak's identificatie, zrc-002; the nummer of a partij,
klantcontact or interne taak, kic-016).

A counter row is raised by one atomic upsert that returns the new number. On PostgreSQL it runs on
the autocommit engine (common.db.autocommit_engine) and commits on its own: the row is locked only
while that statement runs, not until the create that drew the number commits, so concurrent
creates never wait for each other and never draw the same number. A create that fails afterwards
leaves its number unused: numbers are unique, not gapless. On SQLite, where a write transaction
holds the whole database, the statement runs in the create's transaction.
"""

from typing import Any

from sqlalchemy import Column, Row, func
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession


def counter_upsert(insert: Any, column: Column, keys: dict[str, Any], start: Any = 1, catch_up: bool = False):
    """The counter row of ``keys`` raised by one, or started at ``start``; returns ``column``.

    ``insert`` is the dialect's insert (PostgreSQL's or SQLite's). With ``catch_up`` the row also
    rises to ``start`` when that is higher: ``start`` is then the number after the highest one
    already stored (data loaded before the counter, numbers chosen by hand)."""
    table = column.table
    stmt = insert(table).values(**keys, **{column.key: start})
    following = column + 1
    if catch_up:
        highest = func.greatest if insert is pg_insert else func.max  # SQLite's max of two values
        following = highest(following, stmt.excluded[column.key])
    return stmt.on_conflict_do_update(index_elements=list(table.primary_key.columns),
                                      set_={column.key: following}).returning(column)


async def draw(session: AsyncSession, own: AsyncEngine | None, statement: Any, params: dict[str, Any] | None = None
               ) -> Row:
    """Run a counter's statement and return its one row: committed on its own on ``own`` (the
    autocommit engine), or in the session's transaction when there is none (SQLite)."""
    if own is None:
        return (await session.execute(statement, params or {})).one()
    async with own.connect() as connection:
        return (await connection.execute(statement, params or {})).one()
