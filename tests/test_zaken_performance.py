"""The Zaken API's hot paths stay cheap: the zaken of one citizen are one statement, and a create of
a published zaaktype reads no catalogus and holds no lock on the identificatie counter (zrc-002)
while its transaction runs. Catalogi and Zaken run in one server here, as a municipality runs them."""

import threading
from datetime import date

import httpx
import pytest
from sqlalchemy import event

from common.app import create_app, load_registries
from common.settings import Settings
from registries.zaken import rules
from tests import counters, servers
from tests.conftest import SUPERUSER, ensure_superuser, valid_rsin
from tests.test_catalogi_support import Catalogi

ZAKEN = "/zaken/api/v1/zaken"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
BSN_FILTER = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


class Statements:
    """The statements a server runs, on the requests' engine and on its autocommit engine."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        with self.lock:
            self.seen.append(statement)

    def during(self, call) -> list[str]:
        before = len(self.seen)
        call()
        return self.seen[before:]


@pytest.fixture(scope="module")
def counted(database_url, backend):
    app = create_app(load_registries(["catalogi", "zaken"]),
                     Settings(database_url=database_url, migrate_on_start=True, outbox_dispatch=False))
    statements = Statements()
    for engine in (app.state.engine, app.state.autocommit_engine):
        if engine is not None:
            event.listen(engine.sync_engine, "before_cursor_execute", statements)
    running = servers.start_server(database_url, backend, app=app)
    ensure_superuser(database_url)
    client = httpx.Client(base_url=running.url, timeout=60, auth=servers.ZgwAuth(*SUPERUSER), headers=CRS)
    yield client, statements
    client.close()
    running.stop()


@pytest.fixture(scope="module")
def zaaktype(counted) -> tuple[dict, dict]:
    """A published zaaktype of the Catalogi API in this server, and its roltype."""
    client, _ = counted
    catalogi = Catalogi(client)
    zaaktype = catalogi.zaaktype()
    roltype = catalogi.roltype(zaaktype)
    return catalogi.publish(zaaktype), roltype


def new_zaak(zaaktype: dict, **overrides) -> dict:
    rsin = valid_rsin()
    return {"bronorganisatie": rsin, "verantwoordelijkeOrganisatie": rsin, "zaaktype": zaaktype["url"],
            "startdatum": "2026-01-15", "omschrijving": "Losliggende stoeptegel", **overrides}


def create(client: httpx.Client, zaaktype: dict, **overrides) -> dict:
    response = client.post(ZAKEN, json=new_zaak(zaaktype, **overrides))
    assert response.status_code == 201, response.text
    return response.json()


def on(statements: list[str], prefix: str) -> list[str]:
    return [s for s in statements if prefix in s]


def test_the_zaken_of_a_citizen_are_one_statement_however_many(counted, zaaktype):
    client, statements = counted
    published, roltype = zaaktype
    one, three = valid_rsin(), valid_rsin()  # a BSN passes the same 11-proef
    for bsn in (one, three, three, three):
        zaak = create(client, published)
        rol = client.post("/zaken/api/v1/rollen", json={
            "zaak": zaak["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": roltype["url"],
            "roltoelichting": "Melder", "betrokkeneIdentificatie": {"inpBsn": bsn}})
        assert rol.status_code == 201, rol.text
    for bsn, count in ((one, 1), (three, 3)):
        client.get(ZAKEN, params={BSN_FILTER: bsn})  # the credentials and the statement's shape, once

        def read(bsn=bsn, count=count):
            answer = client.get(ZAKEN, params={BSN_FILTER: bsn})
            assert answer.status_code == 200 and answer.json()["count"] == count, answer.text
            assert all(z["rollen"] for z in answer.json()["results"])

        assert len(on(statements.during(read), "zaken_")) == 1


def test_a_create_of_a_published_zaaktype_reads_no_catalogus(counted, zaaktype, backend):
    client, statements = counted
    published, _ = zaaktype
    create(client, published)  # the zaaktype is read once
    ran = statements.during(lambda: create(client, published))
    assert on(ran, "catalogi_") == []
    # the counter (raised and checked in one statement on PostgreSQL), the zaak, its audit trail entry
    assert len(on(ran, "zaken_")) == (2 if backend == "postgresql" else 3)
    assert len(on(ran, "platform_audittrail")) == 1


def test_zrc_009d_a_corrected_published_zaaktype_counts_for_the_next_create(counted, zaaktype):
    client, _ = counted
    catalogi = Catalogi(client)
    corrected = catalogi.publish(catalogi.zaaktype(vertrouwelijkheidaanduiding="openbaar"))
    assert create(client, corrected)["vertrouwelijkheidaanduiding"] == "openbaar"
    # a correction (catalogi.geforceerd-schrijven) of what is published
    response = client.patch(corrected["url"], json={"vertrouwelijkheidaanduiding": "geheim"})
    assert response.status_code == 200, response.text
    assert create(client, corrected)["vertrouwelijkheidaanduiding"] == "geheim"


def test_zrc_002d_a_drawn_number_leaves_the_counter_free_while_the_create_runs(counted, database_url, backend):
    """Concurrent creates do not wait for each other's transactions: once a create has its
    number, another one may raise the counter at once, while the first has not committed."""
    if backend != "postgresql":
        pytest.skip("on SQLite a write transaction holds the whole database")
    bron = valid_rsin()

    async def identificatie(session, own):
        return await rules.generate_identificatie(session, own, bron, date(2025, 3, 1))

    drawn = counters.drawn_twice_with_the_row_free(
        database_url, identificatie, f"SELECT laatste FROM zaken_identificatieteller WHERE bronorganisatie = '{bron}'")
    assert drawn == ("ZAAK-2025-0000000001", "ZAAK-2025-0000000002")
