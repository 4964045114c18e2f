"""Query-string filters for list endpoints, in the ZGW dialect.

A registry declares the filters of a list once (the names its contract lists); the filter set
parses the query string, refuses what it does not know (400, ``unknown-parameters``) and
applies the rest to a SQLAlchemy select. Lookups follow the ``field__lookup`` convention:
exact, ``__in`` (comma separated), ``__gt/__gte/__lt/__lte`` and ``__isnull``. An empty
value means "no filter", as in the reference implementations.

A list asked often in few shapes (the zaken of one citizen) takes ``FilterSet.prepared``: its
statement is built once per shape of the query and the values travel as bound parameters, so a
request pays neither for putting the statement together nor for SQLAlchemy's cache key of it.
"""

import operator
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from typing import Any
from uuid import UUID

from sqlalchemy import Select, bindparam
from sqlalchemy.sql.elements import ColumnElement

from common import validation
from common.errors import InvalidParam, ValidationProblem, NON_FIELD_ERRORS

Parser = Callable[[str], Any]
Apply = Callable[[Select, Any], Select]

LOOKUPS = ("exact", "in", "gt", "gte", "lt", "lte", "isnull")


def parse_str(value: str) -> str:
    return value


_BIGINT = 2**63


def parse_int(value: str) -> int:
    number = int(value)
    if not -_BIGINT <= number < _BIGINT:
        raise ValueError("Dit getal is te groot.")
    return number


def parse_bool(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise ValueError("Geef true of false.")


def parse_date(value: str) -> date:
    return validation.parse_date(value)


def parse_datetime(value: str) -> datetime:
    return validation.parse_datetime(value)


def parse_uuid(value: str) -> UUID:
    return UUID(value)


def parse_choice(choices: Iterable[str]) -> Parser:
    allowed = tuple(choices)

    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"Kies uit: {', '.join(allowed)}.")
        return value

    return parse


@dataclass(frozen=True)
class Filter:
    name: str
    apply: Apply
    parse: Parser = parse_str
    many: bool = False  # the value is a comma-separated list
    column: ColumnElement | None = None  # the column it filters on, when it is one column
    # ``apply`` takes a bound parameter in place of the value (the value only fills the statement,
    # never shapes it), so one prepared statement serves every value.
    bindable: bool = False


def _where_in(stmt: Select, value: list, column: ColumnElement) -> Select:
    return stmt.where(column.in_(value))


def _where_null(stmt: Select, value: bool, column: ColumnElement) -> Select:
    return stmt.where(column.is_(None) if value else column.is_not(None))


def _where_compare(stmt: Select, value: Any, column: ColumnElement, compare: Callable) -> Select:
    return stmt.where(compare(column, value))


_COMPARISONS = {"exact": operator.eq, "gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}


def column_filters(
    name: str, column: ColumnElement, lookups: Iterable[str] = ("exact",), parse: Parser = parse_str
) -> list[Filter]:
    """The filters ``name``, ``name__in``, ``name__gte`` ... on one column."""
    made = []
    for lookup in lookups:
        if lookup not in LOOKUPS:
            raise ValueError(f"unknown lookup {lookup}")
        param = name if lookup == "exact" else f"{name}__{lookup}"
        if lookup == "in":
            made.append(Filter(param, partial(_where_in, column=column), parse, many=True, column=column,
                               bindable=True))
        elif lookup == "isnull":
            made.append(Filter(param, partial(_where_null, column=column), parse_bool, column=column))
        else:
            apply = partial(_where_compare, column=column, compare=_COMPARISONS[lookup])
            made.append(Filter(param, apply, parse, column=column, bindable=True))
    return made


PREPARED_SHAPES = 256  # prepared statements kept per filter set; all are dropped when it is full


def _frozen(value: Any) -> Hashable:
    return tuple(value) if isinstance(value, list) else value


@dataclass
class FilterSet:
    filters: list[Filter]
    ordering: Mapping[str, ColumnElement] = field(default_factory=dict)
    # Parameters that a list accepts besides its filters (pagination, expand, ...).
    reserved: tuple[str, ...] = ("page", "pageSize")

    def __post_init__(self) -> None:
        self.by_name = {f.name: f for f in self.filters}
        self._params = {f.name: f"filter_{index}" for index, f in enumerate(self.filters)}
        self._prepared: dict[Hashable, Select] = {}

    @property
    def parameter_names(self) -> set[str]:
        names = set(self.by_name) | set(self.reserved)
        if self.ordering:
            names.add("ordering")
        return names

    def apply(self, stmt: Select, query: Mapping[str, str], tiebreak: ColumnElement) -> Select:
        chosen, order = self.parse(query)
        for flt, value in chosen:
            stmt = flt.apply(stmt, value)
        return stmt.order_by(*order, tiebreak)

    def parse(self, query: Mapping[str, str]) -> tuple[list[tuple[Filter, Any]], list]:
        """The filters the query asks for with their parsed values, and the ordering; every
        error at once (400)."""
        unknown = sorted(set(query) - self.parameter_names)
        if unknown:
            raise ValidationProblem(
                [InvalidParam(NON_FIELD_ERRORS, "unknown-parameters", f"Onbekende query-parameters: {', '.join(unknown)}.")]
            )
        errors: list[InvalidParam] = []
        chosen: list[tuple[Filter, Any]] = []
        for name, raw in query.items():
            flt = self.by_name.get(name)
            if flt is None or raw == "":
                continue
            if "\x00" in raw:
                errors.append(InvalidParam(name, "invalid", "Een waarde mag geen NUL-teken bevatten."))
                continue
            try:
                if flt.many:
                    value = [flt.parse(part.strip()) for part in raw.split(",") if part.strip() != ""]
                else:
                    value = flt.parse(raw)
            except (ValueError, TypeError) as exc:
                errors.append(InvalidParam(name, "invalid", str(exc) or "Ongeldige waarde."))
                continue
            chosen.append((flt, value))
        order = self._order_by(query.get("ordering", ""), errors)
        if errors:
            raise ValidationProblem(errors)
        return chosen, order

    def prepared(self, base: Callable[[], Select], query: Mapping[str, str], tiebreak: ColumnElement,
                 key: Hashable = None) -> tuple[Select, dict[str, Any]]:
        """``apply`` to ``base()``, built once per shape: the filters asked for, the values of those
        that are not bindable, the ordering and ``key`` (what else ``base()`` depends on). Returns
        the statement and the values of its bound parameters."""
        chosen, order = self.parse(query)
        chosen.sort(key=lambda pair: pair[0].name)
        shape = (key, query.get("ordering", ""),
                 tuple((flt.name, None if flt.bindable else _frozen(value)) for flt, value in chosen))
        stmt = self._prepared.get(shape)
        if stmt is None:
            stmt = base()
            for flt, value in chosen:
                stmt = flt.apply(stmt, bindparam(self._params[flt.name], expanding=flt.many) if flt.bindable else value)
            stmt = stmt.order_by(*order, tiebreak)
            if len(self._prepared) >= PREPARED_SHAPES:
                self._prepared.clear()
            self._prepared[shape] = stmt
        return stmt, {self._params[flt.name]: value for flt, value in chosen if flt.bindable}

    def _order_by(self, raw: str, errors: list[InvalidParam]) -> list:
        order = []
        for part in (p.strip() for p in raw.split(",") if p.strip()):
            descending = part.startswith("-")
            column = self.ordering.get(part.lstrip("-"))
            if column is None:
                errors.append(InvalidParam("ordering", "invalid_choice", f"Sorteren kan op: {', '.join(self.ordering)}."))
                continue
            order.append(column.desc() if descending else column.asc())
        return order
