"""The Producten API over real HTTP on SQLite and PostgreSQL: the rules prd-014 ... prd-019, the
portal flows, the processing log, notifications and the status job."""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from common.db import create_engine, sessionmaker
from common.platform.models import AuditTrail, OutboxMessage, Verwerking
from tests.test_producten_support import prd, prd_anonymous, producten_database, producten_server  # noqa: F401,F811 - fixtures
from tests.test_producten_support import (
    PR,
    PT,
    TODAY,
    grant,
    make_product,
    make_producttype,
    make_schema,
    make_thema,
    ok,
    problem,
    token_client,
    valid_bsn,
)

KENTEKEN_SCHEMA = {
    "type": "object",
    "properties": {
        "kenteken": {"type": "string", "pattern": "^[A-Z0-9-]{6,8}$"},
        "zone": {"type": "string"},
        "vanaf": {"type": "string", "format": "date"},
        "contact": {"type": "string", "format": "email"},
        "uren": {"type": "number"},
    },
    "required": ["kenteken"],
}
VERBRUIK_SCHEMA = {"type": "object", "properties": {"uren": {"type": "integer", "minimum": 0}}, "required": ["uren"]}


def _query(server, model, *where):
    async def run():
        engine = create_engine(server.database_url)
        try:
            async with sessionmaker(engine)() as session:
                return (await session.scalars(select(model).where(*where))).all()
        finally:
            await engine.dispose()

    return asyncio.run(run())


@pytest.fixture
def parkeren(prd):
    """Two themas (verkeer > parkeren) with a parking permit type that checks its data."""
    verkeer = make_thema(prd, naam="Verkeer")
    parkeer_thema = make_thema(prd, naam="Parkeren", hoofd=verkeer["uuid"])
    data = make_schema(prd, KENTEKEN_SCHEMA)
    verbruik = make_schema(prd, VERBRUIK_SCHEMA)
    pt = make_producttype(prd, [parkeer_thema["uuid"]], dataobject_schema_naam=data["naam"],
                          verbruiksobject_schema_naam=verbruik["naam"],
                          toegestane_statussen=["in_aanvraag", "gereed", "actief", "verlopen"])
    afval = make_producttype(prd, [verkeer["uuid"]], naam="Afvalpas", uniforme_product_naam="afvalpas",
                             toegestane_statussen=["gereed"])
    return {"verkeer": verkeer, "parkeren": parkeer_thema, "type": pt, "afval": afval}


def test_product_round_trip(prd, parkeren):
    bsn = valid_bsn(11)
    product = make_product(
        prd, parkeren["type"]["uuid"], eigenaren=[{"bsn": bsn}], naam="Vergunning AB-123-C", status="gereed",
        prijs="20.20", frequentie="jaarlijks", dataobject={"kenteken": "AB-123-C", "zone": "A"},
        verbruiksobject={"uren": 3}, documenten=[{"url": "https://drc.example/documenten/1"}],
        zaken=[{"urn": "urn:nld:gemeente:openzaak:zrc:zaak:uuid:1"}],
        aanvraag_zaak_url="https://zrc.example/zaken/1")
    assert product["status"] == "gereed" and product["prijs"] == "20.20"
    assert product["producttype"]["code"] == parkeren["type"]["code"]
    assert product["producttype"]["themas"][0]["hoofd_thema"] == parkeren["verkeer"]["uuid"]
    assert product["eigenaren"][0]["bsn"] == bsn and "kvk_nummer" not in product["eigenaren"][0]
    assert product["documenten"] == [{"urn": None, "url": "https://drc.example/documenten/1"}]
    assert product["url"].endswith(f"{PR}/producten/{product['uuid']}")
    assert ok(prd.get(f"{PR}/producten/{product['uuid']}")) == product


