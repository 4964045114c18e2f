"""The Autorisaties API, on SQLite and on PostgreSQL, over real HTTP.

The ac-* business rules of the standard's test inventory are tested by their codes; the last
tests show that the API manages the real autorisaties every other API of the deployment checks.
"""

import asyncio
import concurrent.futures
import uuid

import httpx
import pytest
from sqlalchemy import select

from common import db
from common.auth import admin
from common.auth.admin import NewGrant
from common.platform.models import AuditTrail, ClientCredential, OutboxMessage
from tests import servers
from tests.conftest import SUPERUSER
from tests.test_catalogussen import assert_problem, invalid_names, new_catalogus

ROOT = "/autorisaties/api/v1"
LIST = f"{ROOT}/applicaties"
CONSUMER = f"{ROOT}/applicaties/consumer"
CATALOGUSSEN = "/catalogi/api/v1/catalogussen"
SECRET = "een-geheim-voor-de-autorisaties-tests-32+"
ZAAKTYPE = "https://catalogi.gemeente.example/catalogi/api/v1/zaaktypen/5d1c6a3b-6f1c-4a0b-9a57-3d2f6c1e9b10"
INFORMATIEOBJECTTYPE = "https://catalogi.gemeente.example/catalogi/api/v1/informatieobjecttypen/1"
BESLUITTYPE = "https://catalogi.gemeente.example/catalogi/api/v1/besluittypen/1"


def client_id(prefix: str = "app") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def new_applicatie(**overrides) -> dict:
    body = {
        "clientIds": [client_id()],
        "label": "Zaaksysteem",
        "autorisaties": [{"component": "ztc", "scopes": ["catalogi.lezen"]}],
    }
    body.update(overrides)
    return body


def create(api: httpx.Client, **overrides) -> dict:
    response = api.post(LIST, json=new_applicatie(**overrides))
    assert response.status_code == 201, response.text
    return response.json()


def run(database_url: str, work):
    """Run ``work(session)`` on a write session of the test's database, as an operator's tool does."""

    async def go():
        engine = db.create_engine(database_url)
        try:
            async with db.write_sessionmaker(engine)() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def set_secret(database_url: str, client_id_: str, secret: str) -> None:
    """What `registries clients rotate-secret` does: the JWT secret is never set through the API."""
    run(database_url, lambda session: admin.set_secret(session, client_id_, secret))


def zaken_autorisatie(**overrides) -> dict:
    body = {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": ZAAKTYPE,
            "maxVertrouwelijkheidaanduiding": "beperkt_openbaar"}
    body.update(overrides)
    return body


# --- the resource --------------------------------------------------------------------------------


def test_create_answers_201_with_location_and_full_representation(api, server):
    body = new_applicatie(autorisaties=[
        zaken_autorisatie(scopes=["zaken.lezen", "zaken.aanmaken"]),
        {"component": "ztc", "scopes": ["catalogi.lezen"]},
    ])
    response = api.post(LIST, json=body)
    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["location"] == created["url"]
    assert response.headers["api-version"] == "1.0.0"
    assert created["url"].startswith(f"{server.url}{LIST}/")
    assert created == {
        "url": created["url"],
        "clientIds": body["clientIds"],
        "label": "Zaaksysteem",
        "heeftAlleAutorisaties": False,
        "autorisaties": [
            {"component": "zrc", "componentWeergave": "Zaakregistratiecomponent",
             "scopes": ["zaken.lezen", "zaken.aanmaken"], "zaaktype": ZAAKTYPE,
             "maxVertrouwelijkheidaanduiding": "beperkt_openbaar"},
            {"component": "ztc", "componentWeergave": "Zaaktypecatalogus", "scopes": ["catalogi.lezen"]},
        ],
    }


def test_read_back_equals_created_and_read_only_fields_are_ignored(api):
    created = create(api, url="https://elders.example/x",
                     autorisaties=[{"component": "ztc", "scopes": ["catalogi.lezen"], "componentWeergave": "X"}])
    assert "elders" not in created["url"]
    assert created["autorisaties"][0]["componentWeergave"] == "Zaaktypecatalogus"
    fetched = api.get(created["url"])
    assert fetched.status_code == 200 and fetched.headers["api-version"] == "1.0.0"
    assert fetched.json() == created


