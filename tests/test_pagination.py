"""common.pagination on a real (SQLite) database: exact counts, and no count query where the page shows it."""

import asyncio

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, event, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from common.errors import Problem
from common.pagination import PageRequest, counted_page

ROWS = 7
rij = Table("rij", MetaData(), Column("id", Integer, primary_key=True))


def run(page: int, size: int) -> tuple[int, list[int], int]:
    """(count, ids of the page, how many count queries ran) over a table of ROWS rows."""

    async def go():
        engine = create_async_engine("sqlite+aiosqlite://")
        counts = []
        event.listen(engine.sync_engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *rest: counts.append(statement) if "count(" in statement else None)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(rij.metadata.create_all)
                await connection.execute(insert(rij), [{"id": i} for i in range(1, ROWS + 1)])
            async with AsyncSession(engine) as session:
                count, rows = await counted_page(session, select(rij.c.id).order_by(rij.c.id), PageRequest(page, size))
            return count, list(rows), len(counts)
        finally:
            await engine.dispose()

    return asyncio.run(go())


@pytest.mark.parametrize(("page", "size", "ids", "queries"), [
    (1, 10, list(range(1, 8)), 0),  # one page that is not full: its length is the count
    (2, 5, [6, 7], 1),  # a later page counts first (a page past the end is a 404 before any offset)
    (1, 5, [1, 2, 3, 4, 5], 1),  # a full page: more may follow, so count
    (1, 7, list(range(1, 8)), 1),  # exactly full: count (it cannot know there is no next row)
])
def test_count_is_exact_and_counted_only_when_the_page_cannot_tell(page, size, ids, queries):
    count, rows, counted = run(page, size)
    assert (count, rows, counted) == (ROWS, ids, queries)


def test_a_page_past_the_end_is_404_with_the_number_of_pages():
    with pytest.raises(Problem) as refused:
        run(3, 5)
    assert refused.value.status == 404
    assert "2 pagina" in refused.value.detail
