"""The parts of a zaaktype - statustypen, roltypen, eigenschappen, resultaattypen,
zaakobjecttypen and zaaktype-informatieobjecttypen - and rules ztc-010 and ztc-011: the parts of
a published zaaktype are fixed with it."""

import pytest

from tests.test_catalogi_support import (  # noqa: F401 - fixtures
    ROOT,
    Catalogi,
    assert_problem,
    catalogi,
    client_with,
    corrector_auth,
    invalid_names,
    schrijver,
    schrijver_auth,
    verwijderaar_auth,
)

PARTS = ["statustype", "roltype", "eigenschap", "resultaattype", "zaakobjecttype"]
COLLECTIONS = {"statustype": "statustypen", "roltype": "roltypen", "eigenschap": "eigenschappen",
               "resultaattype": "resultaattypen", "zaakobjecttype": "zaakobjecttypen"}


def make(catalogi: Catalogi, kind: str, zaaktype: dict, **overrides) -> dict:
    return getattr(catalogi, kind)(zaaktype, **overrides)


def put_body(part: dict, kind: str, zaaktype_url: str) -> dict:
    """What a client sends back to replace a part, moved to ``zaaktype_url``."""
    writable = {
        "statustype": ("omschrijving", "volgnummer", "informeren"),
        "roltype": ("omschrijving", "omschrijvingGeneriek"),
        "eigenschap": ("naam", "definitie", "specificatie"),
        "resultaattype": ("omschrijving", "resultaattypeomschrijving", "selectielijstklasse", "besluittypen"),
        "zaakobjecttype": ("anderObjecttype", "objecttype", "relatieOmschrijving", "beginGeldigheid"),
    }[kind]
    body = {**{field: part[field] for field in writable}, "zaaktype": zaaktype_url}
    if kind == "zaakobjecttype":  # the contract asks for it; it must be the zaaktype's (ztc-013)
        body["catalogus"] = part["catalogus"]
    return body


@pytest.mark.parametrize("kind", PARTS)
def test_a_part_is_made_read_changed_and_removed_with_its_zaaktype(api, catalogi, kind):
    zaaktype = catalogi.zaaktype()
    part = make(catalogi, kind, zaaktype)
    assert part["zaaktype"] == zaaktype["url"] and part["catalogus"] == zaaktype["catalogus"]
    assert part["zaaktypeIdentificatie"] == zaaktype["identificatie"]
    assert api.get(part["url"]).json() == part
    assert part["url"] in catalogi.get(zaaktype)[COLLECTIONS[kind]]
    replaced = api.put(part["url"], json=put_body(part, kind, zaaktype["url"]))
    assert replaced.status_code == 200, replaced.text
    removed = api.delete(part["url"])
    assert removed.status_code == 204 and removed.content == b""
    assert api.get(part["url"]).status_code == 404
    assert_problem(api.post(f"{ROOT}/{COLLECTIONS[kind]}", json={"zaaktype": "https://elders.example/zaaktypen/1"}), 400)


def test_statustypen_are_ordered_and_the_last_one_ends_the_zaak(api, catalogi):
    zaaktype = catalogi.zaaktype()
    tweede = catalogi.statustype(zaaktype, volgnummer=2, checklistitemStatustype=[
        {"itemnaam": "Foto", "vraagstelling": "Is er een foto?", "verplicht": True}])
    eerste = catalogi.statustype(zaaktype, volgnummer=1)
    assert catalogi.get(zaaktype)["statustypen"] == [eerste["url"], tweede["url"]]
    assert catalogi.get(eerste)["isEindstatus"] is False and catalogi.get(tweede)["isEindstatus"] is True
    assert tweede["checklistitemStatustype"] == [
        {"itemnaam": "Foto", "toelichting": None, "vraagstelling": "Is er een foto?", "verplicht": True}]
    again = api.post(f"{ROOT}/statustypen", json={"zaaktype": zaaktype["url"], "omschrijving": "x", "volgnummer": 2})
    assert invalid_names(again) == {"volgnummer": "unique"}
    assert invalid_names(api.post(f"{ROOT}/statustypen", json={"zaaktype": zaaktype["url"], "omschrijving": "x",
                                                               "volgnummer": 10000})) == {"volgnummer": "max_value"}


def test_a_part_refers_only_to_parts_of_its_own_zaaktype(api, catalogi):
    catalogus = catalogi.catalogus()
    zaaktype, ander = catalogi.zaaktype(catalogus), catalogi.zaaktype(catalogus)
    statustype = catalogi.statustype(zaaktype)
    vreemd = catalogi.statustype(ander)
    eigenschap = catalogi.eigenschap(zaaktype, statustype=statustype["url"])
    assert eigenschap["statustype"] == statustype["url"]
    assert invalid_names(api.patch(eigenschap["url"], json={"statustype": vreemd["url"]})) == {
        "statustype": "relations-incorrect-zaaktype"}
    patched = api.patch(statustype["url"], json={"eigenschappen": [eigenschap["url"]]})
    assert patched.json()["eigenschappen"] == [eigenschap["url"]]
    assert invalid_names(api.patch(vreemd["url"], json={"eigenschappen": [eigenschap["url"]]})) == {
        "eigenschappen.0": "relations-incorrect-zaaktype"}


