"""The two lists asked most (producten, producttypen) read a page whole in one statement: the
rows with their related data (productpage.with_page, producttypepage.with_relations), built once
per shape of the query string (common.filters.FilterSet.prepared) with the values, the page's
limit and offset and the producttypen an application may see as bound parameters. A request
then pays neither for putting a statement of this size together nor for its cache key.

Like common.pagination: page 1 is read before anything is counted and is the count when it is
not full; other pages are counted first, so a page past the last is a 404.
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import Request
from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from starlette.responses import Response

from common.counts import kept_count, unfiltered_table
from common.pagination import PageRequest, check_page, counted_tables, page_link
from common.responses import base_url, json_response
from registries.producten import api
from registries.producten.querying import MultiFilterSet, page_request

COUNTS_KEPT = 256  # counts kept (the kept table, or the statement); all are dropped when full


class WholeList:
    """A list of ``base`` (a select of one model) whose pages are read with ``widen``."""

    def __init__(self, filters: MultiFilterSet, base: Select, tiebreak: ColumnElement,
                 widen: Callable[[Select], Select], scope: ColumnElement | None = None) -> None:
        self.filters, self.tiebreak, self.scope = filters, tiebreak, scope
        self._base, self._widen = base, widen
        self._counts: dict[tuple[Select, frozenset[str]], tuple[str | None, Select]] = {}

    def _of(self, whole: bool, scoped: bool) -> Callable[[], Select]:
        def base() -> Select:
            stmt = self._base
            if scoped:
                stmt = stmt.where(self.scope.in_(bindparam("scope", expanding=True)))
            if whole:
                stmt = self._widen(stmt).limit(bindparam("limit")).offset(bindparam("offset"))
            return stmt
        return base

    def _key(self, scope: frozenset[int] | None) -> tuple[Any, ...]:
        # The day is part of the shape: a filter on being published compares with today.
        return api.today(), scope is not None

    def statements(self, request: Request, scope: frozenset[int] | None) -> tuple[Select, dict[str, Any]]:
        """The statement of a page and its parameters (without ``limit`` and ``offset``)."""
        stmt, params = self.filters.prepared_request(self._of(True, scope is not None), request, self.tiebreak,
                                                     ("whole", *self._key(scope)))
        if scope is not None:
            params["scope"] = list(scope)
        return stmt, params

    async def count(self, session: AsyncSession, request: Request, scope: frozenset[int] | None,
                    params: dict[str, Any]) -> int:
        counted, _ = self.filters.prepared_request(self._of(False, scope is not None), request, self.tiebreak,
                                                   self._key(scope))
        tables = counted_tables(request) if session.bind.dialect.name == "postgresql" else frozenset()
        found = self._counts.get((counted, tables))
        if found is None:
            if len(self._counts) >= COUNTS_KEPT:
                self._counts.clear()
            # unfiltered_table compiles the statement: once per statement, not per request.
            found = self._counts[counted, tables] = (
                unfiltered_table(counted, tables) if tables else None,
                select(func.count()).select_from(counted.order_by(None).subquery()))
        table, stmt = found
        if table is not None:
            return await kept_count(session, table)
        return await session.scalar(stmt, params) or 0

    async def response(self, request: Request, session: AsyncSession,
                       serialize: Callable[[Sequence[Any]], Awaitable[list[dict]]],
                       scope: frozenset[int] | None = None) -> Response:
        """The page the request asks; ``serialize`` gets its rows, ``scope`` limits the list to
        the producttypen an application may see."""
        page = page_request(request)
        whole, params = self.statements(request, scope)

        async def read(offset: int) -> list[Any]:
            # Columns only: run on the connection, past the ORM.
            connection = await session.connection()
            return list((await connection.execute(whole, {**params, "limit": page.size, "offset": offset})).all())

        rows = await read(0) if page.page == 1 else []
        if page.page == 1 and len(rows) < page.size:
            count = len(rows)
        else:
            count = await self.count(session, request, scope, params)
            check_page(page, count)
            if page.page != 1:
                rows = await read((page.page - 1) * page.size)
        return json_response(_body(request, page, count, await serialize(rows)))


def _body(request: Request, page: PageRequest, count: int, results: list[dict]) -> dict[str, Any]:
    last_page = check_page(page, count)
    base = base_url(request)
    return {
        "count": count,
        "next": page_link(request, page.page + 1, base) if page.page < last_page else None,
        "previous": page_link(request, page.page - 1, base) if page.page > 1 else None,
        "results": results,
    }
