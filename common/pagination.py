"""Page-numbered lists ``{count, next, previous, results}``, pages counted from 1.

``count`` is exact, as the standards demand. ``pageSize`` is an extension of ours (bounded by
the settings); the standard's clients never send it and get the default page size.

A list prepared once per shape (common.filters.FilterSet.prepared) is read a page at a time with
its limit and offset bound (``paged``), so the same statement serves every page; its count's
statement, and the kept count's table, are found once per statement as well.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode
from weakref import WeakKeyDictionary

from fastapi import Request
from sqlalchemy import Integer, Row, Select, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.counts import kept_count, unfiltered_table
from common.errors import InvalidParam, Problem, ValidationProblem


@dataclass(frozen=True)
class PageRequest:
    page: int
    size: int


def page_request(query: Mapping[str, str], default_size: int, max_size: int) -> PageRequest:
    raw_page = query.get("page") or "1"
    # Like the reference implementations: a page that does not exist, whatever its spelling, is a 404.
    if not (raw_page.isascii() and raw_page.isdigit()) or int(raw_page) < 1:
        raise Problem(404, f"Pagina {raw_page} bestaat niet; pagina's tellen vanaf 1.")
    raw_size = query.get("pageSize") or str(default_size)
    if not (raw_size.isascii() and raw_size.isdigit()) or not 1 <= int(raw_size) <= max_size:
        raise ValidationProblem(
            [InvalidParam("pageSize", "invalid", f"Geef een geheel getal van 1 tot en met {max_size}.")]
        )
    return PageRequest(int(raw_page), int(raw_size))


def page_link(request: Request, page: int, base_url: str) -> str:
    """The URL of another page of this list, with the client's own filters kept."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    if page > 1:
        params.append(("page", str(page)))
    path = f"{base_url}{request.url.path}"
    return f"{path}?{urlencode(params)}" if params else path