def test_an_autorisatie_carries_only_the_fields_of_its_component(api):
    created = create(api, autorisaties=[
        {"component": "ztc", "scopes": ["catalogi.lezen"], "zaaktype": ZAAKTYPE, "besluittype": BESLUITTYPE},
        {"component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": INFORMATIEOBJECTTYPE,
         "maxVertrouwelijkheidaanduiding": "intern", "zaaktype": ZAAKTYPE},
        {"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": BESLUITTYPE,
         "maxVertrouwelijkheidaanduiding": "geheim"},
        {"component": "nrc", "scopes": ["notificaties.consumeren"]},
        {"component": "ac", "scopes": ["autorisaties.lezen"]},
    ])
    ztc, drc, brc, nrc, ac = created["autorisaties"]
    assert set(ztc) == set(nrc) == set(ac) == {"component", "componentWeergave", "scopes"}
    assert drc == {"component": "drc", "componentWeergave": "Documentregistratiecomponent", "scopes": ["documenten.lezen"],
                   "informatieobjecttype": INFORMATIEOBJECTTYPE, "maxVertrouwelijkheidaanduiding": "intern"}
    assert brc == {"component": "brc", "componentWeergave": "Besluitregistratiecomponent", "scopes": ["besluiten.lezen"],
                   "besluittype": BESLUITTYPE}
    assert api.get(created["url"]).json() == created


def test_unknown_and_malformed_uuid_are_404(api):
    for url in (f"{LIST}/{uuid.uuid4()}", f"{LIST}/geen-uuid"):
        assert_problem(api.get(url), 404, "not_found")
        assert_problem(api.put(url, json=new_applicatie()), 404, "not_found")
        assert_problem(api.patch(url, json={"label": "x"}), 404, "not_found")
        assert_problem(api.delete(url), 404, "not_found")


def test_required_fields_are_named(api):
    assert invalid_names(api.post(LIST, json={})) == {"clientIds": "required", "label": "required"}
    body = new_applicatie(autorisaties=[{}])
    assert invalid_names(api.post(LIST, json=body)) == {"autorisaties.0.component": "required",
                                                        "autorisaties.0.scopes": "required"}


@pytest.mark.parametrize(
    ("field", "value", "name", "code"),
    [
        ("clientIds", ["x" * 51], "clientIds.0", "max_length"),
        ("clientIds", [""], "clientIds.0", "blank"),
        ("clientIds", "een-string", "clientIds", "invalid"),
        ("clientIds", [12], "clientIds.0", "invalid"),
        ("label", "x" * 101, "label", "max_length"),
        ("label", "", "label", "blank"),
        ("label", None, "label", "null"),
        ("heeftAlleAutorisaties", "true", "heeftAlleAutorisaties", "invalid"),
        ("heeftAlleAutorisaties", 1, "heeftAlleAutorisaties", "invalid"),
        ("autorisaties", [{"component": "kic", "scopes": []}], "autorisaties.0.component", "invalid_choice"),
        ("autorisaties", [{"component": "ztc", "scopes": ["x" * 101]}], "autorisaties.0.scopes.0", "max_length"),
        ("autorisaties", [{"component": "ztc", "scopes": [""]}], "autorisaties.0.scopes.0", "blank"),
        ("autorisaties", [zaken_autorisatie(maxVertrouwelijkheidaanduiding="topgeheim")],
         "autorisaties.0.maxVertrouwelijkheidaanduiding", "invalid_choice"),
        ("autorisaties", [zaken_autorisatie(zaaktype="geen-url")], "autorisaties.0.zaaktype", "invalid"),
        ("autorisaties", [zaken_autorisatie(zaaktype="https://x.example/" + "z" * 1000)],
         "autorisaties.0.zaaktype", "max_length"),
    ],
)
def test_invalid_fields_get_400_with_the_field_and_code(api, field, value, name, code):
    assert invalid_names(api.post(LIST, json=new_applicatie(**{field: value}))) == {name: code}


