"""Shared fixtures of the Zaken tests (imported by the other tests/test_zaken_*.py modules).

The Zaken API reads its zaaktypen from a Catalogi API. These tests serve a small Catalogi of
their own on another loopback port (a stub with exactly the types the tests need) and configure
it as a service, so they also cover the HTTP path of common.references. The Zaken registry runs
in a real server on SQLite and on PostgreSQL, like every other API test.
"""

import importlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from common.app import create_app
from common.auth.admin import NewGrant
from common.platform.registry import PLATFORM
from common.settings import Settings
from tests import servers
from tests.conftest import ensure_superuser

ROOT = "/zaken/api/v1"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
SECRET = "een-gedeeld-geheim-voor-zaken-tests-32+"
RSIN = "002564440"
WEBHOOK = "http://127.0.0.1:9/zaken-webhook"
BSNS = ("111222333", "123456782", "999993653", "999990627")


@dataclass
class Catalogi:
    """The stub Catalogi API: objects by URL, as a Catalogi API serves them."""

    url: str = ""
    objects: dict[str, dict] = field(default_factory=dict)

    def add(self, collection: str, **values: Any) -> dict:
        key = uuid.uuid4()
        obj = {"url": f"{self.url}/catalogi/api/v1/{collection}/{key}", **values}
        self.objects[obj["url"]] = obj
        return obj

    def zaaktype(self, *, concept: bool = False, vertrouwelijkheid: str = "openbaar", eind_afleiding: str = "afgehandeld",
                 **extra: Any) -> "ZaakType":
        zaaktype = self.add("zaaktypen", identificatie=f"ZT-{uuid.uuid4().hex[:6]}", omschrijving="Melding openbare ruimte",
                            vertrouwelijkheidaanduiding=vertrouwelijkheid, concept=concept,
                            productenOfDiensten=["https://producten.example/api/v1/producten/1"],
                            statustypen=[], resultaattypen=[], roltypen=[], eigenschappen=[],
                            informatieobjecttypen=[], zaakobjecttypen=[], deelzaaktypen=[], besluittypen=[], **extra)
        made = ZaakType(zaaktype)
        for volgnummer, omschrijving in ((1, "Ontvangen"), (2, "In behandeling"), (3, "Afgehandeld")):
            statustype = self.add("statustypen", omschrijving=omschrijving, zaaktype=zaaktype["url"],
                                  volgnummer=volgnummer, isEindstatus=volgnummer == 3)
            zaaktype["statustypen"].append(statustype["url"])
            made.statustypen.append(statustype["url"])
        for afleiding in ("afgehandeld", "termijn", "eigenschap", "ander_datumkenmerk", "zaakobject"):
            procedure = {"afleidingswijze": afleiding, "procestermijn": "P5Y" if afleiding == "termijn" else None,
                         "datumkenmerk": {"eigenschap": "vervaldatum", "zaakobject": "einddatum"}.get(afleiding, ""),
                         "objecttype": "overige" if afleiding == "zaakobject" else ""}
            resultaattype = self.add("resultaattypen", zaaktype=zaaktype["url"], omschrijving=f"Klaar ({afleiding})",
                                     archiefnominatie="vernietigen", archiefactietermijn="P10Y",
                                     brondatumArchiefprocedure=procedure)
            zaaktype["resultaattypen"].append(resultaattype["url"])
            made.resultaattypen[afleiding] = resultaattype["url"]
        for omschrijving, generiek in (("Melder", "initiator"), ("Behandelaar", "behandelaar")):
            roltype = self.add("roltypen", zaaktype=zaaktype["url"], omschrijving=omschrijving,
                               omschrijvingGeneriek=generiek)
            zaaktype["roltypen"].append(roltype["url"])
            made.roltypen[generiek] = roltype["url"]
        eigenschap = self.add("eigenschappen", zaaktype=zaaktype["url"], naam="vervaldatum",
                              specificatie={"formaat": "datum"})
        zaaktype["eigenschappen"].append(eigenschap["url"])
        made.eigenschap = eigenschap["url"]
        zaakobjecttype = self.add("zaakobjecttypen", zaaktype=zaaktype["url"], objecttype="https://objecten.example/x")
        zaaktype["zaakobjecttypen"].append(zaakobjecttype["url"])
        made.zaakobjecttype = zaakobjecttype["url"]
        return made


@dataclass
class ZaakType:
    data: dict
    statustypen: list[str] = field(default_factory=list)
    resultaattypen: dict[str, str] = field(default_factory=dict)
    roltypen: dict[str, str] = field(default_factory=dict)
    eigenschap: str = ""
    zaakobjecttype: str = ""

    @property
    def url(self) -> str:
        return self.data["url"]

    @property
    def eindstatus(self) -> str:
        return self.statustypen[-1]


