"""The rules of the Catalogi standard by their codes: ztc-001 .. ztc-008 (outside lists and the
archive procedure of a resultaattype) and ztc-013 (no relations across catalogi). Rules
ztc-009 .. ztc-012 are in test_catalogi_publish.py and test_catalogi_parts.py.

The outside lists come from a small Selectielijst API served here from VNG's own data
(shared/standards/zgw/referentielijsten), so the rules that read them run for real.
The last test checks that every ztc code of the standard's test inventory is covered by a test
or listed, with its reason, as out of scope in docs/catalogi.md.
"""

import ast
import csv
import json
import re
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests import servers
from tests.conftest import SHARED, SUPERUSER
from tests.test_catalogi_support import (  # noqa: F401 - fixtures
    ROOT,
    Catalogi,
    catalogi,
    invalid_names,
    valid_brondatum,
    zaaktype_body,
)

LISTS = SHARED / "standards" / "zgw" / "referentielijsten"
INVENTORY = SHARED / "standards" / "zgw" / "zgw-postman-test-inventory.csv"
TESTS = Path(__file__).resolve().parent
DOC = TESTS.parent / "docs" / "catalogi.md"

PROCESTYPE = "3030daa1-d516-4cd9-8276-ef0977e32b20"  # 2017, the procestype of the three resultaten below
NIHIL = "968dee12-73d3-4b38-933f-5b25005d4ded"  # procestermijn nihil, vernietigen, bewaartermijn P5Y
LEEG = "4999b308-0bf6-464b-9480-fcd00c54fc27"  # no procestermijn, blijvend_bewaren
INGESCHAT = "59596a33-c8db-4aa7-bb81-140cb29bb42a"  # ingeschatte_bestaansduur_procesobject (another procestype)
TOEGEKEND = "fb65d251-1518-4185-865f-b8bdcfad07b1"  # a resultaattypeomschrijving


# --- a Selectielijst API with the standard's own data ---------------------------------------------


def selectielijst_app() -> Starlette:
    """The procestypen, resultaten and resultaattypeomschrijvingen of VNG's fixtures, in the
    shape the Selectielijst API serves them (camelCase, URLs)."""
    procestypen = {row["pk"]: row["fields"] for row in json.loads((LISTS / "selectielijst_2020_procestypen.json").read_text())}
    resultaten = [row["fields"] for row in json.loads((LISTS / "selectielijst_2020_resultaten.json").read_text())]
    omschrijvingen = [row["fields"] for row in json.loads((LISTS / "resultaattypeomschrijvingen.json").read_text())]

    def root(request: Request) -> str:
        return f"{request.url.scheme}://{request.url.netloc}/api/v1"

    def procestype(request: Request, fields: dict) -> dict:
        return {"url": f"{root(request)}/procestypen/{fields['uuid']}", "nummer": fields["nummer"], "jaar": fields["jaar"],
                "naam": fields["naam"], "omschrijving": fields["omschrijving"], "toelichting": fields["toelichting"],
                "procesobject": fields["procesobject"]}

    def resultaat(request: Request, fields: dict) -> dict:
        return {"url": f"{root(request)}/resultaten/{fields['uuid']}",
                "procesType": f"{root(request)}/procestypen/{procestypen[fields['proces_type']]['uuid']}",
                "nummer": fields["nummer"], "naam": fields["naam"], "omschrijving": fields["omschrijving"],
                "herkomst": fields["herkomst"], "waardering": fields["waardering"],
                "procestermijn": fields["procestermijn"], "bewaartermijn": fields.get("bewaartermijn"),
                "toelichting": fields["toelichting"]}

    def omschrijving(request: Request, fields: dict) -> dict:
        return {"url": f"{root(request)}/resultaattypeomschrijvingen/{fields['uuid']}",
                "omschrijving": fields["omschrijving"], "definitie": fields["definitie"], "opmerking": fields["opmerking"]}

    def endpoint(rows, shape):
        by_uuid = {fields["uuid"]: fields for fields in rows}

        async def detail(request: Request):
            fields = by_uuid.get(request.path_params["uuid"])
            if fields is None:
                return JSONResponse({"detail": "Niet gevonden."}, status_code=404)
            return JSONResponse(shape(request, fields))

        return detail

    return Starlette(routes=[
        Route("/api/v1/procestypen/{uuid}", endpoint(procestypen.values(), procestype)),
        Route("/api/v1/resultaten/{uuid}", endpoint(resultaten, resultaat)),
        Route("/api/v1/resultaattypeomschrijvingen/{uuid}", endpoint(omschrijvingen, omschrijving)),
    ])


