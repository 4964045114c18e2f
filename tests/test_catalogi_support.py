"""Builders and clients for the Catalogi tests (imported by the other test_catalogi_* modules),
and the tests of the demo data they build on."""

import asyncio
import uuid
from datetime import date, timedelta

import httpx
import pytest

from common.auth.admin import NewGrant
from common.db import create_engine, write_sessionmaker
from tests import servers
from tests.conftest import valid_rsin
from tests.test_catalogussen import assert_problem, invalid_names  # noqa: F401 - re-exported for the other modules

ROOT = "/catalogi/api/v1"
SECRET = "geheim-van-de-catalogi-tests-minstens-32-tekens"
BEGIN = "2020-01-01"


def unique(prefix: str = "") -> str:
    return prefix + uuid.uuid4().hex[:8]


def key_of(obj: dict | str) -> str:
    url = obj if isinstance(obj, str) else obj["url"]
    return url.rsplit("/", 1)[1]


def zaaktype_body(catalogus_url: str, **overrides) -> dict:
    body = {
        "identificatie": unique("ZT-"),
        "omschrijving": "Melding openbare ruimte",
        "vertrouwelijkheidaanduiding": "openbaar",
        "doel": "Meldingen afhandelen.",
        "aanleiding": "Een melding.",
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": "Melden",
        "onderwerp": "Openbare ruimte",
        "handelingBehandelaar": "Behandelen",
        "doorlooptijd": "P14D",
        "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": False,
        "publicatieIndicatie": False,
        "productenOfDiensten": [],
        "referentieproces": {"naam": "Melding behandelen"},
        "verantwoordelijke": "Stadsbeheer",
        "catalogus": catalogus_url,
        "besluittypen": [],
        "deelzaaktypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": BEGIN,
        "versiedatum": BEGIN,
    }
    body.update(overrides)
    return body


def valid_brondatum(afleidingswijze: str) -> dict:
    """The smallest brondatumArchiefprocedure that rules ztc-004 .. ztc-008 accept."""
    group = {"afleidingswijze": afleidingswijze}
    if afleidingswijze in ("eigenschap", "zaakobject", "ander_datumkenmerk"):
        group["datumkenmerk"] = "overlijdensdatum"
    if afleidingswijze in ("zaakobject", "ander_datumkenmerk"):
        group["objecttype"] = "natuurlijk_persoon"
    if afleidingswijze == "ander_datumkenmerk":
        group["registratie"] = "BRP"
    if afleidingswijze == "termijn":
        group["procestermijn"] = "P5Y"
    return group


