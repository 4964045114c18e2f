"""zrc-025: a contactmoment belongs to a zaak when both APIs keep the relation, in-process (both
registries in one server) and over HTTP (two deployments, REGISTRIES_SERVICES)."""

import uuid

import httpx
import pytest

from common.app import create_app, load_registries
from common.references import Service
from common.settings import Settings
from conformance.behaviour.catalogi import BEGIN, SELECTIELIJST_PROCESTYPE, domein
from tests import servers
from tests.conftest import SUPERUSER, ensure_superuser, valid_rsin

CM = "/contactmomenten/api/v1"
ZRC = "/zaken/api/v1"
ZTC = "/catalogi/api/v1"


def published_zaaktype(api: httpx.Client) -> str:
    catalogus = api.post(f"{ZTC}/catalogussen", json={"domein": domein(), "rsin": valid_rsin(),
                                                      "contactpersoonBeheerNaam": "Contactmomenten"})
    assert catalogus.status_code == 201, catalogus.text
    zaaktype = api.post(f"{ZTC}/zaaktypen", json={
        "identificatie": f"CM-{uuid.uuid4().hex[:10]}", "omschrijving": "Contactmomenten",
        "vertrouwelijkheidaanduiding": "openbaar", "doel": "Tests", "aanleiding": "Tests",
        "indicatieInternOfExtern": "extern", "handelingInitiator": "Melden", "onderwerp": "Tests",
        "handelingBehandelaar": "Behandelen", "doorlooptijd": "P14D", "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": False, "publicatieIndicatie": False, "productenOfDiensten": [],
        "selectielijstProcestype": SELECTIELIJST_PROCESTYPE, "referentieproces": {"naam": "Tests"},
        "verantwoordelijke": "Tests", "catalogus": catalogus.json()["url"], "besluittypen": [],
        "deelzaaktypen": [], "gerelateerdeZaaktypen": [], "beginGeldigheid": BEGIN, "versiedatum": BEGIN})
    assert zaaktype.status_code == 201, zaaktype.text
    published = api.post(f"{zaaktype.json()['url']}/publish", json={})
    assert published.status_code == 200, published.text
    return published.json()["url"]


CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
# Zaken made in the shared server, deleted after each test (other tests list every zaak there).
MADE: list[str] = []


def new_zaak(api: httpx.Client, zaaktype: str, shared: bool = True) -> dict:
    response = api.post(f"{ZRC}/zaken", headers=CRS, json={
        "bronorganisatie": "002564440", "verantwoordelijkeOrganisatie": "002564440", "zaaktype": zaaktype,
        "startdatum": "2026-01-15", "omschrijving": "Vraag over de afvalpas"})
    assert response.status_code == 201, response.text
    if shared:
        MADE.append(response.json()["url"])
    return response.json()


@pytest.fixture(autouse=True)
def delete_zaken(server):
    yield
    with httpx.Client(timeout=30, auth=servers.ZgwAuth(*SUPERUSER), headers=CRS) as client:
        while MADE:
            assert client.delete(MADE.pop()).status_code in (204, 404)


def new_contactmoment(api: httpx.Client) -> dict:
    response = api.post(f"{CM}/contactmomenten", json={"bronorganisatie": "002564440", "kanaal": "telefoon"})
    assert response.status_code == 201, response.text
    return response.json()


def objectcontactmomenten(api: httpx.Client, zaak: dict, moment: dict) -> list[dict]:
    response = api.get(f"{CM}/objectcontactmomenten", params={"object": zaak["url"], "contactmoment": moment["url"]})
    assert response.status_code == 200, response.text
    return response.json()["results"]


def codes(response: httpx.Response) -> set[str]:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return {p["code"] for p in response.json()["invalidParams"]}