@pytest.fixture(scope="module")
def selectielijst(database_url, backend):
    running = servers.start_server(database_url, backend, app=selectielijst_app())
    yield f"{running.url}/api/v1"
    running.stop()


@pytest.fixture(scope="module")
def lijsten(database_url, backend, selectielijst, server):
    """A Catalogi API that knows the Selectielijst API (REGISTRIES_SERVICES), and a client for it."""
    running = servers.start_server(database_url, backend, services=json.dumps([{"apiRoot": selectielijst}]))
    with httpx.Client(base_url=running.url, auth=servers.ZgwAuth(*SUPERUSER), timeout=30) as client:
        yield Catalogi(client), selectielijst
    running.stop()


def resultaattype_body(zaaktype: dict, lists: str, klasse: str = NIHIL, **overrides) -> dict:
    body = {"zaaktype": zaaktype["url"], "omschrijving": "Afgehandeld", "besluittypen": [],
            "resultaattypeomschrijving": f"{lists}/resultaattypeomschrijvingen/{TOEGEKEND}",
            "selectielijstklasse": f"{lists}/resultaten/{klasse}",
            "brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"}}
    body.update(overrides)
    return body


# --- ztc-001 and ztc-002: the outside lists ---------------------------------------------------------


def test_ztc_001a_ztc_001b_selectielijst_procestype_leads_to_a_procestype(lijsten):
    catalogi, lists = lijsten
    catalogus = catalogi.catalogus()
    post = lambda url: catalogi.client.post(f"{ROOT}/zaaktypen", json=zaaktype_body(catalogus["url"],
                                                                                    selectielijstProcestype=url))
    assert post(f"{lists}/procestypen/{PROCESTYPE}").status_code == 201
    assert invalid_names(post(f"{lists}/resultaten/{NIHIL}")) == {"selectielijstProcestype": "invalid-resource"}
    assert invalid_names(post(f"{lists}/procestypen/00000000-0000-4000-8000-000000000000")) == {
        "selectielijstProcestype": "bad-url"}


def test_ztc_001_without_a_selectielijst_configured_only_the_form_of_the_url_is_checked(api, catalogi):
    catalogus = catalogi.catalogus()
    body = zaaktype_body(catalogus["url"], selectielijstProcestype="https://selectielijst.example/api/v1/procestypen/1")
    assert api.post(f"{ROOT}/zaaktypen", json=body).status_code == 201
    body["selectielijstProcestype"] = "procestype 1"
    assert invalid_names(api.post(f"{ROOT}/zaaktypen", json=body)) == {"selectielijstProcestype": "invalid"}


@pytest.fixture(scope="module")
def lijst_zaaktype(lijsten):
    catalogi, lists = lijsten
    return catalogi.zaaktype(selectielijstProcestype=f"{lists}/procestypen/{PROCESTYPE}")


def test_ztc_002a_ztc_002b_ztc_002f_ztc_002g_a_resultaattype_takes_what_the_lists_say(lijsten, lijst_zaaktype):
    catalogi, lists = lijsten
    created = catalogi.client.post(f"{ROOT}/resultaattypen", json=resultaattype_body(lijst_zaaktype, lists))
    assert created.status_code == 201, created.text
    resultaattype = created.json()
    assert resultaattype["omschrijvingGeneriek"] == "Toegekend"  # 002b
    assert resultaattype["archiefnominatie"] == "vernietigen"  # 002f: the klasse's waardering
    assert resultaattype["archiefactietermijn"] == "P5Y"  # 002g: the klasse's bewaartermijn
    explicit = catalogi.client.post(f"{ROOT}/resultaattypen", json=resultaattype_body(
        lijst_zaaktype, lists, archiefnominatie="blijvend_bewaren", archiefactietermijn="P20Y")).json()
    assert explicit["archiefnominatie"] == "blijvend_bewaren" and explicit["archiefactietermijn"] == "P20Y"


