"""The Contactmomenten API over real HTTP: contactmomenten, klantcontactmomenten,
objectcontactmomenten (without a zaak: see test_contactmomenten_zaken.py for zrc-025), filters,
expand, pagination, audit trail, notifications, scopes and bad input."""

import uuid

import httpx
import pytest

from common.auth.admin import NewGrant
from tests import servers
from tests.conftest import valid_rsin

ROOT = "/contactmomenten/api/v1"
KLANT = "https://klanten.example/klanten/api/v1/klanten/{}"
SECRET = "geheim-van-de-contactmomenten-tests-32"


def new_contactmoment(**overrides) -> dict:
    body = {"bronorganisatie": "002564440", "kanaal": "telefoon", "tekst": "Vraag over de afvalpas",
            "initiatiefnemer": "klant", "voorkeurstaal": "nld",
            "onderwerpLinks": ["https://www.gemeente.example/afval"],
            "medewerkerIdentificatie": {"identificatie": "m123", "achternaam": "Visser", "voorletters": "J"}}
    body.update(overrides)
    return body


def create(api: httpx.Client, **overrides) -> dict:
    response = api.post(f"{ROOT}/contactmomenten", json=new_contactmoment(**overrides))
    assert response.status_code == 201, response.text
    return response.json()


def link_klant(api: httpx.Client, moment: dict, klant: str | None = None, rol: str = "gesprekspartner") -> dict:
    response = api.post(f"{ROOT}/klantcontactmomenten", json={
        "contactmoment": moment["url"], "klant": klant or KLANT.format(uuid.uuid4()), "rol": rol})
    assert response.status_code == 201, response.text
    return response.json()