def test_a_product_lists_its_eigenaren_verwijzingen_and_themas_in_order(prd, parkeren):
    """Read with the product in one statement (jsonrows): more than ten of each, in the order given."""
    eigenaren = [{"bsn": valid_bsn(300 + i), "klantnummer": f"k{i}"} for i in range(12)]
    eigenaren.insert(5, {"kvk_nummer": "12345678", "vestigingsnummer": "000012345678"})
    documenten = [{"url": f"https://drc.example/documenten/{i}"} for i in range(12)]
    taken = [{"urn": f"urn:nld:taak:{i}", "url": f"https://taken.example/{i}"} for i in range(11)]
    extra = [make_thema(prd, naam=f"Extra {i}", hoofd=parkeren["verkeer"]["uuid"] if i % 2 else None)
             for i in range(11)]
    pt = make_producttype(prd, [parkeren["parkeren"]["uuid"], *(t["uuid"] for t in extra)],
                          toegestane_statussen=["gereed"])
    product = make_product(prd, pt["uuid"], eigenaren=eigenaren, documenten=documenten, taken=taken)
    empty = make_product(prd, parkeren["afval"]["uuid"])
    for shown in (product, ok(prd.get(f"{PR}/producten/{product['uuid']}")),
                  ok(prd.get(f"{PR}/producten", params={"eigenaren__kvk_nummer": "12345678"}))["results"][0]):
        assert [e.get("bsn") or e["kvk_nummer"] for e in shown["eigenaren"]] == \
            [e.get("bsn") or e["kvk_nummer"] for e in eigenaren]
        assert shown["eigenaren"][5] == {"uuid": shown["eigenaren"][5]["uuid"], "bsn": "", "kvk_nummer": "12345678",
                                         "vestigingsnummer": "000012345678", "klantnummer": ""}
        assert shown["documenten"] == [{"urn": None, "url": d["url"]} for d in documenten]
        assert shown["taken"] == taken and shown["zaken"] == []
        themas = shown["producttype"]["themas"]
        assert [t["uuid"] for t in themas] == [parkeren["parkeren"]["uuid"], *(t["uuid"] for t in extra)]
        assert themas[0] == {k: v for k, v in ok(prd.get(f"{PT}/themas/{parkeren['parkeren']['uuid']}")).items()
                             if k != "producttypen"}
        assert [t["hoofd_thema"] for t in themas[1:]] == [parkeren["verkeer"]["uuid"] if i % 2 else None for i in range(11)]
    shown = ok(prd.get(f"{PR}/producten/{empty['uuid']}"))
    assert shown == empty and shown["documenten"] == shown["zaken"] == shown["taken"] == []
    assert shown["producttype"]["themas"][0]["uuid"] == parkeren["verkeer"]["uuid"]


def test_a_write_answers_with_what_a_read_shows_after_it(prd, parkeren):
    """A write of the product's own fields answers from the page read before it; one of its
    eigenaren, verwijzingen or producttype reads the page again."""
    product = make_product(prd, parkeren["type"]["uuid"], eigenaren=[{"bsn": valid_bsn(41)}],
                           dataobject={"kenteken": "AB-123-C"}, documenten=[{"url": "https://drc.example/documenten/1"}])
    url = f"{PR}/producten/{product['uuid']}"
    for change in ({"verbruiksobject": {"uren": 2}, "naam": "Nieuw"},
                   {"eigenaren": [{"kvk_nummer": "12345678"}, {"bsn": valid_bsn(42)}]},
                   {"taken": [{"urn": "urn:nld:taak:1"}], "documenten": []},
                   {"producttype_uuid": parkeren["afval"]["uuid"], "status": "gereed"}):
        answered = ok(prd.patch(url, json=change))
        assert answered == ok(prd.get(url))
        for field, value in change.items():
            if field == "eigenaren":
                assert [e["bsn"] or e["kvk_nummer"] for e in answered["eigenaren"]] == ["12345678", valid_bsn(42)]
            elif field == "producttype_uuid":
                assert answered["producttype"]["uuid"] == value
                assert answered["producttype"]["uniforme_product_naam"] == "afvalpas"
            elif field in ("taken", "documenten"):
                assert answered[field] == [{"urn": v.get("urn"), "url": v.get("url")} for v in value]
            else:
                assert answered[field] == value