def test_ztc_002c_ztc_002d_the_urls_lead_to_objects_of_the_right_kind(lijsten, lijst_zaaktype):
    catalogi, lists = lijsten
    wrong_omschrijving = resultaattype_body(lijst_zaaktype, lists,
                                            resultaattypeomschrijving=f"{lists}/resultaten/{NIHIL}")
    assert invalid_names(catalogi.client.post(f"{ROOT}/resultaattypen", json=wrong_omschrijving)) == {
        "resultaattypeomschrijving": "invalid-resource"}
    wrong_klasse = resultaattype_body(lijst_zaaktype, lists, selectielijstklasse=f"{lists}/procestypen/{PROCESTYPE}")
    assert invalid_names(catalogi.client.post(f"{ROOT}/resultaattypen", json=wrong_klasse)) == {
        "selectielijstklasse": "invalid-resource"}


def test_ztc_002e_the_selectielijstklasse_belongs_to_the_procestype_of_the_zaaktype(lijsten, lijst_zaaktype):
    catalogi, lists = lijsten
    other = resultaattype_body(lijst_zaaktype, lists, klasse=INGESCHAT,
                               brondatumArchiefprocedure=valid_brondatum("termijn"))
    assert invalid_names(catalogi.client.post(f"{ROOT}/resultaattypen", json=other)) == {
        "selectielijstklasse": "procestype-mismatch"}


# --- ztc-003: afleidingswijze and the procestermijn of the selectielijstklasse --------------------

ZTC_003 = [
    ("ztc-003a", NIHIL, "termijn", 400), ("ztc-003b", NIHIL, "afgehandeld", 201),
    ("ztc-003c", INGESCHAT, "afgehandeld", 400), ("ztc-003d", INGESCHAT, "termijn", 201),
    ("ztc-003e", NIHIL, "ander_datumkenmerk", 400), ("ztc-003f", NIHIL, "eigenschap", 400),
    ("ztc-003g", NIHIL, "gerelateerde_zaak", 400), ("ztc-003h", NIHIL, "hoofdzaak", 400),
    ("ztc-003i", NIHIL, "ingangsdatum_besluit", 400), ("ztc-003j", NIHIL, "vervaldatum_besluit", 400),
    ("ztc-003k", NIHIL, "zaakobject", 400),
    ("ztc-003l", INGESCHAT, "ander_datumkenmerk", 400), ("ztc-003m", INGESCHAT, "eigenschap", 400),
    ("ztc-003n", INGESCHAT, "gerelateerde_zaak", 400), ("ztc-003o", INGESCHAT, "hoofdzaak", 400),
    ("ztc-003p", INGESCHAT, "ingangsdatum_besluit", 400), ("ztc-003q", INGESCHAT, "vervaldatum_besluit", 400),
    ("ztc-003r", INGESCHAT, "zaakobject", 400),
    ("ztc-003s", LEEG, "afgehandeld", 201), ("ztc-003t", LEEG, "termijn", 400),
]


@pytest.fixture(scope="module")
def zaaktype_zonder_procestype(lijsten):
    catalogi, _lists = lijsten
    return catalogi.zaaktype()


@pytest.mark.parametrize(("klasse", "afleidingswijze", "status"), [pytest.param(*case[1:], id=case[0]) for case in ZTC_003])
def test_ztc_003_afleidingswijze_fits_the_procestermijn_of_the_selectielijstklasse(
        lijsten, zaaktype_zonder_procestype, klasse, afleidingswijze, status):
    catalogi, lists = lijsten
    body = resultaattype_body(zaaktype_zonder_procestype, lists, klasse=klasse,
                              brondatumArchiefprocedure=valid_brondatum(afleidingswijze))
    response = catalogi.client.post(f"{ROOT}/resultaattypen", json=body)
    if status == 201:
        assert response.status_code == 201, response.text
    else:
        assert invalid_names(response) == {
            "brondatumArchiefprocedure.afleidingswijze": "invalid-afleidingswijze-for-procestermijn"}


# --- ztc-004 .. ztc-008: the parts of brondatumArchiefprocedure ---------------------------------------