def invalid_params(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return {p["name"]: p["code"] for p in response.json()["invalidParams"]}


def client_with(server, *scopes: str) -> httpx.Client:
    client_id = f"cm-{uuid.uuid4().hex[:8]}"
    servers.add_client(server.database_url, client_id, secret=SECRET, grants=[NewGrant("cmc", scopes)])
    return httpx.Client(base_url=server.url, timeout=30, auth=servers.ZgwAuth(client_id, SECRET))


# --------------------------------------------------------------------------- contactmomenten


def test_create_read_update_delete(api):
    made = api.post(f"{ROOT}/contactmomenten", json=new_contactmoment(url="https://genegeerd.example/x"))
    assert made.status_code == 201, made.text
    moment = made.json()
    assert made.headers["location"] == moment["url"]
    assert moment["url"].startswith(f"{api.base_url}{ROOT}/contactmomenten/".replace("//contact", "/contact"))
    assert moment["medewerkerIdentificatie"] == {"identificatie": "m123", "achternaam": "Visser",
                                                 "voorletters": "J", "voorvoegselAchternaam": ""}
    assert moment["klantcontactmomenten"] == [] and moment["objectcontactmomenten"] == []
    assert moment["registratiedatum"].endswith("Z") and moment["volgendContactmoment"] is None
    read = api.get(moment["url"])
    assert read.json() == moment and read.headers["etag"]
    assert api.get(moment["url"], headers={"If-None-Match": read.headers["etag"]}).status_code == 304

    patched = api.patch(moment["url"], json={"kanaal": "e-mail", "medewerkerIdentificatie": None})
    assert patched.status_code == 200, patched.text
    assert patched.json()["kanaal"] == "e-mail" and patched.json()["medewerkerIdentificatie"] is None
    replaced = api.put(moment["url"], json={"bronorganisatie": "002564440", "kanaal": "balie"})
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["tekst"] == "" and replaced.json()["kanaal"] == "balie"
    # "" is no URL and no initiatiefnemer: left out of the answer rather than breaking the contract
    assert "medewerker" not in replaced.json() and "initiatiefnemer" not in replaced.json()

    kcm = link_klant(api, moment)
    assert api.delete(moment["url"]).status_code == 204
    assert api.get(moment["url"]).status_code == 404
    assert api.get(kcm["url"]).status_code == 404  # taken along


def test_cmc_001_vorig_and_volgend_contactmoment(api):
    first = create(api)
    second = create(api, vorigContactmoment=first["url"])
    assert second["vorigContactmoment"] == first["url"]
    assert api.get(first["url"]).json()["volgendContactmoment"] == second["url"]
    listed = api.get(f"{ROOT}/contactmomenten", params={"volgendContactmoment": second["url"]}).json()
    assert [m["url"] for m in listed["results"]] == [first["url"]]
    listed = api.get(f"{ROOT}/contactmomenten", params={"vorigContactmoment": first["url"]}).json()
    assert [m["url"] for m in listed["results"]] == [second["url"]]
    # at most one contactmoment follows another
    third = api.post(f"{ROOT}/contactmomenten", json=new_contactmoment(vorigContactmoment=first["url"]))
    assert invalid_params(third) == {"vorigContactmoment": "unique"}
    # not itself, not a contactmoment elsewhere
    assert invalid_params(api.patch(first["url"], json={"vorigContactmoment": first["url"]})) == {
        "vorigContactmoment": "invalid"}
    elsewhere = api.post(f"{ROOT}/contactmomenten", json=new_contactmoment(
        vorigContactmoment=f"https://elders.example{ROOT}/contactmomenten/{uuid.uuid4()}"))
    assert invalid_params(elsewhere) == {"vorigContactmoment": "does_not_exist"}


@pytest.mark.parametrize("body, name", [
    ({"bronorganisatie": "123456789"}, "bronorganisatie"),
    ({"bronorganisatie": 12}, "bronorganisatie"),
    ({"bronorganisatie": "002564440", "initiatiefnemer": "buurman"}, "initiatiefnemer"),
    ({"bronorganisatie": "002564440", "registratiedatum": "gisteren"}, "registratiedatum"),
    ({"bronorganisatie": "002564440", "onderwerpLinks": ["geen url"]}, "onderwerpLinks.0"),
    ({"bronorganisatie": "002564440", "onderwerpLinks": "https://x.example"}, "onderwerpLinks"),
    ({"bronorganisatie": "002564440", "medewerker": "'; DROP TABLE contactmomenten_contactmoment; --"}, "medewerker"),
    ({"bronorganisatie": "002564440", "kanaal": "x" * 51}, "kanaal"),
    ({"bronorganisatie": "002564440", "voorkeurstaal": "NL"}, "voorkeurstaal"),
    ({"bronorganisatie": "002564440", "tekst": "nul\x00teken"}, "tekst"),
    ({"bronorganisatie": "002564440", "medewerkerIdentificatie": {"identificatie": "x" * 25}},
     "medewerkerIdentificatie.identificatie"),
])
def test_bad_input_is_a_400_naming_the_field(api, body, name):
    response = api.post(f"{ROOT}/contactmomenten", json=body)
    assert name in invalid_params(response), response.text


def test_patch_refuses_null_for_a_field_that_cannot_be_null(api):
    moment = create(api)
    assert invalid_params(api.patch(moment["url"], json={"kanaal": None})) == {"kanaal": "null"}


def test_unknown_uuid_is_404_and_not_json_is_400(api):
    for path in ("contactmomenten", "klantcontactmomenten", "objectcontactmomenten"):
        response = api.get(f"{ROOT}/{path}/{uuid.uuid4()}")
        assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"
        assert api.get(f"{ROOT}/{path}/geen-uuid").status_code == 404
    broken = api.post(f"{ROOT}/contactmomenten", content=b"{niet json", headers={"Content-Type": "application/json"})
    assert broken.status_code == 400


# --------------------------------------------------------------------------- filters, ordering, pagination, expand


def test_filters_ordering_and_pages(api):
    rsin = valid_rsin()
    medewerker = f"https://medewerkers.example/{uuid.uuid4()}"
    a = create(api, bronorganisatie=rsin, kanaal="balie", registratiedatum="2026-01-10T09:00:00Z",
               medewerker=medewerker)
    b = create(api, bronorganisatie=rsin, kanaal="telefoon", registratiedatum="2026-01-11T09:00:00Z",
               initiatiefnemer="gemeente", medewerkerIdentificatie={"identificatie": "zeldzaam-1"})
    klant = KLANT.format(uuid.uuid4())
    link_klant(api, a, klant)
    link_klant(api, b, klant, "belanghebbende")

    def urls(**params):
        response = api.get(f"{ROOT}/contactmomenten", params={"bronorganisatie": rsin, **params})
        assert response.status_code == 200, response.text
        return [m["url"] for m in response.json()["results"]]

    assert urls() == [a["url"], b["url"]]
    assert urls(kanaal="balie") == [a["url"]]
    assert urls(initiatiefnemer="gemeente") == [b["url"]]
    assert urls(registratiedatum__gt="2026-01-10T12:00:00Z") == [b["url"]]
    assert urls(registratiedatum__lte="2026-01-10T09:00:00Z") == [a["url"]]
    assert urls(medewerker=medewerker) == [a["url"]]
    assert urls(medewerkerIdentificatie__identificatie="zeldzaam-1") == [b["url"]]
    assert urls(klant=klant) == [a["url"], b["url"]]
    assert urls(klant=f"{klant},{KLANT.format(uuid.uuid4())}") == [a["url"], b["url"]]
    assert urls(ordering="-registratiedatum") == [b["url"], a["url"]]
    assert urls(ordering="-kanaal") == [b["url"], a["url"]]
    assert urls(ordering="klant,-url") == [b["url"], a["url"]]

    page = api.get(f"{ROOT}/contactmomenten", params={"bronorganisatie": rsin, "pageSize": 1}).json()
    assert page["count"] == 2 and len(page["results"]) == 1 and page["next"].endswith("page=2")
    assert api.get(f"{ROOT}/contactmomenten", params={"bronorganisatie": rsin, "page": 3}).status_code == 404

    kcms = api.get(f"{ROOT}/klantcontactmomenten", params={"klant": klant, "rol": "belanghebbende"}).json()
    assert [k["contactmoment"] for k in kcms["results"]] == [b["url"]]
    kcms = api.get(f"{ROOT}/klantcontactmomenten", params={"contactmoment": a["url"]}).json()
    assert [k["klant"] for k in kcms["results"]] == [klant]


@pytest.mark.parametrize("params", [
    {"onbekend": "1"}, {"initiatiefnemer": "buurman"}, {"registratiedatum__gt": "geen datum"},
    {"ordering": "geheim"}, {"expand": "zaken"}, {"vorigContactmoment": "https://elders.example/x"},
    {"bronorganisatie": "' OR 1=1 --"},
])
def test_bad_query_parameters(api, params):
    response = api.get(f"{ROOT}/contactmomenten", params=params)
    if params == {"bronorganisatie": "' OR 1=1 --"}:
        assert response.status_code == 200 and response.json()["count"] == 0
    else:
        assert response.status_code == 400, response.text
        assert response.headers["content-type"] == "application/problem+json"


def test_expand_klantcontactmomenten_and_objectcontactmomenten(api):
    moment = create(api)
    kcm = link_klant(api, moment)
    listed = api.get(f"{ROOT}/contactmomenten", params={"expand": "klantcontactmomenten,objectcontactmomenten",
                                                        "klant": kcm["klant"]}).json()
    [found] = listed["results"]
    assert found["klantcontactmomenten"] == [kcm["url"]]
    assert found["_expand"] == {"klantcontactmomenten": [kcm], "objectcontactmomenten": []}
    read = api.get(moment["url"], params={"expand": "klantcontactmomenten"}).json()
    assert read["_expand"] == {"klantcontactmomenten": [kcm]}
    assert "_expand" not in api.get(moment["url"]).json()
    assert api.get(moment["url"], params={"expand": "klanten"}).status_code == 400
    assert api.get(moment["url"], params={"onbekend": "1"}).status_code == 400


# --------------------------------------------------------------------------- klantcontactmomenten


def test_cmc_002_klantcontactmoment_rules(api):
    moment = create(api)
    klant = KLANT.format(uuid.uuid4())
    kcm = link_klant(api, moment, klant)
    assert kcm["gelezen"] is False and kcm["contactmoment"] == moment["url"]
    again = api.post(f"{ROOT}/klantcontactmomenten", json={"contactmoment": moment["url"], "klant": klant,
                                                           "rol": "gesprekspartner"})
    assert invalid_params(again) == {"nonFieldErrors": "unique"}
    link_klant(api, moment, klant, "belanghebbende")  # the other rol is a second link
    nowhere = api.post(f"{ROOT}/klantcontactmomenten", json={
        "contactmoment": f"{api.base_url}{ROOT}/contactmomenten/{uuid.uuid4()}", "klant": klant,
        "rol": "gesprekspartner"})
    assert invalid_params(nowhere) == {"contactmoment": "does_not_exist"}
    assert "rol" in invalid_params(api.post(f"{ROOT}/klantcontactmomenten", json={
        "contactmoment": moment["url"], "klant": klant, "rol": "toeschouwer"}))
    # the dialect's update: gelezen
    patched = api.patch(kcm["url"], json={"gelezen": True})
    assert patched.status_code == 200 and patched.json()["gelezen"] is True
    assert invalid_params(api.patch(kcm["url"], json={"rol": "belanghebbende"})) == {"nonFieldErrors": "unique"}
    put = api.put(kcm["url"], json={"contactmoment": moment["url"], "klant": klant, "rol": "gesprekspartner"})
    assert put.status_code == 200 and put.json()["gelezen"] is False
    assert api.get(moment["url"]).json()["klantcontactmomenten"][0] == kcm["url"]
    assert api.delete(kcm["url"]).status_code == 204
    assert api.get(kcm["url"]).status_code == 404


def test_cmc_003_klant_in_a_known_api_must_exist(api):
    moment = create(api)
    # An API this server serves and resolves (here its own), with no object behind the URL.
    unknown = f"{api.base_url}{ROOT}/contactmomenten/{uuid.uuid4()}"
    response = api.post(f"{ROOT}/klantcontactmomenten", json={"contactmoment": moment["url"], "klant": unknown,
                                                              "rol": "gesprekspartner"})
    assert "klant" in invalid_params(response)


# --------------------------------------------------------------------------- audit trail, notifications, scopes


def test_audit_trail_of_a_contactmoment(api):
    moment = create(api)
    kcm = link_klant(api, moment)
    api.patch(moment["url"], json={"kanaal": "balie"}, headers={"X-Audit-Toelichting": "verkeerd kanaal"})
    trail = api.get(f"{moment['url']}/audittrail")
    assert trail.status_code == 200, trail.text
    entries = trail.json()
    assert [(e["resource"], e["actie"]) for e in entries] == [
        ("contactmoment", "create"), ("klantcontactmoment", "create"), ("contactmoment", "partial_update")]
    assert all(e["bron"] == "cmc" and e["hoofdObject"] == moment["url"] for e in entries)
    assert entries[1]["resourceUrl"] == kcm["url"]
    assert entries[2]["toelichting"] == "verkeerd kanaal"
    assert entries[2]["wijzigingen"]["oud"]["kanaal"] == "telefoon"
    assert entries[2]["wijzigingen"]["nieuw"]["kanaal"] == "balie"
    one = api.get(f"{moment['url']}/audittrail/{entries[0]['uuid']}")
    assert one.status_code == 200 and one.json() == entries[0]
    assert api.get(f"{moment['url']}/audittrail/{uuid.uuid4()}").status_code == 404
    assert api.get(f"{ROOT}/contactmomenten/{uuid.uuid4()}/audittrail").status_code == 404


def test_scopes(server, api):
    moment = create(api)
    with client_with(server, "contactmomenten.lezen") as reader:
        assert reader.get(f"{ROOT}/contactmomenten").status_code == 200
        assert reader.get(moment["url"]).status_code == 200
        refused = reader.post(f"{ROOT}/contactmomenten", json=new_contactmoment())
        assert refused.status_code == 403 and refused.headers["content-type"] == "application/problem+json"
        assert reader.patch(moment["url"], json={"kanaal": "x"}).status_code == 403
        assert reader.delete(moment["url"]).status_code == 403
        assert reader.get(f"{moment['url']}/audittrail").status_code == 403
    with client_with(server, "contactmomenten.aanmaken") as writer:
        assert writer.get(f"{ROOT}/contactmomenten").status_code == 403
        assert writer.post(f"{ROOT}/contactmomenten", json=new_contactmoment()).status_code == 201
    with httpx.Client(base_url=server.url, timeout=30) as anonymous:
        assert anonymous.get(f"{ROOT}/contactmomenten").status_code == 403
    with httpx.Client(base_url=server.url, timeout=30,
                      auth=servers.ZgwAuth("tests-alles", "een-verkeerd-geheim-van-32-tekens!!")) as wrong:
        assert wrong.get(f"{ROOT}/contactmomenten").status_code == 403


def test_writes_are_notified_on_channel_contactmomenten(database_url, backend):
    """Through the shared outbox, with the contactmoment as hoofdObject and no free text."""
    from tests.conftest import SUPERUSER, ensure_superuser
    from tests.test_outbox import Receiver, start, wait_for

    receiver = Receiver().start()
    running = start(database_url, backend, receiver, nrc=False)
    ensure_superuser(database_url)
    try:
        with httpx.Client(base_url=running.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
            moment = create(client, tekst="geheime inhoud van het gesprek")
            kcm = link_klant(client, moment)
            assert client.delete(moment["url"]).status_code == 204

        def ours() -> list[dict]:
            return [r["body"] for r in receiver.received("/hook") if r["body"]["hoofdObject"] == moment["url"]]

        messages = wait_for("three notifications", lambda: len(ours()) >= 3 and ours())
        assert {(m["kanaal"], m["resource"], m["actie"]) for m in messages} == {
            ("contactmomenten", "contactmoment", "create"), ("contactmomenten", "klantcontactmoment", "create"),
            ("contactmomenten", "contactmoment", "destroy")}
        assert all(m["kenmerken"] == {"bronorganisatie": "002564440"} for m in messages)
        assert kcm["url"] in {m["resourceUrl"] for m in messages}
        assert "geheime" not in str(messages)
    finally:
        running.stop()
        receiver.stop()
