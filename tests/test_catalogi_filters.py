"""Every filter of every Catalogi list, as the contract names them, on both databases."""

import httpx
import pytest

from tests import servers
from tests.conftest import SUPERUSER
from tests.test_catalogi_support import (  # noqa: F401 - fixtures
    ROOT,
    Catalogi,
    catalogi,
    invalid_names,
    unique,
)


@pytest.fixture(scope="module")
def world(server):
    """One catalogus with two published versions of a zaaktype (2020 and from 2021), a concept
    zaaktype, and parts, besluittypen and informatieobjecttypen around them. Read only."""
    with httpx.Client(base_url=server.url, auth=servers.ZgwAuth(*SUPERUSER), timeout=30) as client:
        return _world(Catalogi(client))


def _world(catalogi: Catalogi) -> dict:
    catalogus = catalogi.catalogus()
    iot = catalogi.publish(catalogi.informatieobjecttype(catalogus, omschrijving=unique("Brief ")))
    iot_concept = catalogi.informatieobjecttype(catalogus, omschrijving=unique("Notitie "))
    besluittype = catalogi.publish(catalogi.besluittype(catalogus, omschrijving=unique("Besluit "),
                                                        informatieobjecttypen=[iot["omschrijving"]]))
    identificatie = unique("ZT-")
    oud = catalogi.zaaktype(catalogus, identificatie=identificatie, trefwoorden=["stoep", "lamp"],
                            eindeGeldigheid="2020-12-31", besluittypen=[besluittype["omschrijving"]])
    nieuw = catalogi.zaaktype(catalogus, identificatie=identificatie, trefwoorden=["stoep"],
                              beginGeldigheid="2021-01-01", versiedatum="2021-01-01")
    concept = catalogi.zaaktype(catalogus, identificatie=unique("ZT-"), trefwoorden=["lamp"])
    parts = {}
    for zaaktype, name in ((oud, "oud"), (nieuw, "nieuw"), (concept, "concept")):
        parts[name] = {
            "statustype": catalogi.statustype(zaaktype),
            "roltype": catalogi.roltype(zaaktype, omschrijvingGeneriek="initiator" if name != "nieuw" else "behandelaar"),
            "eigenschap": catalogi.eigenschap(zaaktype),
            "resultaattype": catalogi.resultaattype(zaaktype),
            "zaakobjecttype": catalogi.zaakobjecttype(zaaktype, anderObjecttype=name == "concept",
                                                      relatieOmschrijving=f"betreft {name}",
                                                      beginGeldigheid=zaaktype["beginGeldigheid"]),
            "koppeling": catalogi.koppeling(zaaktype, iot_concept if name == "concept" else iot,
                                            richting="uitgaand" if name == "nieuw" else "inkomend"),
        }
    oud, nieuw = catalogi.publish(oud), catalogi.publish(nieuw)
    return {"catalogus": catalogus, "oud": oud, "nieuw": nieuw, "concept": concept, "parts": parts,
            "iot": iot, "iot_concept": iot_concept, "besluittype": besluittype, "identificatie": identificatie}


def urls(api, collection: str, **params) -> list[str]:
    response = api.get(f"{ROOT}/{collection}", params=params)
    assert response.status_code == 200, response.text
    return [item["url"] for item in response.json()["results"]]