# (code, afleidingswijze, change to the smallest valid group, the part that must be refused or None)
BRONDATUM = [
    ("ztc-004a", "eigenschap", {"datumkenmerk": None}, "datumkenmerk"),
    ("ztc-004b", "eigenschap", {}, None),
    ("ztc-004c", "zaakobject", {"datumkenmerk": None}, "datumkenmerk"),
    ("ztc-004d", "zaakobject", {}, None),
    ("ztc-004e", "ander_datumkenmerk", {"datumkenmerk": None}, "datumkenmerk"),
    ("ztc-004f", "ander_datumkenmerk", {}, None),
    ("ztc-004g", "afgehandeld", {"datumkenmerk": "geboortedatum"}, "datumkenmerk"),
    ("ztc-004h", "gerelateerde_zaak", {"datumkenmerk": "geboortedatum"}, "datumkenmerk"),
    ("ztc-004i", "hoofdzaak", {"datumkenmerk": "geboortedatum"}, "datumkenmerk"),
    ("ztc-004j", "ingangsdatum_besluit", {"datumkenmerk": "geboortedatum"}, "datumkenmerk"),
    ("ztc-004k", "termijn", {"datumkenmerk": "geboortedatum"}, "datumkenmerk"),
    ("ztc-004l", "vervaldatum_besluit", {"datumkenmerk": "geboortedatum"}, "datumkenmerk"),
    ("ztc-005a", "afgehandeld", {"einddatumBekend": True}, "einddatumBekend"),
    ("ztc-005b", "afgehandeld", {"einddatumBekend": False}, None),
    ("ztc-005c", "termijn", {"einddatumBekend": True}, "einddatumBekend"),
    ("ztc-005d", "termijn", {"einddatumBekend": False}, None),
    ("ztc-005e", "ander_datumkenmerk", {"einddatumBekend": True}, None),
    ("ztc-005f", "eigenschap", {"einddatumBekend": True}, None),
    ("ztc-005g", "gerelateerde_zaak", {"einddatumBekend": True}, None),
    ("ztc-005h", "hoofdzaak", {"einddatumBekend": True}, None),
    ("ztc-005i", "ingangsdatum_besluit", {"einddatumBekend": True}, None),
    ("ztc-005j", "vervaldatum_besluit", {"einddatumBekend": True}, None),
    ("ztc-005k", "zaakobject", {"einddatumBekend": True}, None),
    ("ztc-006a", "zaakobject", {"objecttype": None}, "objecttype"),
    ("ztc-006b", "zaakobject", {}, None),
    ("ztc-006c", "ander_datumkenmerk", {"objecttype": None}, "objecttype"),
    ("ztc-006d", "ander_datumkenmerk", {}, None),
    ("ztc-006e", "afgehandeld", {"objecttype": "pand"}, "objecttype"),
    ("ztc-006f", "eigenschap", {"objecttype": "pand"}, "objecttype"),
    ("ztc-006g", "gerelateerde_zaak", {"objecttype": "pand"}, "objecttype"),
    ("ztc-006h", "hoofdzaak", {"objecttype": "pand"}, "objecttype"),
    ("ztc-006i", "ingangsdatum_besluit", {"objecttype": "pand"}, "objecttype"),
    ("ztc-006j", "termijn", {"objecttype": "pand"}, "objecttype"),
    ("ztc-006k", "vervaldatum_besluit", {"objecttype": "pand"}, "objecttype"),
    ("ztc-007a", "ander_datumkenmerk", {"registratie": None}, "registratie"),
    ("ztc-007b", "ander_datumkenmerk", {}, None),
    ("ztc-007c", "afgehandeld", {"registratie": "BRP"}, "registratie"),
    ("ztc-007d", "eigenschap", {"registratie": "BRP"}, "registratie"),
    ("ztc-007e", "gerelateerde_zaak", {"registratie": "BRP"}, "registratie"),
    ("ztc-007f", "hoofdzaak", {"registratie": "BRP"}, "registratie"),
    ("ztc-007g", "ingangsdatum_besluit", {"registratie": "BRP"}, "registratie"),
    ("ztc-007h", "termijn", {"registratie": "BRP"}, "registratie"),
    ("ztc-007i", "vervaldatum_besluit", {"registratie": "BRP"}, "registratie"),
    ("ztc-007j", "zaakobject", {"registratie": "BRP"}, "registratie"),
    ("ztc-008a", "termijn", {"procestermijn": None}, "procestermijn"),
    ("ztc-008b", "termijn", {}, None),
    ("ztc-008c", "afgehandeld", {"procestermijn": "P5Y"}, "procestermijn"),
    ("ztc-008d", "ander_datumkenmerk", {"procestermijn": "P5Y"}, "procestermijn"),
    ("ztc-008e", "eigenschap", {"procestermijn": "P5Y"}, "procestermijn"),
    ("ztc-008f", "gerelateerde_zaak", {"procestermijn": "P5Y"}, "procestermijn"),
    ("ztc-008g", "hoofdzaak", {"procestermijn": "P5Y"}, "procestermijn"),
    ("ztc-008h", "ingangsdatum_besluit", {"procestermijn": "P5Y"}, "procestermijn"),
    ("ztc-008i", "vervaldatum_besluit", {"procestermijn": "P5Y"}, "procestermijn"),
    ("ztc-008j", "zaakobject", {"procestermijn": "P5Y"}, "procestermijn"),
]