def test_a_write_answers_with_the_page_it_wrote_as_a_read_shows_it(prd, parkeren):
    """A create, and a change of eigenaren or verwijzingen, answers with the page made from what
    it wrote (not read again): eigenaren kept by uuid and verwijzingen of other soorts included."""
    product = make_product(prd, parkeren["type"]["uuid"], eigenaren=[{"bsn": valid_bsn(43)}, {"kvk_nummer": "12345678"}],
                           zaken=[{"url": "https://zrc.example/zaken/1"}], documenten=[{"urn": "urn:nld:document:1"}])
    url = f"{PR}/producten/{product['uuid']}"
    assert product == ok(prd.get(url))
    kept = product["eigenaren"][1]
    answered = ok(prd.patch(url, json={"eigenaren": [{"bsn": valid_bsn(44)}, {"uuid": kept["uuid"], "kvk_nummer": "87654321"}],
                                       "documenten": [{"url": "https://drc.example/documenten/2"}]}))
    assert answered == ok(prd.get(url))
    assert answered["zaken"] == product["zaken"]
    assert [e["uuid"] for e in answered["eigenaren"]][0] == kept["uuid"]
    body = {"producttype_uuid": parkeren["afval"]["uuid"], "eigenaren": [{"uuid": kept["uuid"], "kvk_nummer": "87654321"}],
            "status": "gereed", "taken": [{"urn": "urn:nld:taak:2"}]}
    answered = ok(prd.put(url, json=body))
    assert answered == ok(prd.get(url))
    assert answered["zaken"] == answered["documenten"] == []


def test_portal_flow_my_products(prd, parkeren):
    """A portal shows the products of one citizen, narrowed by thema and producttype, then one in detail."""
    bsn, other = valid_bsn(21), valid_bsn(22)
    mine = [make_product(prd, parkeren["type"]["uuid"], eigenaren=[{"bsn": bsn}], dataobject={"kenteken": "AB-123-C"}),
            make_product(prd, parkeren["afval"]["uuid"], eigenaren=[{"bsn": bsn}])]
    make_product(prd, parkeren["type"]["uuid"], eigenaren=[{"bsn": other}], dataobject={"kenteken": "ZZ-999-Z"})
    listed = ok(prd.get(f"{PR}/producten", params={"eigenaren__bsn": bsn}))
    assert listed["count"] == 2
    assert [p["uuid"] for p in listed["results"]] == [mine[1]["uuid"], mine[0]["uuid"]]  # newest first
    by_type = ok(prd.get(f"{PR}/producten", params={"eigenaren__bsn": bsn, "producttype__code__in":
                                                       f"{parkeren['type']['code']},ONBEKEND", "producttype__gepubliceerd": "true"}))
    assert [p["uuid"] for p in by_type["results"]] == [mine[0]["uuid"]]
    by_thema = ok(prd.get(f"{PR}/producten", params={"eigenaren__bsn": bsn,
                                                        "producttype__themas__uuid": parkeren["parkeren"]["uuid"]}))
    assert [p["uuid"] for p in by_thema["results"]] == [mine[0]["uuid"]]
    by_naam = ok(prd.get(f"{PR}/producten", params={"eigenaren__bsn": bsn, "producttype__themas__naam__in": "Verkeer"}))
    assert [p["uuid"] for p in by_naam["results"]] == [mine[1]["uuid"]]
    detail = ok(prd.get(f"{PR}/producten/{mine[0]['uuid']}"))
    assert detail["dataobject"] == {"kenteken": "AB-123-C"}


def test_portal_flow_patch_verbruiksobject_checked_against_schema(prd, parkeren):
    product = make_product(prd, parkeren["type"]["uuid"], dataobject={"kenteken": "AB-123-C"}, verbruiksobject={"uren": 1})
    body = problem(prd.patch(f"{PR}/producten/{product['uuid']}", json={"verbruiksobject": {"uren": -1}}), 400, "verbruiksobject")
    assert "minimum" in body["detail"] or "less than" in body["detail"]
    problem(prd.patch(f"{PR}/producten/{product['uuid']}", json={"verbruiksobject": {"uren": "veel"}}), 400, "verbruiksobject")
    assert ok(prd.patch(f"{PR}/producten/{product['uuid']}", json={"verbruiksobject": {"uren": 7}}))["verbruiksobject"] == {"uren": 7}