def test_zaaktypen_by_catalogus_identificatie_trefwoorden_status_and_geldigheid(api, world):
    w, catalogus = world, world["catalogus"]["url"]
    assert urls(api, "zaaktypen", catalogus=catalogus) == [w["oud"]["url"], w["nieuw"]["url"]]
    assert urls(api, "zaaktypen", catalogus=catalogus, status="concept") == [w["concept"]["url"]]
    assert len(urls(api, "zaaktypen", catalogus=catalogus, status="alles")) == 3
    assert urls(api, "zaaktypen", identificatie=w["identificatie"], datumGeldigheid="2020-06-01") == [w["oud"]["url"]]
    assert urls(api, "zaaktypen", catalogus=catalogus, trefwoorden="stoep,lamp") == [w["oud"]["url"]]
    response = api.get(f"{ROOT}/zaaktypen", params=[("catalogus", catalogus), ("trefwoorden", "stoep"),
                                                    ("trefwoorden", "lamp")])
    assert [z["url"] for z in response.json()["results"]] == [w["oud"]["url"]]  # the array, repeated
    assert urls(api, "zaaktypen", catalogus=catalogus, trefwoorden="stoep") == [w["oud"]["url"], w["nieuw"]["url"]]
    assert urls(api, "zaaktypen", catalogus=w["oud"]["url"]) == []  # a URL of something else matches nothing
    assert invalid_names(api.get(f"{ROOT}/zaaktypen", params={"catalogus": "geen-url"})) == {"catalogus": "invalid"}


@pytest.mark.parametrize("collection, kind", [("statustypen", "statustype"), ("roltypen", "roltype"),
                                              ("eigenschappen", "eigenschap")])
def test_parts_by_zaaktype_its_identificatie_status_and_geldigheid(api, world, collection, kind):
    w, parts = world, world["parts"]
    assert urls(api, collection, zaaktype=w["oud"]["url"]) == [parts["oud"][kind]["url"]]
    assert urls(api, collection, zaaktype=w["concept"]["url"]) == []  # without status: published zaaktypen only
    assert urls(api, collection, zaaktype=w["concept"]["url"], status="concept") == [parts["concept"][kind]["url"]]
    assert urls(api, collection, zaaktypeIdentificatie=w["identificatie"]) == [parts["oud"][kind]["url"],
                                                                               parts["nieuw"][kind]["url"]]
    assert urls(api, collection, zaaktypeIdentificatie=w["identificatie"], datumGeldigheid="2021-02-01") == [
        parts["nieuw"][kind]["url"]]
    assert invalid_names(api.get(f"{ROOT}/{collection}", params={"status": "gepubliceerd"})) == {"status": "invalid"}


def test_roltypen_by_omschrijving_generiek(api, world):
    parts = world["parts"]
    assert urls(api, "roltypen", zaaktypeIdentificatie=world["identificatie"], omschrijvingGeneriek="behandelaar") == [
        parts["nieuw"]["roltype"]["url"]]
    assert invalid_names(api.get(f"{ROOT}/roltypen", params={"omschrijvingGeneriek": "baas"})) == {
        "omschrijvingGeneriek": "invalid"}


def test_resultaattypen_spell_two_filters_in_snake_case_as_the_standard_does(api, world):
    parts = world["parts"]
    assert urls(api, "resultaattypen", zaaktype_identificatie=world["identificatie"], datum_geldigheid="2020-02-01") == [
        parts["oud"]["resultaattype"]["url"]]
    assert urls(api, "resultaattypen", zaaktype=world["nieuw"]["url"]) == [parts["nieuw"]["resultaattype"]["url"]]
    refused = api.get(f"{ROOT}/resultaattypen", params={"zaaktypeIdentificatie": world["identificatie"]})
    assert invalid_names(refused) == {"nonFieldErrors": "unknown-parameters"}


def test_besluittypen_and_informatieobjecttypen_filters(api, world, catalogi):
    w, catalogus = world, world["catalogus"]["url"]
    assert urls(api, "besluittypen", catalogus=catalogus) == [w["besluittype"]["url"]]
    assert urls(api, "besluittypen", zaaktypen=w["oud"]["url"]) == [w["besluittype"]["url"]]
    assert urls(api, "besluittypen", zaaktypen=w["nieuw"]["url"]) == []
    assert urls(api, "besluittypen", informatieobjecttypen=w["iot"]["url"]) == [w["besluittype"]["url"]]
    assert urls(api, "besluittypen", omschrijving=w["besluittype"]["omschrijving"]) == [w["besluittype"]["url"]]
    assert urls(api, "besluittypen", catalogus=catalogus, datumGeldigheid="2019-01-01") == []
    assert urls(api, "informatieobjecttypen", catalogus=catalogus) == [w["iot"]["url"]]
    assert urls(api, "informatieobjecttypen", catalogus=catalogus, status="concept") == [w["iot_concept"]["url"]]
    assert urls(api, "informatieobjecttypen", omschrijving=w["iot"]["omschrijving"]) == [w["iot"]["url"]]


