"""The keys of related rows gathered in the one statement that reads their owners.

A zaak answers with the URLs of its rollen, eigenschappen, deelzaken...; asking for each kind
separately costs a round trip per kind, and on a small machine the round trips (not the database)
are most of a request's cost. `key_list` is a correlated subquery that folds the keys of one
kind into a string, ``"<order>:<key>,<order>:<key>"`` (``string_agg`` on PostgreSQL,
``group_concat`` on SQLite); `keys_in_order` unfolds it in the order of the rows.
"""

from typing import Any
from uuid import UUID

from sqlalchemy import String, cast, func, literal, select
from sqlalchemy.sql.elements import ColumnElement


def key_list(key: Any, order: Any, where: ColumnElement[bool]) -> Any:
    """A scalar subquery: the ``key`` of every row matching ``where`` (correlated to the owner), with its ``order``."""
    pair = cast(order, String) + literal(":") + cast(key, String)
    return select(func.aggregate_strings(pair, ",")).where(where).scalar_subquery()


def value_list(value: Any, where: ColumnElement[bool]) -> Any:
    """A scalar subquery: the distinct non-null values of a text column, in no particular order."""
    return select(func.aggregate_strings(value, ",")).where(where, value.is_not(None)).scalar_subquery()


def keys_in_order(folded: str | None) -> list[UUID]:
    if not folded:
        return []
    pairs = [part.split(":", 1) for part in folded.split(",")]
    pairs.sort(key=lambda pair: int(pair[0]))
    return [UUID(key) for _, key in pairs]


def values(folded: str | None) -> set[str]:
    return set(folded.split(",")) if folded else set()
