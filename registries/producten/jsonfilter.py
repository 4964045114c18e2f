"""``dataobject_attr`` and ``verbruiksobject_attr``: filters on a value inside a JSON document.

A filter reads ``key__operator__waarde`` (``kenteken__exact__AA-111-B``; a nested key is
``auto__kenteken``). Operators: exact, gt, gte, lt, lte, icontains and in (values separated by
``|``). A waarde that reads as a number compares as a number, one that reads as an ISO date
(YYYY-MM-DD) as a date; exact and in match the text as well as the number, as Open Product does.

PostgreSQL answers ``exact`` and ``in`` with JSONB containment (``@>``), which the GIN index on
the column serves; the comparisons read the value at the path and compare only values of the
right JSON type. SQLite reads the value with json_extract.
"""

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Numeric, String, and_, case, cast, func, literal, or_
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import Boolean

OPERATORS = ("exact", "gt", "gte", "lt", "lte", "icontains", "in")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


@dataclass(frozen=True)
class JsonAttr:
    path: tuple[str, ...]
    operator: str
    raw: str


def _typed(raw: str) -> Any:
    """A waarde as Open Product reads it: a number, a date, or text."""
    if _NUMBER.fullmatch(raw):
        try:
            number = Decimal(raw)
        except InvalidOperation:
            return raw
        return int(number) if number == number.to_integral_value() and "." not in raw else number
    if _DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return raw
    return raw


def parse(value: str) -> JsonAttr:
    """``key__operator__waarde``; ValueError (a 400) when it is not."""
    try:
        key, operator, raw = value.rsplit("__", 2)
    except ValueError:
        raise ValueError(f"Filter '{value}' heeft niet de vorm sleutel__operator__waarde.") from None
    if not key or "," in key:
        raise ValueError(f"Filter '{value}': de sleutel is niet leeg en bevat geen komma's.")
    if operator not in OPERATORS:
        raise ValueError(f"Operator '{operator}' is niet bekend; kies uit {', '.join(OPERATORS)}.")
    if operator in ("gt", "gte", "lt", "lte") and isinstance(_typed(raw), str):
        raise ValueError(f"Operator '{operator}' vergelijkt alleen getallen en datums (JJJJ-MM-DD).")
    return JsonAttr(tuple(key.split("__")), operator, raw)


class JsonCondition(ColumnElement):
    """One JsonAttr on one JSON column, compiled for the database at hand."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, column: ColumnElement, attr: JsonAttr) -> None:
        self.column = column
        self.attr = attr


def _nested(path: tuple[str, ...], value: Any) -> dict:
    document: Any = value
    for key in reversed(path):
        document = {key: document}
    return document


def _json_value(typed: Any) -> Any:
    if isinstance(typed, Decimal):
        return float(typed)
    if isinstance(typed, date):
        return typed.isoformat()
    return typed


def _equal_values(raw: str) -> list[Any]:
    typed = _typed(raw)
    values: list[Any] = [raw]
    if not isinstance(typed, (str, date)):
        values.append(_json_value(typed))
    return values


def _postgresql(element: JsonCondition) -> ColumnElement:
    column, attr = element.column, element.attr
    at = column[attr.path]
    if attr.operator in ("exact", "in"):
        raws = attr.raw.split("|") if attr.operator == "in" else [attr.raw]
        documents = [_nested(attr.path, v) for raw in raws for v in _equal_values(raw)]
        return or_(*(column.op("@>")(cast(literal(json.dumps(d)), JSONB)) for d in documents))
    if attr.operator == "icontains":
        return func.lower(at.as_string()).contains(attr.raw.lower(), autoescape=True)
    typed = _typed(attr.raw)
    compare = {"gt": "__gt__", "gte": "__ge__", "lt": "__lt__", "lte": "__le__"}[attr.operator]
    if isinstance(typed, date):
        value = case((func.jsonb_typeof(at) == "string", at.as_string()), else_=None)
        return getattr(value, compare)(typed.isoformat())
    value = case((func.jsonb_typeof(at) == "number", cast(at.as_string(), Numeric)), else_=None)
    return getattr(value, compare)(cast(literal(str(typed)), Numeric))


def _sqlite(element: JsonCondition) -> ColumnElement:
    column, attr = element.column, element.attr
    path = "$" + "".join('."' + key.replace('"', '\\"') + '"' for key in attr.path)
    value = func.json_extract(column, path)
    kind = func.json_type(column, path)
    if attr.operator in ("exact", "in"):
        raws = attr.raw.split("|") if attr.operator == "in" else [attr.raw]
        conditions = []
        for raw in raws:
            conditions.append(and_(kind == "text", value == raw))
            typed = _typed(raw)
            if not isinstance(typed, (str, date)):
                conditions.append(and_(kind.in_(("integer", "real")), value == _json_value(typed)))
        return or_(*conditions)
    if attr.operator == "icontains":
        return and_(kind == "text", func.lower(cast(value, String)).contains(attr.raw.lower(), autoescape=True))
    typed = _typed(attr.raw)
    compare = {"gt": "__gt__", "gte": "__ge__", "lt": "__lt__", "lte": "__le__"}[attr.operator]
    if isinstance(typed, date):
        return and_(kind == "text", getattr(value, compare)(typed.isoformat()))
    return and_(kind.in_(("integer", "real")), getattr(value, compare)(_json_value(typed)))


@compiles(JsonCondition, "postgresql")
def _compile_postgresql(element: JsonCondition, compiler, **kw) -> str:
    # Parenthesised: the condition may be an OR, and it sits among the list's other filters.
    return "(" + compiler.process(_postgresql(element), **kw) + ")"


@compiles(JsonCondition)
def _compile_default(element: JsonCondition, compiler, **kw) -> str:
    return "(" + compiler.process(_sqlite(element), **kw) + ")"
