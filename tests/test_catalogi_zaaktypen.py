"""Zaaktypen: create, read, replace, change and remove; their relations by name; what every
write records (audit trail, notification); one query per relation for a page."""

import asyncio
import uuid

import httpx
import pytest
from sqlalchemy import event, select

from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.auth.admin import NewGrant
from common.db import create_engine, sessionmaker
from common.platform.models import AuditTrail, OutboxMessage
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER
from tests.test_catalogi_support import (  # noqa: F401 - fixtures
    ROOT,
    SECRET,
    Catalogi,
    assert_problem,
    catalogi,
    invalid_names,
    unique,
    zaaktype_body,
)


def test_ztc_001a_create_answers_201_with_location_and_the_stored_zaaktype(api, catalogi, server):
    catalogus = catalogi.catalogus()
    body = zaaktype_body(catalogus["url"], trefwoorden=["stoep", "lantaarn"], servicenorm="P7D",
                         selectielijstProcestype="https://selectielijst.example/api/v1/procestypen/7ff2b005",
                         verlengingMogelijk=True, verlengingstermijn="P14D",
                         broncatalogus={"url": "https://elders.example/catalogi/api/v1/catalogussen/1",
                                        "domein": "ELD", "rsin": "002564440"})
    response = api.post(f"{ROOT}/zaaktypen", json=body)
    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["location"] == created["url"]
    assert created["url"].startswith(f"{server.url}{ROOT}/zaaktypen/")
    assert created["concept"] is True and created["catalogus"] == catalogus["url"]
    for field in ("identificatie", "omschrijving", "doorlooptijd", "servicenorm", "trefwoorden", "verlengingstermijn",
                  "selectielijstProcestype", "broncatalogus", "referentieproces", "beginGeldigheid", "versiedatum"):
        assert created[field] == body[field], field
    assert created["statustypen"] == created["informatieobjecttypen"] == created["besluittypen"] == []
    assert "bronzaaktype" not in created  # not given, and the contract allows neither "" nor null
    assert api.get(created["url"]).json() == created


def test_read_has_etag_and_head_and_unknown_is_404(api, catalogi):
    zaaktype = catalogi.zaaktype()
    got = api.get(zaaktype["url"])
    head = api.head(zaaktype["url"])
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == got.headers["etag"]
    assert api.get(zaaktype["url"], headers={"If-None-Match": got.headers["etag"]}).status_code == 304
    assert_problem(api.get(f"{ROOT}/zaaktypen/{uuid.uuid4()}"), 404, "not_found")
    assert_problem(api.get(f"{ROOT}/zaaktypen/geen-uuid"), 404, "not_found")
    assert api.head(f"{ROOT}/zaaktypen/{uuid.uuid4()}").status_code == 404


def test_required_fields_and_strict_types_are_named(api, catalogi):
    names = invalid_names(api.post(f"{ROOT}/zaaktypen", json={}))
    assert {"identificatie", "catalogus", "doorlooptijd", "referentieproces", "besluittypen", "versiedatum"} <= set(names)
    assert set(names.values()) == {"required"}
    catalogus = catalogi.catalogus()
    wrong = {
        "verlengingMogelijk": ("true", "invalid"),
        "doorlooptijd": ("14 dagen", "invalid"),
        "vertrouwelijkheidaanduiding": ("heel geheim", "invalid_choice"),
        "identificatie": ("x" * 51, "max_length"),
        "beginGeldigheid": ("2026-02-30", "invalid"),
        "catalogus": ("geen url", "invalid"),
        "productenOfDiensten": (["https://ä.example/x"], "invalid"),
    }
    for field, (value, code) in wrong.items():
        response = api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(catalogus["url"], **{field: value}))
        params = invalid_names(response)
        assert any(name.split(".")[0] == field and got == code for name, got in params.items()), (field, params)


def test_a_catalogus_that_is_not_ours_is_400(api, server):
    for url in ("https://elders.example/catalogi/api/v1/catalogussen/" + str(uuid.uuid4()),
                f"{server.url}{ROOT}/catalogussen/{uuid.uuid4()}",
                f"{server.url}{ROOT}/zaaktypen/{uuid.uuid4()}"):
        assert invalid_names(api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(url))) == {"catalogus": "bad-url"}