@pytest.fixture(scope="module")
def brondatum_zaaktype(server):
    with httpx.Client(base_url=server.url, auth=servers.ZgwAuth(*SUPERUSER), timeout=30) as client:
        return Catalogi(client).zaaktype()


@pytest.mark.parametrize(("afleidingswijze", "change", "refused"), [pytest.param(*case[1:], id=case[0]) for case in BRONDATUM])
def test_ztc_004_to_ztc_008_what_each_afleidingswijze_needs_and_leaves_empty(
        api, brondatum_zaaktype, afleidingswijze, change, refused):
    group = valid_brondatum(afleidingswijze)
    for part, value in change.items():
        if value is None:
            group.pop(part, None)
        else:
            group[part] = value
    body = {"zaaktype": brondatum_zaaktype["url"], "omschrijving": "Resultaat", "besluittypen": [],
            "resultaattypeomschrijving": "https://referentielijsten.example/api/v1/resultaattypeomschrijvingen/1",
            "selectielijstklasse": "https://selectielijst.example/api/v1/resultaten/1",
            "brondatumArchiefprocedure": group}
    response = api.post(f"{ROOT}/resultaattypen", json=body)
    if refused is None:
        assert response.status_code == 201, response.text
        assert response.json()["brondatumArchiefprocedure"]["afleidingswijze"] == afleidingswijze
    else:
        name = f"brondatumArchiefprocedure.{refused}"
        assert invalid_names(response) == {name: "must-be-empty" if refused in change and change[refused] is not None
                                           else "required"}


def test_brondatum_rules_apply_to_a_change_too(api, brondatum_zaaktype, catalogi):
    resultaattype = catalogi.resultaattype(brondatum_zaaktype, brondatumArchiefprocedure=valid_brondatum("termijn"))
    assert resultaattype["brondatumArchiefprocedure"] == {"afleidingswijze": "termijn", "datumkenmerk": "",
                                                          "einddatumBekend": False, "objecttype": "",
                                                          "registratie": "", "procestermijn": "P5Y"}
    refused = api.patch(resultaattype["url"], json={"brondatumArchiefprocedure": {"afleidingswijze": "zaakobject"}})
    assert invalid_names(refused) == {"brondatumArchiefprocedure.datumkenmerk": "required",
                                      "brondatumArchiefprocedure.objecttype": "required"}


# --- ztc-013: no relations across catalogi -------------------------------------------------------------


@pytest.fixture
def two_catalogi(catalogi):
    hier, daar = catalogi.catalogus(), catalogi.catalogus()
    return {"hier": hier, "daar": daar,
            "iot_daar": catalogi.informatieobjecttype(daar), "bt_daar": catalogi.besluittype(daar),
            "iot_hier": catalogi.informatieobjecttype(hier), "bt_hier": catalogi.besluittype(hier)}


def test_ztc_013d_ztc_013e_ztc_013f_a_besluittype_names_informatieobjecttypen_of_its_own_catalogus(api, catalogi,
                                                                                                 two_catalogi):
    t = two_catalogi
    base = {"catalogus": t["hier"]["url"], "publicatieIndicatie": False, "beginGeldigheid": "2020-01-01"}
    across = {"informatieobjecttypen.0": "relations-incorrect-catalogus"}
    assert invalid_names(api.post(f"{ROOT}/besluittypen", json={
        **base, "informatieobjecttypen": [t["iot_daar"]["url"]]})) == across
    besluittype = t["bt_hier"]
    assert invalid_names(api.put(besluittype["url"], json={
        **base, "informatieobjecttypen": [t["iot_daar"]["url"]]})) == across
    assert invalid_names(api.patch(besluittype["url"], json={"informatieobjecttypen": [t["iot_daar"]["url"]]})) == across
    assert api.patch(besluittype["url"], json={"informatieobjecttypen": [t["iot_hier"]["url"]]}).status_code == 200


