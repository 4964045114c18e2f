"""Fixtures and helpers of the Producten tests (imported by the other test_producten_* modules).

The Producten registry runs in a server of its own per database, so that the data these tests
make stays out of the shared server that the property-based tests read (their lists would then
meet the reference's own contradictions, see docs/contract-differences.md).
"""

import os
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from common.app import create_app, load_registries
from common.auth.admin import NewGrant
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER, ensure_superuser

PT = "/producttypen/api/v1"
PR = "/producten/api/v1"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "standards" / "producten"
UPL_CSV = SHARED / "upl-actueel-2025-04-30.csv"
TODAY = date.today()


def valid_bsn(seed: int) -> str:
    """A BSN that passes the 11-proef, different for each seed."""
    n = 10_000_000 + seed * 7
    while True:
        digits = f"{n:08d}"[-8:]
        total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2)))
        check = total % 11
        if check < 10:
            return digits + str(check)
        n += 1


@pytest.fixture(scope="session")
def producten_database(backend, tmp_path_factory):
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('producten') / 'producten.db'}"
        return
    reason = servers.postgres_reachable()
    if reason:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required (REQUIRE_POSTGRES=1) but not reachable: {reason}")
        pytest.skip(f"PostgreSQL not reachable at TEST_DATABASE_URL: {reason}")
    url = servers.create_postgres_database()
    yield url
    servers.drop_postgres_database(url)


@pytest.fixture(scope="session")
def producten_server(producten_database, backend):
    settings = Settings(database_url=producten_database, migrate_on_start=True, webhook_urls="", outbox_dispatch=False)
    app = create_app(load_registries(["producten"]), settings)
    running = servers.start_server(producten_database, backend, app=app)
    ensure_superuser(producten_database)
    _load_upl(producten_database)
    yield running
    running.stop()


def _load_upl(database_url: str) -> None:
    import asyncio

    from common.db import create_engine, write_sessionmaker
    from registries.producten import upl

    async def run():
        engine = create_engine(database_url)
        try:
            async with write_sessionmaker(engine)() as session:
                await upl.import_entries(session, upl.read_csv(UPL_CSV))
        finally:
            await engine.dispose()

    asyncio.run(run())


@pytest.fixture
def prd(producten_server):
    """A client with every permission (ZGW JWT) against the Producten registry."""
    with httpx.Client(base_url=producten_server.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
        yield client


@pytest.fixture
def prd_anonymous(producten_server):
    with httpx.Client(base_url=producten_server.url, timeout=30) as client:
        yield client


def token_client(server, *, grants=None, all_permissions=False) -> httpx.Client:
    """A client with an API token (Authorization: Token ...) and these autorisaties."""
    token = uuid.uuid4().hex
    client_id = f"prd-{token[:10]}"
    servers.add_client(server.database_url, client_id, token=token, grants=grants, all_permissions=all_permissions)
    return httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": f"Token {token}"})


def grant(*scopes: str, producttype: str | None = None) -> NewGrant:
    return NewGrant(component="pdc", scopes=scopes, producttype=producttype)


def ok(response: httpx.Response, status: int = 200) -> dict:
    assert response.status_code == status, (response.status_code, response.text)
    return response.json() if response.content else {}


def problem(response: httpx.Response, status: int, name: str | None = None) -> dict:
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    if name is not None:
        names = [p["name"] for p in body.get("invalidParams", [])]
        assert any(n == name or n.startswith(name + ".") for n in names), (name, body)
    return body


def unique(prefix: str = "PT") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8].upper()}"


def make_thema(client, naam: str | None = None, hoofd: str | None = None, gepubliceerd: bool = True, producttypen=()) -> dict:
    body = {"naam": naam or unique("thema"), "hoofd_thema": hoofd, "gepubliceerd": gepubliceerd,
            "producttype_uuids": list(producttypen)}
    return ok(client.post(f"{PT}/themas", json=body), 201)


def make_schema(client, schema: dict, naam: str | None = None) -> dict:
    return ok(client.post(f"{PT}/schemas", json={"naam": naam or unique("schema").lower(), "schema": schema}), 201)


def make_producttype(client, themas: list[str], **fields) -> dict:
    body = {
        "code": unique(),
        "naam": "Parkeervergunning",
        "samenvatting": "Parkeren in de eigen wijk.",
        "doelgroep": "burgers",
        "uniforme_product_naam": "parkeervergunning",
        "thema_uuids": themas,
        "toegestane_statussen": ["gereed", "actief", "verlopen"],
        "publicatie_start_datum": (TODAY - timedelta(days=1)).isoformat(),
        **fields,
    }
    return ok(client.post(f"{PT}/producttypen", json=body), 201)


def make_product(client, producttype_uuid: str, eigenaren=None, **fields) -> dict:
    body = {"producttype_uuid": producttype_uuid, "eigenaren": eigenaren or [{"bsn": valid_bsn(1)}], **fields}
    return ok(client.post(f"{PR}/producten", json=body), 201)