def test_nul_characters_are_400_not_a_database_error(api):
    body = new_applicatie(label="nul\x00teken")
    assert invalid_names(api.post(LIST, json=body)) == {"label": "invalid"}
    assert invalid_names(api.get(LIST, params={"clientIds": "a\x00b"})) == {"clientIds": "invalid"}
    assert invalid_names(api.get(CONSUMER, params={"clientId": "a\x00b"})) == {"clientId": "invalid"}


def test_put_replaces_and_keeps_what_it_does_not_name(api):
    created = create(api)
    body = {"clientIds": [client_id(), client_id()], "label": "Nieuw label"}
    response = api.put(created["url"], json=body)
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["clientIds"] == body["clientIds"] and updated["label"] == "Nieuw label"
    assert updated["autorisaties"] == created["autorisaties"]  # left out: kept
    replaced = api.put(created["url"], json={**body, "autorisaties": [zaken_autorisatie()]}).json()
    assert [a["component"] for a in replaced["autorisaties"]] == ["zrc"]
    assert api.get(created["url"]).json() == replaced


def test_what_is_read_can_be_written_back_unchanged(api):
    created = create(api, autorisaties=[{"component": "zrc", "scopes": ["audittrails.lezen"]}])
    assert created["autorisaties"][0]["zaaktype"] == ""
    again = api.put(created["url"], json=created)
    assert again.status_code == 200, again.text
    assert again.json() == created


def test_patch_changes_only_what_it_sends(api):
    created = create(api)
    labelled = api.patch(created["url"], json={"label": "Ander label"})
    assert labelled.status_code == 200, labelled.text
    assert labelled.json() == {**created, "label": "Ander label"}
    regranted = api.patch(created["url"], json={"autorisaties": [{"component": "nrc", "scopes": ["notificaties.consumeren"]}]})
    assert [a["component"] for a in regranted.json()["autorisaties"]] == ["nrc"]
    everything = api.patch(created["url"], json={"heeftAlleAutorisaties": True, "autorisaties": []})
    assert everything.status_code == 200, everything.text
    assert everything.json()["heeftAlleAutorisaties"] is True and everything.json()["autorisaties"] == []


def test_delete_removes_the_applicatie_and_answers_204(api):
    created = create(api)
    response = api.delete(created["url"])
    assert response.status_code == 204 and response.content == b""
    assert response.headers["api-version"] == "1.0.0"
    assert_problem(api.get(created["url"]), 404)
    assert_problem(api.delete(created["url"]), 404)
    assert api.get(CONSUMER, params={"clientId": created["clientIds"][0]}).status_code == 404
    # the client id is free again
    assert create(api, clientIds=created["clientIds"])["clientIds"] == created["clientIds"]


class TestList:
    def test_filter_on_client_ids(self, api):
        a = create(api, clientIds=[client_id(), client_id()])
        b = create(api)
        one = api.get(LIST, params={"clientIds": a["clientIds"][1]}).json()
        assert [x["url"] for x in one["results"]] == [a["url"]] and one["count"] == 1
        both_of_a = api.get(LIST, params={"clientIds": ",".join(a["clientIds"])}).json()
        assert [x["url"] for x in both_of_a["results"]] == [a["url"]]
        # an applicatie matches when it has every client id asked for
        mixed = api.get(LIST, params={"clientIds": f"{a['clientIds'][0]},{b['clientIds'][0]}"}).json()
        assert mixed["count"] == 0
        assert api.get(LIST, params={"clientIds": client_id()}).json()["count"] == 0

    def test_pages_have_count_next_previous_and_stable_order(self, api):
        made = [create(api)["url"] for _ in range(3)]
        everything = api.get(LIST, params={"pageSize": 500}).json()
        urls = [a["url"] for a in everything["results"]]
        assert urls[-3:] == made  # in order of creation
        first = api.get(LIST, params={"pageSize": 1}).json()
        assert first["count"] == everything["count"] and first["previous"] is None and "page=2" in first["next"]
        last = api.get(LIST, params={"pageSize": 1, "page": everything["count"]}).json()
        assert last["next"] is None and [a["url"] for a in last["results"]] == [made[-1]]
        assert_problem(api.get(LIST, params={"pageSize": 1, "page": everything["count"] + 1}), 404)

    def test_unknown_query_parameter_is_400(self, api):
        body = assert_problem(api.get(LIST, params={"clientId": "x"}), 400)
        assert body["invalidParams"][0]["code"] == "unknown-parameters"


