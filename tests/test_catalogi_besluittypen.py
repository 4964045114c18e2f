"""Besluittypen and informatieobjecttypen: their own operations and the relations by
omschrijving that tie them to zaaktypen, resultaattypen and each other."""

from tests.test_catalogi_support import (  # noqa: F401 - fixtures
    BEGIN,
    ROOT,
    assert_problem,
    catalogi,
    invalid_names,
)


def test_an_informatieobjecttype_is_created_with_200_as_the_standard_says(api, catalogi, server):
    catalogus = catalogi.catalogus()
    body = {"catalogus": catalogus["url"], "omschrijving": "Foto", "vertrouwelijkheidaanduiding": "intern",
            "beginGeldigheid": BEGIN, "informatieobjectcategorie": "beeld", "trefwoord": ["foto"],
            "omschrijvingGeneriek": {"informatieobjecttypeOmschrijvingGeneriek": "Foto",
                                     "definitieInformatieobjecttypeOmschrijvingGeneriek": "Een afbeelding",
                                     "herkomstInformatieobjecttypeOmschrijvingGeneriek": "Gemeente",
                                     "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "beeld"}}
    response = api.post(f"{ROOT}/informatieobjecttypen", json=body)
    assert response.status_code == 200, response.text
    created = response.json()
    assert response.headers["location"] == created["url"] and created["concept"] is True
    assert created["omschrijvingGeneriek"]["informatieobjecttypeOmschrijvingGeneriek"] == "Foto"
    assert created["zaaktypen"] == [] and created["besluittypen"] == []
    # The standard leaves the PUT body unspecified: it is the same as the POST body.
    replaced = api.put(created["url"], json={**body, "trefwoord": []})
    assert replaced.status_code == 200 and replaced.json()["trefwoord"] == []
    assert "omschrijvingGeneriek" in replaced.json()
    assert set(invalid_names(api.put(created["url"], json={"omschrijving": "Foto"}))) >= {"catalogus", "beginGeldigheid"}
    assert invalid_names(api.post(f"{ROOT}/informatieobjecttypen", json={**body, "vertrouwelijkheidaanduiding": "x"})) == {
        "vertrouwelijkheidaanduiding": "invalid_choice"}


def test_a_besluittype_names_its_informatieobjecttypen_by_omschrijving(api, catalogi):
    catalogus = catalogi.catalogus()
    brief = catalogi.informatieobjecttype(catalogus, omschrijving="Besluitbrief")
    besluittype = catalogi.besluittype(catalogus, informatieobjecttypen=["Besluitbrief"], reactietermijn="P6W")
    assert besluittype["vastgelegdIn"] == ["Besluitbrief"] and besluittype["informatieobjecttypen"] == []
    assert besluittype["reactietermijn"] == "P6W"
    catalogi.publish(brief)
    assert catalogi.get(besluittype)["informatieobjecttypen"] == [brief["url"]]
    by_url = catalogi.besluittype(catalogus, informatieobjecttypen=[brief["url"]])
    assert by_url["vastgelegdIn"] == ["Besluitbrief"]
    published = catalogi.publish(besluittype)
    assert catalogi.get(brief)["besluittypen"] == [published["url"]]
    unknown = api.post(f"{ROOT}/besluittypen", json={"catalogus": catalogus["url"], "publicatieIndicatie": False,
                                                     "beginGeldigheid": BEGIN, "informatieobjecttypen": ["Geen"]})
    assert invalid_names(unknown) == {"informatieobjecttypen": "does-not-exist"}


def test_besluittype_and_informatieobjecttype_show_the_published_zaaktypen_that_use_them(catalogi):
    catalogus = catalogi.catalogus()
    iot = catalogi.publish(catalogi.informatieobjecttype(catalogus))
    besluittype = catalogi.publish(catalogi.besluittype(catalogus))
    zaaktype = catalogi.zaaktype(catalogus, besluittypen=[besluittype["omschrijving"]])
    catalogi.koppeling(zaaktype, iot)
    resultaattype = catalogi.resultaattype(zaaktype, omschrijving="Verleend",
                                           besluittypen=[besluittype["omschrijving"]], informatieobjecttypen=[iot["url"]])
    assert resultaattype["besluittypen"] == [besluittype["url"]]
    assert resultaattype["besluittypeOmschrijving"] == [besluittype["omschrijving"]]
    assert resultaattype["informatieobjecttypen"] == [iot["url"]]
    assert resultaattype["informatieobjecttypeOmschrijving"] == [iot["omschrijving"]]
    assert catalogi.get(besluittype)["zaaktypen"] == []  # the zaaktype is still a concept
    catalogi.publish(zaaktype)
    fetched = catalogi.get(besluittype)
    assert fetched["zaaktypen"] == [zaaktype["url"]]
    assert fetched["resultaattypen"] == [resultaattype["url"]] and fetched["resultaattypenOmschrijving"] == ["Verleend"]
    assert catalogi.get(iot)["zaaktypen"] == [zaaktype["url"]]


def test_besluittype_and_informatieobjecttype_read_write_and_remove(api, catalogi):
    catalogus = catalogi.catalogus()
    besluittype = catalogi.besluittype(catalogus, besluitcategorie="vergunning")
    head = api.head(besluittype["url"])
    assert head.status_code == 200 and head.headers["etag"] == api.get(besluittype["url"]).headers["etag"]
    patched = api.patch(besluittype["url"], json={"publicatieIndicatie": True, "publicatietekst": "Gepubliceerd"})
    assert patched.status_code == 200 and patched.json()["publicatieIndicatie"] is True
    assert invalid_names(api.patch(besluittype["url"], json={"publicatietermijn": "zes weken"})) == {
        "publicatietermijn": "invalid"}
    assert invalid_names(api.patch(besluittype["url"], json={"besluitcategorie": "x" * 41})) == {
        "besluitcategorie": "max_length"}
    assert api.delete(besluittype["url"]).json() == {}
    assert_problem(api.get(besluittype["url"]), 404, "not_found")
