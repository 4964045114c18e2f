"""Mijn gemeente's backend without a browser: login, the session cookie, what a resident may see,
and pages that degrade when a registry is missing or down. The registries run in-process on the
test database; tests/test_portal_e2e.py drives the whole portal in Chromium."""

import asyncio
import time
import uuid

import httpx
import pytest

from common.app import create_app, load_registries
from common.settings import Settings
from portal import session
from portal.app import create_portal
from portal.config import PortalConfig, parse_residents
from tests import servers
from tests.conftest import SUPERUSER
from tests.test_browser_apis import _bsn

PORTAL = "http://portaal.example"


def _portal_requests(database_url: str, residents: dict[str, str], steps, registries=None, registries_url=None):
    """Run ``steps(client)`` against the portal, whose registries run in-process on the test database."""

    async def run():
        names = registries or ["catalogi", "zaken", "klanten", "producten", "contactmomenten"]
        app = create_app(load_registries(names), Settings(database_url=database_url, migrate_on_start=False,
                                                          outbox_dispatch=False))
        config = PortalConfig(registries_url=registries_url or "http://registers.example", client_id=SUPERUSER[0],
                              secret=SUPERUSER[1], residents=residents)
        transport = None if registries_url else httpx.ASGITransport(app=app)
        portal = create_portal(config, transport=transport)
        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal), base_url=PORTAL) as client:
                return await steps(client)
        finally:
            await portal.state.registries.close()
            await app.state.engine.dispose()

    return asyncio.run(run())


async def _login(client: httpx.AsyncClient, bsn: str) -> httpx.Response:
    return await client.post("/inloggen", data={"bsn": bsn})


def test_session_cookie_is_signed_and_expires():
    key = b"k" * 32
    value = session.sign(key, "999993653")
    assert session.verify(key, value) == "999993653"
    assert session.verify(b"x" * 32, value) is None  # another key: forged
    assert session.verify(key, value[:-4] + "AAAA") is None
    assert session.verify(key, value, now=time.time() + session.LIFETIME + 1) is None
    assert session.verify(key, "geen-cookie") is None and session.verify(key, None) is None


def test_demo_residents_setting():
    assert parse_residents("999993653=Suzanne Moulin, 999990627") == {"999993653": "Suzanne Moulin",
                                                                     "999990627": "999990627"}


def test_pages_need_a_login_and_only_known_residents_log_in(server):
    bsn = _bsn()

    async def steps(client):
        anonymous = await client.get("/zaken")
        unknown = await _login(client, _bsn())
        login_page = await client.get("/")
        logged_in = await _login(client, bsn)
        cookie = logged_in.headers["set-cookie"].lower()
        after = await client.get("/")
        logout = await client.post("/uitloggen")
        client.cookies.delete(session.COOKIE)  # the browser drops it on the expired Set-Cookie
        return anonymous, unknown, login_page, logged_in, cookie, after, logout, await client.get("/zaken")

    anonymous, unknown, login_page, logged_in, cookie, after, logout, gone = _portal_requests(
        server.database_url, {bsn: "Ina Zage"}, steps)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/"
    assert unknown.status_code == 400 and 'role="alert"' in unknown.text
    assert login_page.status_code == 200 and "Ina Zage" in login_page.text and 'lang="nl"' in login_page.text
    assert login_page.headers["x-frame-options"] == "DENY" and "default-src 'self'" in \
        login_page.headers["content-security-policy"]
    assert logged_in.status_code == 303 and logged_in.headers["location"] == "/zaken"
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert after.status_code == 303 and after.headers["location"] == "/zaken"
    assert logout.status_code == 303 and "mijn_gemeente=" in logout.headers["set-cookie"]
    assert gone.status_code == 303


def test_a_login_posted_from_another_site_is_refused(server):
    bsn = _bsn()

    async def steps(client):
        return await client.post("/inloggen", data={"bsn": bsn}, headers={"Origin": "https://elders.example"})

    answer = _portal_requests(server.database_url, {bsn: "Ina Zage"}, steps)
    assert answer.status_code == 403 and "set-cookie" not in answer.headers


def test_a_zaak_of_someone_else_or_no_zaak_at_all_is_404(server):
    bsn = _bsn()

    async def steps(client):
        await _login(client, bsn)
        return [await client.get(f"/zaken/{uuid.uuid4()}"), await client.get("/zaken/geen-uuid"),
                await client.get("/zaken")]

    missing, malformed, listing = _portal_requests(server.database_url, {bsn: "Ina Zage"}, steps)
    assert missing.status_code == 404 and malformed.status_code == 404
    assert listing.status_code == 200 and "U heeft geen zaken" in listing.text
    assert listing.headers["cache-control"] == "no-store"