class TestConsumer:
    def test_answers_the_applicatie_of_a_client_id_as_a_list(self, api):
        created = create(api, clientIds=[client_id(), client_id()])
        for one in created["clientIds"]:
            response = api.get(CONSUMER, params={"clientId": one})
            assert response.status_code == 200, response.text
            assert response.json() == [created]

    def test_unknown_client_id_is_404(self, api):
        assert_problem(api.get(CONSUMER, params={"clientId": client_id()}), 404, "not_found")

    def test_without_client_id_or_with_another_parameter_is_400(self, api):
        assert invalid_names(api.get(CONSUMER)) == {"clientId": "required"}
        assert invalid_names(api.get(CONSUMER, params={"clientId": ""})) == {"clientId": "required"}
        body = assert_problem(api.get(CONSUMER, params={"clientId": "x", "page": "2"}), 400)
        assert body["invalidParams"][0]["code"] == "unknown-parameters"


# --- the ac-* rules ------------------------------------------------------------------------------


def test_ac_001a_several_client_ids_are_allowed(api):
    ids = [client_id(), client_id(), client_id()]
    created = create(api, clientIds=ids)
    assert created["clientIds"] == ids
    for one in ids:
        assert api.get(CONSUMER, params={"clientId": one}).json()[0]["url"] == created["url"]


def test_ac_001a_a_client_id_listed_twice_is_400(api):
    one = client_id()
    assert invalid_names(api.post(LIST, json=new_applicatie(clientIds=[one, one]))) == {"clientIds": "unique"}


def test_ac_001b_a_client_id_of_another_applicatie_is_400(api):
    first = create(api)
    taken = first["clientIds"][0]
    response = api.post(LIST, json=new_applicatie(clientIds=[client_id(), taken]))
    assert invalid_names(response) == {"clientIds": "clientId-exists"}
    assert taken in response.json()["invalidParams"][0]["reason"]
    second = create(api)
    assert invalid_names(api.patch(second["url"], json={"clientIds": [taken]})) == {"clientIds": "clientId-exists"}
    assert invalid_names(api.put(second["url"], json={"clientIds": [taken], "label": "x"})) == {"clientIds": "clientId-exists"}
    # an applicatie's own client ids are its own: resending them is fine
    assert api.patch(first["url"], json={"clientIds": first["clientIds"] + [client_id()]}).status_code == 200
    assert api.get(CONSUMER, params={"clientId": taken}).json()[0]["url"] == first["url"]


def test_ac_001b_concurrent_creates_with_one_client_id_store_exactly_one(server, superuser_auth, api):
    body = new_applicatie()

    def post(_):
        with httpx.Client(base_url=server.url, timeout=60, auth=superuser_auth) as client:
            response = client.post(LIST, json=body)
            return response.status_code, response.json()

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(post, range(8)))
    statuses = sorted(status for status, _ in answers)
    assert statuses.count(201) == 1 and statuses.count(400) == 7, answers
    assert all(b["invalidParams"][0]["code"] == "clientId-exists" for s, b in answers if s == 400)
    assert api.get(LIST, params={"clientIds": body["clientIds"][0]}).json()["count"] == 1