@pytest.fixture(scope="module")
def zaaktype(server) -> str:
    with httpx.Client(base_url=server.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
        return published_zaaktype(client)


def test_zrc_025_zaakcontactmoment_makes_and_removes_the_objectcontactmoment(api, zaaktype):
    zaak, moment = new_zaak(api, zaaktype), new_contactmoment(api)
    made = api.post(f"{ZRC}/zaakcontactmomenten", json={"zaak": zaak["url"], "contactmoment": moment["url"]})
    assert made.status_code == 201, made.text
    [ocm] = objectcontactmomenten(api, zaak, moment)
    assert ocm["objectType"] == "zaak" and ocm["object"] == zaak["url"]
    assert api.get(moment["url"]).json()["objectcontactmomenten"] == [ocm["url"]]
    listed = api.get(f"{CM}/contactmomenten", params={"object": zaak["url"]}).json()
    assert [m["url"] for m in listed["results"]] == [moment["url"]]
    trail = api.get(f"{moment['url']}/audittrail").json()
    assert [(e["resource"], e["actie"]) for e in trail][-1] == ("objectcontactmoment", "create")

    # while the Zaken API has the relation, the objectcontactmoment stays
    assert codes(api.delete(ocm["url"])) == {"remote-relation-exists"}
    assert api.get(ocm["url"]).status_code == 200

    assert api.delete(made.json()["url"]).status_code == 204
    assert objectcontactmomenten(api, zaak, moment) == []
    assert api.get(ocm["url"]).status_code == 404


def test_zrc_025_objectcontactmoment_needs_the_relation_in_the_zaken_api(api, zaaktype):
    zaak, moment = new_zaak(api, zaaktype), new_contactmoment(api)
    body = {"contactmoment": moment["url"], "object": zaak["url"], "objectType": "zaak"}
    assert codes(api.post(f"{CM}/objectcontactmomenten", json=body)) == {"inconsistent-relation"}
    assert objectcontactmomenten(api, zaak, moment) == []
    unknown = {**body, "object": f"https://zaken.elders.example{ZRC}/zaken/{uuid.uuid4()}"}
    assert codes(api.post(f"{CM}/objectcontactmomenten", json=unknown)) == {"bad-url"}
    not_a_zaak = {**body, "object": "https://example.com/iets"}
    assert codes(api.post(f"{CM}/objectcontactmomenten", json=not_a_zaak)) == {"bad-url"}
    broken = {**body, "object": zaak["url"].rpartition("/")[0] + "/geen-uuid"}
    assert codes(api.post(f"{CM}/objectcontactmomenten", json=broken))  # a 400, whatever the code
    assert "objectType" in {p["name"] for p in api.post(f"{CM}/objectcontactmomenten",
                                                        json={**body, "objectType": "besluit"}).json()["invalidParams"]}


def test_zrc_025_zaakcontactmoment_of_a_contactmoment_that_does_not_exist(api, zaaktype):
    zaak = new_zaak(api, zaaktype)
    missing = f"{api.base_url}{CM}/contactmomenten/{uuid.uuid4()}".replace("//contact", "/contact")
    response = api.post(f"{ZRC}/zaakcontactmomenten", json={"zaak": zaak["url"], "contactmoment": missing})
    assert codes(response) == {"bad-url"}
    listed = api.get(f"{ZRC}/zaakcontactmomenten", params={"zaak": zaak["url"]})
    assert listed.json() == []


def test_zrc_025_a_second_link_is_refused_and_nothing_is_half_written(api, zaaktype):
    zaak, moment = new_zaak(api, zaaktype), new_contactmoment(api)
    body = {"zaak": zaak["url"], "contactmoment": moment["url"]}
    assert api.post(f"{ZRC}/zaakcontactmomenten", json=body).status_code == 201
    again = api.post(f"{ZRC}/zaakcontactmomenten", json=body)
    assert codes(again) == {"unique"}
    assert len(api.get(f"{ZRC}/zaakcontactmomenten", params={"zaak": zaak["url"]}).json()) == 1
    assert len(objectcontactmomenten(api, zaak, moment)) == 1


# --------------------------------------------------------------------------- two deployments, over HTTP


def test_zrc_025_over_http_between_two_deployments(backend, server, tmp_path):
    """Zaken (with Catalogi) in one server, Contactmomenten in another, each with its own database;
    each knows the other through REGISTRIES_SERVICES (set here once both listen)."""
    if backend != "sqlite":
        pytest.skip("one backend is enough for the wiring between two deployments")
    zaken_db, cm_db = f"sqlite+aiosqlite:///{tmp_path}/zaken.db", f"sqlite+aiosqlite:///{tmp_path}/cm.db"
    zaken_app = create_app(load_registries(["catalogi", "zaken"]),
                           Settings(database_url=zaken_db, migrate_on_start=True))
    cm_app = create_app(load_registries(["contactmomenten"]), Settings(database_url=cm_db, migrate_on_start=True))
    zaken_server = servers.start_server(zaken_db, backend, app=zaken_app)
    cm_server = servers.start_server(cm_db, backend, app=cm_app)
    try:
        ensure_superuser(zaken_db)
        ensure_superuser(cm_db)
        for app, other in ((zaken_app, f"{cm_server.url}{CM}"), (cm_app, f"{zaken_server.url}{ZRC}")):
            service = Service(other, *SUPERUSER)
            app.state.references.services.append(service)
            app.state.relations.services.append(service)
        auth = servers.ZgwAuth(*SUPERUSER)
        with httpx.Client(base_url=zaken_server.url, timeout=30, auth=auth) as zrc, \
                httpx.Client(base_url=cm_server.url, timeout=30, auth=auth) as cmc:
            zaak, moment = new_zaak(zrc, published_zaaktype(zrc), shared=False), new_contactmoment(cmc)
            direct = cmc.post(f"{CM}/objectcontactmomenten",
                              json={"contactmoment": moment["url"], "object": zaak["url"], "objectType": "zaak"})
            assert codes(direct) == {"inconsistent-relation"}
            made = zrc.post(f"{ZRC}/zaakcontactmomenten", json={"zaak": zaak["url"], "contactmoment": moment["url"]})
            assert made.status_code == 201, made.text
            [ocm] = objectcontactmomenten(cmc, zaak, moment)
            assert codes(cmc.delete(ocm["url"])) == {"remote-relation-exists"}
            # the other side refuses a second link after our commit: ours is removed again
            again = zrc.post(f"{ZRC}/zaakcontactmomenten", json={"zaak": zaak["url"], "contactmoment": moment["url"]})
            assert codes(again) == {"unique"}
            assert len(zrc.get(f"{ZRC}/zaakcontactmomenten", params={"zaak": zaak["url"]}).json()) == 1
            assert zrc.delete(made.json()["url"]).status_code == 204
            assert objectcontactmomenten(cmc, zaak, moment) == []
            # a contactmoment the other deployment does not have: refused, nothing kept
            missing = f"{cm_server.url}{CM}/contactmomenten/{uuid.uuid4()}"
            assert codes(zrc.post(f"{ZRC}/zaakcontactmomenten",
                                  json={"zaak": zaak["url"], "contactmoment": missing})) == {"bad-url"}
            assert zrc.get(f"{ZRC}/zaakcontactmomenten", params={"zaak": zaak["url"]}).json() == []
    finally:
        zaken_server.stop()
        cm_server.stop()