def test_the_begin_geldigheid_of_a_part_is_that_of_its_zaaktype(api, catalogi):
    zaaktype = catalogi.zaaktype(beginGeldigheid="2021-03-01", versiedatum="2021-02-01", eindeGeldigheid="2022-03-01")
    roltype = catalogi.roltype(zaaktype)
    assert roltype["beginGeldigheid"] == "2021-03-01" and roltype["eindeGeldigheid"] == "2022-03-01"
    assert catalogi.roltype(zaaktype, beginGeldigheid="2021-02-01")["beginGeldigheid"] == "2021-02-01"
    refused = api.post(f"{ROOT}/roltypen", json={"zaaktype": zaaktype["url"], "omschrijving": "x",
                                                 "omschrijvingGeneriek": "adviseur", "beginGeldigheid": "2021-05-05"})
    assert invalid_names(refused) == {"beginGeldigheid": "date-mismatch"}


# --- ztc-010 and ztc-011 -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [
    pytest.param("eigenschap", id="eigenschap ztc-010b"),
    pytest.param("resultaattype", id="resultaattype ztc-010d"),
    pytest.param("roltype", id="roltype ztc-010e"),
    pytest.param("statustype", id="statustype ztc-010f"),
    pytest.param("zaakobjecttype", id="zaakobjecttype"),
])
def test_ztc_010_the_parts_of_a_published_zaaktype_are_fixed(server, catalogi, schrijver, corrector_auth,
                                                             verwijderaar_auth, kind):
    zaaktype = catalogi.zaaktype()
    part = make(catalogi, kind, zaaktype)
    catalogi.publish(zaaktype)
    body = put_body(part, kind, zaaktype["url"])
    assert invalid_names(schrijver.put(part["url"], json=body)) == {"nonFieldErrors": "non-concept-zaaktype"}
    assert invalid_names(schrijver.patch(part["url"], json={"eindeGeldigheid": "2030-01-01"})) == {
        "nonFieldErrors": "non-concept-zaaktype"}
    assert invalid_names(schrijver.delete(part["url"])) == {"nonFieldErrors": "non-concept-zaaktype"}
    with client_with(server, corrector_auth) as corrector:  # a correction
        assert corrector.put(part["url"], json=body).status_code == 200
    with client_with(server, verwijderaar_auth) as verwijderaar:
        assert verwijderaar.delete(part["url"]).status_code == 204


@pytest.mark.parametrize("kind", [
    pytest.param("eigenschap", id="eigenschap ztc-011b"),
    pytest.param("resultaattype", id="resultaattype ztc-011c"),
    pytest.param("roltype", id="roltype ztc-011d"),
    pytest.param("statustype", id="statustype ztc-011e"),
    pytest.param("zaakobjecttype", id="zaakobjecttype"),
])
def test_ztc_011_no_part_is_made_for_or_moved_to_a_published_zaaktype(server, catalogi, schrijver, corrector_auth,
                                                                       kind):
    catalogus = catalogi.catalogus()
    published = catalogi.published_zaaktype(catalogus)
    concept = catalogi.zaaktype(catalogus)
    part = make(catalogi, kind, concept)
    body = put_body(part, kind, published["url"])
    assert invalid_names(schrijver.post(f"{ROOT}/{COLLECTIONS[kind]}", json=body)) == {"zaaktype": "non-concept-zaaktype"}
    assert invalid_names(schrijver.put(part["url"], json=body)) == {"zaaktype": "non-concept-zaaktype"}
    assert invalid_names(schrijver.patch(part["url"], json={"zaaktype": published["url"]})) == {
        "zaaktype": "non-concept-zaaktype"}
    with client_with(server, corrector_auth) as corrector:  # a correction adds a part to a published zaaktype
        assert corrector.post(f"{ROOT}/{COLLECTIONS[kind]}", json=body).status_code == 201


# --- zaaktype-informatieobjecttypen ------------------------------------------------------------------


