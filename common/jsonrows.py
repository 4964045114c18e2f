"""Related rows read in the statement of their owner: a correlated subquery folds each matching
row into a JSON array of its values (``json_agg`` on PostgreSQL, ``json_group_array`` on
SQLite), so one statement answers for a page and its relations.

The first value of each row is its order key (or the first few): `rows` sorts by it (SQLite
cannot order inside an aggregate). Values come back as JSON gives them: uuids, dates and
datetimes as text (parse with `uuid`, `day`, `moment`), booleans as true/false or 1/0 (`bool()`),
numbers as text if cast.
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import JSON, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class json_rows(FunctionElement):  # noqa: N801 - used like func.*
    """An aggregate: each row's values as one JSON array, all rows as one JSON array."""

    type = String()
    inherit_cache = True
    name = "json_rows"


@compiles(json_rows)
def _postgresql(element, compiler, **kw) -> str:
    return f"json_agg(json_build_array({compiler.process(element.clauses, **kw)}))"


@compiles(json_rows, "sqlite")
def _sqlite(element, compiler, **kw) -> str:
    # A JSON column is text on SQLite: json() embeds it as JSON instead of as a string.
    parts = [compiler.process(c, **kw) for c in element.clauses]
    parts = [f"json({p})" if isinstance(c.type, JSON) else p for c, p in zip(element.clauses, parts, strict=True)]
    return f"json_group_array(json_array({', '.join(parts)}))"


def related(*values: Any, where: ColumnElement[bool], joined: Any = None) -> Any:
    """A correlated scalar subquery: the rows matching ``where`` (from ``joined``, if given) as
    JSON; the first value orders them."""
    stmt = select(json_rows(*values))
    if joined is not None:
        stmt = stmt.select_from(joined)
    return stmt.where(where).scalar_subquery()


def rows(folded: Any, keys: int = 1) -> list[list[Any]]:
    """The rows of a `related` column in order, each without its order key (its first ``keys`` values)."""
    if folded is None:
        return []
    if isinstance(folded, (str, bytes)):
        folded = orjson.loads(folded)
    if keys == 1:
        folded.sort(key=lambda row: row[0])
    else:
        folded.sort(key=lambda row: row[:keys])
    return [row[keys:] for row in folded]


def uuid(value: str | None) -> str | None:
    """The canonical form: PostgreSQL gives it, SQLite keeps uuids as 32 hex digits."""
    if not value:
        return None
    return value if len(value) == 36 and value.islower() else str(UUID(value))


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def moment(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


class RowsById:
    """The rows of ``by_ids`` (a statement of owners and their `related` columns, for the bound
    expanding ``ids``) by owner id."""

    by_ids: Any = None

    def __init__(self, rows: Sequence[Any] = ()) -> None:
        self.rows = {row.id: row for row in rows}

    @classmethod
    async def load(cls, session: AsyncSession, owners: Sequence[Any]) -> Any:
        if not owners:
            return cls()
        return cls((await session.execute(cls.by_ids, {"ids": [owner.id for owner in owners]})).all())
