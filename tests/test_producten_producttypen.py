"""The Producttypen API over real HTTP on SQLite and PostgreSQL: producttypen, themas, prijzen,
translations, schemas and the other resources, rule by rule (prd-001 ... prd-013, prd-020 ... prd-022)."""

from datetime import timedelta

from sqlalchemy import select

from tests.test_producten_support import prd, prd_anonymous, producten_database, producten_server  # noqa: F401,F811 - fixtures
from tests.test_producten_support import (
    PR,
    PT,
    TODAY,
    make_product,
    make_producttype,
    make_thema,
    ok,
    problem,
    unique,
)


def test_producttype_round_trip(prd):
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]], keywords=["auto"], externe_codes=[{"naam": "ISO", "code": "123"}],
                          parameters=[{"naam": "doelgroep", "waarde": "inwoners"}],
                          zaaktypen=[{"url": "https://zaken.example/zaaktypen/1"}])
    assert pt["gepubliceerd"] is True and pt["taal"] == "nl"
    assert [t["uuid"] for t in pt["themas"]] == [thema["uuid"]]
    assert pt["uniforme_product_naam"] == "parkeervergunning"
    assert pt["externe_codes"] == [{"naam": "ISO", "code": "123"}]
    assert pt["zaaktypen"] == [{"urn": None, "url": "https://zaken.example/zaaktypen/1"}]
    got = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}"))
    assert got == pt
    found = ok(prd.get(f"{PT}/producttypen", params={"externe_code": "[ISO:123]", "code": pt["code"]}))
    assert found["count"] == 1
    assert ok(prd.get(f"{PT}/producttypen", params={"keywords": "auto,fiets", "code": pt["code"]}))["count"] == 1
    assert ok(prd.get(f"{PT}/producttypen", params={"parameter": "[doelgroep:anders]", "code": pt["code"]}))["count"] == 0
    assert ok(prd.get(f"{PT}/producttypen", params={"zaaktypen__url__contains": "zaken.example", "code": pt["code"]}))["count"] == 1


def test_prd001_code_is_unique_and_well_formed(prd):
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]])
    problem(prd.post(f"{PT}/producttypen", json={**_body(thema), "code": pt["code"]}), 400, "code")
    problem(prd.post(f"{PT}/producttypen", json={**_body(thema), "code": "kleine-letters"}), 400, "code")


def _body(thema, **fields):
    return {"code": unique(), "naam": "Afvalpas", "samenvatting": "Pas voor de milieustraat.", "doelgroep": "burgers",
            "uniforme_product_naam": "afvalpas", "thema_uuids": [thema["uuid"]], **fields}


def test_prd002_at_least_one_thema(prd):
    thema = make_thema(prd)
    problem(prd.post(f"{PT}/producttypen", json=_body(thema, thema_uuids=[])), 400, "thema_uuids")
    problem(prd.post(f"{PT}/producttypen", json=_body(thema, thema_uuids=[thema["uuid"], thema["uuid"]])), 400, "thema_uuids")
    problem(prd.post(f"{PT}/producttypen", json=_body(thema, thema_uuids=["00000000-0000-0000-0000-000000000000"])),
            400, "thema_uuids")


def test_prd003_upl_required_for_burgers_and_from_the_list(prd):
    thema = make_thema(prd)
    problem(prd.post(f"{PT}/producttypen", json=_body(thema, uniforme_product_naam=None)), 400, "uniforme_product_naam")
    problem(prd.post(f"{PT}/producttypen", json=_body(thema, uniforme_product_naam="bestaat niet in de UPL")),
            400, "uniforme_product_naam")
    intern = ok(prd.post(f"{PT}/producttypen", json=_body(thema, uniforme_product_naam=None,
                                                           doelgroep="interne_organisatie")), 201)
    assert intern["uniforme_product_naam"] is None
    # Changing the doelgroep later applies the rule too.
    problem(prd.patch(f"{PT}/producttypen/{intern['uuid']}", json={"doelgroep": "bedrijven_en_instellingen"}),
            400, "uniforme_product_naam")


