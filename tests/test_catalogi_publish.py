"""Concept and publish (ztc-009, ztc-012), corrections with the geforceerd scopes, and versions
chosen by their geldigheid."""

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
    unique,
    verwijderaar_auth,
    zaaktype_body,
)


def _full_body(kind: str, obj: dict, catalogus: dict) -> dict:
    """A PUT body for ``obj``: what it holds now, as a client would send it back."""
    if kind == "zaaktype":
        return zaaktype_body(catalogus["url"], identificatie=obj["identificatie"], omschrijving="Anders")
    if kind == "besluittype":
        return {"catalogus": catalogus["url"], "omschrijving": obj["omschrijving"], "publicatieIndicatie": True,
                "beginGeldigheid": obj["beginGeldigheid"], "informatieobjecttypen": []}
    return {"catalogus": catalogus["url"], "omschrijving": obj["omschrijving"], "vertrouwelijkheidaanduiding": "intern",
            "beginGeldigheid": obj["beginGeldigheid"], "informatieobjectcategorie": "anders"}


def _published(catalogi: Catalogi, kind: str) -> tuple[dict, dict]:
    catalogus = catalogi.catalogus()
    made = {"zaaktype": lambda: catalogi.zaaktype(catalogus),
            "besluittype": lambda: catalogi.besluittype(catalogus),
            "informatieobjecttype": lambda: catalogi.informatieobjecttype(catalogus)}[kind]()
    return catalogi.publish(made), catalogus


KINDS = [
    pytest.param("zaaktype", id="zaaktype ztc-009a ztc-009b ztc-009c ztc-009d"),
    pytest.param("besluittype", id="besluittype ztc-009e ztc-009f ztc-009g ztc-009h"),
    pytest.param("informatieobjecttype", id="informatieobjecttype ztc-009i ztc-009j ztc-009k ztc-009l"),
]


@pytest.mark.parametrize("kind", KINDS)
def test_ztc_009_a_published_type_is_frozen_except_its_einde_geldigheid(catalogi, schrijver, kind):
    obj, catalogus = _published(catalogi, kind)
    assert invalid_names(schrijver.put(obj["url"], json=_full_body(kind, obj, catalogus))) == {
        "nonFieldErrors": "non-concept-object"}
    other = {"informatieobjectcategorie": "anders"} if kind == "informatieobjecttype" else {"toelichting": "anders"}
    assert invalid_names(schrijver.patch(obj["url"], json=other)) == {"nonFieldErrors": "non-concept-object"}
    assert invalid_names(schrijver.patch(obj["url"], json={"eindeGeldigheid": "2030-12-31", **other})) == {
        "nonFieldErrors": "non-concept-object"}
    ended = schrijver.patch(obj["url"], json={"eindeGeldigheid": "2030-12-31"})
    assert ended.status_code == 200, ended.text
    assert ended.json()["eindeGeldigheid"] == "2030-12-31" and ended.json()["concept"] is False
    assert invalid_names(schrijver.delete(obj["url"])) == {"nonFieldErrors": "non-concept-object"}
    assert schrijver.get(obj["url"]).status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_ztc_009_corrections_and_removal_with_the_geforceerd_scopes(server, catalogi, corrector_auth,
                                                                      verwijderaar_auth, kind):
    obj, catalogus = _published(catalogi, kind)
    with client_with(server, corrector_auth) as corrector:
        corrected = corrector.put(obj["url"], json=_full_body(kind, obj, catalogus))
        assert corrected.status_code == 200, corrected.text
        assert corrected.json()["concept"] is False
        assert corrector.patch(obj["url"], json={"beginObject": "2019-01-01"}).status_code == 200
        assert_problem(corrector.delete(obj["url"]), 403, "permission_denied")  # not geforceerd-verwijderen
    with client_with(server, verwijderaar_auth) as verwijderaar:
        assert_problem(verwijderaar.patch(obj["url"], json={}), 403, "permission_denied")
        assert verwijderaar.delete(obj["url"]).status_code == 200
        assert verwijderaar.get(obj["url"]).status_code == 404


def test_a_concept_may_be_changed_and_removed_by_a_writer(catalogi, schrijver):
    catalogus = catalogi.catalogus()
    for obj in (catalogi.zaaktype(catalogus), catalogi.besluittype(catalogus), catalogi.informatieobjecttype(catalogus)):
        assert schrijver.patch(obj["url"], json={"beginObject": "2019-01-01"}).status_code == 200
        response = schrijver.delete(obj["url"])
        assert response.status_code == 200 and response.json() == {}


def test_publish_needs_catalogi_schrijven_and_happens_once(server, catalogi, corrector_auth):
    zaaktype = catalogi.zaaktype()
    with client_with(server, corrector_auth) as corrector:
        assert_problem(corrector.post(f"{zaaktype['url']}/publish", json={}), 403, "permission_denied")
    published = catalogi.publish(zaaktype)
    again = catalogi.client.post(f"{zaaktype['url']}/publish", json={})
    assert again.status_code == 200 and again.json() == published


def test_ztc_012a_a_zaaktype_with_a_concept_besluittype_is_not_published(api, catalogi):
    catalogus = catalogi.catalogus()
    besluittype = catalogi.besluittype(catalogus)
    zaaktype = catalogi.zaaktype(catalogus, besluittypen=[besluittype["omschrijving"]])
    assert invalid_names(api.post(f"{zaaktype['url']}/publish", json={})) == {"besluittypen": "concept-relation"}
    assert catalogi.get(zaaktype)["concept"] is True
    catalogi.publish(besluittype)
    assert catalogi.publish(zaaktype)["besluittypen"] == [besluittype["url"]]