def test_ztc_013g_ztc_013h_ztc_013i_a_zaaktype_names_besluittypen_of_its_own_catalogus(api, catalogi, two_catalogi):
    t = two_catalogi
    across = {"besluittypen.0": "relations-incorrect-catalogus"}
    body = zaaktype_body(t["hier"]["url"], besluittypen=[t["bt_daar"]["url"]])
    assert invalid_names(api.post(f"{ROOT}/zaaktypen", json=body)) == across
    zaaktype = catalogi.zaaktype(t["hier"])
    assert invalid_names(api.put(zaaktype["url"], json={**body, "identificatie": zaaktype["identificatie"]})) == across
    assert invalid_names(api.patch(zaaktype["url"], json={"besluittypen": [t["bt_daar"]["url"]]})) == across
    # by omschrijving a besluittype of another catalogus is simply unknown here
    assert invalid_names(api.patch(zaaktype["url"], json={"besluittypen": [t["bt_daar"]["omschrijving"]]})) == {
        "besluittypen": "does-not-exist"}


def test_ztc_013j_ztc_013k_ztc_013l_a_koppeling_stays_within_one_catalogus(api, catalogi, two_catalogi):
    t = two_catalogi
    zaaktype = catalogi.zaaktype(t["hier"])
    body = {"zaaktype": zaaktype["url"], "informatieobjecttype": t["iot_daar"]["url"], "volgnummer": 1,
            "richting": "inkomend"}
    across = {"informatieobjecttype.0": "relations-incorrect-catalogus"}
    assert invalid_names(api.post(f"{ROOT}/zaaktype-informatieobjecttypen", json=body)) == across
    koppeling = catalogi.koppeling(zaaktype, t["iot_hier"])
    assert invalid_names(api.put(koppeling["url"], json=body)) == across
    assert invalid_names(api.patch(koppeling["url"], json={"informatieobjecttype": t["iot_daar"]["url"]})) == across
    daar_zaaktype = catalogi.zaaktype(t["daar"])
    moved = api.patch(koppeling["url"], json={"zaaktype": daar_zaaktype["url"]})
    assert invalid_names(moved) == {"informatieobjecttype": "does-not-exist"}  # its omschrijving is unknown there


def test_ztc_013_parts_and_their_catalogus_and_the_same_catalogus_at_another_address(api, catalogi, two_catalogi,
                                                                                      server):
    t = two_catalogi
    zaaktype = catalogi.zaaktype(t["hier"])
    roltype = {"zaaktype": zaaktype["url"], "omschrijving": "x", "omschrijvingGeneriek": "adviseur",
               "catalogus": t["daar"]["url"]}
    assert invalid_names(api.post(f"{ROOT}/roltypen", json=roltype)) == {"catalogus": "relations-incorrect-catalogus"}
    assert api.post(f"{ROOT}/roltypen", json={**roltype, "catalogus": t["hier"]["url"]}).status_code == 201
    resultaattype = catalogi.resultaattype(zaaktype)
    assert invalid_names(api.patch(resultaattype["url"], json={"informatieobjecttypen": [t["iot_daar"]["url"]]})) == {
        "informatieobjecttypen.0": "relations-incorrect-catalogus"}
    elsewhere = t["bt_hier"]["url"].replace(server.url, "http://localhost:1")
    assert invalid_names(api.patch(zaaktype["url"], json={"besluittypen": [elsewhere]})) == {"besluittypen.0": "bad-url"}


# --- every code of the inventory -------------------------------------------------------------------


def _codes_in_tests() -> set[str]:
    """ztc codes in the names of the Catalogi tests and in the ids of their parameters."""
    found = set()
    for path in TESTS.glob("test_catalogi_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                found |= {f"ztc-{n}{letter}" for n, letters in re.findall(r"ztc_(\d{3})([a-z]+)", node.name)
                          for letter in letters}
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found |= set(re.findall(r"\bztc-\d{3}[a-z]\b", node.value))
    return found


def _codes_out_of_scope() -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Buiten scope", 1)[1] if "## Buiten scope" in text else ""
    return set(re.findall(r"\bztc-\d{3}[a-z]\b", section))


def test_every_ztc_code_of_the_inventory_is_tested_or_explained():
    with INVENTORY.open(encoding="utf-8") as handle:
        inventory = {row["test_id"] for row in csv.DictReader(handle) if row["api"] == "ztc"}
    assert len(inventory) > 100
    tested, out_of_scope = _codes_in_tests(), _codes_out_of_scope()
    missing = sorted(inventory - tested - out_of_scope)
    assert missing == [], "name a test after these codes, or explain them in docs/catalogi.md under 'Buiten scope'"
    assert sorted(tested & out_of_scope) == [], "a code is tested and also called out of scope"
