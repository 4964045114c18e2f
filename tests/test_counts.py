"""Exact counts of unfiltered lists kept by triggers on PostgreSQL (common/counts.py)."""

import asyncio

import pytest
from sqlalchemy import text

from common import db
from common.counts import FOLD_AFTER
from tests.test_zaken_support import (  # noqa: F401 - fixtures
    ROOT,
    catalogi,
    create_zaak,
    zaaktype,
    zaken,
    zaken_database,
    zaken_server,
)


def sql(database_url: str, statement: str, **params):
    async def go():
        engine = db.create_engine(database_url)
        try:
            async with engine.begin() as connection:
                result = await connection.execute(text(statement), params)
                return result.all() if result.returns_rows else None
        finally:
            await engine.dispose()

    return asyncio.run(go())


@pytest.fixture
def postgresql_only(backend):
    if backend != "postgresql":
        pytest.skip("the counts are kept by PostgreSQL triggers; SQLite counts the table")


def kept(database_url: str) -> tuple[int, int]:
    """(sum, rows) of zaken_zaak in platform_telling."""
    total, rows = sql(database_url, "SELECT coalesce(sum(aantal), 0), count(*) FROM platform_telling "
                                    "WHERE tabel = 'zaken_zaak'")[0]
    return int(total), int(rows)


def table_count(database_url: str) -> int:
    return sql(database_url, "SELECT count(*) FROM zaken_zaak")[0][0]


def test_the_kept_count_follows_every_insert_and_delete(postgresql_only, zaken, zaaktype, zaken_database):
    assert kept(zaken_database)[0] == table_count(zaken_database)
    made = [create_zaak(zaken, zaaktype) for _ in range(3)]
    assert kept(zaken_database)[0] == table_count(zaken_database)
    assert zaken.delete(made[0]["url"]).status_code == 204
    assert kept(zaken_database)[0] == table_count(zaken_database)
    assert zaken.get(f"{ROOT}/zaken", params={"pageSize": 1}).json()["count"] == table_count(zaken_database)


def test_an_unfiltered_list_takes_its_count_from_the_kept_rows_and_folds_them(postgresql_only, zaken, zaaktype,
                                                                               zaken_database):
    create_zaak(zaken, zaaktype)
    # Rows that change nothing, as many statements leave behind: the next count folds them.
    sql(zaken_database, "INSERT INTO platform_telling (tabel, aantal) "
                        "SELECT 'zaken_zaak', 0 FROM generate_series(1, :n)", n=FOLD_AFTER + 5)
    assert kept(zaken_database)[1] > FOLD_AFTER
    body = zaken.get(f"{ROOT}/zaken", params={"pageSize": 1}).json()
    assert body["count"] == table_count(zaken_database)
    assert kept(zaken_database) == (table_count(zaken_database), 1), "folded into one row"


def test_a_filtered_or_restricted_list_still_counts_what_it_shows(postgresql_only, zaken, zaaktype, zaken_server,
                                                                  zaken_database):
    create_zaak(zaken, zaaktype)
    # A wrong kept count would show on the unfiltered list only: filtered lists count themselves.
    sql(zaken_database, "INSERT INTO platform_telling (tabel, aantal) VALUES ('zaken_zaak', 1000)")
    try:
        assert zaken.get(f"{ROOT}/zaken", params={"pageSize": 1}).json()["count"] == table_count(zaken_database) + 1000
        mine = zaken.get(f"{ROOT}/zaken", params={"zaaktype": zaaktype.url, "pageSize": 1}).json()["count"]
        assert mine <= table_count(zaken_database)
    finally:
        sql(zaken_database, "INSERT INTO platform_telling (tabel, aantal) VALUES ('zaken_zaak', -1000)")