def test_ztc_012b_a_zaaktype_with_a_concept_informatieobjecttype_is_not_published(api, catalogi):
    catalogus = catalogi.catalogus()
    iot = catalogi.informatieobjecttype(catalogus)
    zaaktype = catalogi.zaaktype(catalogus)
    catalogi.koppeling(zaaktype, iot)
    assert invalid_names(api.post(f"{zaaktype['url']}/publish", json={})) == {"informatieobjecttypen": "concept-relation"}
    catalogi.publish(iot)
    assert catalogi.publish(zaaktype)["informatieobjecttypen"] == [iot["url"]]


def test_publish_takes_no_meaningful_body_but_refuses_one_that_is_not_an_object(api, catalogi):
    zaaktype = catalogi.zaaktype()
    assert invalid_names(api.post(f"{zaaktype['url']}/publish", json=["x"])) == {"nonFieldErrors": "invalid"}
    assert api.post(f"{zaaktype['url']}/publish", json={"concept": True}).json()["concept"] is False


# --- versions -----------------------------------------------------------------------------------


def test_versions_of_one_zaaktype_are_picked_by_datum_geldigheid(api, catalogi):
    catalogus = catalogi.catalogus()
    identificatie = unique("ZT-")
    eerste = catalogi.published_zaaktype(catalogus, identificatie=identificatie, beginGeldigheid="2020-01-01",
                                         eindeGeldigheid="2020-12-31", versiedatum="2020-01-01")
    tweede = catalogi.zaaktype(catalogus, identificatie=identificatie, beginGeldigheid="2021-01-01",
                               versiedatum="2021-01-01", omschrijving="Tweede versie")
    listed = lambda **params: [z["url"] for z in api.get(f"{ROOT}/zaaktypen", params={
        "identificatie": identificatie, **params}).json()["results"]]
    assert listed() == [eerste["url"]]  # without status: the published ones
    assert listed(status="concept") == [tweede["url"]]
    assert listed(status="alles") == [eerste["url"], tweede["url"]]
    catalogi.publish(tweede)
    assert listed(datumGeldigheid="2020-06-30") == [eerste["url"]]
    assert listed(datumGeldigheid="2020-12-31") == [eerste["url"]]  # valid up to and including its last day
    assert listed(datumGeldigheid="2021-01-01") == [tweede["url"]]
    assert listed(datumGeldigheid="2019-12-31") == []
    assert invalid_names(api.get(f"{ROOT}/zaaktypen", params={"datumGeldigheid": "morgen"})) == {"datumGeldigheid": "invalid"}
    assert invalid_names(api.get(f"{ROOT}/zaaktypen", params={"status": "klaar"})) == {"status": "invalid"}


def test_published_versions_never_overlap(api, catalogi, schrijver):
    catalogus = catalogi.catalogus()
    identificatie = unique("ZT-")
    eerste = catalogi.published_zaaktype(catalogus, identificatie=identificatie, beginGeldigheid="2020-01-01")
    tweede = catalogi.zaaktype(catalogus, identificatie=identificatie, beginGeldigheid="2022-01-01",
                               versiedatum="2022-01-01")
    assert invalid_names(api.post(f"{tweede['url']}/publish", json={})) == {"beginGeldigheid": "overlap"}
    assert schrijver.patch(eerste["url"], json={"eindeGeldigheid": "2021-12-31"}).status_code == 200
    catalogi.publish(tweede)
    assert invalid_names(schrijver.patch(eerste["url"], json={"eindeGeldigheid": None})) == {"beginGeldigheid": "overlap"}
    # versions of besluittypen and informatieobjecttypen share their omschrijving
    besluittype = catalogi.publish(catalogi.besluittype(catalogus, omschrijving="Besluit A"))
    opvolger = catalogi.besluittype(catalogus, omschrijving="Besluit A", beginGeldigheid="2024-01-01")
    assert invalid_names(api.post(f"{opvolger['url']}/publish", json={})) == {"beginGeldigheid": "overlap"}
    assert schrijver.patch(besluittype["url"], json={"eindeGeldigheid": "2023-12-31"}).status_code == 200
    catalogi.publish(opvolger)


def test_relations_by_name_resolve_to_the_version_valid_on_the_day_asked(api, catalogi):
    catalogus = catalogi.catalogus()
    oud = catalogi.publish(catalogi.besluittype(catalogus, omschrijving="Vergunning", beginGeldigheid="2020-01-01",
                                                eindeGeldigheid="2021-12-31"))
    nieuw = catalogi.publish(catalogi.besluittype(catalogus, omschrijving="Vergunning", beginGeldigheid="2022-01-01"))
    zaaktype = catalogi.published_zaaktype(catalogus, besluittypen=["Vergunning"])
    assert catalogi.get(zaaktype)["besluittypen"] == [nieuw["url"]]  # today
    assert catalogi.get(zaaktype, datumGeldigheid="2021-06-01")["besluittypen"] == [oud["url"]]
    assert catalogi.get(zaaktype, datumGeldigheid="2019-06-01")["besluittypen"] == []
    assert invalid_names(api.get(zaaktype["url"], params={"datumGeldigheid": "2021-13-01"})) == {
        "datumGeldigheid": "invalid"}
    # The relation is by name, so every version of the besluittype shows today's zaaktypen.
    assert catalogi.get(oud)["zaaktypen"] == catalogi.get(nieuw)["zaaktypen"] == [zaaktype["url"]]