def test_einde_geldigheid_before_begin_is_400(api, catalogi):
    catalogus = catalogi.catalogus()
    body = zaaktype_body(catalogus["url"], beginGeldigheid="2026-05-01", eindeGeldigheid="2026-04-30")
    assert invalid_names(api.post(f"{ROOT}/zaaktypen", json=body)) == {"eindeGeldigheid": "date-mismatch"}


def test_besluittypen_are_named_by_omschrijving_and_answered_as_urls_of_published_versions(api, catalogi):
    catalogus = catalogi.catalogus()
    besluittype = catalogi.besluittype(catalogus, omschrijving="Vergunning")
    zaaktype = catalogi.zaaktype(catalogus, besluittypen=["Vergunning"])
    assert zaaktype["besluittypen"] == []  # the only version is a concept
    catalogi.publish(besluittype)
    assert catalogi.get(zaaktype)["besluittypen"] == [besluittype["url"]]
    by_url = catalogi.zaaktype(catalogus, besluittypen=[besluittype["url"]])
    assert by_url["besluittypen"] == [besluittype["url"]]
    unknown = api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(catalogus["url"], besluittypen=["Bestaat niet"]))
    assert invalid_names(unknown) == {"besluittypen": "does-not-exist"}


def test_deelzaaktypen_and_gerelateerde_zaaktypen_by_identificatie(api, catalogi):
    catalogus = catalogi.catalogus()
    deel = catalogi.published_zaaktype(catalogus)
    elders = "https://andere-ztc.example/catalogi/api/v1/zaaktypen/6f1d8e4a-2c1b-4c1e-9a0e-1d2b3c4d5e6f"
    zaaktype = catalogi.zaaktype(catalogus, deelzaaktypen=[deel["identificatie"]], gerelateerdeZaaktypen=[
        {"zaaktype": deel["identificatie"], "aardRelatie": "vervolg", "toelichting": "daarna"},
        {"zaaktype": elders, "aardRelatie": "bijdrage"},
    ])
    assert zaaktype["deelzaaktypen"] == [deel["url"]]
    assert zaaktype["gerelateerdeZaaktypen"] == [
        {"zaaktype": deel["url"], "aardRelatie": "vervolg", "toelichting": "daarna"},
        {"zaaktype": elders, "aardRelatie": "bijdrage", "toelichting": ""},
    ]
    unknown = api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(catalogus["url"], deelzaaktypen=["ONBEKEND"]))
    assert invalid_names(unknown) == {"deelzaaktypen": "does-not-exist"}


def test_the_catalogus_lists_the_urls_of_all_its_types(catalogi):
    catalogus = catalogi.catalogus()
    zaaktype = catalogi.zaaktype(catalogus)
    second = catalogi.zaaktype(catalogus)
    besluittype = catalogi.besluittype(catalogus)
    iot = catalogi.informatieobjecttype(catalogus)
    fetched = catalogi.get(catalogus)
    assert fetched["zaaktypen"] == [zaaktype["url"], second["url"]]
    assert fetched["besluittypen"] == [besluittype["url"]]
    assert fetched["informatieobjecttypen"] == [iot["url"]]


def test_put_replaces_everything_and_patch_only_what_is_sent(api, catalogi):
    catalogus = catalogi.catalogus()
    zaaktype = catalogi.zaaktype(catalogus, toelichting="eerst", trefwoorden=["a"])
    replaced = api.put(zaaktype["url"], json=zaaktype_body(catalogus["url"], identificatie=zaaktype["identificatie"],
                                                            omschrijving="Nieuw"))
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["omschrijving"] == "Nieuw"
    assert replaced.json()["toelichting"] == "" and replaced.json()["trefwoorden"] == []
    patched = api.patch(zaaktype["url"], json={"toelichting": "later", "trefwoorden": ["b", "c"]})
    assert patched.status_code == 200, patched.text
    assert patched.json()["omschrijving"] == "Nieuw" and patched.json()["trefwoorden"] == ["b", "c"]
    assert invalid_names(api.patch(zaaktype["url"], json={"doorlooptijd": None})) == {"doorlooptijd": "null"}
    assert invalid_names(api.patch(zaaktype["url"], json=["geen object"])) == {"nonFieldErrors": "invalid"}