def test_prd004_publication_window(prd):
    thema = make_thema(prd)
    later = (TODAY + timedelta(days=10)).isoformat()
    pt = ok(prd.post(f"{PT}/producttypen", json=_body(thema, publicatie_start_datum=later)), 201)
    assert pt["gepubliceerd"] is False
    problem(prd.patch(f"{PT}/producttypen/{pt['uuid']}", json={"publicatie_eind_datum": later}), 400, "publicatie_eind_datum")
    now = ok(prd.patch(f"{PT}/producttypen/{pt['uuid']}", json={"publicatie_start_datum": TODAY.isoformat()}))
    assert now["gepubliceerd"] is True
    listed = ok(prd.get(f"{PT}/producttypen", params={"gepubliceerd": "true", "code": pt["code"]}))
    assert listed["count"] == 1
    assert ok(prd.get(f"{PT}/producttypen", params={"gepubliceerd": "false", "code": pt["code"]}))["count"] == 0


def test_prd006_externe_codes_unique_by_name(prd):
    thema = make_thema(prd)
    body = _body(thema, externe_codes=[{"naam": "ISO", "code": "1"}, {"naam": "ISO", "code": "2"}])
    problem(prd.post(f"{PT}/producttypen", json=body), 400, "externe_codes")


def test_patch_replaces_only_what_it_sends_and_put_resets(prd):
    thema, other = make_thema(prd), make_thema(prd)
    locatie = ok(prd.post(f"{PT}/locaties", json={"naam": "Stadhuis", "postcode": "1234 AB"}), 201)
    pt = make_producttype(prd, [thema["uuid"]], locatie_uuids=[locatie["uuid"]], keywords=["a"])
    patched = ok(prd.patch(f"{PT}/producttypen/{pt['uuid']}", json={"thema_uuids": [other["uuid"]]}))
    assert [t["uuid"] for t in patched["themas"]] == [other["uuid"]]
    assert [loc["uuid"] for loc in patched["locaties"]] == [locatie["uuid"]] and patched["keywords"] == ["a"]
    put = ok(prd.put(f"{PT}/producttypen/{pt['uuid']}", json=_body(thema, code=pt["code"])))
    assert put["locaties"] == [] and put["keywords"] == []
    problem(prd.patch(f"{PT}/producttypen/{pt['uuid']}", json={"naam": None}), 400, "naam")


def test_contact_organisatie_joins_the_producttype(prd):
    thema = make_thema(prd)
    organisatie = ok(prd.post(f"{PT}/organisaties", json={"naam": "Gemeente", "code": unique("ORG")}), 201)
    contact = ok(prd.post(f"{PT}/contacten", json={"naam": "Bob", "organisatie_uuid": organisatie["uuid"], "rol": "balie"}), 201)
    assert contact["organisatie"]["uuid"] == organisatie["uuid"]
    pt = make_producttype(prd, [thema["uuid"]], contact_uuids=[contact["uuid"]])
    assert [o["uuid"] for o in pt["organisaties"]] == [organisatie["uuid"]]
    assert ok(prd.get(f"{PT}/contacten", params={"organisatie__uuid": organisatie["uuid"]}))["count"] == 1
    problem(prd.delete(f"{PT}/organisaties/{organisatie['uuid']}"), 400)