def test_ac_002a_alle_autorisaties_with_explicit_autorisaties_is_400(api):
    body = new_applicatie(heeftAlleAutorisaties=True)
    assert invalid_names(api.post(LIST, json=body)) == {"nonFieldErrors": "ambiguous-authorizations-specified"}
    # also when the explicit autorisaties are the ones the applicatie already has
    created = create(api)
    patched = api.patch(created["url"], json={"heeftAlleAutorisaties": True})
    assert invalid_names(patched) == {"nonFieldErrors": "ambiguous-authorizations-specified"}
    alles = create(api, heeftAlleAutorisaties=True, autorisaties=[])
    assert alles["heeftAlleAutorisaties"] is True and alles["autorisaties"] == []
    regranted = api.patch(alles["url"], json={"autorisaties": [zaken_autorisatie()]})
    assert invalid_names(regranted) == {"nonFieldErrors": "ambiguous-authorizations-specified"}


def test_ac_002b_neither_alle_autorisaties_nor_autorisaties_is_400(api):
    for body in (new_applicatie(heeftAlleAutorisaties=False, autorisaties=[]),
                 new_applicatie(autorisaties=[]),
                 {"clientIds": [client_id()], "label": "Niets"}):
        assert invalid_names(api.post(LIST, json=body)) == {"nonFieldErrors": "missing-authorizations"}
    created = create(api)
    assert invalid_names(api.patch(created["url"], json={"autorisaties": []})) == {"nonFieldErrors": "missing-authorizations"}
    alles = create(api, heeftAlleAutorisaties=True, autorisaties=[])
    dropped = api.patch(alles["url"], json={"heeftAlleAutorisaties": False})
    assert invalid_names(dropped) == {"nonFieldErrors": "missing-authorizations"}


def test_ac_003a_zrc_with_a_zaken_scope_needs_zaaktype_and_max_vertrouwelijkheidaanduiding(api):
    bare = {"component": "zrc", "scopes": ["zaken.lezen", "audittrails.lezen"]}
    assert invalid_names(api.post(LIST, json=new_applicatie(autorisaties=[bare]))) == {
        "autorisaties.0.zaaktype": "required", "autorisaties.0.maxVertrouwelijkheidaanduiding": "required"}
    half = {**bare, "zaaktype": ZAAKTYPE, "maxVertrouwelijkheidaanduiding": ""}
    body = new_applicatie(autorisaties=[{"component": "ztc", "scopes": ["catalogi.lezen"]}, half])
    assert invalid_names(api.post(LIST, json=body)) == {"autorisaties.1.maxVertrouwelijkheidaanduiding": "required"}
    created = create(api)
    assert invalid_names(api.patch(created["url"], json={"autorisaties": [bare]}))["autorisaties.0.zaaktype"] == "required"
    assert create(api, autorisaties=[zaken_autorisatie()])["autorisaties"][0]["zaaktype"] == ZAAKTYPE


def test_ac_003b_zrc_without_a_zaken_scope_needs_neither(api):
    created = create(api, autorisaties=[{"component": "zrc", "scopes": ["audittrails.lezen"]}])
    assert created["autorisaties"] == [{"component": "zrc", "componentWeergave": "Zaakregistratiecomponent",
                                        "scopes": ["audittrails.lezen"], "zaaktype": "",
                                        "maxVertrouwelijkheidaanduiding": ""}]


def test_ac_003c_drc_with_a_documenten_scope_needs_informatieobjecttype_and_max_vertrouwelijkheidaanduiding(api):
    bare = {"component": "drc", "scopes": ["documenten.lezen"]}
    assert invalid_names(api.post(LIST, json=new_applicatie(autorisaties=[bare]))) == {
        "autorisaties.0.informatieobjecttype": "required", "autorisaties.0.maxVertrouwelijkheidaanduiding": "required"}
    # a zaaktype is no informatieobjecttype
    wrong_type = {**bare, "zaaktype": ZAAKTYPE, "maxVertrouwelijkheidaanduiding": "openbaar"}
    assert invalid_names(api.post(LIST, json=new_applicatie(autorisaties=[wrong_type]))) == {
        "autorisaties.0.informatieobjecttype": "required"}
    full = {**bare, "informatieobjecttype": INFORMATIEOBJECTTYPE, "maxVertrouwelijkheidaanduiding": "openbaar"}
    assert create(api, autorisaties=[full])["autorisaties"][0]["informatieobjecttype"] == INFORMATIEOBJECTTYPE


