"""Page-numbered lists that stay fast deep into a large table.

Not Zaken-specific (a candidate for common/ next to pagination.py). A page is read in two
steps: first the ids of the page, through the filtered and ordered query restricted to the
primary key (an index-only scan where the indexes allow, never loading wide rows it skips over),
then those rows by primary key. ``count`` stays exact, as the standards demand. Callers that
had to decide part of a filter in Python (geo.within) pass the ordered ids themselves.
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import Request
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.pagination import PageRequest, check_page, count_of, counted_page, counted_tables, page_link


async def page_ids(session: AsyncSession, stmt: Select, id_column, page: PageRequest,
                   counted: frozenset[str] = frozenset()) -> tuple[int, list[int]]:
    """``(count, ids of the page)`` for a filtered, ordered select."""
    return await counted_page(session, stmt.with_only_columns(id_column), page, counted)


async def rows_by_id(session: AsyncSession, model, ids: Sequence[int]) -> list[Any]:
    """The rows of ``ids``, in the order of ``ids``."""
    if not ids:
        return []
    rows = (await session.scalars(select(model).where(model.id.in_(ids)))).all()
    by_id = {row.id: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]


async def paginate_rows(
    session: AsyncSession,
    model,
    request: Request,
    page: PageRequest,
    base_url: str,
    serialize: Callable[[list[Any]], Awaitable[list[dict]]],
    *,
    stmt: Select | None = None,
    ordered_ids: Sequence[int] | None = None,
) -> dict[str, Any]:
    if ordered_ids is not None:
        count = len(ordered_ids)
        check_page(page, count)
        start = (page.page - 1) * page.size
        rows = await rows_by_id(session, model, ordered_ids[start:start + page.size])
    elif page.page == 1:
        # The first page reads its rows at once: most lists of one person end on it, and then
        # its length is the count (no second statement).
        rows = list((await session.scalars(stmt.limit(page.size))).all())
        count = len(rows) if len(rows) < page.size else await count_of(session, stmt, counted_tables(request))
    else:
        count, ids = await page_ids(session, stmt, model.id, page, counted_tables(request))
        rows = await rows_by_id(session, model, ids)
    last_page = max(1, -(-count // page.size))
    return {
        "count": count,
        "next": page_link(request, page.page + 1, base_url) if page.page < last_page else None,
        "previous": page_link(request, page.page - 1, base_url) if page.page > 1 else None,
        "results": await serialize(rows),
    }