def _catalogi_app(catalogi: Catalogi) -> FastAPI:
    app = FastAPI()

    @app.get("/catalogi/api/v1/{collection}/{key}")
    async def read(collection: str, key: str):
        found = catalogi.objects.get(f"{catalogi.url}/catalogi/api/v1/{collection}/{key}")
        if found is None:
            return JSONResponse({"detail": "niet gevonden"}, status_code=404)
        return JSONResponse(found)

    return app


@pytest.fixture(scope="session")
def catalogi() -> Catalogi:
    stub = Catalogi()
    running = servers.start_server("", "stub", app=_catalogi_app(stub))
    stub.url = running.url
    yield stub
    running.stop()


@pytest.fixture(scope="session")
def zaken_database(backend, tmp_path_factory):
    """A database of the Zaken tests' own, beside the shared one: what these tests store (every
    kind of geometry, empty optional URLs) does not show up in the lists that other tests page through."""
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('zaken') / 'zaken.db'}"
        return
    from tests.conftest import _database_for

    url, drop = _database_for(backend, tmp_path_factory)
    yield url
    drop()


@pytest.fixture(scope="session")
def zaken_server(zaken_database, backend, catalogi):
    database_url = zaken_database
    registries = [PLATFORM, importlib.import_module("registries.catalogi").registry,
                  importlib.import_module("registries.zaken").registry]
    services = json.dumps([{"apiRoot": f"{catalogi.url}/catalogi/api/v1", "clientId": "stub", "secret": "x" * 32}])
    # Notifications wait in the outbox (nothing delivers them here), where the tests read them.
    settings = Settings(database_url=database_url, migrate_on_start=True, services=services,
                        reference_cache_seconds=0, outbox_dispatch=False, webhook_urls=WEBHOOK)
    running = servers.start_server(database_url, backend, app=create_app(registries, settings))
    ensure_superuser(database_url)
    yield running
    running.stop()


@pytest.fixture
def zaken(zaken_server, superuser_auth):
    """A client with every permission on the Zaken API, sending the CRS headers."""
    with httpx.Client(base_url=zaken_server.url, timeout=30, auth=superuser_auth, headers=CRS) as client:
        yield client


@pytest.fixture(scope="session")
def zaaktype(catalogi) -> ZaakType:
    return catalogi.zaaktype()


def client_with(server, *grants: NewGrant, label: str = "beperkt") -> httpx.Client:
    client_id = f"{label}-{uuid.uuid4().hex[:8]}"
    servers.add_client(server.database_url, client_id, secret=SECRET, grants=list(grants))
    return httpx.Client(base_url=server.url, timeout=30, auth=servers.ZgwAuth(client_id, SECRET), headers=CRS)


def new_zaak(zaaktype: ZaakType | str, **overrides: Any) -> dict:
    body = {
        "bronorganisatie": RSIN,
        "verantwoordelijkeOrganisatie": RSIN,
        "zaaktype": zaaktype if isinstance(zaaktype, str) else zaaktype.url,
        "startdatum": "2026-01-15",
        "omschrijving": "Losliggende stoeptegel",
    }
    body.update(overrides)
    return body


def create_zaak(client: httpx.Client, zaaktype: ZaakType | str, **overrides: Any) -> dict:
    response = client.post(f"{ROOT}/zaken", json=new_zaak(zaaktype, **overrides))
    assert response.status_code == 201, response.text
    return response.json()


def add_status(client: httpx.Client, zaak: dict, statustype: str, moment: str = "2026-02-01T10:00:00Z") -> httpx.Response:
    return client.post(f"{ROOT}/statussen", json={"zaak": zaak["url"], "statustype": statustype,
                                                  "datumStatusGezet": moment})


def add_resultaat(client: httpx.Client, zaak: dict, resultaattype: str) -> httpx.Response:
    return client.post(f"{ROOT}/resultaten", json={"zaak": zaak["url"], "resultaattype": resultaattype})


def add_rol(client: httpx.Client, zaak: dict, roltype: str, bsn: str | None = None, **extra: Any) -> httpx.Response:
    body = {"zaak": zaak["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": roltype,
            "roltoelichting": "Melder van de stoeptegel",
            "betrokkeneIdentificatie": {"inpBsn": bsn or BSNS[0], "geslachtsnaam": "Jansen"}}
    body.update(extra)
    return client.post(f"{ROOT}/rollen", json=body)


def close_zaak(client: httpx.Client, zaaktype: ZaakType, zaak: dict, afleiding: str = "afgehandeld") -> None:
    assert add_resultaat(client, zaak, zaaktype.resultaattypen[afleiding]).status_code == 201
    response = add_status(client, zaak, zaaktype.eindstatus, "2026-03-01T12:00:00Z")
    assert response.status_code == 201, response.text


def invalid_params(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return {p["name"]: p["code"] for p in response.json()["invalidParams"]}
