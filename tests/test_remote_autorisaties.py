"""One Autorisaties API for deployments with their own databases (REGISTRIES_AUTORISATIES_API_URL).

The central deployment is the session's server; a second deployment, on its own SQLite database,
keeps only credentials and reads every application's permissions from the central one over HTTP.
"""

import uuid

import httpx
import pytest

from common.app import create_app, load_registries
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER

AC = "/autorisaties/api/v1"
ZAKEN = "/zaken/api/v1/zaken"
CATALOGUSSEN = "/catalogi/api/v1/catalogussen"
CRS = {"Accept-Crs": "EPSG:4326"}
SECRET = "geheim-van-een-lezer-bij-de-centrale-ac-32+"


def _serve(database_url: str, names: str, **settings) -> servers.Server:
    """A deployment of only ``names``, on its own database."""
    config = Settings(database_url=database_url, migrate_on_start=True, **settings)
    return servers.start_server(database_url, "sqlite", app=create_app(load_registries(names.split(",")), config))


def _client(url: str, client_id: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=30, auth=servers.ZgwAuth(client_id, SECRET))


@pytest.fixture
def deployment(server, tmp_path):
    """A registry deployment with its own database that reads permissions from the session's server."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'eigen.db'}"
    running = _serve(url, "catalogi,zaken", autorisaties_api_url=f"{server.url}{AC}",
                                   autorisaties_api_client_id=SUPERUSER[0], autorisaties_api_secret=SUPERUSER[1])
    yield running
    running.stop()


def test_permissions_come_from_the_central_autorisaties_api(api, deployment):
    reader = f"lezer-{uuid.uuid4().hex[:10]}"
    created = api.post(f"{AC}/applicaties", json={
        "clientIds": [reader], "label": "Centraal geregistreerde lezer",
        "autorisaties": [{"component": "zrc", "scopes": ["zaken.lezen"],
                          "zaaktype": "https://catalogi.example/catalogi/api/v1/zaaktypen/1",
                          "maxVertrouwelijkheidaanduiding": "openbaar"}],
    })
    assert created.status_code == 201, created.text
    # Locally the client may do everything: the central answer must win.
    servers.add_client(deployment.database_url, reader, secret=SECRET, label="lokaal", all_permissions=True)

    with _client(deployment.url, reader) as client:
        assert client.get(ZAKEN, headers=CRS).status_code == 200
        refused = client.post(ZAKEN, json={}, headers={**CRS, "Content-Crs": "EPSG:4326"})
        assert refused.status_code == 403
        assert refused.json()["code"] == "permission_denied"
        assert client.get(CATALOGUSSEN).json()["code"] == "permission_denied"


def test_a_client_the_central_api_does_not_know_may_do_nothing(deployment):
    stranger = f"onbekend-{uuid.uuid4().hex[:10]}"
    servers.add_client(deployment.database_url, stranger, secret=SECRET, label="alleen lokaal", all_permissions=True)
    with _client(deployment.url, stranger) as client:
        response = client.get(ZAKEN)
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_an_unreachable_autorisaties_api_is_a_503_not_a_guess(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'eigen.db'}"
    running = _serve(url, "zaken", autorisaties_api_url="http://127.0.0.1:9/autorisaties/api/v1",
                                   autorisaties_api_client_id="ac-lezer", autorisaties_api_secret="x" * 32)
    try:
        servers.add_client(url, "iemand", secret=SECRET, label="lokaal", all_permissions=True)
        with _client(running.url, "iemand") as client:
            response = client.get(ZAKEN, headers=CRS)
        assert response.status_code == 503
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.headers["retry-after"]
        assert response.json()["code"] == "autorisaties-unavailable"
    finally:
        running.stop()


def test_the_autorisaties_registry_itself_never_asks_elsewhere(tmp_path):
    """Serving the Autorisaties API makes a deployment the source, whatever the setting says."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'ac.db'}"
    running = _serve(url, "autorisaties",
                     autorisaties_api_url="http://127.0.0.1:9/autorisaties/api/v1")
    try:
        servers.add_client(url, "beheer", secret=SECRET, label="lokaal", all_permissions=True)
        with _client(running.url, "beheer") as client:
            assert client.get(f"{AC}/applicaties").status_code == 200
    finally:
        running.stop()
