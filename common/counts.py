"""Exact row counts of large tables without counting them (PostgreSQL).

The standards demand an exact ``count`` with every list. Without a filter that is a scan of the
whole table (about 0.1 s for a million zaken). A registry names its large tables
(``Registry.counted_tables``) and gives each, in a migration, two statement triggers
(``counting_triggers``) that add the difference of every insert and delete to
``platform_telling``. The count of the unfiltered table is then the sum of that table's rows
there: exact in the snapshot of the question, whoever inserts at the same time. The rows of a
table are folded into one when they pile up. SQLite counts the table itself.
"""

from sqlalchemy import Select, True_, bindparam, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Alias, TableClause
from sqlalchemy.sql.elements import AsBoolean, Grouping

from common.platform.models import Telling

FOLD_AFTER = 200  # rows of one table in platform_telling before they are folded into one

FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION platform_telling_bij() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO platform_telling (tabel, aantal) SELECT TG_TABLE_NAME, count(*) FROM nieuw HAVING count(*) > 0;
    RETURN NULL;
END $$""",
    """CREATE OR REPLACE FUNCTION platform_telling_af() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO platform_telling (tabel, aantal) SELECT TG_TABLE_NAME, -count(*) FROM oud HAVING count(*) > 0;
    RETURN NULL;
END $$""",
]


def counting_triggers(table: str) -> list[str]:
    """The statements a migration runs (PostgreSQL only) to start counting ``table``."""
    return [
        *FUNCTIONS,
        f"CREATE TRIGGER {table}_telling_bij AFTER INSERT ON {table} REFERENCING NEW TABLE AS nieuw "
        "FOR EACH STATEMENT EXECUTE FUNCTION platform_telling_bij()",
        f"CREATE TRIGGER {table}_telling_af AFTER DELETE ON {table} REFERENCING OLD TABLE AS oud "
        "FOR EACH STATEMENT EXECUTE FUNCTION platform_telling_af()",
        recount(table),
    ]


def recount(table: str) -> str:
    """One statement that counts ``table`` anew, when it is counted (after a load that bypassed
    its triggers, such as a bulk load with ``session_replication_role = replica``)."""
    return (f"WITH weg AS (DELETE FROM platform_telling WHERE tabel = '{table}') "
            f"INSERT INTO platform_telling (tabel, aantal) SELECT '{table}', count(*) FROM {table} "
            f"WHERE EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '{table}_telling_bij')")


def dropping_triggers(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {table}_telling_bij ON {table}",
            f"DROP TRIGGER IF EXISTS {table}_telling_af ON {table}",
            f"DELETE FROM platform_telling WHERE tabel = '{table}'"]


def unfiltered_table(stmt: Select, counted: frozenset[str]) -> str | None:
    """The counted table ``stmt`` reads whole (no WHERE, or only ``WHERE true``), else None."""
    where = stmt.whereclause
    while isinstance(where, (AsBoolean, Grouping)):  # where(true()) arrives wrapped
        where = where.element
    if where is not None and not isinstance(where, True_):
        return None
    if stmt._group_by_clauses or stmt._having_criteria or stmt._distinct or stmt._limit_clause is not None:
        return None
    froms = stmt.get_final_froms()
    if len(froms) != 1 or isinstance(froms[0], Alias) or not isinstance(froms[0], TableClause):
        return None
    return froms[0].name if froms[0].name in counted else None


# Built once: a statement composed per request costs more than running this one.
_KEPT = select(func.coalesce(func.sum(Telling.aantal), 0), func.count()).where(Telling.tabel == bindparam("tabel"))


async def kept_count(session: AsyncSession, table: str) -> int:
    """The count of ``table`` from platform_telling; folds its rows when they pile up."""
    total, rows = (await session.execute(_KEPT, {"tabel": table})).one()
    if rows > FOLD_AFTER:
        await _fold(session, table)
    return int(total)


async def _fold(session: AsyncSession, table: str) -> None:
    """Replace the rows of ``table`` by their sum, in a transaction of its own (atomic: a count
    made at the same time sees either all the old rows or the one new row)."""
    async with session.bind.connect() as connection:
        await connection.execute(text(
            "WITH weg AS (DELETE FROM platform_telling WHERE tabel = :tabel RETURNING aantal) "
            "INSERT INTO platform_telling (tabel, aantal) SELECT :tabel, sum(aantal) FROM weg HAVING count(*) > 0"
        ), {"tabel": table})
        await connection.commit()