def test_zaaktype_informatieobjecttypen_filters(api, world):
    w, parts = world, world["parts"]
    assert urls(api, "zaaktype-informatieobjecttypen", zaaktype=w["oud"]["url"]) == [parts["oud"]["koppeling"]["url"]]
    by_name = urls(api, "zaaktype-informatieobjecttypen", informatieobjecttype=w["iot"]["omschrijving"])
    assert by_name == [parts["oud"]["koppeling"]["url"], parts["nieuw"]["koppeling"]["url"]]
    assert urls(api, "zaaktype-informatieobjecttypen", informatieobjecttype=w["iot"]["url"]) == by_name
    assert urls(api, "zaaktype-informatieobjecttypen", informatieobjecttype=w["iot"]["url"], richting="uitgaand") == [
        parts["nieuw"]["koppeling"]["url"]]
    assert urls(api, "zaaktype-informatieobjecttypen", informatieobjecttype=w["iot_concept"]["omschrijving"],
                status="alles") == [parts["concept"]["koppeling"]["url"]]
    assert invalid_names(api.get(f"{ROOT}/zaaktype-informatieobjecttypen", params={"richting": "omhoog"})) == {
        "richting": "invalid"}


def test_zaakobjecttypen_filters_and_no_status(api, world):
    w, parts = world, world["parts"]
    catalogus = w["catalogus"]["url"]
    mine = lambda name: parts[name]["zaakobjecttype"]["url"]
    assert urls(api, "zaakobjecttypen", catalogus=catalogus) == [mine("oud"), mine("nieuw"), mine("concept")]
    assert urls(api, "zaakobjecttypen", catalogus=catalogus, anderObjecttype="true") == [mine("concept")]
    assert urls(api, "zaakobjecttypen", catalogus=catalogus, datumBeginGeldigheid="2021-01-01") == [mine("nieuw")]
    # the geldigheid of its zaaktype: the concept zaaktype has no end yet
    assert urls(api, "zaakobjecttypen", catalogus=catalogus, datumGeldigheid="2021-06-01") == [mine("nieuw"),
                                                                                                mine("concept")]
    assert urls(api, "zaakobjecttypen", relatieOmschrijving="betreft concept", zaaktype=w["concept"]["url"]) == [
        mine("concept")]
    assert urls(api, "zaakobjecttypen", zaaktypeIdentificatie=w["identificatie"],
                objecttype="https://objecttypen.example/api/v1/objecttypen/1") == [mine("oud"), mine("nieuw")]
    assert urls(api, "zaakobjecttypen", catalogus=catalogus, datumEindeGeldigheid="2020-12-31") == []
    assert invalid_names(api.get(f"{ROOT}/zaakobjecttypen", params={"anderObjecttype": "misschien"})) == {
        "anderObjecttype": "invalid"}
    assert invalid_names(api.get(f"{ROOT}/zaakobjecttypen", params={"status": "alles"})) == {
        "nonFieldErrors": "unknown-parameters"}


def test_pages_of_a_filtered_part_list_keep_the_filter(api, catalogi):
    zaaktype = catalogi.zaaktype()
    made = [catalogi.statustype(zaaktype, volgnummer=n)["url"] for n in range(1, 6)]
    first = api.get(f"{ROOT}/statustypen", params={"zaaktype": zaaktype["url"], "status": "alles", "pageSize": 2}).json()
    assert first["count"] == 5 and "status=alles" in first["next"]
    seen, page = [s["url"] for s in first["results"]], first
    while page["next"]:
        page = api.get(page["next"]).json()
        seen += [s["url"] for s in page["results"]]
    assert seen == made
