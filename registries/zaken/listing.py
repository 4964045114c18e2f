"""Page-numbered lists that stay fast deep into a large table.

Not Zaken-specific (a candidate for common/ next to pagination.py). A page is read in two
steps: first the ids of the page, through the filtered and ordered query restricted to the
primary key (an index-only scan where the indexes allow, never loading wide rows it skips over),
then those rows by primary key. ``count`` stays exact, as the standards demand. Callers that
had to decide part of a filter in Python (geo.within) pass the ordered ids themselves.

Zaken themselves (paginate_zaken) are read with their relations (serialize.PAGE_COLUMNS). Page 1
of a list prepared by its filter set (the zaken of one citizen, the first page of all zaken) is
then one statement, counted only when the page is full; other pages and lists built per request
(_zoek) read the ids of the page first, then those zaken with their relations.
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import Request
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.pagination import LIMIT, PageRequest, check_page, count_of, counted_page, counted_tables, page_body
from registries.zaken.models import Zaak
from registries.zaken.serialize import page_by_ids


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
    return page_body(request, page, base_url, count, await serialize(rows))


async def paginate_zaken(
    session: AsyncSession,
    request: Request,
    page: PageRequest,
    base_url: str,
    serialize: Callable[[list[Any]], Awaitable[list[dict]]],
    *,
    stmt: Select | None = None,
    params: dict[str, Any] | None = None,
    ordered_ids: Sequence[int] | None = None,
) -> dict[str, Any]:
    """A page of zaken, read with their relations; ``stmt`` is a prepared statement (with the
    values ``params`` and the limit LIMIT) or a select of zaken built for this request."""
    counted = counted_tables(request)
    if ordered_ids is not None:
        count = len(ordered_ids)
        check_page(page, count)
        start = (page.page - 1) * page.size
        rows = await page_by_ids(session, ordered_ids[start:start + page.size])
    elif params is not None and page.page == 1:
        # Most lists of one person end on their first page, and then its length is the count.
        # On the connection: a statement of columns needs none of the session's work for entities.
        connection = await session.connection()
        rows = list((await connection.execute(stmt, {**params, "limit": page.size})).all())
        count = len(rows)
        if count == page.size:
            count = await count_of(session, stmt.limit(None).with_only_columns(Zaak.id).params(params), counted)
    else:
        ids_stmt = stmt.limit(None).with_only_columns(Zaak.id)
        count, ids = await counted_page(session, ids_stmt.params(params) if params else ids_stmt, page, counted)
        rows = await page_by_ids(session, ids)
    return page_body(request, page, base_url, count, await serialize(rows))