def test_a_koppeling_names_the_informatieobjecttype_by_omschrijving_or_url(api, catalogi):
    catalogus = catalogi.catalogus()
    iot = catalogi.informatieobjecttype(catalogus)
    zaaktype = catalogi.zaaktype(catalogus)
    statustype = catalogi.statustype(zaaktype)
    koppeling = catalogi.koppeling(zaaktype, iot, statustype=statustype["url"], richting="uitgaand")
    assert koppeling["informatieobjecttype"] == iot["omschrijving"]  # no published version yet
    assert koppeling["statustype"] == statustype["url"] and koppeling["zaaktypeIdentificatie"] == zaaktype["identificatie"]
    catalogi.publish(iot)
    assert catalogi.get(koppeling)["informatieobjecttype"] == iot["url"]
    assert catalogi.get(zaaktype)["informatieobjecttypen"] == [iot["url"]]
    by_url = catalogi.koppeling(zaaktype, iot["url"], volgnummer=2)
    assert by_url["informatieobjecttype"] == iot["url"]
    unknown = api.post(f"{ROOT}/zaaktype-informatieobjecttypen", json={
        "zaaktype": zaaktype["url"], "informatieobjecttype": "Bestaat niet", "volgnummer": 3, "richting": "intern"})
    assert invalid_names(unknown) == {"informatieobjecttype": "does-not-exist"}
    assert invalid_names(api.post(f"{ROOT}/zaaktype-informatieobjecttypen", json={
        "zaaktype": zaaktype["url"], "informatieobjecttype": iot["omschrijving"], "volgnummer": 1,
        "richting": "intern"})) == {"volgnummer": "unique"}


@pytest.fixture
def three_zaaktypen(catalogi):
    """A catalogus with a published and a concept informatieobjecttype and a concept zaaktype,
    and a zaaktype published before any koppeling."""
    catalogus = catalogi.catalogus()
    return {
        "catalogus": catalogus,
        "iot_published": catalogi.publish(catalogi.informatieobjecttype(catalogus)),
        "iot_concept": catalogi.informatieobjecttype(catalogus),
        "zt_concept": catalogi.zaaktype(catalogus),
        "zt_published": catalogi.published_zaaktype(catalogus),
    }


def test_ztc_010g_a_koppeling_is_fixed_only_when_zaaktype_and_informatieobjecttype_are_both_published(
        catalogi, schrijver, three_zaaktypen):
    t = three_zaaktypen
    for zaaktype, iot in ((t["zt_concept"], t["iot_published"]), (t["zt_published"], t["iot_concept"])):
        koppeling = catalogi.koppeling(zaaktype, iot)
        body = {"zaaktype": zaaktype["url"], "informatieobjecttype": iot["omschrijving"], "volgnummer": 1,
                "richting": "intern"}
        assert schrijver.put(koppeling["url"], json=body).status_code == 200
        assert schrijver.patch(koppeling["url"], json={"richting": "uitgaand"}).status_code == 200
        assert schrijver.delete(koppeling["url"]).status_code == 204
    frozen = catalogi.koppeling(t["zt_published"], t["iot_concept"], volgnummer=5)
    catalogi.publish(t["iot_concept"])  # now both are published
    assert invalid_names(schrijver.put(frozen["url"], json={
        "zaaktype": t["zt_published"]["url"], "informatieobjecttype": t["iot_concept"]["omschrijving"],
        "volgnummer": 5, "richting": "intern"})) == {"nonFieldErrors": "non-concept-relation"}
    assert invalid_names(schrijver.patch(frozen["url"], json={"richting": "uitgaand"})) == {
        "nonFieldErrors": "non-concept-relation"}
    assert invalid_names(schrijver.delete(frozen["url"])) == {"nonFieldErrors": "non-concept-relation"}


def test_ztc_011f_a_koppeling_of_two_published_types_is_not_made(server, catalogi, schrijver, corrector_auth,
                                                                  three_zaaktypen):
    t = three_zaaktypen
    post = lambda client, zaaktype, iot, volgnummer: client.post(f"{ROOT}/zaaktype-informatieobjecttypen", json={
        "zaaktype": zaaktype["url"], "informatieobjecttype": iot["omschrijving"], "volgnummer": volgnummer,
        "richting": "inkomend"})
    assert post(schrijver, t["zt_published"], t["iot_concept"], 1).status_code == 201
    assert post(schrijver, t["zt_concept"], t["iot_published"], 1).status_code == 201
    assert invalid_names(post(schrijver, t["zt_published"], t["iot_published"], 2)) == {
        "nonFieldErrors": "non-concept-relation"}
    # changing a koppeling into one of two published types is refused too
    koppeling = catalogi.koppeling(t["zt_published"], t["iot_concept"], volgnummer=3)
    assert invalid_names(schrijver.patch(koppeling["url"], json={
        "informatieobjecttype": t["iot_published"]["omschrijving"]})) == {"nonFieldErrors": "non-concept-relation"}
    assert invalid_names(schrijver.put(koppeling["url"], json={
        "zaaktype": t["zt_published"]["url"], "informatieobjecttype": t["iot_published"]["omschrijving"],
        "volgnummer": 3, "richting": "inkomend"})) == {"nonFieldErrors": "non-concept-relation"}
    with client_with(server, corrector_auth) as corrector:
        assert post(corrector, t["zt_published"], t["iot_published"], 4).status_code == 201