def test_ac_003d_drc_without_a_documenten_scope_needs_neither(api):
    created = create(api, autorisaties=[{"component": "drc", "scopes": ["audittrails.lezen"]}])
    assert created["autorisaties"][0]["informatieobjecttype"] == ""
    assert created["autorisaties"][0]["maxVertrouwelijkheidaanduiding"] == ""


def test_ac_003e_brc_with_a_besluiten_scope_needs_besluittype(api):
    """The counterpart of ac-003f; the inventory has no test for it, the standard's rule does."""
    bare = {"component": "brc", "scopes": ["besluiten.lezen"], "maxVertrouwelijkheidaanduiding": "openbaar"}
    assert invalid_names(api.post(LIST, json=new_applicatie(autorisaties=[bare]))) == {
        "autorisaties.0.besluittype": "required"}
    created = create(api, autorisaties=[{**bare, "besluittype": BESLUITTYPE}])
    assert created["autorisaties"][0]["besluittype"] == BESLUITTYPE


def test_ac_003f_brc_without_a_besluiten_scope_needs_no_besluittype(api):
    created = create(api, autorisaties=[{"component": "brc", "scopes": ["audittrails.lezen"]}])
    assert created["autorisaties"][0] == {"component": "brc", "componentWeergave": "Besluitregistratiecomponent",
                                          "scopes": ["audittrails.lezen"], "besluittype": ""}


def test_ac_003_ac_nrc_and_ztc_autorisaties_are_scopes_only(api):
    created = create(api, autorisaties=[{"component": c, "scopes": [s]} for c, s in
                                        (("ac", "autorisaties.lezen"), ("nrc", "notificaties.publiceren"),
                                         ("ztc", "catalogi.schrijven"))])
    assert [a["component"] for a in created["autorisaties"]] == ["ac", "nrc", "ztc"]


# --- scopes ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reader(server):
    """A client that may read autorisaties and nothing else."""
    reader_id = client_id("ac-lezer")
    servers.add_client(server.database_url, reader_id, secret=SECRET,
                       grants=[NewGrant(component="ac", scopes=("autorisaties.lezen",))])
    return servers.ZgwAuth(reader_id, SECRET)


@pytest.fixture(scope="module")
def catalogi_client(server):
    """A client with catalogi scopes only."""
    other_id = client_id("ztc")
    servers.add_client(server.database_url, other_id, secret=SECRET,
                       grants=[NewGrant(component="ztc", scopes=("catalogi.lezen", "autorisaties.lezen"))])
    return servers.ZgwAuth(other_id, SECRET)


class TestScopes:
    def test_reader_reads_but_cannot_write(self, api, anonymous, reader):
        created = create(api)
        assert anonymous.get(LIST, auth=reader).status_code == 200
        assert anonymous.get(created["url"], auth=reader).json() == created
        assert anonymous.get(CONSUMER, params={"clientId": created["clientIds"][0]}, auth=reader).status_code == 200
        for method, url, body in (("POST", LIST, new_applicatie()), ("PUT", created["url"], new_applicatie()),
                                  ("PATCH", created["url"], {"label": "x"}), ("DELETE", created["url"], None)):
            refused = anonymous.request(method, url, json=body, auth=reader)
            assert_problem(refused, 403, "permission_denied")
        assert api.get(created["url"]).json() == created

    def test_scopes_of_another_component_do_not_count(self, api, anonymous, catalogi_client):
        assert_problem(anonymous.get(LIST, auth=catalogi_client), 403, "permission_denied")
        assert_problem(anonymous.post(LIST, json=new_applicatie(), auth=catalogi_client), 403, "permission_denied")

    def test_no_token_is_403(self, anonymous):
        assert_problem(anonymous.get(LIST), 403, "not_authenticated")
        assert_problem(anonymous.post(LIST, json=new_applicatie()), 403, "not_authenticated")


# --- the autorisaties are the deployment's real ones -------------------------------------------------