def test_a_changed_schema_takes_effect_at_once(prd, parkeren):
    """Validators are compiled once per schema version: a change of the schema is the next check's rule."""
    def schema(uren_type: str) -> dict:
        return {"type": "object", "properties": {"uren": {"type": uren_type}}}

    response = prd.post(f"{PT}/schemas", json={"naam": f"verbruik-{valid_bsn(61)}", "schema": schema("integer")})
    naam, schema_url = ok(response, 201)["naam"], f"{PT}/schemas/{response.headers['location'].rsplit('/', 1)[-1]}"
    pt = make_producttype(prd, [parkeren["parkeren"]["uuid"]], verbruiksobject_schema_naam=naam)
    product = make_product(prd, pt["uuid"], verbruiksobject={"uren": 1})
    url = f"{PR}/producten/{product['uuid']}"
    problem(prd.patch(url, json={"verbruiksobject": {"uren": "veel"}}), 400, "verbruiksobject")
    assert ok(prd.patch(schema_url, json={"schema": schema("string")}))["schema"] == schema("string")
    assert ok(prd.patch(url, json={"verbruiksobject": {"uren": "veel"}}))["verbruiksobject"] == {"uren": "veel"}
    problem(prd.patch(url, json={"verbruiksobject": {"uren": 2}}), 400, "verbruiksobject")
    ok(prd.put(schema_url, json={"naam": naam, "schema": schema("integer")}))
    assert ok(prd.patch(url, json={"verbruiksobject": {"uren": 2}}))["verbruiksobject"] == {"uren": 2}


def test_prd017_formats_are_enforced(prd, parkeren):
    pt = parkeren["type"]["uuid"]
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": pt, "eigenaren": [{"bsn": valid_bsn(1)}],
                                               "dataobject": {"kenteken": "AB-123-C", "vanaf": "2024-02-30"}}), 400, "dataobject")
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": pt, "eigenaren": [{"bsn": valid_bsn(1)}],
                                               "dataobject": {"kenteken": "AB-123-C", "contact": "geen-mail"}}), 400, "dataobject")
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": pt, "eigenaren": [{"bsn": valid_bsn(1)}],
                                               "dataobject": {"zone": "A"}}), 400, "dataobject")
    make_product(prd, pt, dataobject={"kenteken": "AB-123-C", "vanaf": "2024-02-28", "contact": "a@b.nl"})


@pytest.mark.parametrize("eigenaar, name", [
    ({}, "eigenaren.0"),
    ({"bsn": "123456789"}, "eigenaren.0.bsn"),
    ({"bsn": "12345678"}, "eigenaren.0.bsn"),
    ({"kvk_nummer": "1234567"}, "eigenaren.0.kvk_nummer"),
    ({"bsn": "999993653", "kvk_nummer": "12345678"}, "eigenaren.0"),
    ({"klantnummer": "K1", "kvk_nummer": "12345678"}, "eigenaren.0"),
    ({"bsn": "999993653", "vestigingsnummer": "000012345678"}, "eigenaren.0.vestigingsnummer"),
])
def test_prd014_eigenaren(prd, parkeren, eigenaar, name):
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": parkeren["afval"]["uuid"], "eigenaren": [eigenaar]}),
            400, name)


def test_prd014_eigenaren_kept_by_uuid(prd, parkeren):
    product = make_product(prd, parkeren["afval"]["uuid"], eigenaren=[{"bsn": valid_bsn(31)}, {"kvk_nummer": "12345678",
                                                                                             "vestigingsnummer": "000012345678"}])
    first, second = product["eigenaren"]
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": parkeren["afval"]["uuid"], "eigenaren": []}), 400, "eigenaren")
    patched = ok(prd.patch(f"{PR}/producten/{product['uuid']}", json={"eigenaren": [{**first, "klantnummer": "K-1"},
                                                                                    {"klantnummer": "K-2"}]}))
    assert patched["eigenaren"][0]["uuid"] == first["uuid"] and patched["eigenaren"][0]["klantnummer"] == "K-1"
    assert second["uuid"] not in [e["uuid"] for e in patched["eigenaren"]] and len(patched["eigenaren"]) == 2
    problem(prd.patch(f"{PR}/producten/{product['uuid']}", json={"eigenaren": [{"uuid": second["uuid"], "bsn": valid_bsn(2)}]}),
            400, "eigenaren.0.uuid")
    assert ok(prd.get(f"{PR}/producten", params={"eigenaren__klantnummer": "K-2"}))["count"] == 1


