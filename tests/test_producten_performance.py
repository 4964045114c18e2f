"""The Producten APIs' hot paths stay cheap in statements: a citizen's producten, a product, a
page of producttypen and a create each cost a fixed number of statements, whatever the number
of producten, eigenaren, themas or relations (no N+1)."""

import threading

import httpx
import pytest
from sqlalchemy import event

from common.app import create_app, load_registries
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER
from tests.test_producten_support import prd, producten_database, producten_server  # noqa: F401,F811 - fixtures
from tests.test_producten_support import PR, PT, make_product, make_producttype, make_thema, ok, unique, valid_bsn


class Counter:
    """Counts the statements on the registry's own tables."""

    def __init__(self) -> None:
        self.statements = 0
        self.lock = threading.Lock()

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        # The platform's tables (credentials, audit trail, kept counts) are not the registry's reads.
        if "producten_" in statement:
            with self.lock:
                self.statements += 1


@pytest.fixture(scope="module")
def counted(producten_server, backend):  # noqa: F811 - fixture
    """A second server on the registry's database whose engine counts the statements it runs."""
    settings = Settings(database_url=producten_server.database_url, migrate_on_start=False, webhook_urls="",
                        outbox_dispatch=False)
    app = create_app(load_registries(["producten"]), settings)
    counter = Counter()
    event.listen(app.state.engine.sync_engine, "before_cursor_execute", counter)
    running = servers.start_server(producten_server.database_url, backend, app=app)
    client = httpx.Client(base_url=running.url, timeout=60, auth=servers.ZgwAuth(*SUPERUSER))
    yield client, counter
    client.close()
    running.stop()


def statements(counter: Counter, client: httpx.Client, method: str, url: str, **kwargs) -> tuple[int, httpx.Response]:
    before = counter.statements
    response = client.request(method, url, **kwargs)
    assert response.status_code < 300, response.text
    return counter.statements - before, response


def test_a_citizens_producten_and_a_product_are_one_statement_each(counted, prd):  # noqa: F811 - fixture
    client, counter = counted
    themas = [make_thema(prd, naam=f"Thema {n}")["uuid"] for n in range(3)]
    types = [make_producttype(prd, themas) for _ in range(2)]
    few, many = valid_bsn(901), valid_bsn(902)
    make_product(prd, types[0]["uuid"], eigenaren=[{"bsn": few}], zaken=[{"url": "https://zrc.example/zaken/1"}])
    for n in range(5):
        make_product(prd, types[n % 2]["uuid"], eigenaren=[{"bsn": many}, {"kvk_nummer": "12345678"}],
                     documenten=[{"url": f"https://drc.example/documenten/{n}"}])
    client.get(f"{PR}/producten", params={"eigenaren__bsn": few})  # warm the application cache of the credentials
    for bsn, found in ((few, 1), (many, 5)):
        count, response = statements(counter, client, "GET", f"{PR}/producten", params={"eigenaren__bsn": bsn})
        assert (count, response.json()["count"]) == (1, found)
        query = {"eigenaren__bsn": bsn, "producttype__code__in": f"{types[0]['code']},{types[1]['code']}",
                 "gepubliceerd": "false"}
        count, response = statements(counter, client, "GET", f"{PR}/producten", params=query)
        assert (count, response.json()["count"]) == (1, found)
        uuid = response.json()["results"][0]["uuid"]
        assert statements(counter, client, "GET", f"{PR}/producten/{uuid}")[0] == 1


def test_a_page_of_producttypen_is_one_statement_and_a_count(counted, prd):  # noqa: F811 - fixture
    client, counter = counted
    thema = make_thema(prd, naam=unique())["uuid"]
    for _ in range(3):
        make_producttype(prd, [thema])
    count, response = statements(counter, client, "GET", f"{PT}/producttypen", params={"themas__uuid": thema})
    assert (count, response.json()["count"]) == (1, 3)
    # A full page is counted too (on PostgreSQL an unfiltered one from the kept count, not a table of ours).
    count, response = statements(counter, client, "GET", f"{PT}/producttypen",
                                 params={"themas__uuid": thema, "page_size": 2})
    assert (count, response.json()["count"]) == (2, 3)


def test_a_create_and_a_change_read_only_the_producttype_and_the_product(counted, prd):  # noqa: F811 - fixture
    client, counter = counted
    pt = make_producttype(prd, [make_thema(prd, naam=unique())["uuid"]])
    body = {"producttype_uuid": pt["uuid"], "eigenaren": [{"bsn": valid_bsn(903)}], "status": "initieel",
            "prijs": "12.50", "frequentie": "eenmalig"}
    # the producttype, the product and its eigenaar: nothing is read back
    count, response = statements(counter, client, "POST", f"{PR}/producten", json=body)
    assert count == 3
    product = response.json()
    # the product with its page and producttype, and the change
    count, response = statements(counter, client, "PATCH", f"{PR}/producten/{product['uuid']}",
                                 json={"verbruiksobject": {"uren": 3}})
    assert count == 2
    assert response.json() == ok(client.get(f"{PR}/producten/{product['uuid']}"))
