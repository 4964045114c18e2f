"""Query-string handling the Producten APIs need beyond common/filters.py and common/pagination.py.

Generic, not about products; candidates for common/:

* ``RepeatableFilter``: a filter that may occur several times in one query string
  (``dataobject_attr=a__exact__1&dataobject_attr=b__gt__2``); common's FilterSet reads a
  query string as a dict and keeps one value per name.
* ``page_request``: Open Product's page size parameter is ``page_size`` (the ZGW APIs say
  ``pageSize``); the same bounds and errors under the other name.
* ``language``: the language an ``Accept-Language`` header asks for, from the ones offered.
"""

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from fastapi import Request
from sqlalchemy import Select
from sqlalchemy.sql.elements import ColumnElement

from common import pagination
from common.errors import InvalidParam, NON_FIELD_ERRORS, ValidationProblem
from common.filters import Filter, FilterSet
from common.pagination import PageRequest


@dataclass(frozen=True)
class RepeatableFilter(Filter):
    """A filter whose parameter may be repeated; ``apply`` gets every value, each parsed."""


class MultiFilterSet(FilterSet):
    """A FilterSet that reads the query string as pairs, so repeatable filters see every value."""

    @cached_property
    def repeatable(self) -> frozenset[str]:
        return frozenset(f.name for f in self.filters if isinstance(f, RepeatableFilter))

    def apply_request(self, stmt: Select, request: Request, tiebreak: ColumnElement | Sequence[ColumnElement]) -> Select:
        pairs = request.query_params.multi_items()
        single = dict(pairs)
        repeatable = self.repeatable
        errors: list[InvalidParam] = []
        for flt in self.filters:
            if flt.name not in repeatable:
                continue
            values = [value for name, value in pairs if name == flt.name and value != ""]
            if not values:
                continue
            try:
                parsed = [flt.parse(value) for value in values]
            except (ValueError, TypeError) as exc:
                errors.append(InvalidParam(flt.name, "invalid", str(exc) or "Ongeldige waarde."))
                continue
            stmt = flt.apply(stmt, parsed)
        rest = {name: value for name, value in single.items() if name not in repeatable}
        self._refuse_unknown(single)
        tiebreaks = list(tiebreak) if isinstance(tiebreak, (list, tuple)) else [tiebreak]
        try:
            stmt = self.apply(stmt, rest, tiebreaks[0])
        except ValidationProblem as problem:
            raise ValidationProblem([*errors, *problem.invalid_params]) from None
        if errors:
            raise ValidationProblem(errors)
        return stmt.order_by(*tiebreaks[1:]) if len(tiebreaks) > 1 else stmt

    def prepared_request(self, base: Callable[[], Select], request: Request, tiebreak: ColumnElement,
                         key: Hashable) -> tuple[Select, dict[str, Any]]:
        """`apply_request` to ``base()`` and its bound values: built once per shape of the query
        (common.filters.FilterSet.prepared), or each time when a repeatable filter is asked."""
        pairs = request.query_params.multi_items()
        repeatable = self.repeatable
        if any(name in repeatable and value != "" for name, value in pairs):
            return self.apply_request(base(), request, tiebreak), {}
        single = dict(pairs)
        self._refuse_unknown(single)
        return self.prepared(base, {name: value for name, value in single.items() if name not in repeatable},
                             tiebreak, key)

    def _refuse_unknown(self, query: dict[str, str]) -> None:
        unknown = sorted(set(query) - self.parameter_names)
        if unknown:
            raise ValidationProblem(
                [InvalidParam(NON_FIELD_ERRORS, "unknown-parameters", f"Onbekende query-parameters: {', '.join(unknown)}.")]
            )


def page_request(request: Request) -> PageRequest:
    """``page`` and ``page_size`` as Open Product names them, bounded by the settings."""
    settings = request.app.state.settings
    query = {"page": request.query_params.get("page", ""), "pageSize": request.query_params.get("page_size", "")}
    try:
        return pagination.page_request(query, settings.page_size, settings.max_page_size)
    except ValidationProblem as problem:
        raise ValidationProblem([InvalidParam("page_size", p.code, p.reason) for p in problem.invalid_params]) from None


def language(request: Request, offered: Iterable[str], default: str) -> str:
    """The best of ``offered`` for the request's Accept-Language (by q-value), else ``default``."""
    header = request.headers.get("accept-language", "")
    offered = tuple(offered)
    best, best_q = default, 0.0
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip().lower()
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        primary = tag.split("-", 1)[0]
        if primary in offered and q > best_q:
            best, best_q = primary, q - position * 1e-6
    return best


def parse_list(parse: Callable[[str], Any]) -> Callable[[str], list[Any]]:
    """A parser for a comma-separated value, each part with ``parse``."""

    def run(value: str) -> list[Any]:
        return [parse(part.strip()) for part in value.split(",") if part.strip()]

    return run