def check_page(page: PageRequest, count: int) -> int:
    """The number of the last page; 404 when ``page`` lies past it."""
    last_page = max(1, -(-count // page.size))
    if page.page > last_page:
        raise Problem(404, f"Pagina {page.page} bestaat niet; deze lijst heeft {last_page} pagina('s).", code="not_found")
    return last_page


async def counted_page(session: AsyncSession, stmt: Select, page: PageRequest,
                       counted: frozenset[str] = frozenset(), whole_rows: bool = False) -> tuple[int, list[Any]]:
    """``(exact count of stmt, the rows of the page)``: of its first column, or ``whole_rows``.

    The first page is read before anything is counted: when it is not full it holds every
    result, so its length is the count. Most lists of one person (their zaken, their producten,
    a partij found by BSN) fit on one page and cost one query. Other pages count first, so that
    a page past the end is a 404 without reading at an offset the database may not take. An
    unfiltered list of a table in ``counted`` takes its count from common.counts on PostgreSQL.
    """
    read = session.execute if whole_rows else session.scalars
    if page.page == 1:
        rows = list((await read(stmt.limit(page.size))).all())
        if len(rows) < page.size:
            return len(rows), rows
    # Whole rows may fold related rows into columns (common.jsonrows): the count needs none of them.
    count = await count_of(session, stmt.with_only_columns(stmt.selected_columns[0]) if whole_rows else stmt, counted)
    check_page(page, count)
    if page.page != 1:
        rows = list((await read(stmt.limit(page.size).offset((page.page - 1) * page.size))).all())
    return count, rows


async def count_of(session: AsyncSession, stmt: Select, counted: frozenset[str] = frozenset()) -> int:
    """The exact number of rows of ``stmt``; kept counts (common.counts) for unfiltered counted tables."""
    table = unfiltered_table(stmt, counted) if counted and session.bind.dialect.name == "postgresql" else None
    if table is not None:
        return await kept_count(session, table)
    return await session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


# The page of a prepared statement: its size and where it starts, bound per request.
LIMIT = bindparam("limit", type_=Integer)
OFFSET = bindparam("offset", type_=Integer)
# Per statement, for as long as it is kept (by its filter set): per counted tables, how to count it.
_counts: WeakKeyDictionary[Select, dict[frozenset[str], tuple[str | None, Select]]] = WeakKeyDictionary()


def paged(stmt: Select) -> Select:
    """``stmt`` read a page at a time (``prepared_page``): its limit and offset bound."""
    return stmt.limit(LIMIT).offset(OFFSET)


def _counting(stmt: Select, counted: frozenset[str],
              counting: Callable[[], Select] | None = None) -> tuple[str | None, Select]:
    """The kept count's table of a paged statement, or the statement that counts it: found once
    per statement (unfiltered_table compiles it). ``counting`` builds the list to count, when
    that is not ``stmt`` without its page."""
    known = _counts.setdefault(stmt, {})
    found = known.get(counted)
    if found is None:
        whole = counting() if counting is not None else stmt.limit(None).offset(None)
        whole = whole.with_only_columns(whole.selected_columns[0])
        found = known[counted] = (unfiltered_table(whole, counted) if counted else None,
                                  select(func.count()).select_from(whole.order_by(None).subquery()))
    return found


async def prepared_page(session: AsyncSession, stmt: Select, params: Mapping[str, Any], page: PageRequest,
                        counted: frozenset[str] = frozenset(),
                        counting: Callable[[], Select] | None = None) -> tuple[int, list[Row]]:
    """`counted_page` of a statement prepared once and ``paged``, with the values ``params``:
    whole rows, read on the session's connection (columns, no entities to load).

    When ``stmt`` joins what only the representation of its rows needs, ``counting`` builds the
    list without it, with the same values: that is counted (an unfiltered list of a counted table
    then takes the kept count). It is built once per statement."""
    connection = await session.connection()

    async def read(offset: int) -> list[Row]:
        return list((await connection.execute(stmt, {**params, "limit": page.size, "offset": offset})).all())

    if page.page == 1:
        rows = await read(0)
        if len(rows) < page.size:
            return len(rows), rows
    table, counter = _counting(stmt, counted if session.bind.dialect.name == "postgresql" else frozenset(), counting)
    count = await kept_count(session, table) if table is not None else await session.scalar(counter, params) or 0
    check_page(page, count)
    if page.page != 1:
        rows = await read((page.page - 1) * page.size)
    return count, rows


def counted_tables(request: Request) -> frozenset[str]:
    return getattr(request.app.state, "counted_tables", frozenset())


async def paginate(
    session: AsyncSession,
    stmt: Select,
    request: Request,
    page: PageRequest,
    base_url: str,
    serialize: Callable[[Sequence[Any]], Awaitable[list[dict]] | list[dict]],
    whole_rows: bool = False,
    params: Mapping[str, Any] | None = None,
    counting: Callable[[], Select] | None = None,
) -> dict[str, Any]:
    """The page of ``stmt``; ``serialize`` gets the first column of its rows, or ``whole_rows``.
    With ``params``, ``stmt`` is prepared and ``paged`` (`prepared_page`: whole rows, counted as
    ``counting`` builds the list when it is given)."""
    if params is not None:
        count, rows = await prepared_page(session, stmt, params, page, counted_tables(request), counting)
    else:
        count, rows = await counted_page(session, stmt, page, counted_tables(request), whole_rows)
    check_page(page, count)
    results = serialize(rows)
    if hasattr(results, "__await__"):
        results = await results
    return page_body(request, page, base_url, count, results)


def page_body(request: Request, page: PageRequest, base_url: str, count: int, results: list[dict]) -> dict[str, Any]:
    """``{count, next, previous, results}`` of a page of a list of ``count`` results."""
    last_page = max(1, -(-count // page.size))
    return {
        "count": count,
        "next": page_link(request, page.page + 1, base_url) if page.page < last_page else None,
        "previous": page_link(request, page.page - 1, base_url) if page.page > 1 else None,
        "results": results,
    }