def test_prd015_status_limited_to_the_producttype(prd, parkeren):
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": parkeren["afval"]["uuid"], "eigenaren": [{"bsn": valid_bsn(3)}],
                                               "status": "actief"}), 400, "status")
    product = make_product(prd, parkeren["afval"]["uuid"], status="gereed")
    problem(prd.patch(f"{PR}/producten/{product['uuid']}", json={"status": "ingetrokken"}), 400, "status")
    assert ok(prd.patch(f"{PR}/producten/{product['uuid']}", json={"status": "initieel"}))["status"] == "initieel"


def test_prd016_dates(prd, parkeren):
    afval, pt = parkeren["afval"]["uuid"], parkeren["type"]["uuid"]
    tomorrow, later = (TODAY + timedelta(days=1)).isoformat(), (TODAY + timedelta(days=30)).isoformat()
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": afval, "eigenaren": [{"bsn": valid_bsn(4)}],
                                               "start_datum": tomorrow}), 400, "start_datum")
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": afval, "eigenaren": [{"bsn": valid_bsn(4)}],
                                               "eind_datum": tomorrow}), 400, "eind_datum")
    problem(prd.post(f"{PR}/producten", json={"producttype_uuid": pt, "eigenaren": [{"bsn": valid_bsn(4)}],
                                               "dataobject": {"kenteken": "AB-123-C"},
                                               "start_datum": later, "eind_datum": tomorrow}), 400, "eind_datum")
    product = make_product(prd, pt, dataobject={"kenteken": "AB-123-C"}, start_datum=tomorrow, eind_datum=later)
    assert product["status"] == "initieel"


def test_prd018_status_by_date_on_save(prd, parkeren):
    pt = parkeren["type"]["uuid"]
    started = make_product(prd, pt, dataobject={"kenteken": "AB-123-C"}, status="gereed",
                           start_datum=(TODAY - timedelta(days=1)).isoformat())
    assert started["status"] == "actief"
    ended = make_product(prd, pt, dataobject={"kenteken": "AB-123-C"}, start_datum=(TODAY - timedelta(days=9)).isoformat(),
                         eind_datum=TODAY.isoformat())
    assert ended["status"] == "verlopen"


def test_prd018_status_job_uses_the_dates(prd, parkeren, producten_server):
    from common.settings import Settings
    from common.db import write_sessionmaker
    from registries.producten.statuses import update_statuses

    pt = parkeren["type"]["uuid"]
    soon = make_product(prd, pt, dataobject={"kenteken": "AB-123-C"}, status="gereed",
                        start_datum=(TODAY + timedelta(days=2)).isoformat(), eind_datum=(TODAY + timedelta(days=5)).isoformat())
    untouched = make_product(prd, pt, dataobject={"kenteken": "AB-123-C"}, status="in_aanvraag")
    settings = Settings(database_url=producten_server.database_url, webhook_urls="https://hooks.example/in",
                        public_base_url=producten_server.url)

    def run(day):
        async def go():
            engine = create_engine(producten_server.database_url)
            try:
                return await update_statuses(write_sessionmaker(engine), settings, day)
            finally:
                await engine.dispose()

        return asyncio.run(go())

    run(TODAY + timedelta(days=1))
    assert ok(prd.get(f"{PR}/producten/{soon['uuid']}"))["status"] == "gereed"
    result = run(TODAY + timedelta(days=3))
    assert result.actief >= 1
    assert ok(prd.get(f"{PR}/producten/{soon['uuid']}"))["status"] == "actief"
    run(TODAY + timedelta(days=6))
    assert ok(prd.get(f"{PR}/producten/{soon['uuid']}"))["status"] == "verlopen"
    assert ok(prd.get(f"{PR}/producten/{untouched['uuid']}"))["status"] == "in_aanvraag"
    trail = _query(producten_server, AuditTrail, AuditTrail.resource_url == soon["url"])
    assert [(r.actie, (r.nieuw or {}).get("status")) for r in trail][-2:] == [("partial_update", "actief"),
                                                                              ("partial_update", "verlopen")]
    outbox = _query(producten_server, OutboxMessage, OutboxMessage.kanaal == "producten")
    assert any(m.message["resourceUrl"] == soon["url"] and m.receiver == "https://hooks.example/in" for m in outbox)