def test_prd007_008_009_thema_tree(prd):
    hoofd = make_thema(prd, gepubliceerd=False)
    problem(prd.post(f"{PT}/themas", json={"naam": "sub", "hoofd_thema": hoofd["uuid"], "gepubliceerd": True,
                                            "producttype_uuids": []}), 400, "hoofd_thema")
    sub = make_thema(prd, hoofd=hoofd["uuid"], gepubliceerd=False)
    problem(prd.patch(f"{PT}/themas/{hoofd['uuid']}", json={"hoofd_thema": sub["uuid"]}), 400, "hoofd_thema")
    problem(prd.patch(f"{PT}/themas/{hoofd['uuid']}", json={"hoofd_thema": hoofd["uuid"]}), 400, "hoofd_thema")
    ok(prd.patch(f"{PT}/themas/{hoofd['uuid']}", json={"gepubliceerd": True}))
    ok(prd.patch(f"{PT}/themas/{sub['uuid']}", json={"gepubliceerd": True}))
    problem(prd.patch(f"{PT}/themas/{hoofd['uuid']}", json={"gepubliceerd": False}), 400, "gepubliceerd")
    problem(prd.delete(f"{PT}/themas/{hoofd['uuid']}"), 400)
    pt = make_producttype(prd, [sub["uuid"]])
    problem(prd.delete(f"{PT}/themas/{sub['uuid']}"), 400)
    problem(prd.patch(f"{PT}/themas/{sub['uuid']}", json={"producttype_uuids": []}), 400, "producttype_uuids")
    listed = ok(prd.get(f"{PT}/themas", params={"hoofd_thema__uuid": hoofd["uuid"]}))
    assert [t["uuid"] for t in listed["results"]] == [sub["uuid"]]
    assert listed["results"][0]["producttypen"][0]["uuid"] == pt["uuid"]
    assert ok(prd.get(f"{PT}/producttypen", params={"themas__uuid": sub["uuid"]}))["count"] == 1


def test_prijzen_rules_and_the_current_price(prd):
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]])
    today, tomorrow = TODAY.isoformat(), (TODAY + timedelta(days=1)).isoformat()
    problem(prd.post(f"{PT}/prijzen", json={"producttype_uuid": pt["uuid"], "actief_vanaf": (TODAY - timedelta(days=1)).isoformat(),
                                             "prijsopties": [{"bedrag": "1.00", "beschrijving": "x"}]}), 400, "actief_vanaf")
    problem(prd.post(f"{PT}/prijzen", json={"producttype_uuid": pt["uuid"], "actief_vanaf": today}), 400)
    problem(prd.post(f"{PT}/prijzen", json={
        "producttype_uuid": pt["uuid"], "actief_vanaf": today, "prijsopties": [{"bedrag": "1", "beschrijving": "x"}],
        "prijsregels": [{"beschrijving": "r", "dmn_tabel_id": "t", "tabel_endpoint": "https://dmn.example/tabellen"}]}), 400)
    problem(prd.post(f"{PT}/prijzen", json={"producttype_uuid": pt["uuid"], "actief_vanaf": today,
                                             "prijsopties": [{"bedrag": "0.00", "beschrijving": "gratis"}]}), 400)
    assert ok(prd.get(f"{PT}/producttypen/{pt['uuid']}/actuele-prijs"))["actuele_prijs"] is None
    nu = ok(prd.post(f"{PT}/prijzen", json={"producttype_uuid": pt["uuid"], "actief_vanaf": today,
                                             "prijsopties": [{"bedrag": "50,99", "beschrijving": "normaal"},
                                                             {"bedrag": 70.5, "beschrijving": "spoed"}]}), 201)
    assert [o["bedrag"] for o in nu["prijsopties"]] == ["50.99", "70.50"]
    problem(prd.post(f"{PT}/prijzen", json={"producttype_uuid": pt["uuid"], "actief_vanaf": today,
                                             "prijsopties": [{"bedrag": "1", "beschrijving": "x"}]}), 400)
    ok(prd.post(f"{PT}/prijzen", json={"producttype_uuid": pt["uuid"], "actief_vanaf": tomorrow,
                                        "prijsregels": [{"beschrijving": "r", "dmn_tabel_id": "t1",
                                                         "tabel_endpoint": "https://dmn.example/tabellen"}]}), 201)
    actueel = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}/actuele-prijs"))
    assert actueel["actuele_prijs"]["uuid"] == nu["uuid"]
    assert actueel["upl_naam"] == "parkeervergunning" and actueel["upl_uri"].startswith("http")
    one = ok(prd.get(f"{PT}/producttypen/actuele-prijzen"))
    assert set(one) == {"uuid", "code", "upl_naam", "upl_uri", "actuele_prijs"}
    # The nested update keeps an optie by its uuid and drops the others.
    keep = nu["prijsopties"][0]
    updated = ok(prd.patch(f"{PT}/prijzen/{nu['uuid']}", json={"prijsopties": [{**keep, "bedrag": "49.99"},
                                                                                {"bedrag": "5", "beschrijving": "extra"}]}))
    assert updated["prijsopties"][0]["uuid"] == keep["uuid"] and updated["prijsopties"][0]["bedrag"] == "49.99"
    assert len(updated["prijsopties"]) == 2
    assert ok(prd.get(f"{PT}/prijzen", params={"producttype__uuid": pt["uuid"], "prijsopties__bedrag__gte": "49"}))["count"] == 1
    assert len(ok(prd.get(f"{PT}/producttypen/{pt['uuid']}"))["prijzen"]) == 2


