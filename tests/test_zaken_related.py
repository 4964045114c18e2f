"""The objects of a zaak: statussen (zrc-007, zrc-008, zrc-016), resultaten (zrc-020), rollen
(zrc-019), zaakobjecten, zaakinformatieobjecten (zrc-003, zrc-004, zrc-017), klantcontacten,
zaakeigenschappen (zrc-018), besluiten, contactmomenten and verzoeken."""

import uuid

import pytest

from common.auth.admin import NewGrant
from tests.test_zaken_support import (  # noqa: F401 - fixtures
    BSNS,
    ROOT,
    add_resultaat,
    add_rol,
    add_status,
    catalogi,
    client_with,
    close_zaak,
    create_zaak,
    invalid_params,
    zaaktype,
    zaken,
    zaken_database,
    zaken_server,
)

DOCUMENT = "https://documenten.example/api/v1/enkelvoudiginformatieobjecten/{}"


def zio(client, zaak, document=None, **extra):
    body = {"zaak": zaak["url"], "informatieobject": document or DOCUMENT.format(uuid.uuid4()), **extra}
    return client.post(f"{ROOT}/zaakinformatieobjecten", json=body)


# --------------------------------------------------------------------------- statussen


def test_zrc_007a_einddatum_follows_from_the_eindstatus(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    assert add_status(zaken, zaak, zaaktype.statustypen[0]).status_code == 201
    close_zaak(zaken, zaaktype, zaak)
    closed = zaken.get(zaak["url"]).json()
    assert closed["einddatum"] == "2026-03-01"
    status = zaken.get(closed["status"]).json()
    assert status["statustype"] == zaaktype.eindstatus and status["indicatieLaatstGezetteStatus"] is True


def test_zrc_007r_no_einddatum_without_eindstatus(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    first = add_status(zaken, zaak, zaaktype.statustypen[0], "2026-01-20T10:00:00Z").json()
    second = add_status(zaken, zaak, zaaktype.statustypen[1], "2026-01-21T10:00:00Z").json()
    current = zaken.get(zaak["url"]).json()
    assert current["einddatum"] is None and current["status"] == second["url"]
    assert zaken.get(first["url"]).json()["indicatieLaatstGezetteStatus"] is False
    listed = zaken.get(f"{ROOT}/statussen", params={"zaak": zaak["url"], "indicatieLaatstGezetteStatus": "true"})
    assert [s["url"] for s in listed.json()["results"]] == [second["url"]]


def test_zrc_007_eindstatus_needs_a_resultaat(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    response = add_status(zaken, zaak, zaaktype.eindstatus)
    assert invalid_params(response) == {"nonFieldErrors": "resultaat-does-not-exist"}


def test_zrc_016a_statustype_of_another_zaaktype(zaken, zaaktype, catalogi):
    other = catalogi.zaaktype()
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(add_status(zaken, zaak, other.statustypen[0])) == {"nonFieldErrors": "zaaktype-mismatch"}


@pytest.fixture(scope="module")
def writer(zaken_server, zaaktype):
    """May read and change zaken of the zaaktype, but not change closed ones nor reopen them."""
    client = client_with(zaken_server, NewGrant(
        component="zrc", scopes=("zaken.lezen", "zaken.bijwerken", "zaken.aanmaken", "zaken.statussen.toevoegen"),
        zaaktype=zaaktype.url, max_vertrouwelijkheidaanduiding="zeer_geheim"))
    yield client
    client.close()


@pytest.fixture(scope="module")
def forcer(zaken_server, zaaktype):
    client = client_with(zaken_server, NewGrant(
        component="zrc", scopes=("zaken.lezen", "zaken.geforceerd-bijwerken", "zaken.aanmaken"),
        zaaktype=zaaktype.url, max_vertrouwelijkheidaanduiding="zeer_geheim"))
    yield client
    client.close()


@pytest.fixture
def closed(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    rol = add_rol(zaken, zaak, zaaktype.roltypen["initiator"]).json()
    document = zio(zaken, zaak).json()
    close_zaak(zaken, zaaktype, zaak)
    zaak = zaken.get(zaak["url"]).json()
    return {"zaak": zaak, "rol": rol, "zio": document}


def test_zrc_007c_closed_zaak_update_needs_geforceerd_bijwerken(writer, closed, zaaktype):
    from tests.test_zaken_support import new_zaak

    zaak = closed["zaak"]
    assert writer.put(zaak["url"], json=new_zaak(zaaktype)).status_code == 403
    assert writer.patch(zaak["url"], json={"omschrijving": "x"}).status_code == 403


def test_zrc_007i_closed_zaak_update_with_geforceerd_bijwerken(forcer, closed, zaaktype):
    from tests.test_zaken_support import new_zaak

    zaak = closed["zaak"]
    assert forcer.put(zaak["url"], json=new_zaak(zaaktype, omschrijving="Gecorrigeerd")).status_code == 200
    assert forcer.patch(zaak["url"], json={"omschrijving": "Nogmaals"}).status_code == 200


def test_zrc_007d_and_007j_klantcontact_on_closed_zaak(writer, forcer, closed):
    body = {"zaak": closed["zaak"]["url"], "datumtijd": "2026-04-01T09:00:00Z", "kanaal": "telefoon"}
    assert writer.post(f"{ROOT}/klantcontacten", json=body).status_code == 403
    made = forcer.post(f"{ROOT}/klantcontacten", json=body)
    assert made.status_code == 201, made.text
    assert len(made.json()["identificatie"]) <= 14


def test_zrc_007e_and_007k_resultaat_on_closed_zaak(writer, forcer, zaken, closed, zaaktype):
    resultaat_url = closed["zaak"]["resultaat"]
    body = {"zaak": closed["zaak"]["url"], "resultaattype": zaaktype.resultaattypen["termijn"]}
    assert writer.post(f"{ROOT}/resultaten", json=body).status_code == 403
    assert writer.put(resultaat_url, json=body).status_code == 403
    assert writer.patch(resultaat_url, json={"toelichting": "x"}).status_code == 403
    assert writer.delete(resultaat_url).status_code == 403
    assert forcer.put(resultaat_url, json=body).status_code == 200
    assert forcer.patch(resultaat_url, json={"toelichting": "gecorrigeerd"}).status_code == 200
    assert forcer.delete(resultaat_url).status_code == 204
    assert forcer.post(f"{ROOT}/resultaten", json=body).status_code == 201


def test_zrc_007f_and_007l_rol_on_closed_zaak(writer, forcer, closed, zaaktype):
    assert add_rol(writer, closed["zaak"], zaaktype.roltypen["behandelaar"]).status_code == 403
    assert writer.delete(closed["rol"]["url"]).status_code == 403
    assert add_rol(forcer, closed["zaak"], zaaktype.roltypen["behandelaar"]).status_code == 201
    assert forcer.delete(closed["rol"]["url"]).status_code == 204


def test_zrc_007g_and_007m_status_on_closed_zaak(writer, forcer, closed, zaaktype):
    assert add_status(writer, closed["zaak"], zaaktype.eindstatus, "2026-03-02T10:00:00Z").status_code == 403
    assert add_status(forcer, closed["zaak"], zaaktype.eindstatus, "2026-03-02T10:00:00Z").status_code == 201


def test_zrc_007h_and_007n_zaakinformatieobject_on_closed_zaak(writer, forcer, closed):
    zaak, document = closed["zaak"], closed["zio"]
    assert zio(writer, zaak).status_code == 403
    assert writer.put(document["url"], json={"zaak": zaak["url"], "informatieobject": document["informatieobject"],
                                             "titel": "x"}).status_code == 403
    assert writer.patch(document["url"], json={"titel": "x"}).status_code == 403
    assert writer.delete(document["url"]).status_code == 403
    assert zio(forcer, zaak).status_code == 201
    assert forcer.put(document["url"], json={"zaak": zaak["url"], "informatieobject": document["informatieobject"],
                                             "titel": "y"}).status_code == 200
    assert forcer.patch(document["url"], json={"titel": "z"}).status_code == 200
    assert forcer.delete(document["url"]).status_code == 204


def test_zrc_007i_and_007o_zaakobject_on_closed_zaak(writer, forcer, closed):
    body = {"zaak": closed["zaak"]["url"], "objectType": "adres", "object": "https://bag.example/adressen/2"}
    assert writer.post(f"{ROOT}/zaakobjecten", json=body).status_code == 403
    assert forcer.post(f"{ROOT}/zaakobjecten", json=body).status_code == 201


def test_zrc_007k_and_007p_zaakeigenschap_on_closed_zaak(writer, forcer, closed, zaaktype):
    zaak = closed["zaak"]
    body = {"zaak": zaak["url"], "eigenschap": zaaktype.eigenschap, "waarde": "2030-01-01"}
    assert writer.post(f"{zaak['url']}/zaakeigenschappen", json=body).status_code == 403
    assert forcer.post(f"{zaak['url']}/zaakeigenschappen", json=body).status_code == 201


def test_zrc_008a_and_008b_reopen_with_zaken_heropenen(zaken_server, closed, zaaktype):
    reopener = client_with(zaken_server, NewGrant(component="zrc", scopes=("zaken.lezen", "zaken.heropenen"),
                                                  zaaktype=zaaktype.url, max_vertrouwelijkheidaanduiding="zeer_geheim"))
    with reopener:
        zaak = closed["zaak"]
        assert zaak["einddatum"] and zaak["archiefactiedatum"] and zaak["archiefnominatie"]
        response = add_status(reopener, zaak, zaaktype.statustypen[1], "2026-03-05T10:00:00Z")
        assert response.status_code == 201, response.text
        reopened = reopener.get(zaak["url"]).json()
    assert reopened["einddatum"] is None and reopened["archiefactiedatum"] is None
    assert reopened["archiefnominatie"] is None


def test_zrc_008c_reopen_without_zaken_heropenen(writer, closed, zaaktype):
    response = add_status(writer, closed["zaak"], zaaktype.statustypen[1], "2026-03-05T10:00:00Z")
    assert response.status_code == 403


# --------------------------------------------------------------------------- resultaten, rollen, eigenschappen


def test_zrc_020a_resultaattype_of_another_zaaktype(zaken, zaaktype, catalogi):
    other = catalogi.zaaktype()
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(add_resultaat(zaken, zaak, other.resultaattypen["afgehandeld"])) == {
        "nonFieldErrors": "zaaktype-mismatch"}
    assert add_resultaat(zaken, zaak, zaaktype.resultaattypen["afgehandeld"]).status_code == 201
    assert invalid_params(add_resultaat(zaken, zaak, zaaktype.resultaattypen["termijn"])) == {"zaak": "unique"}


def test_zrc_019a_roltype_of_another_zaaktype(zaken, zaaktype, catalogi):
    other = catalogi.zaaktype()
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(add_rol(zaken, zaak, other.roltypen["initiator"])) == {"nonFieldErrors": "zaaktype-mismatch"}


def test_rol_copies_roltype_and_checks_its_identificatie(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    rol = add_rol(zaken, zaak, zaaktype.roltypen["initiator"], BSNS[3])
    assert rol.status_code == 201, rol.text
    data = rol.json()
    assert data["omschrijving"] == "Melder" and data["omschrijvingGeneriek"] == "initiator"
    assert data["betrokkeneIdentificatie"]["inpBsn"] == BSNS[3]
    assert zaken.get(zaak["url"]).json()["rollen"] == [data["url"]]
    bad_bsn = add_rol(zaken, zaak, zaaktype.roltypen["initiator"], "123456789")
    assert invalid_params(bad_bsn) == {"betrokkeneIdentificatie.inpBsn": "invalid"}
    too_long = add_rol(zaken, zaak, zaaktype.roltypen["initiator"],
                       betrokkeneIdentificatie={"inpBsn": BSNS[0], "geslachtsnaam": "x" * 201})
    assert invalid_params(too_long) == {"betrokkeneIdentificatie.geslachtsnaam": "max_length"}
    vestiging = add_rol(zaken, zaak, zaaktype.roltypen["behandelaar"], betrokkeneType="vestiging",
                        betrokkeneIdentificatie={"vestigingsNummer": "000012345678", "handelsnaam": ["Bakkerij"]})
    assert vestiging.status_code == 201, vestiging.text
    found = zaken.get(f"{ROOT}/rollen", params={"betrokkeneIdentificatie__vestiging__vestigingsNummer": "000012345678"})
    assert [r["url"] for r in found.json()["results"]] == [vestiging.json()["url"]]
    nothing = add_rol(zaken, zaak, zaaktype.roltypen["initiator"], betrokkeneIdentificatie=None)
    assert invalid_params(nothing) == {"nonFieldErrors": "invalid-betrokkene"}


def test_zrc_018a_eigenschap_of_another_zaaktype(zaken, zaaktype, catalogi):
    other = catalogi.zaaktype()
    zaak = create_zaak(zaken, zaaktype)
    response = zaken.post(f"{zaak['url']}/zaakeigenschappen",
                          json={"zaak": zaak["url"], "eigenschap": other.eigenschap, "waarde": "x"})
    assert invalid_params(response) == {"nonFieldErrors": "zaaktype-mismatch"}


def test_zaakeigenschappen_crud(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    made = zaken.post(f"{zaak['url']}/zaakeigenschappen",
                      json={"zaak": zaak["url"], "eigenschap": zaaktype.eigenschap, "waarde": "2026-12-31"})
    assert made.status_code == 201, made.text
    eigenschap = made.json()
    assert eigenschap["naam"] == "vervaldatum"
    assert zaken.get(f"{zaak['url']}/zaakeigenschappen").json() == [eigenschap]
    assert zaken.patch(eigenschap["url"], json={"waarde": "2027-01-01"}).json()["waarde"] == "2027-01-01"
    assert zaken.put(eigenschap["url"], json={"eigenschap": zaaktype.eigenschap, "waarde": "z"}).status_code == 200
    assert zaken.get(zaak["url"]).json()["eigenschappen"] == [eigenschap["url"]]
    assert zaken.delete(eigenschap["url"]).status_code == 204
    other_zaak = create_zaak(zaken, zaaktype)
    assert zaken.get(f"{other_zaak['url']}/zaakeigenschappen/{eigenschap['uuid']}").status_code == 404


# --------------------------------------------------------------------------- zaakinformatieobjecten


def test_zrc_003a_to_003c_zaakinformatieobject_create_update_patch(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    made = zio(zaken, zaak, titel="Foto")
    assert made.status_code == 201, made.text
    document = made.json()
    put = zaken.put(document["url"], json={"zaak": zaak["url"], "informatieobject": document["informatieobject"],
                                           "titel": "Foto 2", "beschrijving": "Van de stoep"})
    assert put.status_code == 200 and put.json()["beschrijving"] == "Van de stoep"
    patch = zaken.patch(document["url"], json={"titel": "Foto 3"})
    assert patch.status_code == 200 and patch.json()["titel"] == "Foto 3"
    assert zaken.get(f"{ROOT}/zaakinformatieobjecten", params={"zaak": zaak["url"]}).json() == [patch.json()]


def test_zrc_003d_invalid_informatieobject_url(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zio(zaken, zaak, document="geen-url")) == {"informatieobject": "invalid"}


def test_zrc_004a_aard_relatie_and_registratiedatum(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    document = zio(zaken, zaak).json()
    assert document["aardRelatieWeergave"] == "Hoort bij, omgekeerd: kent"
    assert document["registratiedatum"].startswith("20")
    assert invalid_params(zio(zaken, zaak, document=document["informatieobject"])) == {"nonFieldErrors": "unique"}


def test_zrc_004b_to_004g_zaak_and_informatieobject_cannot_change(zaken, zaaktype):
    zaak, other = create_zaak(zaken, zaaktype), create_zaak(zaken, zaaktype)
    document = zio(zaken, zaak).json()
    changed_zaak = {"zaak": other["url"], "informatieobject": document["informatieobject"]}
    assert invalid_params(zaken.put(document["url"], json=changed_zaak)) == {"zaak": "wijzigen-niet-toegelaten"}
    assert invalid_params(zaken.patch(document["url"], json={"zaak": other["url"]})) == {
        "zaak": "wijzigen-niet-toegelaten"}
    changed_document = {"zaak": zaak["url"], "informatieobject": DOCUMENT.format(uuid.uuid4())}
    assert invalid_params(zaken.put(document["url"], json=changed_document)) == {
        "informatieobject": "wijzigen-niet-toegelaten"}
    assert invalid_params(zaken.patch(document["url"], json={"informatieobject": DOCUMENT.format(1)})) == {
        "informatieobject": "wijzigen-niet-toegelaten"}


# --------------------------------------------------------------------------- zaakobjecten, links


def test_zaakobjecten_polymorphic_identificatie(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    adres = {"identificatie": "0363200000123456", "wplWoonplaatsNaam": "Amsterdam",
             "gorOpenbareRuimteNaam": "Dam", "huisnummer": 1}
    made = zaken.post(f"{ROOT}/zaakobjecten", json={"zaak": zaak["url"], "objectType": "adres",
                                                    "objectIdentificatie": adres, "zaakobjecttype": zaaktype.zaakobjecttype})
    assert made.status_code == 201, made.text
    assert made.json()["objectIdentificatie"] == adres
    wrong = zaken.post(f"{ROOT}/zaakobjecten", json={"zaak": zaak["url"], "objectType": "adres",
                                                     "objectIdentificatie": {"huisnummer": "een"}})
    assert "objectIdentificatie.huisnummer" in invalid_params(wrong)
    listed = zaken.get(f"{ROOT}/zaakobjecten", params={"zaak": zaak["url"], "objectType": "adres"}).json()
    assert listed["count"] == 1
    patched = zaken.patch(made.json()["url"], json={"relatieomschrijving": "Locatie van de melding"})
    assert patched.status_code == 200 and patched.json()["relatieomschrijving"] == "Locatie van de melding"
    assert zaken.delete(made.json()["url"]).status_code == 204


def test_contactmomenten_verzoeken_and_besluiten(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    moment = zaken.post(f"{ROOT}/zaakcontactmomenten", json={
        "zaak": zaak["url"], "contactmoment": "https://klanten.example/contactmomenten/api/v1/contactmomenten/1"})
    assert moment.status_code == 201, moment.text
    verzoek = zaken.post(f"{ROOT}/zaakverzoeken", json={
        "zaak": zaak["url"], "verzoek": "https://verzoeken.example/api/v1/verzoeken/1"})
    assert verzoek.status_code == 201, verzoek.text
    besluit = zaken.post(f"{zaak['url']}/besluiten", json={"besluit": "https://besluiten.example/api/v1/besluiten/1"})
    assert besluit.status_code == 201, besluit.text
    assert zaken.get(f"{ROOT}/zaakcontactmomenten", params={"zaak": zaak["url"]}).json() == [moment.json()]
    assert zaken.get(f"{ROOT}/zaakverzoeken", params={"zaak": zaak["url"]}).json() == [verzoek.json()]
    assert zaken.get(f"{zaak['url']}/besluiten").json() == [besluit.json()]
    for made in (moment, verzoek, besluit):
        assert zaken.delete(made.json()["url"]).status_code == 204
    assert invalid_params(zaken.post(f"{ROOT}/zaakverzoeken", json={"zaak": zaak["url"], "verzoek": "x"})) == {
        "verzoek": "invalid"}


# --------------------------------------------------------------------------- with a known Documenten API
# The stub serves any collection under its root, so it stands in for a Documenten API here.


def _document(catalogi, **values):
    return catalogi.add("enkelvoudiginformatieobjecten", **values)


def test_zrc_017a_informatieobjecttype_not_of_the_zaaktype(zaken, zaaktype, catalogi):
    zaak = create_zaak(zaken, zaaktype)
    document = _document(catalogi, informatieobjecttype="https://catalogi.example/informatieobjecttypen/1",
                         indicatieGebruiksrecht=False)
    assert invalid_params(zio(zaken, zaak, document=document["url"])) == {
        "nonFieldErrors": "missing-zaaktype-informatieobjecttype-relation"}


def test_zrc_003d_informatieobject_that_does_not_exist(zaken, zaaktype, catalogi):
    zaak = create_zaak(zaken, zaaktype)
    missing = f"{catalogi.url}/catalogi/api/v1/enkelvoudiginformatieobjecten/{uuid.uuid4()}"
    assert invalid_params(zio(zaken, zaak, document=missing)) == {"informatieobject": "bad-url"}


def test_zrc_007q_eindstatus_with_document_without_indicatie_gebruiksrecht(zaken, catalogi):
    zaaktype = catalogi.zaaktype()
    iotype = "https://catalogi.example/informatieobjecttypen/foto"
    catalogi.objects[zaaktype.url]["informatieobjecttypen"].append(iotype)
    zaak = create_zaak(zaken, zaaktype)
    document = _document(catalogi, informatieobjecttype=iotype, indicatieGebruiksrecht=None)
    assert zio(zaken, zaak, document=document["url"]).status_code == 201
    assert add_resultaat(zaken, zaak, zaaktype.resultaattypen["afgehandeld"]).status_code == 201
    response = add_status(zaken, zaak, zaaktype.eindstatus)
    assert invalid_params(response) == {"nonFieldErrors": "indicatiegebruiksrecht-unset"}
    document["indicatieGebruiksrecht"] = False
    assert add_status(zaken, zaak, zaaktype.eindstatus).status_code == 201


def test_a_zaak_lists_its_rollen_in_the_order_they_were_added(zaken, zaaktype):
    """The relations of a zaak come from one statement (common/keylists.py); eleven rollen stay
    in creation order (a text sort would put the tenth before the second)."""
    zaak = create_zaak(zaken, zaaktype)
    added = []
    for n in range(11):
        response = add_rol(zaken, zaak, zaaktype.roltypen["initiator"], bsn=BSNS[n % len(BSNS)])
        assert response.status_code == 201, response.text
        added.append(response.json()["url"])
    detail = zaken.get(f"{ROOT}/zaken/{zaak['uuid']}", headers={"Accept-Crs": "EPSG:4326"}).json()
    assert detail["rollen"] == added
    listed = zaken.get(f"{ROOT}/zaken", params={"identificatie": zaak["identificatie"]},
                       headers={"Accept-Crs": "EPSG:4326"}).json()["results"]
    assert [z["rollen"] for z in listed] == [added]
