"""The Klantinteracties API's hot paths stay cheap: a page costs the same number of queries
whatever its size (no N+1), and the lookups consumers make per citizen go through an index."""

import asyncio
import threading
import uuid

import httpx
import pytest
from sqlalchemy import event, select, text

from common import db
from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.settings import Settings
from registries.klanten import rules
from registries.klanten.filters import KLANTCONTACT_FILTERS, PARTIJ_FILTERS
from registries.klanten.models import Klantcontact, Partij
from tests import counters, servers
from tests.conftest import SUPERUSER, ensure_superuser
from tests.test_klanten_partijen import ROOT, bsn, create, email, identificator, persoon


class Counter:
    """Counts the SELECTs on the registry's tables."""

    def __init__(self) -> None:
        self.selects = 0
        self.lock = threading.Lock()

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        # Only the registry's own reads: connection checks and the platform's tables (credentials,
        # the processing log's group commits) vary with timing, not with the size of a page.
        if statement.lstrip().upper().startswith("SELECT") and "klanten_" in statement:
            with self.lock:
                self.selects += 1


@pytest.fixture(scope="module")
def counted(database_url, backend):
    """A server whose engine counts the SELECTs it runs."""
    app = create_app(load_registries(KNOWN_REGISTRIES), Settings(database_url=database_url, migrate_on_start=True))
    counter = Counter()
    event.listen(app.state.engine.sync_engine, "before_cursor_execute", counter)
    running = servers.start_server(database_url, backend, app=app)
    ensure_superuser(database_url)
    client = httpx.Client(base_url=running.url, timeout=60, auth=servers.ZgwAuth(*SUPERUSER))
    yield client, counter
    client.close()
    running.stop()


def selects(counter: Counter, client: httpx.Client, url: str, params: dict) -> int:
    client.get(url, params=params)  # warm the application cache of the credentials
    before = counter.selects
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return counter.selects - before


def seed(client: httpx.Client, label: str, count: int) -> None:
    """``count`` persons with a BSN, two addresses, an account and a contact about a zaak."""
    for _ in range(count):
        rekening = create(client, "rekeningnummers", {"iban": "NL91ABNA0417164300"})
        adressen = [email(client), email(client)]
        partij = create(client, "partijen", persoon(bsn(), bezoekadres={"adresregel1": label},
                                                    digitaleAdressen=[{"uuid": a["uuid"]} for a in adressen],
                                                    rekeningnummers=[{"uuid": rekening["uuid"]}]))
        response = client.post(f"{ROOT}/maak-klantcontact", json={
            "klantcontact": {"kanaal": label, "onderwerp": "x", "taal": "nld", "vertrouwelijk": False},
            "betrokkene": {"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True},
            "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": label}}})
        assert response.status_code == 201, response.text


def test_a_page_of_partijen_costs_the_same_whatever_its_size(counted):
    client, counter = counted
    seed(client, "klein-n1", 2)
    seed(client, "groot-n1", 12)
    url = f"{ROOT}/partijen"
    expand = "digitaleAdressen,betrokkenen.hadKlantcontact,categorieRelaties"
    small = selects(counter, client, url, {"bezoekadresAdresregel1": "klein-n1", "expand": expand})
    large = selects(counter, client, url, {"bezoekadresAdresregel1": "groot-n1", "expand": expand})
    assert small == large, (small, large)
    contacts = f"{ROOT}/klantcontacten"
    expand = "hadBetrokkenen.wasPartij,hadBetrokkenen.digitaleAdressen,gingOverOnderwerpobjecten,leiddeTotInterneTaken"
    assert selects(counter, client, contacts, {"kanaal": "klein-n1", "expand": expand}) == \
        selects(counter, client, contacts, {"kanaal": "groot-n1", "expand": expand})