def test_prd021_translations_with_accept_language(prd):
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]], naam="Parkeervergunning")
    english = {"naam": "Parking permit", "samenvatting": "Park in your own street."}
    problem(prd.put(f"{PT}/producttypen/{pt['uuid']}/vertaling/nl", json=english), 400, "taal")
    problem(prd.put(f"{PT}/producttypen/{pt['uuid']}/vertaling/de", json=english), 400, "taal")
    assert ok(prd.put(f"{PT}/producttypen/{pt['uuid']}/vertaling/en", json=english)) == {"uuid": pt["uuid"], **english}
    en = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}", headers={"Accept-Language": "en-GB,en;q=0.9,nl;q=0.5"}))
    assert (en["naam"], en["taal"]) == ("Parking permit", "en")
    nl = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}", headers={"Accept-Language": "nl"}))
    assert (nl["naam"], nl["taal"]) == ("Parkeervergunning", "nl")
    fallback = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}", headers={"Accept-Language": "fr"}))
    assert fallback["taal"] == "nl"
    patched = ok(prd.patch(f"{PT}/producttypen/{pt['uuid']}/vertaling/en", json={"naam": "Permit"}))
    assert patched["samenvatting"] == english["samenvatting"]
    assert prd.delete(f"{PT}/producttypen/{pt['uuid']}/vertaling/en").status_code == 204
    problem(prd.delete(f"{PT}/producttypen/{pt['uuid']}/vertaling/en"), 404)
    assert ok(prd.get(f"{PT}/producttypen/{pt['uuid']}", headers={"Accept-Language": "en"}))["taal"] == "nl"


def test_schemas_by_id_and_prd020(prd):
    response = prd.post(f"{PT}/schemas", json={"naam": unique("s").lower(), "schema": {"type": "object"}})
    created = ok(response, 201)
    schema_id = response.headers["location"].rsplit("/", 1)[-1]
    assert ok(prd.get(f"{PT}/schemas/{schema_id}")) == created
    problem(prd.post(f"{PT}/schemas", json={"naam": created["naam"], "schema": {"type": "object"}}), 400, "naam")
    problem(prd.post(f"{PT}/schemas", json={"naam": unique("s"), "schema": {"type": "geen-type"}}), 400, "schema")
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]], dataobject_schema_naam=created["naam"])
    assert pt["dataobject_schema"] == created
    problem(prd.delete(f"{PT}/schemas/{schema_id}"), 400)
    problem(prd.get(f"{PT}/schemas/999999999"), 404)
    problem(prd.get(f"{PT}/schemas/99999999999999"), 404)  # past a 32-bit id
    problem(prd.get(f"{PT}/schemas/abc"), 404)


def test_prd020_producttype_with_products_stays(prd):
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]])
    product = make_product(prd, pt["uuid"])
    problem(prd.delete(f"{PT}/producttypen/{pt['uuid']}"), 400)
    assert prd.delete(f"{PR}/producten/{product['uuid']}").status_code == 204
    assert prd.delete(f"{PT}/producttypen/{pt['uuid']}").status_code == 204
    problem(prd.get(f"{PT}/producttypen/{pt['uuid']}"), 404)