def test_removing_a_concept_zaaktype_removes_its_parts_and_answers_an_empty_object(api, catalogi):
    zaaktype = catalogi.zaaktype()
    statustype = catalogi.statustype(zaaktype)
    roltype = catalogi.roltype(zaaktype)
    response = api.delete(zaaktype["url"])
    assert response.status_code == 200 and response.json() == {}
    for gone in (zaaktype, statustype, roltype):
        assert api.get(gone["url"]).status_code == 404


# --- scopes -------------------------------------------------------------------------------------------


def test_ztc_014_zaken_and_documenten_read_zaaktypen_with_their_own_scope(server, api, anonymous, catalogi):
    zaaktype = catalogi.published_zaaktype()
    statustype_list = f"{ROOT}/statustypen"
    for component, scope in (("zrc", "zaken.lezen"), ("drc", "documenten.lezen")):
        client_id = unique(f"{component}-")
        servers.add_client(server.database_url, client_id, secret=SECRET,
                           grants=[NewGrant(component=component, scopes=(scope,))])
        auth = servers.ZgwAuth(client_id, SECRET)
        assert anonymous.get(zaaktype["url"], auth=auth).status_code == 200
        assert anonymous.get(f"{ROOT}/zaaktypen", auth=auth).status_code == 200
        assert_problem(anonymous.get(statustype_list, auth=auth), 403, "permission_denied")
        assert_problem(anonymous.post(f"{ROOT}/zaaktypen", json={}, auth=auth), 403, "permission_denied")


# --- what a write records -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def recording(database_url, backend):
    """A second server on the test database that queues notifications for a (never reached)
    webhook, so the outbox shows what each write would send."""
    settings = Settings(database_url=database_url, migrate_on_start=True, outbox_dispatch=False,
                        webhook_urls="http://127.0.0.1:9/catalogi-tests")
    running = servers.start_server(database_url, backend, app=create_app(load_registries(KNOWN_REGISTRIES), settings))
    yield running
    running.stop()


def _rows(database_url: str, model, **where):
    async def run():
        engine = create_engine(database_url)
        try:
            async with sessionmaker(engine)() as session:
                stmt = select(model)
                for name, value in where.items():
                    stmt = stmt.where(getattr(model, name) == value)
                return (await session.scalars(stmt.order_by(model.id))).all()
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _messages(database_url: str, resource_url: str) -> list[dict]:
    return [row.message for row in _rows(database_url, OutboxMessage) if row.message["resourceUrl"] == resource_url]


def test_each_write_has_an_audit_entry_and_a_notification_on_the_standards_channels(recording, superuser_auth):
    client = httpx.Client(base_url=recording.url, auth=superuser_auth, timeout=30)
    catalogi = Catalogi(client)
    catalogus = catalogi.catalogus()
    assert _messages(recording.database_url, catalogus["url"]) == []  # the standard has no channel for it
    besluittype = catalogi.besluittype(catalogus)
    iot = catalogi.informatieobjecttype(catalogus)
    zaaktype = catalogi.zaaktype(catalogus)
    statustype = catalogi.statustype(zaaktype)
    changed = client.patch(statustype["url"], json={"omschrijving": "Ontvangen"}).json()
    assert client.delete(statustype["url"]).status_code == 204
    catalogi.publish(iot)

    def single(url: str, actie: str) -> dict:
        found = [m for m in _messages(recording.database_url, url) if m["actie"] == actie]
        assert len(found) == 1, (url, actie, found)
        return found[0]

    for obj, kanaal in ((besluittype, "besluittypen"), (iot, "informatieobjecttypen"), (zaaktype, "zaaktypen")):
        message = single(obj["url"], "create")
        assert message["kanaal"] == kanaal and message["hoofdObject"] == obj["url"]
        assert message["kenmerken"] == {"catalogus": catalogus["url"]}
    for actie in ("create", "partial_update", "destroy"):
        message = single(statustype["url"], actie)
        assert message["kanaal"] == "zaaktypen" and message["resource"] == "statustype"
        assert message["hoofdObject"] == zaaktype["url"] and message["kenmerken"] == {"catalogus": catalogus["url"]}
    assert single(iot["url"], "partial_update")["kanaal"] == "informatieobjecttypen"  # publish

    audit = _rows(recording.database_url, AuditTrail, resource_url=statustype["url"])
    assert [a.actie for a in audit] == ["create", "partial_update", "destroy"]
    assert {a.bron for a in audit} == {"ZTC"} and {a.hoofd_object for a in audit} == {zaaktype["url"]}
    assert audit[1].oud == statustype and audit[1].nieuw == changed
    assert audit[2].oud == changed and audit[2].nieuw is None
    client.close()