def test_an_applicatie_made_here_calls_the_catalogi_api_with_what_it_was_granted(api, anonymous, server):
    created = create(api, autorisaties=[{"component": "ztc", "scopes": ["catalogi.lezen"]}])
    (cid,) = created["clientIds"]
    app = servers.ZgwAuth(cid, SECRET)
    set_secret(server.database_url, cid, SECRET)
    assert anonymous.get(CATALOGUSSEN, auth=app).status_code == 200
    assert_problem(anonymous.post(CATALOGUSSEN, json=new_catalogus(), auth=app), 403, "permission_denied")

    # granted here, effective at once (the refusal above is in this process's cache)
    granted = api.patch(created["url"], json={"autorisaties": [
        {"component": "ztc", "scopes": ["catalogi.lezen", "catalogi.schrijven"]}]})
    assert granted.status_code == 200, granted.text
    assert anonymous.post(CATALOGUSSEN, json=new_catalogus(), auth=app).status_code == 201

    # a client id that stays keeps its secret; one that goes stops working
    second = client_id()
    kept = api.put(created["url"], json={"clientIds": [second, cid], "label": "Met twee client ids"})
    assert kept.status_code == 200 and kept.json()["clientIds"] == [second, cid]
    assert anonymous.get(CATALOGUSSEN, auth=app).status_code == 200
    assert api.patch(created["url"], json={"clientIds": [second]}).status_code == 200
    assert_problem(anonymous.get(CATALOGUSSEN, auth=app), 403, "invalid-client-identifier")

    # taken away entirely
    set_secret(server.database_url, second, SECRET)
    other = servers.ZgwAuth(second, SECRET)
    assert anonymous.get(CATALOGUSSEN, auth=other).status_code == 200
    assert api.delete(created["url"]).status_code == 204
    assert_problem(anonymous.get(CATALOGUSSEN, auth=other), 403, "invalid-client-identifier")


def test_a_client_id_added_here_has_no_secret_until_an_operator_sets_one(api, anonymous):
    created = create(api)
    token = servers.ZgwAuth(created["clientIds"][0], SECRET)
    assert_problem(anonymous.get(CATALOGUSSEN, auth=token), 403, "invalid-client-identifier")


def test_alle_autorisaties_granted_here_allow_everything(api, anonymous, server):
    created = create(api, heeftAlleAutorisaties=True, autorisaties=[])
    set_secret(server.database_url, created["clientIds"][0], SECRET)
    app = servers.ZgwAuth(created["clientIds"][0], SECRET)
    assert anonymous.post(CATALOGUSSEN, json=new_catalogus(), auth=app).status_code == 201
    assert anonymous.post(LIST, json=new_applicatie(), auth=app).status_code == 201
    api.patch(created["url"], json={"heeftAlleAutorisaties": False,
                                    "autorisaties": [{"component": "ztc", "scopes": ["catalogi.lezen"]}]})
    assert_problem(anonymous.post(CATALOGUSSEN, json=new_catalogus(), auth=app), 403, "permission_denied")
    assert_problem(anonymous.get(LIST, auth=app), 403, "permission_denied")


def test_secrets_are_never_shown(api):
    superuser_id, superuser_secret = SUPERUSER
    listed = api.get(LIST, params={"clientIds": superuser_id})
    assert listed.json()["count"] == 1 and listed.json()["results"][0]["heeftAlleAutorisaties"] is True
    assert superuser_secret not in listed.text and "secret" not in listed.text.lower()