def test_the_lookups_of_a_partij_are_one_query_each(counted):
    """A partij, a partij by BSN and the klantcontacten of a partij: each one SELECT, relations included."""
    client, counter = counted
    number = bsn()
    rekening = create(client, "rekeningnummers", {"iban": "NL91ABNA0417164300"})
    adres = email(client)
    partij = create(client, "partijen", persoon(number, digitaleAdressen=[{"uuid": adres["uuid"]}],
                                               voorkeursDigitaalAdres={"uuid": adres["uuid"]},
                                               rekeningnummers=[{"uuid": rekening["uuid"]}]))
    body = {"klantcontact": {"kanaal": "eén-query", "onderwerp": "x", "taal": "nld", "vertrouwelijk": False},
            "betrokkene": {"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True}}
    client.post(f"{ROOT}/maak-klantcontact", json=body)  # warm the application cache of the credentials
    before = counter.selects
    assert client.post(f"{ROOT}/maak-klantcontact", json=body).status_code == 201
    assert counter.selects - before == 1  # the partij named; the nummer (kic-016) is drawn by an upsert
    assert selects(counter, client, partij["url"], {}) == 1
    assert selects(counter, client, f"{ROOT}/partijen", {"partijIdentificator__codeSoortObjectId": "bsn",
                                                         "partijIdentificator__objectId": number}) == 1
    assert selects(counter, client, f"{ROOT}/klantcontacten", {"hadBetrokkene__wasPartij__uuid": partij["uuid"]}) == 1


def test_a_list_is_prepared_once_per_shape_and_counted_only_when_full(counted):
    """Partijen by BSN: other numbers take the statement prepared for the first. A page that is not
    full is its own count; a full page and a later one cost one count more."""
    client, counter = counted
    label = uuid.uuid4().hex[:10]
    numbers = [bsn() for _ in range(3)]
    for number in numbers:
        create(client, "partijen", persoon(number, bezoekadres={"adresregel1": label}))
    url = f"{ROOT}/partijen"

    def by_bsn(number: str) -> dict:
        return {"partijIdentificator__codeSoortObjectId": "bsn", "partijIdentificator__objectId": number}

    assert selects(counter, client, url, by_bsn(numbers[0])) == 1
    shapes = len(PARTIJ_FILTERS._prepared)
    for number in numbers[1:]:
        assert selects(counter, client, url, by_bsn(number)) == 1
    assert shapes and len(PARTIJ_FILTERS._prepared) == shapes
    assert selects(counter, client, url, {"bezoekadresAdresregel1": label}) == 1
    assert selects(counter, client, url, {"bezoekadresAdresregel1": label, "pageSize": 2}) == 2
    assert selects(counter, client, url, {"bezoekadresAdresregel1": label, "pageSize": 2, "page": 2}) == 2


def _plan(database_url: str, statement) -> str:
    async def run() -> str:
        engine = db.create_engine(database_url)
        try:
            async with engine.connect() as connection:
                sql = str(statement.compile(engine.sync_engine, compile_kwargs={"literal_binds": True}))
                if connection.dialect.name == "postgresql":
                    await connection.execute(text("SET enable_seqscan = off"))  # may an index serve it at all?
                    rows = await connection.execute(text("EXPLAIN " + sql))
                else:
                    rows = await connection.execute(text("EXPLAIN QUERY PLAN " + sql))
                return "\n".join(" ".join(str(c) for c in row) for row in rows)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def test_find_partij_by_bsn_goes_through_the_identificator_index(counted, database_url):
    query = {"partijIdentificator__codeSoortObjectId": "bsn", "partijIdentificator__objectId": "999993653"}
    plan = _plan(database_url, PARTIJ_FILTERS.apply(select(Partij), query, tiebreak=Partij.id.desc()).limit(100))
    assert "ix_klanten_partijidentificator_object_id" in plan or "ix_klanten_partijidentificator_uniek" in plan, plan
    assert "Seq Scan on klanten_partijidentificator" not in plan and "SCAN klanten_partijidentificator" not in plan


def test_klantcontacten_of_a_partij_go_through_indexes(counted, database_url):
    query = {"hadBetrokkene__wasPartij__uuid": "9b2f4a1e-2c4b-4f59-8c7a-2f0e1d6a5b3c"}
    plan = _plan(database_url, KLANTCONTACT_FILTERS.apply(select(Klantcontact), query,
                                                         tiebreak=Klantcontact.id.desc()).limit(100))
    assert "ix_klanten_betrokkene_partij_id" in plan and "ix_klanten_partij_uuid" in plan, plan


def test_identificator_helper_matches_the_contract():
    assert identificator("vestigingsnummer", "1" * 12)["partijIdentificator"]["codeObjecttype"] == "vestiging"


def test_kic_016_a_drawn_nummer_leaves_the_counter_free_while_the_create_runs(counted, database_url, backend):
    """Concurrent creates do not wait for each other's transactions: once a create has its
    nummer, another one may raise the counter at once, while the first has not committed."""
    if backend != "postgresql":
        pytest.skip("on SQLite a write transaction holds the whole database")

    async def nummer(session, own):
        return await rules.next_nummer(session, own, Klantcontact)

    first, second = counters.drawn_twice_with_the_row_free(
        database_url, nummer, "SELECT laatste FROM klanten_nummerteller WHERE tabel = 'klanten_klantcontact'")
    assert int(second) == int(first) + 1 and len(first) == 10, (first, second)