def test_a_refused_write_records_nothing(recording, superuser_auth):
    client = httpx.Client(base_url=recording.url, auth=superuser_auth, timeout=30)
    zaaktype = Catalogi(client).zaaktype()
    refused = client.post(f"{ROOT}/statustypen", json={"zaaktype": zaaktype["url"], "omschrijving": "x", "volgnummer": 0})
    assert refused.status_code == 400
    assert [m["resource"] for m in _messages(recording.database_url, zaaktype["url"])] == ["zaaktype"]
    client.close()


# --- one query per relation -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def counting(database_url, backend):
    settings = Settings(database_url=database_url, migrate_on_start=True, outbox_dispatch=False)
    app = create_app(load_registries(KNOWN_REGISTRIES), settings)
    statements: list[str] = []
    event.listen(app.state.engine.sync_engine, "before_cursor_execute",
                 lambda _conn, _cursor, statement, *_rest: statements.append(statement))
    running = servers.start_server(database_url, backend, app=app)
    yield running, statements
    running.stop()


@pytest.fixture(scope="module")
def ten_of_each(counting):
    """Ten published zaaktypen with every relation a page resolves, in one catalogus."""
    running, _statements = counting
    with httpx.Client(base_url=running.url, auth=servers.ZgwAuth(*SUPERUSER), timeout=30) as client:
        catalogi = Catalogi(client)
        catalogus = catalogi.catalogus()
        for n in range(10):
            catalogi.catalogus()
            iot = catalogi.publish(catalogi.informatieobjecttype(catalogus, omschrijving=f"Document {n}"))
            besluittype = catalogi.publish(catalogi.besluittype(catalogus, omschrijving=f"Besluit {n}",
                                                                informatieobjecttypen=[iot["omschrijving"]]))
            zaaktype = catalogi.zaaktype(catalogus, trefwoorden=["t"], besluittypen=[besluittype["omschrijving"]])
            catalogi.statustype(zaaktype)
            catalogi.resultaattype(zaaktype, besluittypen=[besluittype["omschrijving"]], informatieobjecttypen=[iot["url"]])
            catalogi.koppeling(zaaktype, iot)
            catalogi.publish(zaaktype)
        return catalogus


@pytest.mark.parametrize("collection", ["zaaktypen", "statustypen", "resultaattypen", "besluittypen",
                                        "informatieobjecttypen", "catalogussen", "zaaktype-informatieobjecttypen"])
def test_a_page_costs_the_same_queries_for_one_object_as_for_ten(counting, ten_of_each, superuser_auth, collection):
    running, statements = counting
    params = {"catalogus": ten_of_each["url"]} if collection in ("zaaktypen", "besluittypen", "informatieobjecttypen") else {}
    with httpx.Client(base_url=running.url, auth=superuser_auth, timeout=30) as client:

        def queries(size: int) -> int:
            before = len(statements)
            response = client.get(f"{ROOT}/{collection}", params={**params, "pageSize": size})
            assert response.status_code == 200 and len(response.json()["results"]) == size, response.text
            return len(statements) - before

        assert queries(1) == queries(10)