def test_links_acties_locaties(prd):
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]])
    link = ok(prd.post(f"{PT}/links", json={"naam": "Meer info", "url": "https://gemeente.example/info",
                                             "producttype_uuid": pt["uuid"]}), 201)
    assert link["producttype_uuid"] == pt["uuid"]
    problem(prd.post(f"{PT}/links", json={"naam": "x", "url": "geen url", "producttype_uuid": pt["uuid"]}), 400, "url")
    problem(prd.post(f"{PT}/acties", json={"naam": "Opzeggen", "producttype_uuid": pt["uuid"]}), 400)
    problem(prd.post(f"{PT}/acties", json={"naam": "Opzeggen", "producttype_uuid": pt["uuid"], "direct_url": "https://f.example/x",
                                            "tabel_endpoint": "https://dmn.example", "dmn_tabel_id": "t"}), 400)
    actie = ok(prd.post(f"{PT}/acties", json={"naam": "Verlengen", "producttype_uuid": pt["uuid"],
                                               "tabel_endpoint": "https://dmn.example/tabellen", "dmn_tabel_id": "verleng"}), 201)
    assert actie["url"] == "https://dmn.example/tabellen/verleng"
    problem(prd.patch(f"{PT}/acties/{actie['uuid']}", json={"direct_url": "https://f.example/opzeggen"}), 400)
    switched = ok(prd.put(f"{PT}/acties/{actie['uuid']}", json={"naam": "Opzeggen", "producttype_uuid": pt["uuid"],
                                                                  "direct_url": "https://f.example/opzeggen"}))
    assert switched["url"] == "https://f.example/opzeggen"
    detail = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}"))
    assert [link_["uuid"] for link_ in detail["links"]] == [link["uuid"]]
    assert [a["uuid"] for a in detail["acties"]] == [actie["uuid"]]
    assert ok(prd.get(f"{PT}/links", params={"producttype__code": pt["code"]}))["count"] == 1
    problem(prd.post(f"{PT}/locaties", json={"naam": "x", "postcode": "0123 AB"}), 400, "postcode")
    zonder = ok(prd.post(f"{PT}/locaties", json={"naam": "Zonder postcode", "email": "Balie@Gemeente.example"}), 201)
    assert "postcode" not in zonder
    assert ok(prd.get(f"{PT}/locaties", params={"email__iexact": "balie@gemeente.EXAMPLE"}))["count"] >= 1


def test_lists_page_and_refuse_unknown_parameters(prd):
    for _ in range(3):
        make_thema(prd)
    page = ok(prd.get(f"{PT}/themas", params={"page_size": 2}))
    assert len(page["results"]) == 2 and "page_size=2" in page["next"]
    problem(prd.get(f"{PT}/themas", params={"page_size": 501}), 400, "page_size")
    problem(prd.get(f"{PT}/themas", params={"bestaat_niet": "x"}), 400)
    problem(prd.get(f"{PT}/themas", params={"page": 99999}), 404)
    problem(prd.get(f"{PT}/producttypen/geen-uuid"), 404)
    problem(prd.get(f"{PT}/producttypen/actuele-prijzen", params={"x": "1"}), 400)


def test_writes_leave_an_audit_trail_without_notification(prd, producten_server):
    import asyncio

    from common.db import create_engine, sessionmaker
    from common.platform.models import AuditTrail

    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]])

    async def trail():
        engine = create_engine(producten_server.database_url)
        try:
            async with sessionmaker(engine)() as session:
                return (await session.scalars(select(AuditTrail).where(AuditTrail.resource_url.like(f"%{pt['uuid']}")))).all()
        finally:
            await engine.dispose()

    rows = asyncio.run(trail())
    assert [(r.bron, r.actie, r.resource) for r in rows] == [("PRD", "create", "producttype")]
    assert rows[0].nieuw["code"] == pt["code"]