def test_status_job_finds_due_products_through_an_index(producten_server, backend):
    """The job's query uses the partial index on the date, never a scan of every product."""
    if backend != "postgresql":
        pytest.skip("EXPLAIN is read on PostgreSQL")
    from sqlalchemy import text

    async def plan():
        engine = create_engine(producten_server.database_url)
        try:
            async with engine.connect() as connection:
                await connection.execute(text("SET enable_seqscan = off"))
                rows = await connection.execute(text(
                    "EXPLAIN SELECT id FROM producten_product WHERE start_datum <= CURRENT_DATE "
                    "AND status IN ('initieel', 'in_aanvraag', 'gereed') ORDER BY start_datum LIMIT 500"))
                return "\n".join(r[0] for r in rows)
        finally:
            await engine.dispose()

    assert "ix_producten_product_start_due" in asyncio.run(plan())


def test_dataobject_attr_filters(prd, parkeren):
    pt = parkeren["type"]["uuid"]
    a = make_product(prd, pt, dataobject={"kenteken": "AA-111-B", "zone": "A", "uren": 10, "vanaf": "2024-01-01"},
                     eigenaren=[{"bsn": valid_bsn(41)}])
    b = make_product(prd, pt, dataobject={"kenteken": "BB-222-C", "zone": "B", "uren": 20, "vanaf": "2025-01-01"},
                     eigenaren=[{"bsn": valid_bsn(41)}])
    base = {"eigenaren__bsn": valid_bsn(41)}

    def uuids(*attrs):
        params = [(k, v) for k, v in base.items()] + [("dataobject_attr", attr) for attr in attrs]
        return {p["uuid"] for p in ok(prd.get(f"{PR}/producten", params=params))["results"]}

    assert uuids("kenteken__exact__AA-111-B") == {a["uuid"]}
    assert uuids("uren__gte__15") == {b["uuid"]}
    assert uuids("uren__lt__15", "zone__exact__A") == {a["uuid"]}
    assert uuids("uren__exact__20") == {b["uuid"]}
    assert uuids("zone__in__A|B") == {a["uuid"], b["uuid"]}
    assert uuids("kenteken__icontains__bb-222") == {b["uuid"]}
    assert uuids("vanaf__gt__2024-06-01") == {b["uuid"]}
    problem(prd.get(f"{PR}/producten", params={"dataobject_attr": "zone__gt__A"}), 400, "dataobject_attr")
    problem(prd.get(f"{PR}/producten", params={"dataobject_attr": "zone__zoekt__A"}), 400, "dataobject_attr")
    problem(prd.get(f"{PR}/producten", params={"dataobject_attr": "geenoperator"}), 400, "dataobject_attr")


def test_reads_and_writes_are_in_the_processing_log(prd, parkeren, producten_server):
    bsn = valid_bsn(51)
    product = make_product(prd, parkeren["afval"]["uuid"], eigenaren=[{"bsn": bsn}])
    ok(prd.get(f"{PR}/producten/{product['uuid']}", headers={"X-Audit-Toelichting": "balie"}))
    ok(prd.get(f"{PR}/producten", params={"eigenaren__bsn": bsn}))
    records = _query(producten_server, Verwerking, Verwerking.subject_type == "bsn", Verwerking.subject_id == bsn)
    assert sorted(r.activiteit for r in records) == ["aanmaken", "lezen", "lezen"]
    assert {r.resource_url for r in records} == {product["url"]}
    assert any(r.doel == "balie" for r in records)