def test_autorisaties_of_components_this_api_does_not_know_are_kept(api, server):
    """A client with producten scopes (granted with `registries clients`): not shown, not lost."""
    cid = client_id("pdc")
    servers.add_client(server.database_url, cid, secret=SECRET,
                       grants=[NewGrant(component="pdc", scopes=("producten.lezen",))])
    (shown,) = api.get(CONSUMER, params={"clientId": cid}).json()
    assert shown["autorisaties"] == [] and shown["heeftAlleAutorisaties"] is False
    # ac-002b does not count it as an applicatie without autorisaties
    relabelled = api.patch(shown["url"], json={"label": "Productensysteem"})
    assert relabelled.status_code == 200, relabelled.text
    added = api.patch(shown["url"], json={"autorisaties": [{"component": "ztc", "scopes": ["catalogi.lezen"]}]})
    assert [a["component"] for a in added.json()["autorisaties"]] == ["ztc"]
    listing = run(server.database_url, admin.list_clients)
    (mine,) = [c for c in listing if c["client_id"] == cid]
    assert sorted(a["component"] for a in mine["autorisaties"]) == ["pdc", "ztc"]
    assert mine["jwt"] is True  # its secret survived


# --- audit trail and notifications -------------------------------------------------------------------


def _audit(database_url: str, url: str) -> list[AuditTrail]:
    async def work(session):
        rows = await session.scalars(select(AuditTrail).where(AuditTrail.hoofd_object == url).order_by(AuditTrail.id))
        return rows.all()

    return run(database_url, work)


def test_every_write_is_in_the_audit_trail(server, anonymous, superuser_auth):
    auth = servers.ZgwAuth(superuser_auth.client_id, superuser_auth.secret, user_id="b.beheer",
                           user_representation="Bea Beheer")
    created = anonymous.post(LIST, json=new_applicatie(), auth=auth, headers={"X-Audit-Toelichting": "nieuw zaaksysteem"}).json()
    updated = anonymous.patch(created["url"], json={"label": "Hernoemd"}, auth=auth).json()
    replaced = anonymous.put(created["url"], json={"clientIds": created["clientIds"], "label": "Vervangen"}, auth=auth).json()
    assert anonymous.delete(created["url"], auth=auth).status_code == 204
    entries = _audit(server.database_url, created["url"])
    assert [(e.bron, e.actie, e.resultaat, e.resource) for e in entries] == [
        ("AC", "create", 201, "applicatie"), ("AC", "partial_update", 200, "applicatie"),
        ("AC", "update", 200, "applicatie"), ("AC", "destroy", 204, "applicatie")]
    create_, patch_, put_, delete_ = entries
    assert create_.oud is None and create_.nieuw == created and create_.toelichting == "nieuw zaaksysteem"
    assert (create_.gebruikers_id, create_.gebruikers_weergave) == ("b.beheer", "Bea Beheer")
    assert patch_.oud == created and patch_.nieuw == updated
    assert put_.oud == updated and put_.nieuw == replaced
    assert delete_.oud == replaced and delete_.nieuw is None
    assert delete_.resource_weergave == "Vervangen"


def test_a_refused_write_leaves_no_trace(server, api):
    body = new_applicatie(heeftAlleAutorisaties=True)
    assert api.post(LIST, json=body).status_code == 400

    async def work(session):
        return (await session.scalars(select(ClientCredential).where(ClientCredential.client_id == body["clientIds"][0]))).all()

    assert run(server.database_url, work) == []


def test_every_write_is_notified_on_the_kanaal_autorisaties(server, backend, superuser_auth):
    hooked = servers.start_server(server.database_url, backend, webhook_urls="http://127.0.0.1:9/webhook",
                                  outbox_dispatch=False)
    try:
        with httpx.Client(base_url=hooked.url, timeout=30, auth=superuser_auth) as client:
            created = client.post(LIST, json=new_applicatie()).json()
            assert client.patch(created["url"], json={"label": "Ander"}).status_code == 200
            assert client.delete(created["url"]).status_code == 204
    finally:
        hooked.stop()

    async def work(session):
        rows = await session.scalars(select(OutboxMessage).where(OutboxMessage.receiver == "http://127.0.0.1:9/webhook"))
        return [row.message for row in rows if row.message["hoofdObject"] == created["url"]]

    messages = run(server.database_url, work)
    assert [m["actie"] for m in messages] == ["create", "partial_update", "destroy"]
    for message in messages:
        assert message["kanaal"] == "autorisaties" and message["resource"] == "applicatie"
        assert message["resourceUrl"] == created["url"] and message["kenmerken"] == {}