class Catalogi:
    """Makes catalogi objects through the API, asserting each write succeeds."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def _post(self, collection: str, body: dict, status: int = 201) -> dict:
        response = self.client.post(f"{ROOT}/{collection}", json=body)
        assert response.status_code == status, response.text
        return response.json()

    def catalogus(self, **overrides) -> dict:
        body = {"domein": unique()[:5].upper(), "rsin": valid_rsin(), "contactpersoonBeheerNaam": "Beheerder"}
        return self._post("catalogussen", {**body, **overrides})

    def zaaktype(self, catalogus: dict | None = None, **overrides) -> dict:
        catalogus = catalogus or self.catalogus()
        return self._post("zaaktypen", zaaktype_body(catalogus["url"], **overrides))

    def informatieobjecttype(self, catalogus: dict, **overrides) -> dict:
        body = {"catalogus": catalogus["url"], "omschrijving": unique("Document "), "vertrouwelijkheidaanduiding": "openbaar",
                "beginGeldigheid": BEGIN, "informatieobjectcategorie": "brief"}
        return self._post("informatieobjecttypen", {**body, **overrides}, status=200)

    def besluittype(self, catalogus: dict, **overrides) -> dict:
        body = {"catalogus": catalogus["url"], "omschrijving": unique("Besluit "), "publicatieIndicatie": False,
                "beginGeldigheid": BEGIN, "informatieobjecttypen": []}
        return self._post("besluittypen", {**body, **overrides})

    def statustype(self, zaaktype: dict, volgnummer: int = 1, **overrides) -> dict:
        body = {"zaaktype": zaaktype["url"], "omschrijving": f"Stap {volgnummer}", "volgnummer": volgnummer}
        return self._post("statustypen", {**body, **overrides})

    def roltype(self, zaaktype: dict, **overrides) -> dict:
        body = {"zaaktype": zaaktype["url"], "omschrijving": "Melder", "omschrijvingGeneriek": "initiator"}
        return self._post("roltypen", {**body, **overrides})

    def eigenschap(self, zaaktype: dict, **overrides) -> dict:
        body = {"zaaktype": zaaktype["url"], "naam": unique("e")[:20], "definitie": "Een gegeven",
                "specificatie": {"formaat": "tekst", "lengte": "20", "kardinaliteit": "1"}}
        return self._post("eigenschappen", {**body, **overrides})

    def resultaattype(self, zaaktype: dict, **overrides) -> dict:
        body = {"zaaktype": zaaktype["url"], "omschrijving": "Opgelost",
                "resultaattypeomschrijving": "https://referentielijsten.example/api/v1/resultaattypeomschrijvingen/1",
                "selectielijstklasse": "https://selectielijst.example/api/v1/resultaten/1", "besluittypen": []}
        return self._post("resultaattypen", {**body, **overrides})

    def zaakobjecttype(self, zaaktype: dict, **overrides) -> dict:
        body = {"zaaktype": zaaktype["url"], "anderObjecttype": False, "beginGeldigheid": zaaktype["beginGeldigheid"],
                "objecttype": "https://objecttypen.example/api/v1/objecttypen/1", "relatieOmschrijving": "betreft",
                "catalogus": zaaktype["catalogus"]}
        return self._post("zaakobjecttypen", {**body, **overrides})

    def koppeling(self, zaaktype: dict, informatieobjecttype: dict | str, volgnummer: int = 1, **overrides) -> dict:
        iot = informatieobjecttype if isinstance(informatieobjecttype, str) else informatieobjecttype["omschrijving"]
        body = {"zaaktype": zaaktype["url"], "informatieobjecttype": iot, "volgnummer": volgnummer, "richting": "inkomend"}
        return self._post("zaaktype-informatieobjecttypen", {**body, **overrides})

    def publish(self, obj: dict) -> dict:
        response = self.client.post(f"{obj['url']}/publish", json={})
        assert response.status_code == 200, response.text
        assert response.json()["concept"] is False
        return response.json()

    def get(self, obj: dict | str, **params) -> dict:
        response = self.client.get(obj if isinstance(obj, str) else obj["url"], params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def published_zaaktype(self, catalogus: dict | None = None, **overrides) -> dict:
        return self.publish(self.zaaktype(catalogus, **overrides))


@pytest.fixture
def catalogi(api) -> Catalogi:
    return Catalogi(api)


def add_client(server, *scopes: str) -> servers.ZgwAuth:
    client_id = unique("ztc-")
    servers.add_client(server.database_url, client_id, secret=SECRET,
                       grants=[NewGrant(component="ztc", scopes=tuple(scopes))])
    return servers.ZgwAuth(client_id, SECRET)


@pytest.fixture(scope="session")
def schrijver_auth(server) -> servers.ZgwAuth:
    """catalogi.lezen and catalogi.schrijven: no corrections."""
    return add_client(server, "catalogi.lezen", "catalogi.schrijven")


@pytest.fixture(scope="session")
def corrector_auth(server) -> servers.ZgwAuth:
    return add_client(server, "catalogi.lezen", "catalogi.geforceerd-schrijven")


@pytest.fixture(scope="session")
def verwijderaar_auth(server) -> servers.ZgwAuth:
    return add_client(server, "catalogi.lezen", "catalogi.geforceerd-verwijderen")


@pytest.fixture
def schrijver(server, schrijver_auth):
    with httpx.Client(base_url=server.url, timeout=30, auth=schrijver_auth) as client:
        yield client


def client_with(server, auth: servers.ZgwAuth) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=30, auth=auth)


def in_days(days: int) -> str:
    return (date.today() + timedelta(days=days)).isoformat()


# --- the demo data -------------------------------------------------------------------------------


def test_demo_seed_holds_a_published_melding_openbare_ruimte(tmp_path):
    """The data `make run` loads, read back through the API: what the Zaken demo builds on."""
    from common.app import KNOWN_REGISTRIES, create_app, load_registries
    from common.settings import Settings
    from registries.catalogi.demo import seed
    from tests.conftest import SUPERUSER, ensure_superuser

    url = f"sqlite+aiosqlite:///{tmp_path}/demo.db"
    settings = Settings(database_url=url, migrate_on_start=True)
    running = servers.start_server(url, "sqlite", app=create_app(load_registries(KNOWN_REGISTRIES), settings))
    try:
        async def load() -> None:
            engine = create_engine(url)
            try:
                async with write_sessionmaker(engine)() as session:
                    await seed(session)
                    await seed(session)  # a second time: the registry is no longer empty, nothing happens
            finally:
                await engine.dispose()

        asyncio.run(load())
        ensure_superuser(url)
        with httpx.Client(base_url=running.url, auth=servers.ZgwAuth(*SUPERUSER), timeout=30) as client:
            zaaktypen = client.get(f"{ROOT}/zaaktypen", params={"identificatie": "ZT-MOR"}).json()
            assert zaaktypen["count"] == 1
            zaaktype = zaaktypen["results"][0]
            assert zaaktype["omschrijving"] == "Melding openbare ruimte" and zaaktype["concept"] is False
            statustypen = client.get(f"{ROOT}/statustypen", params={"zaaktype": zaaktype["url"]}).json()["results"]
            assert [s["omschrijving"] for s in statustypen] == ["Ontvangen", "In behandeling", "Afgehandeld"]
            assert [s["isEindstatus"] for s in statustypen] == [False, False, True]
            roltypen = client.get(f"{ROOT}/roltypen", params={"zaaktype": zaaktype["url"]}).json()["results"]
            assert {r["omschrijvingGeneriek"] for r in roltypen} == {"initiator", "behandelaar"}
            assert len(zaaktype["resultaattypen"]) == 2 and len(zaaktype["eigenschappen"]) == 1
            assert len(zaaktype["besluittypen"]) == 1 and len(zaaktype["informatieobjecttypen"]) == 1
            besluittype = client.get(zaaktype["besluittypen"][0]).json()
            assert besluittype["concept"] is False and besluittype["zaaktypen"] == [zaaktype["url"]]
            iot = client.get(zaaktype["informatieobjecttypen"][0]).json()
            assert iot["concept"] is False and iot["zaaktypen"] == [zaaktype["url"]]
            for resultaattype in zaaktype["resultaattypen"]:
                assert client.get(resultaattype).json()["brondatumArchiefprocedure"]["afleidingswijze"] == "afgehandeld"
            catalogus = client.get(zaaktype["catalogus"]).json()
            assert catalogus["domein"] == "DEMO" and catalogus["zaaktypen"] == [zaaktype["url"]]
    finally:
        running.stop()