def test_a_producttype_embeds_its_relations_as_they_are_shown_alone(prd):
    """Read with the page in one statement (jsonrows): more than ten, in order, each as its own endpoint shows it."""
    def alone(collection: str, key: str, *leave_out: str) -> dict:
        return {k: v for k, v in ok(prd.get(f"{PT}/{collection}/{key}")).items() if k not in leave_out}

    thema = make_thema(prd)
    locaties = [ok(prd.post(f"{PT}/locaties", json={"naam": f"Balie {i}", "stad": "Utrecht", "huisnummer": str(i),
                                                     **({"postcode": "1234 AB"} if i % 2 else {})}), 201)
                for i in range(11)]
    organisaties = [ok(prd.post(f"{PT}/organisaties", json={"naam": f"Org {i}", "code": unique("ORG")}), 201)
                    for i in range(2)]
    contacten = [ok(prd.post(f"{PT}/contacten", json={"naam": "Bob", "organisatie_uuid": organisaties[1]["uuid"],
                                                       "rol": "balie"}), 201),
                 ok(prd.post(f"{PT}/contacten", json={"naam": "Ann", "email": "ann@gemeente.example"}), 201)]
    pt = make_producttype(prd, [thema["uuid"]], locatie_uuids=[l["uuid"] for l in reversed(locaties)],
                          organisatie_uuids=[organisaties[0]["uuid"]], contact_uuids=[c["uuid"] for c in contacten])
    later = ok(prd.post(f"{PT}/prijzen", json={
        "producttype_uuid": pt["uuid"], "actief_vanaf": (TODAY + timedelta(days=5)).isoformat(),
        "prijsregels": [{"beschrijving": "r", "dmn_tabel_id": "t1", "tabel_endpoint": "https://dmn.example/tabellen/",
                         "mapping": {"b": [1, 2], "a": None}}]}), 201)
    nu = ok(prd.post(f"{PT}/prijzen", json={
        "producttype_uuid": pt["uuid"], "actief_vanaf": TODAY.isoformat(),
        "prijsopties": [{"bedrag": f"{i}.5", "beschrijving": f"optie {i}"} for i in range(1, 12)]}), 201)
    links = [ok(prd.post(f"{PT}/links", json={"naam": f"Link {i}", "url": f"https://gemeente.example/{i}",
                                               "producttype_uuid": pt["uuid"]}), 201) for i in range(11)]
    acties = [ok(prd.post(f"{PT}/acties", json={"naam": "Verlengen", "producttype_uuid": pt["uuid"], "mapping": {"x": 1},
                                                 "tabel_endpoint": "https://dmn.example/tabellen", "dmn_tabel_id": "v"}), 201),
              ok(prd.post(f"{PT}/acties", json={"naam": "Opzeggen", "producttype_uuid": pt["uuid"],
                                                 "direct_url": "https://f.example/opzeggen"}), 201)]
    detail = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}"))
    assert ok(prd.get(f"{PT}/producttypen", params={"themas__uuid": thema["uuid"]}))["results"] == [detail]
    assert detail["locaties"] == [alone("locaties", l["uuid"]) for l in locaties]
    assert "postcode" not in detail["locaties"][0] and detail["locaties"][1]["postcode"] == "1234 AB"
    assert detail["organisaties"] == [alone("organisaties", o["uuid"]) for o in organisaties]  # a contact's joins too
    assert detail["contacten"] == [alone("contacten", c["uuid"]) for c in contacten]
    assert detail["contacten"][0]["organisatie"]["uuid"] == organisaties[1]["uuid"]
    assert detail["contacten"][1]["organisatie"] is None
    assert detail["prijzen"] == [alone("prijzen", p["uuid"], "producttype_uuid") for p in (nu, later)]
    assert [o["bedrag"] for o in detail["prijzen"][0]["prijsopties"]] == [f"{i}.50" for i in range(1, 12)]
    assert detail["prijzen"][1]["prijsregels"][0]["mapping"] == {"b": [1, 2], "a": None}
    assert detail["links"] == [alone("links", link["uuid"], "producttype_uuid") for link in links]
    assert detail["acties"] == [alone("acties", a["uuid"], "producttype_uuid") for a in acties]
    assert detail["themas"] == [alone("themas", thema["uuid"], "producttypen")]