def test_contact_page_without_a_contactmomenten_api_says_so(server, api):
    bsn = _bsn()
    partij = api.post("/klantinteracties/api/v1/partijen", json={
        "soortPartij": "persoon", "indicatieActief": True, "indicatieGeheimhouding": False, "voorkeurstaal": "nld",
        "digitaleAdressen": [], "rekeningnummers": [], "voorkeursDigitaalAdres": None, "voorkeursRekeningnummer": None,
        "partijIdentificatie": {"contactnaam": {"voornaam": "Ina", "voorvoegselAchternaam": "", "achternaam": "Zage",
                                                "voorletters": "I."}}}).json()
    assert api.post("/klantinteracties/api/v1/partij-identificatoren", json={
        "identificeerdePartij": {"uuid": partij["uuid"]}, "anderePartijIdentificator": "",
        "partijIdentificator": {"codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
                                "objectId": bsn, "codeRegister": "brp"}}).status_code == 201

    async def steps(client):
        await _login(client, bsn)
        return await client.get("/contact")

    without = _portal_requests(server.database_url, {bsn: "Ina Zage"}, steps, registries=["klanten"])
    assert without.status_code == 200
    assert "Er zijn geen klantcontacten van u bekend." in without.text
    assert "Contactmomenten kunnen hier nog niet worden getoond." in without.text
    served = _portal_requests(server.database_url, {bsn: "Ina Zage"}, steps)
    assert "Er zijn geen contactmomenten van u bekend." in served.text


@pytest.mark.parametrize("page", ["/zaken", "/producten", "/gegevensgebruik"])
def test_registries_that_cannot_be_reached_give_a_502_page_not_a_crash(page):
    bsn = _bsn()

    async def steps(client):
        await _login(client, bsn)
        return await client.get(page)

    answer = _portal_requests("sqlite+aiosqlite:///:memory:", {bsn: "Ina Zage"}, steps,
                              registries=["catalogi"], registries_url="http://127.0.0.1:9")
    assert answer.status_code == 502 and "Gegevens niet beschikbaar" in answer.text


def _clients_add(monkeypatch, database_url: str, *args: str) -> str | None:
    """`registries clients add ...` in this process; the reason it stopped, or None."""
    from common.cli import main
    from common.settings import get_settings

    monkeypatch.setenv("REGISTRIES_DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        main(["clients", "add", *args])
    except SystemExit as stop:
        return str(stop.code)
    finally:
        get_settings.cache_clear()
    return None


def test_one_command_adds_a_portal_application_that_reads_from_several_registries(server, monkeypatch):
    """`registries clients add` with scopes of several components: one autorisatie per component."""
    client_id, secret = f"portaal-{uuid.uuid4().hex[:8]}", "geheim-van-een-portaal-minstens-32-tekens"
    assert _clients_add(monkeypatch, server.database_url, "--client-id", client_id, "--secret", secret,
                        "--scope", "zaken.lezen", "--scope", "catalogi.lezen", "--scope", "verwerkingen.lezen") is None
    with httpx.Client(base_url=server.url, auth=servers.ZgwAuth(client_id, secret)) as client:
        assert client.get("/inzage/verwerkingen", params={"bsn": _bsn()}).status_code == 200
        assert client.get("/catalogi/api/v1/catalogussen").status_code == 200
        assert client.get("/zaken/api/v1/zaken", headers={"Accept-Crs": "EPSG:4326"}).status_code == 200
        assert client.post("/catalogi/api/v1/catalogussen", json={}).status_code == 403
    refused = _clients_add(monkeypatch, server.database_url, "--client-id", client_id + "-b", "--scope", "zaken.lezen",
                           "--scope", "catalogi.lezen", "--max-vertrouwelijkheid", "intern")
    assert refused is not None and "one component" in refused


def test_the_command_needs_credentials_and_reads_them_from_the_environment(monkeypatch):
    from portal.__main__ import main

    for name in ("PORTAL_CLIENT_ID", "PORTAL_SECRET", "PORTAL_REGISTRIES_URL", "PORTAL_DEMO_RESIDENTS"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit) as stopped:
        main(["--registries-url", "http://127.0.0.1:8000"])
    assert "--client-id" in str(stopped.value.code)
    monkeypatch.setenv("PORTAL_CLIENT_ID", "mijn-gemeente")
    monkeypatch.setenv("PORTAL_SECRET", "geheim")
    monkeypatch.setenv("PORTAL_DEMO_RESIDENTS", "999993653=Suzanne Moulin")
    config = PortalConfig.from_env(registries_url="http://registers.example")
    assert (config.client_id, config.secret, config.registries_url) == ("mijn-gemeente", "geheim",
                                                                         "http://registers.example")
    assert config.residents == {"999993653": "Suzanne Moulin"}
