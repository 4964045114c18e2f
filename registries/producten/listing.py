"""The two lists asked most (producten, producttypen) read a page whole in one statement: the
rows with their related data (productpage.with_page, producttypepage.with_relations), built once
per shape of the query string (common.filters.FilterSet.prepared) with the values, the page's
limit and offset and the producttypen an application may see as bound parameters. A request
then pays neither for putting a statement of this size together nor for its cache key.

A page is read as common.pagination reads a prepared list (prepared_page): page 1 before
anything is counted, and it is the count when it is not full; other pages are counted first,
so a page past the last is a 404. What is counted is the list without its related data.
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import Request
from sqlalchemy import Select, bindparam
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from starlette.responses import Response

from common.pagination import paged, paginate
from common.responses import base_url, json_response
from registries.producten import api
from registries.producten.querying import MultiFilterSet, page_request


class WholeList:
    """A list of ``base`` (a select of one model) whose pages are read with ``widen``."""

    def __init__(self, filters: MultiFilterSet, base: Select, tiebreak: ColumnElement,
                 widen: Callable[[Select], Select], scope: ColumnElement | None = None) -> None:
        self.filters, self.tiebreak, self.scope = filters, tiebreak, scope
        self._base, self._widen = base, widen

    def _of(self, whole: bool, scoped: bool) -> Callable[[], Select]:
        def base() -> Select:
            stmt = self._base
            if scoped:
                stmt = stmt.where(self.scope.in_(bindparam("scope", expanding=True)))
            return paged(self._widen(stmt)) if whole else stmt
        return base

    def _key(self, scope: frozenset[int] | None) -> tuple[Any, ...]:
        # The day is part of the shape: a filter on being published compares with today.
        return api.today(), scope is not None

    async def response(self, request: Request, session: AsyncSession,
                       serialize: Callable[[Sequence[Any]], Awaitable[list[dict]]],
                       scope: frozenset[int] | None = None) -> Response:
        """The page the request asks; ``serialize`` gets its rows, ``scope`` limits the list to
        the producttypen an application may see."""
        page = page_request(request)
        key = self._key(scope)
        whole, params = self.filters.prepared_request(self._of(True, scope is not None), request, self.tiebreak,
                                                      ("whole", *key))
        if scope is not None:
            params["scope"] = list(scope)

        def counting() -> Select:
            return self.filters.prepared_request(self._of(False, scope is not None), request, self.tiebreak, key)[0]

        return json_response(await paginate(session, whole, request, page, base_url(request), serialize,
                                            params=params, counting=counting))
