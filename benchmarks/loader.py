"""Bulk writes into the registries' own tables: COPY on PostgreSQL, multi-row inserts on SQLite.

The seeder describes each table by the columns it fills (``Shape``); every other column that
cannot be NULL gets its model's default, so rows are complete the way the API would write them.

On PostgreSQL a load runs with the secondary indexes of the loaded tables dropped and foreign-key
triggers off (``session_replication_role = replica``), and builds the indexes again afterwards
from their exact definitions: that is several times faster than maintaining twenty indexes row
by row, and the end result is the schema the migrations made.
"""

import json
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from common.counts import recount
from common.db import async_url, create_engine


class Shape:
    """The columns of one table a seeder fills, plus the model defaults for the other required ones."""

    def __init__(self, model: Any, attributes: Sequence[str]) -> None:
        self.table: sa.Table = model.__table__
        columns = {a.key: a.columns[0] for a in sa.inspect(model).column_attrs}
        self.columns = [columns[a].name for a in attributes]
        tail = []
        for key, column in columns.items():
            if key in attributes or column.primary_key:
                continue
            default = model.model_fields[key].get_default(call_default_factory=True)
            if default is None:
                if not column.nullable:
                    raise ValueError(f"{self.table.name}.{column.name} needs a value")
                continue
            self.columns.append(column.name)
            tail.append(default)
        self.tail = tuple(tail)
        self.json_positions = [i for i, name in enumerate(self.columns)
                               if isinstance(self.table.c[name].type, sa.JSON)]

    @property
    def name(self) -> str:
        return self.table.name


class Progress:
    """One line per step on stderr: rows written, rows per second, seconds so far."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, total, 0
        self.started = self.last = time.monotonic()

    def add(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if now - self.last >= 2 or self.done >= self.total:
            self.last = now
            rate = self.done / max(now - self.started, 1e-9)
            print(f"  {self.label}: {self.done:,}/{self.total:,} ({100 * self.done / max(self.total, 1):.0f}%, "
                  f"{rate:,.0f}/s, {now - self.started:.0f} s)", file=sys.stderr, flush=True)


class Loader:
    """Writes batches of rows (tuples in the order of a Shape's own columns) into one database."""

    def __init__(self, database_url: str) -> None:
        self.url = async_url(database_url)
        self.postgres = make_url(self.url).get_backend_name() == "postgresql"
        self.engine = create_engine(self.url)
        self._pg = None  # asyncpg connection, PostgreSQL only
        self._dropped: list[tuple[str, str]] = []

    async def __aenter__(self) -> "Loader":
        if self.postgres:
            import asyncpg

            url = make_url(self.url)
            self._pg = await asyncpg.connect(host=url.host or "127.0.0.1", port=url.port or 5432, user=url.username,
                                             password=url.password, database=url.database)
            await self._pg.execute("SET maintenance_work_mem = '512MB'")
            try:
                await self._pg.execute("SET session_replication_role = replica")
            except Exception:  # noqa: BLE001 - not a superuser: foreign keys stay checked, only slower
                pass
        return self

    async def __aexit__(self, *exc_info) -> None:
        try:
            await self.restore_indexes()
        finally:
            if self._pg is not None:
                await self._pg.close()
            await self.engine.dispose()

    async def count(self, shape: Shape) -> int:
        async with self.engine.connect() as connection:
            return int(await connection.scalar(sa.select(sa.func.count()).select_from(shape.table)))

    async def drop_indexes(self, shapes: Iterable[Shape]) -> None:
        """PostgreSQL: drop the secondary indexes (not those behind a constraint) until restore_indexes."""
        if not self.postgres:
            return
        for shape in shapes:
            rows = await self._pg.fetch(
                """SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
                   FROM pg_index i
                   WHERE i.indrelid = $1::regclass AND NOT i.indisprimary
                     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""",
                shape.name)
            for row in rows:
                await self._pg.execute(f"DROP INDEX {row['name']}")
                self._dropped.append((row["name"], row["definition"]))

    async def restore_indexes(self) -> None:
        if not self._dropped:
            return
        started = time.monotonic()
        print(f"  building {len(self._dropped)} indexes ...", file=sys.stderr, flush=True)
        while self._dropped:
            _name, definition = self._dropped[0]
            await self._pg.execute(definition)
            self._dropped.pop(0)
        print(f"  indexes built in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)

    async def write(self, shape: Shape, rows: list[tuple]) -> None:
        if not rows:
            return
        if self.postgres:
            records = [row + shape.tail for row in rows]
            if shape.json_positions:
                records = [_dumped(record, shape.json_positions) for record in records]
            await self._pg.copy_records_to_table(shape.name, records=records, columns=shape.columns)
        else:
            async with self.engine.begin() as connection:
                await connection.execute(shape.table.insert(),
                                         [dict(zip(shape.columns, row + shape.tail)) for row in rows])

    async def execute(self, statement: sa.Executable, parameters: Any = None) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(statement, parameters)

    async def finish(self, shapes: Iterable[Shape]) -> None:
        """After the load: indexes back, id sequences past the highest id, fresh planner statistics."""
        shapes = list(shapes)
        await self.restore_indexes()
        if not self.postgres:
            return
        for shape in shapes:
            if "id" in shape.table.c and shape.table.c["id"].primary_key:
                await self._pg.execute(
                    f"SELECT setval(pg_get_serial_sequence('{shape.name}', 'id'), "
                    f"GREATEST((SELECT max(id) FROM {shape.name}), 1))")
        await self._pg.execute("SET session_replication_role = DEFAULT")
        for shape in shapes:
            # The load bypassed the triggers that keep the exact counts of large tables.
            await self._pg.execute(recount(shape.name))
        for shape in shapes:
            # VACUUM sets the visibility map, so index-only scans (counts, pages) need no heap visits,
            # as in a database that autovacuum has seen; ANALYZE gives the planner its statistics.
            await self._pg.execute(f"VACUUM (ANALYZE) {shape.name}")


def _dumped(record: tuple, positions: list[int]) -> tuple:
    values = list(record)
    for i in positions:
        if values[i] is not None:
            values[i] = json.dumps(values[i], ensure_ascii=False)
    return tuple(values)