def test_writes_notify_channel_producten(prd, parkeren, producten_server):
    product = make_product(prd, parkeren["afval"]["uuid"])
    trail = _query(producten_server, AuditTrail, AuditTrail.resource_url == product["url"])
    assert [(r.bron, r.actie, r.resource) for r in trail] == [("PRD", "create", "product")]


def test_per_producttype_permissions(prd, parkeren, producten_server):
    parkeer, afval = parkeren["type"], parkeren["afval"]
    p1 = make_product(prd, parkeer["uuid"], dataobject={"kenteken": "AB-123-C"}, eigenaren=[{"bsn": valid_bsn(61)}])
    p2 = make_product(prd, afval["uuid"], eigenaren=[{"bsn": valid_bsn(61)}])
    url = f"{producten_server.url}{PT}/producttypen/{afval['uuid']}"
    with token_client(producten_server, grants=[grant("producten.lezen", producttype=url)]) as reader:
        listed = ok(reader.get(f"{PR}/producten", params={"eigenaren__bsn": valid_bsn(61)}))
        assert [p["uuid"] for p in listed["results"]] == [p2["uuid"]]
        ok(reader.get(f"{PR}/producten/{p2['uuid']}"))
        problem(reader.get(f"{PR}/producten/{p1['uuid']}"), 403)
        problem(reader.patch(f"{PR}/producten/{p2['uuid']}", json={"naam": "x"}), 403)
        problem(reader.get(f"{PT}/producttypen"), 403)
    with token_client(producten_server, grants=[grant("producten.lezen", "producten.schrijven", producttype=afval["uuid"])]) as writer:
        ok(writer.patch(f"{PR}/producten/{p2['uuid']}", json={"naam": "Afvalpas"}))
        problem(writer.patch(f"{PR}/producten/{p2['uuid']}", json={"producttype_uuid": parkeer["uuid"]}), 403)
        problem(writer.post(f"{PR}/producten", json={"producttype_uuid": parkeer["uuid"], "eigenaren": [{"bsn": valid_bsn(5)}]}), 403)
        ok(writer.post(f"{PR}/producten", json={"producttype_uuid": afval["uuid"], "eigenaren": [{"bsn": valid_bsn(5)}]}), 201)
        problem(writer.delete(f"{PR}/producten/{p1['uuid']}"), 403)
    with token_client(producten_server, all_permissions=True) as admin:
        assert ok(admin.get(f"{PR}/producten", params={"eigenaren__bsn": valid_bsn(61)}))["count"] == 2


def test_authentication_answers_401(prd_anonymous, producten_server):
    response = prd_anonymous.get(f"{PR}/producten")
    problem(response, 401)
    assert response.headers["www-authenticate"] == "Token"
    problem(prd_anonymous.get(f"{PT}/producttypen", headers={"Authorization": "Token onbekend"}), 401)
    with token_client(producten_server, grants=[grant("producttypen.lezen")]) as reader:
        ok(reader.get(f"{PT}/producttypen"))
        problem(reader.post(f"{PT}/themas", json={"naam": "x", "hoofd_thema": None, "producttype_uuids": []}), 403)
        problem(reader.get(f"{PR}/producten"), 403)


def test_products_of_a_citizen_come_through_the_eigenaar_index(producten_server, backend):
    """The portal's hot path: the products of one BSN are an index lookup, not a scan."""
    if backend != "postgresql":
        pytest.skip("EXPLAIN is read on PostgreSQL")
    from sqlalchemy import text

    async def plan():
        engine = create_engine(producten_server.database_url)
        try:
            async with engine.connect() as connection:
                await connection.execute(text("SET enable_seqscan = off"))
                rows = await connection.execute(text(
                    "EXPLAIN SELECT id FROM producten_product WHERE id IN "
                    "(SELECT product_id FROM producten_eigenaar WHERE bsn = '999993653') ORDER BY id DESC LIMIT 100"))
                return "\n".join(r[0] for r in rows)
        finally:
            await engine.dispose()

    assert "ix_producten_eigenaar_bsn" in asyncio.run(plan())
