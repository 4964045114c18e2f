"""The migrations build exactly the tables the models describe, on SQLite and on PostgreSQL."""

import asyncio

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from common import db, migrations
from common.app import KNOWN_REGISTRIES, load_registries


def _differences(connection, prefixes: tuple[str, ...]):
    def include_name(name, type_, _parents):
        return type_ != "table" or name.startswith(prefixes)

    context = MigrationContext.configure(connection, opts={"include_name": include_name, "compare_type": True})
    return compare_metadata(context, SQLModel.metadata)


def test_migrated_schema_equals_the_models(database_url):
    registries = load_registries(KNOWN_REGISTRIES)
    prefixes = tuple(r.table_prefix for r in registries)

    async def run():
        engine = db.create_engine(database_url)
        try:
            await migrations.upgrade(engine, registries)
            await migrations.upgrade(engine, registries)  # a second upgrade is a no-op
            async with engine.connect() as connection:
                diff = await connection.run_sync(_differences, prefixes)
                tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        finally:
            await engine.dispose()
        return diff, tables

    diff, tables = asyncio.run(run())
    assert diff == []
    for registry in registries:
        modelled = {t for t in SQLModel.metadata.tables if t.startswith(registry.table_prefix)}
        assert modelled <= tables, f"{registry.name}: tables its models describe but the migrations lack"
        if modelled:
            assert f"alembic_version_{registry.name}" in tables


def test_every_filter_column_is_indexed():
    """Every column a list filters on leads an index, so no filter scans a whole table."""
    from registries.catalogi.filters import ALL as CATALOGI_FILTERS
    from registries.producten.filters import ALL as PRODUCTEN_FILTERS
    from registries.zaken.filters import ALL as ZAKEN_FILTERS
    from registries.contactmomenten.filters import ALL as CONTACTMOMENTEN_FILTERS

    from registries.klanten.filters import LIST_FILTERS as KLANTEN_FILTERS
    from registries.klanten.filters import SUBSTRING as KLANTEN_SUBSTRING  # substring searches: no B-tree helps

    for flt in [*(f for fs in CATALOGI_FILTERS.values() for f in fs.filters), *(f for fs in ZAKEN_FILTERS.values() for f in fs.filters), *(f for fs in CONTACTMOMENTEN_FILTERS.values() for f in fs.filters),
                *(f for fs in PRODUCTEN_FILTERS.values() for f in fs.filters),
                *(f for fs in KLANTEN_FILTERS.values() for f in fs.filters if f.name not in KLANTEN_SUBSTRING)]:
        assert flt.column is not None, flt.name
        leading = {next(iter(index.columns)).name for index in flt.column.table.indexes}
        assert flt.column.name in leading, f"{flt.name} filters on {flt.column} without an index"
