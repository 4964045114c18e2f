"""What a browser client needs: CORS per origin, refused preflights as problems, security headers,
absolute pagination links and ETags; and the inzage endpoint a portal's backend reads the
processing log through."""

import asyncio
import random
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import insert

from common import db
from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.auth.admin import NewGrant
from common.platform.models import Verwerking
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER, valid_rsin

ZAKEN = "/zaken/api/v1/zaken"
PORTAL = "https://mijn.gemeente.example"
INZAGE = "/inzage/verwerkingen"


def _in_process(database_url: str, requests: list[tuple[str, str, dict]], **settings) -> list[httpx.Response]:
    """Requests to an app with other settings, on the test database, without starting a server."""

    async def run():
        app = create_app(load_registries(KNOWN_REGISTRIES),
                         Settings(database_url=database_url, migrate_on_start=False, outbox_dispatch=False, **settings))
        try:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://registers.example") as client:
                return [await client.request(method, path, headers=headers) for method, path, headers in requests]
        finally:
            await app.state.engine.dispose()

    return asyncio.run(run())


def _preflight(origin: str, method: str = "GET", headers: str = "authorization,if-none-match") -> dict:
    return {"Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers}


def _assert_problem(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["code"] == code
    return body


# --------------------------------------------------------------------------- CORS


def test_preflight_from_a_configured_origin_is_answered(server):
    [answer] = _in_process(server.database_url, [("OPTIONS", ZAKEN, _preflight(PORTAL))],
                           cors_origins=f"{PORTAL}, http://localhost:5173")
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == PORTAL
    allowed = answer.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed and "if-none-match" in allowed
    assert "GET" in answer.headers["access-control-allow-methods"]
    assert int(answer.headers["access-control-max-age"]) > 0


def test_preflight_from_another_origin_is_a_problem_not_bare_text(server):
    [answer] = _in_process(server.database_url, [("OPTIONS", ZAKEN, _preflight("https://elders.example"))],
                           cors_origins=PORTAL)
    body = _assert_problem(answer, 403, "cors_refused")
    assert "https://elders.example" in body["detail"] and "REGISTRIES_CORS_ORIGINS" in body["detail"]
    assert "access-control-allow-origin" not in answer.headers


def test_preflight_with_a_header_that_is_not_allowed_names_it(server):
    [answer] = _in_process(server.database_url, [("OPTIONS", ZAKEN, _preflight(PORTAL, headers="x-geheim"))],
                           cors_origins=PORTAL)
    assert "x-geheim" in _assert_problem(answer, 403, "cors_refused")["detail"]


def test_without_configured_origins_a_preflight_is_refused_with_a_problem(anonymous):
    _assert_problem(anonymous.options(ZAKEN, headers=_preflight(PORTAL)), 403, "cors_refused")


def test_a_read_from_a_configured_origin_exposes_etag_and_api_version(server):
    token = servers.ZgwAuth(*SUPERUSER).header()
    listed, = _in_process(server.database_url, [("GET", "/catalogi/api/v1/catalogussen",
                                                  {"Origin": PORTAL, "Authorization": token})], cors_origins=PORTAL)
    assert listed.status_code == 200
    assert listed.headers["access-control-allow-origin"] == PORTAL
    exposed = listed.headers["access-control-expose-headers"].lower()
    assert {"etag", "api-version", "x-request-id", "location"} <= {h.strip() for h in exposed.split(",")}
    other, = _in_process(server.database_url, [("GET", "/catalogi/api/v1/catalogussen",
                                                 {"Origin": "https://elders.example", "Authorization": token})],
                         cors_origins=PORTAL)
    assert "access-control-allow-origin" not in other.headers


# --------------------------------------------------------------------------- headers, ETag, links


def test_every_response_carries_the_security_headers(api, anonymous):
    for response in (api.get("/catalogi/api/v1/catalogussen"), anonymous.get(ZAKEN), api.get("/healthz")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["content-security-policy"] == "frame-ancestors 'none'"
        assert response.headers["cache-control"] == "no-store"
        assert "strict-transport-security" not in response.headers  # only over https
    contract = anonymous.get("/zaken/api/v1/openapi.json")
    assert contract.headers["cache-control"].startswith("public")  # a route's own policy is kept
    assert contract.headers["x-content-type-options"] == "nosniff"


def test_security_headers_add_hsts_over_https(server):
    [answer] = _in_process(server.database_url, [("GET", "/healthz", {})])
    assert "strict-transport-security" not in answer.headers

    async def over_https():
        app = create_app(load_registries(["catalogi"]), Settings(database_url=server.database_url,
                                                                 migrate_on_start=False, outbox_dispatch=False))
        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://r.example") as c:
                return await c.get("/healthz")
        finally:
            await app.state.engine.dispose()

    assert asyncio.run(over_https()).headers["strict-transport-security"].startswith("max-age=")


def test_pagination_links_are_absolute_and_usable_as_they_are(api):
    domein = "P" + uuid.uuid4().hex[:4].upper()
    for _ in range(3):
        created = api.post("/catalogi/api/v1/catalogussen", json={"domein": domein, "rsin": valid_rsin(),
                                                                  "contactpersoonBeheerNaam": "Portaal"})
        assert created.status_code == 201, created.text
    first = api.get("/catalogi/api/v1/catalogussen", params={"domein": domein, "pageSize": 2}).json()
    assert first["count"] == 3 and first["next"].startswith(str(api.base_url).rstrip("/") + "/")
    second = api.get(first["next"]).json()  # the link as it is: host, path, filters and page
    assert [c["domein"] for c in second["results"]] == [domein]
    assert api.get(second["previous"]).json()["results"] == first["results"]


def test_etag_answers_304_to_if_none_match(api):
    created = api.post("/catalogi/api/v1/catalogussen", json={
        "domein": "E" + uuid.uuid4().hex[:4].upper(), "rsin": valid_rsin(), "contactpersoonBeheerNaam": "Portaal"})
    detail = api.get(created.headers["location"])
    again = api.get(created.headers["location"], headers={"If-None-Match": detail.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


# --------------------------------------------------------------------------- inzage


def _bsn() -> str:
    rng = random.Random()
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2))) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def _store(database_url: str, bsn: str, count: int) -> None:
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    rows = [{"tijdstip": start + timedelta(minutes=n), "component": "zaken", "activiteit": "lezen", "resource": "zaak",
             "resource_url": f"http://r.example/zaken/api/v1/zaken/{n}", "subject_type": "bsn", "subject_id": bsn,
             "applicatie_id": "a", "applicatie_weergave": "Zaaksysteem", "gebruikers_id": "mdw-1",
             "doel": "Behandeling melding", "trace_id": f"t{n}"} for n in range(count)]

    async def run():
        engine = db.create_engine(database_url)
        try:
            async with db.write_sessionmaker(engine)() as session:
                await session.execute(insert(Verwerking), rows)
                await session.commit()
        finally:
            await engine.dispose()

    asyncio.run(run())


@pytest.fixture(scope="module")
def inzage_reader(server):
    """An application that may read the processing log and nothing else."""
    client_id = f"portaal-{uuid.uuid4().hex[:8]}"
    secret = "geheim-van-het-portaal-minstens-32-tekens"
    servers.add_client(server.database_url, client_id, secret=secret, label="Mijn gemeente",
                       grants=[NewGrant("ac", ("verwerkingen.lezen",))])
    return servers.ZgwAuth(client_id, secret)


def test_inzage_lists_a_persons_processing_newest_first_in_pages(server, inzage_reader):
    bsn = _bsn()
    _store(server.database_url, bsn, 3)
    with httpx.Client(base_url=server.url, auth=inzage_reader) as client:
        page = client.get(INZAGE, params={"bsn": bsn, "pageSize": 2})
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["count"] == 3 and [r["traceId"] for r in body["results"]] == ["t2", "t1"]
        assert body["results"][0] == {
            "tijdstip": "2026-03-01T09:02:00+00:00", "register": "zaken", "activiteit": "lezen", "resource": "zaak",
            "resourceUrl": "http://r.example/zaken/api/v1/zaken/2", "applicatie": "Zaaksysteem",
            "gebruiker": "mdw-1", "doel": "Behandeling melding", "traceId": "t2"}
        assert [r["traceId"] for r in client.get(body["next"]).json()["results"]] == ["t0"]
        assert client.get(INZAGE, params={"bsn": _bsn()}).json()["count"] == 0


def test_inzage_shows_the_reads_the_apis_recorded(api, server, inzage_reader):
    bsn = _bsn()
    with httpx.Client(base_url=server.url, auth=inzage_reader) as client:
        assert client.get(INZAGE, params={"bsn": bsn}).json()["count"] == 0
        created = api.post("/klantinteracties/api/v1/partijen", json={
            "soortPartij": "persoon", "indicatieActief": True, "indicatieGeheimhouding": False,
            "voorkeurstaal": "nld", "digitaleAdressen": [], "rekeningnummers": [],
            "voorkeursDigitaalAdres": None, "voorkeursRekeningnummer": None,
            "partijIdentificatie": {"contactnaam": {"voornaam": "Ina", "voorvoegselAchternaam": "",
                                                    "achternaam": "Zage", "voorletters": "I."}}})
        assert created.status_code == 201, created.text
        identificator = api.post("/klantinteracties/api/v1/partij-identificatoren", json={
            "identificeerdePartij": {"uuid": created.json()["uuid"]}, "anderePartijIdentificator": "",
            "partijIdentificator": {"codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
                                    "objectId": bsn, "codeRegister": "brp"}})
        assert identificator.status_code == 201, identificator.text
        records = client.get(INZAGE, params={"bsn": bsn}).json()["results"]
    assert records and {r["register"] for r in records} == {"klantinteracties"}
    assert {r["applicatie"] for r in records} == {"Tests (alles)"}


@pytest.mark.parametrize(("params", "name"), [
    ({}, "nonFieldErrors"),
    ({"bsn": "123456789"}, "bsn"),
    ({"bsn": "12345"}, "bsn"),
    ({"kvk": "1234"}, "kvk"),
    ({"bsn": "999993653", "kvk": "68750110"}, "nonFieldErrors"),
    ({"bsn": "999993653", "naam": "x"}, "naam"),
])
def test_inzage_refuses_bad_input_with_invalid_params(server, inzage_reader, params, name):
    with httpx.Client(base_url=server.url, auth=inzage_reader) as client:
        body = _assert_problem(client.get(INZAGE, params=params), 400, "invalid")
    assert name in [p["name"] for p in body["invalidParams"]]


def test_inzage_needs_the_scope_verwerkingen_lezen(server, anonymous):
    _assert_problem(anonymous.get(INZAGE, params={"bsn": "999993653"}), 403, "not_authenticated")
    client_id, secret = f"zaken-{uuid.uuid4().hex[:8]}", "geheim-van-een-zaaksysteem-minstens-32-tekens"
    servers.add_client(server.database_url, client_id, secret=secret, grants=[NewGrant("zrc", ("zaken.lezen",))])
    with httpx.Client(base_url=server.url, auth=servers.ZgwAuth(client_id, secret)) as client:
        _assert_problem(client.get(INZAGE, params={"bsn": "999993653"}), 403, "permission_denied")
