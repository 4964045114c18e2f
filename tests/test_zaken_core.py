"""The zaken resource of the Zaken API: rules zrc-001, 002, 006, 009-015, 021-023, CRS headers,
filters and _zoek, on SQLite and on PostgreSQL over real HTTP."""

import asyncio
import concurrent.futures
import re
import uuid

import httpx
import pytest

from sqlalchemy import select

from common import db
from common.auth.admin import NewGrant
from common.platform.models import OutboxMessage
from tests.test_zaken_support import (  # noqa: F401 - fixtures
    BSNS,
    CRS,
    ROOT,
    RSIN,
    add_resultaat,
    add_rol,
    add_status,
    catalogi,
    client_with,
    close_zaak,
    create_zaak,
    invalid_params,
    new_zaak,
    zaaktype,
    zaken,
    zaken_database,
    zaken_server,
)
from tests.conftest import valid_rsin

ZAKEN = f"{ROOT}/zaken"


# --------------------------------------------------------------------------- zrc-001


def test_zrc_001a_create_zaak(zaken, zaaktype):
    response = zaken.post(ZAKEN, json=new_zaak(zaaktype))
    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["location"] == created["url"]
    assert response.headers["content-crs"] == "EPSG:4326"
    assert created["zaaktype"] == zaaktype.url and created["status"] is None and created["einddatum"] is None
    assert zaken.get(created["url"]).json() == created


def test_zrc_001b_update_and_001c_partial_update(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    body = new_zaak(zaaktype, omschrijving="Gewijzigd", toelichting="Door de buurman gemeld")
    updated = zaken.put(zaak["url"], json=body)
    assert updated.status_code == 200, updated.text
    assert updated.json()["omschrijving"] == "Gewijzigd" and updated.json()["toelichting"] == "Door de buurman gemeld"
    patched = zaken.patch(zaak["url"], json={"zaaktype": zaaktype.url, "omschrijving": "Deels"})
    assert patched.status_code == 200, patched.text
    assert patched.json()["omschrijving"] == "Deels" and patched.json()["toelichting"] == "Door de buurman gemeld"


def test_zrc_001d_zaaktype_that_does_not_resolve(zaken, catalogi):
    missing = f"{catalogi.url}/catalogi/api/v1/zaaktypen/{uuid.uuid4()}"
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(missing))) == {"zaaktype": "bad-url"}
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak("https://nergens.example/zaaktypen/1"))) == {
        "zaaktype": "bad-url"}
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak("geen-url"))) == {"zaaktype": "invalid"}


def test_zrc_001e_zaaktype_url_of_another_resource(zaken, zaaktype):
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype.statustypen[0]))) == {
        "zaaktype": "invalid-resource"}


def test_zrc_001f_concept_zaaktype_is_refused(zaken, catalogi):
    concept = catalogi.zaaktype(concept=True)
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(concept))) == {"zaaktype": "not-published"}


def test_zaaktype_of_a_zaak_cannot_change(zaken, zaaktype, catalogi):
    zaak = create_zaak(zaken, zaaktype)
    other = catalogi.zaaktype()
    response = zaken.patch(zaak["url"], json={"zaaktype": other.url})
    assert invalid_params(response) == {"zaaktype": "wijzigen-niet-toegelaten"}


# --------------------------------------------------------------------------- zrc-002


def test_zrc_002a_create_with_existing_identificatie(zaken, zaaktype):
    identificatie = f"Z-{uuid.uuid4().hex[:8]}"
    create_zaak(zaken, zaaktype, identificatie=identificatie)
    again = zaken.post(ZAKEN, json=new_zaak(zaaktype, identificatie=identificatie))
    assert invalid_params(again) == {"identificatie": "identificatie-niet-uniek"}
    elsewhere = zaken.post(ZAKEN, json=new_zaak(zaaktype, identificatie=identificatie, bronorganisatie=valid_rsin()))
    assert elsewhere.status_code == 201


def test_zrc_002b_update_and_002c_partial_update_to_existing_identificatie(zaken, zaaktype):
    taken = create_zaak(zaken, zaaktype)["identificatie"]
    zaak = create_zaak(zaken, zaaktype)
    put = zaken.put(zaak["url"], json=new_zaak(zaaktype, identificatie=taken))
    assert invalid_params(put) == {"identificatie": "identificatie-niet-uniek"}
    patch = zaken.patch(zaak["url"], json={"identificatie": taken})
    assert invalid_params(patch) == {"identificatie": "identificatie-niet-uniek"}


def test_zrc_002d_generated_identificatie(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype, registratiedatum="2025-06-01")
    assert re.fullmatch(r"ZAAK-2025-\d{10}", zaak["identificatie"])
    next_one = create_zaak(zaken, zaaktype, registratiedatum="2025-06-02")
    assert next_one["identificatie"] != zaak["identificatie"]


def test_zrc_002d_concurrent_creates_get_distinct_identificaties(zaken_server, superuser_auth, zaaktype):
    bron = valid_rsin()

    def post(_):
        with httpx.Client(base_url=zaken_server.url, timeout=60, auth=superuser_auth, headers=CRS) as client:
            response = client.post(ZAKEN, json=new_zaak(zaaktype, bronorganisatie=bron))
            assert response.status_code == 201, response.text
            return response.json()["identificatie"]

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        made = list(pool.map(post, range(16)))
    assert len(set(made)) == 16
    year = made[0][5:9]
    assert sorted(made) == [f"ZAAK-{year}-{n:010d}" for n in range(1, 17)]


def test_zrc_002d_generation_skips_a_number_taken_by_hand(zaken, zaaktype):
    bron = valid_rsin()
    create_zaak(zaken, zaaktype, bronorganisatie=bron, identificatie="ZAAK-2024-0000000001", registratiedatum="2024-01-01")
    generated = create_zaak(zaken, zaaktype, bronorganisatie=bron, registratiedatum="2024-02-01")
    assert generated["identificatie"] == "ZAAK-2024-0000000002"


# --------------------------------------------------------------------------- zrc-009 .. zrc-015


def test_zrc_009a_explicit_vertrouwelijkheid_and_009b_put_and_009c_patch(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype, vertrouwelijkheidaanduiding="zaakvertrouwelijk")
    assert zaak["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"
    put = zaken.put(zaak["url"], json=new_zaak(zaaktype, vertrouwelijkheidaanduiding="intern"))
    assert put.json()["vertrouwelijkheidaanduiding"] == "intern"
    patch = zaken.patch(zaak["url"], json={"vertrouwelijkheidaanduiding": "geheim"})
    assert patch.json()["vertrouwelijkheidaanduiding"] == "geheim"


def test_zrc_009d_vertrouwelijkheid_from_zaaktype(zaken, catalogi):
    geheim = catalogi.zaaktype(vertrouwelijkheid="geheim")
    assert create_zaak(zaken, geheim)["vertrouwelijkheidaanduiding"] == "geheim"


def test_zrc_010a_to_010c_communicatiekanaal_must_be_a_url(zaken, zaaktype):
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, communicatiekanaal="telefoon"))) == {
        "communicatiekanaal": "invalid"}
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zaken.put(zaak["url"], json=new_zaak(zaaktype, communicatiekanaal="x"))) == {
        "communicatiekanaal": "invalid"}
    assert invalid_params(zaken.patch(zaak["url"], json={"communicatiekanaal": "x"})) == {
        "communicatiekanaal": "invalid"}


def test_zrc_010d_to_010f_communicatiekanaal_resource_when_its_api_is_known(zaken, zaaktype, catalogi):
    """The stub Catalogi stands in for a known API: a URL into it must be a communicatiekanaal."""
    not_a_kanaal = zaaktype.statustypen[0]
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, communicatiekanaal=not_a_kanaal))) == {
        "communicatiekanaal": "invalid-resource"}
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zaken.put(zaak["url"], json=new_zaak(zaaktype, communicatiekanaal=not_a_kanaal))) == {
        "communicatiekanaal": "invalid-resource"}
    assert invalid_params(zaken.patch(zaak["url"], json={"communicatiekanaal": not_a_kanaal})) == {
        "communicatiekanaal": "invalid-resource"}


def test_zrc_010g_to_010i_valid_communicatiekanaal(zaken, zaaktype):
    kanaal = "https://referentielijsten.example/api/v1/communicatiekanalen/1"
    zaak = create_zaak(zaken, zaaktype, communicatiekanaal=kanaal)
    assert zaak["communicatiekanaal"] == kanaal
    assert zaken.put(zaak["url"], json=new_zaak(zaaktype, communicatiekanaal=kanaal)).status_code == 200
    assert zaken.patch(zaak["url"], json={"communicatiekanaal": kanaal}).status_code == 200


def test_zrc_011a_to_011c_relevante_andere_zaken_must_be_zaken(zaken, zaaktype):
    bad = [{"url": "https://nergens.example/zaken/1", "aardRelatie": "vervolg"}]
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, relevanteAndereZaken=bad))) == {
        "relevanteAndereZaken.0.url": "bad-url"}
    zaak = create_zaak(zaken, zaaktype)
    assert "relevanteAndereZaken.0.url" in invalid_params(
        zaken.put(zaak["url"], json=new_zaak(zaaktype, relevanteAndereZaken=bad)))
    gone = [{"url": f"{zaak['url'].rsplit('/', 1)[0]}/{uuid.uuid4()}", "aardRelatie": "vervolg"}]
    assert "relevanteAndereZaken.0.url" in invalid_params(zaken.patch(zaak["url"], json={"relevanteAndereZaken": gone}))


def test_zrc_011d_to_011f_valid_relevante_andere_zaken(zaken, zaaktype):
    other = create_zaak(zaken, zaaktype)
    relaties = [{"url": other["url"], "aardRelatie": "bijdrage"}]
    zaak = create_zaak(zaken, zaaktype, relevanteAndereZaken=relaties)
    assert zaak["relevanteAndereZaken"] == relaties
    assert zaken.put(zaak["url"], json=new_zaak(zaaktype, relevanteAndereZaken=relaties)).status_code == 200
    assert zaken.patch(zaak["url"], json={"relevanteAndereZaken": relaties}).status_code == 200


def test_zrc_012a_to_012c_opschorting_needs_indicatie_and_reden(zaken, zaaktype):
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, opschorting={}))) == {
        "opschorting.indicatie": "required", "opschorting.reden": "required"}
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zaken.put(zaak["url"], json=new_zaak(zaaktype, opschorting={"indicatie": True})))
    assert invalid_params(zaken.patch(zaak["url"], json={"opschorting": {"reden": "wachten"}}))


def test_zrc_012d_to_012f_verlenging_needs_reden_and_duur(zaken, zaaktype):
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, verlenging={}))) == {
        "verlenging.reden": "required", "verlenging.duur": "required"}
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zaken.put(zaak["url"], json=new_zaak(zaaktype, verlenging={"reden": "drukte"})))
    assert invalid_params(zaken.patch(zaak["url"], json={"verlenging": {"duur": "P5D"}}))


def test_zrc_012g_to_012l_opschorting_and_verlenging_null(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype, opschorting=None, verlenging=None)
    assert zaak["opschorting"] is None and zaak["verlenging"] is None
    assert zaken.put(zaak["url"], json=new_zaak(zaaktype, opschorting=None, verlenging=None)).status_code == 200
    patched = zaken.patch(zaak["url"], json={"opschorting": {"indicatie": True, "reden": "wachten op info"},
                                             "verlenging": {"reden": "drukte", "duur": "P14D"}})
    assert patched.json()["verlenging"] == {"reden": "drukte", "duur": "P14D"}
    assert zaken.patch(zaak["url"], json={"opschorting": None, "verlenging": None}).json()["verlenging"] is None


def test_zrc_013a_hoofdzaak_must_be_a_zaak(zaken, zaaktype):
    response = zaken.post(ZAKEN, json=new_zaak(zaaktype, hoofdzaak="https://nergens.example/zaken/1"))
    assert invalid_params(response) == {"hoofdzaak": "invalid-resource"}


def test_zrc_013c_and_013d_zaak_is_not_its_own_deelzaak(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zaken.put(zaak["url"], json=new_zaak(zaaktype, hoofdzaak=zaak["url"]))) == {
        "hoofdzaak": "self-forbidden"}
    assert invalid_params(zaken.patch(zaak["url"], json={"hoofdzaak": zaak["url"]})) == {"hoofdzaak": "self-forbidden"}


def test_zrc_013_deelzaak_of_a_deelzaak_is_refused_and_deelzaken_listed(zaken, zaaktype):
    hoofd = create_zaak(zaken, zaaktype)
    deel = create_zaak(zaken, zaaktype, hoofdzaak=hoofd["url"])
    assert zaken.get(hoofd["url"]).json()["deelzaken"] == [deel["url"]]
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, hoofdzaak=deel["url"]))) == {
        "hoofdzaak": "deelzaak-als-hoofdzaak"}


def test_zrc_014a_to_014c_nvt_with_laatste_betaaldatum(zaken, zaaktype):
    values = {"betalingsindicatie": "nvt", "laatsteBetaaldatum": "2026-01-01T10:00:00Z"}
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, **values))) == {"laatsteBetaaldatum": "betaling-nvt"}
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zaken.put(zaak["url"], json=new_zaak(zaaktype, **values))) == {
        "laatsteBetaaldatum": "betaling-nvt"}
    assert invalid_params(zaken.patch(zaak["url"], json=values)) == {"laatsteBetaaldatum": "betaling-nvt"}


def test_zrc_014d_and_014e_nvt_empties_laatste_betaaldatum(zaken, zaaktype):
    paid = {"betalingsindicatie": "geheel", "laatsteBetaaldatum": "2026-01-01T10:00:00Z"}
    zaak = create_zaak(zaken, zaaktype, **paid)
    assert zaak["laatsteBetaaldatum"] == "2026-01-01T10:00:00Z"
    put = zaken.put(zaak["url"], json=new_zaak(zaaktype, betalingsindicatie="nvt"))
    assert put.json()["laatsteBetaaldatum"] is None
    zaken.patch(zaak["url"], json=paid)
    patched = zaken.patch(zaak["url"], json={"betalingsindicatie": "nvt"})
    assert patched.status_code == 200 and patched.json()["laatsteBetaaldatum"] is None


def test_zrc_015a_to_015c_producten_not_of_the_zaaktype(zaken, zaaktype):
    wrong = ["https://producten.example/api/v1/producten/999"]
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, productenOfDiensten=wrong))) == {
        "productenOfDiensten": "invalid-products-services"}
    zaak = create_zaak(zaken, zaaktype)
    assert invalid_params(zaken.put(zaak["url"], json=new_zaak(zaaktype, productenOfDiensten=wrong)))
    assert invalid_params(zaken.patch(zaak["url"], json={"productenOfDiensten": wrong}))


def test_zrc_015d_to_015f_valid_producten(zaken, zaaktype):
    good = zaaktype.data["productenOfDiensten"]
    zaak = create_zaak(zaken, zaaktype, productenOfDiensten=good)
    assert zaak["productenOfDiensten"] == good
    assert zaken.put(zaak["url"], json=new_zaak(zaaktype, productenOfDiensten=good)).status_code == 200
    assert zaken.patch(zaak["url"], json={"productenOfDiensten": good}).status_code == 200


# --------------------------------------------------------------------------- zrc-021, zrc-022


def test_zrc_021a_afleidingswijze_afgehandeld(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    close_zaak(zaken, zaaktype, zaak, "afgehandeld")
    closed = zaken.get(zaak["url"]).json()
    assert closed["einddatum"] == "2026-03-01"
    assert closed["archiefnominatie"] == "vernietigen"
    assert closed["archiefactiedatum"] == "2036-03-01"


def test_zrc_021_afleidingswijze_termijn(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    close_zaak(zaken, zaaktype, zaak, "termijn")
    assert zaken.get(zaak["url"]).json()["archiefactiedatum"] == "2041-03-01"


def test_zrc_021c_afleidingswijze_eigenschap(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    made = zaken.post(f"{zaak['url']}/zaakeigenschappen", json={"zaak": zaak["url"], "eigenschap": zaaktype.eigenschap,
                                                                "waarde": "2027-05-04"})
    assert made.status_code == 201, made.text
    close_zaak(zaken, zaaktype, zaak, "eigenschap")
    assert zaken.get(zaak["url"]).json()["archiefactiedatum"] == "2037-05-04"


def test_zrc_021g_afleidingswijze_ander_datumkenmerk(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    close_zaak(zaken, zaaktype, zaak, "ander_datumkenmerk")
    closed = zaken.get(zaak["url"]).json()
    assert closed["archiefnominatie"] == "vernietigen" and closed["archiefactiedatum"] is None


def test_zrc_021h_afleidingswijze_zaakobject_local(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    made = zaken.post(f"{ROOT}/zaakobjecten", json={
        "zaak": zaak["url"], "objectType": "overige", "objectTypeOverige": "vergunning",
        "objectIdentificatie": {"overigeData": {"einddatum": "2028-01-31"}, "einddatum": "2028-01-31"}})
    assert made.status_code == 201, made.text
    close_zaak(zaken, zaaktype, zaak, "zaakobject")
    assert zaken.get(zaak["url"]).json()["archiefactiedatum"] == "2038-01-31"


def test_zrc_022a_archiefstatus_default(zaken, zaaktype):
    assert create_zaak(zaken, zaaktype)["archiefstatus"] == "nog_te_archiveren"


def test_zrc_022d_to_022g_archiefstatus_needs_nominatie_and_actiedatum(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    put = zaken.put(zaak["url"], json=new_zaak(zaaktype, archiefstatus="gearchiveerd"))
    assert invalid_params(put) == {"archiefnominatie": "archiefnominatie-not-set",
                                   "archiefactiedatum": "archiefactiedatum-not-set"}
    patch = zaken.patch(zaak["url"], json={"archiefstatus": "gearchiveerd", "archiefnominatie": "vernietigen"})
    assert invalid_params(patch) == {"archiefactiedatum": "archiefactiedatum-not-set"}
    patch = zaken.patch(zaak["url"], json={"archiefstatus": "gearchiveerd", "archiefactiedatum": "2030-01-01"})
    assert invalid_params(patch) == {"archiefnominatie": "archiefnominatie-not-set"}


def test_zrc_022h_archiefstatus_with_nominatie_and_actiedatum(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    put = zaken.put(zaak["url"], json=new_zaak(zaaktype, archiefstatus="gearchiveerd", archiefnominatie="vernietigen",
                                               archiefactiedatum="2030-01-01"))
    assert put.status_code == 200, put.text
    assert put.json()["archiefstatus"] == "gearchiveerd"


# --------------------------------------------------------------------------- zrc-023


def test_zrc_023a_to_023g_and_023i_and_023j_delete_cascades(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    rol = add_rol(zaken, zaak, zaaktype.roltypen["initiator"]).json()
    resultaat = add_resultaat(zaken, zaak, zaaktype.resultaattypen["afgehandeld"]).json()
    status = add_status(zaken, zaak, zaaktype.statustypen[0]).json()
    zaakobject = zaken.post(f"{ROOT}/zaakobjecten", json={"zaak": zaak["url"], "objectType": "adres",
                                                          "object": "https://bag.example/adressen/1"}).json()
    eigenschap = zaken.post(f"{zaak['url']}/zaakeigenschappen", json={
        "zaak": zaak["url"], "eigenschap": zaaktype.eigenschap, "waarde": "x"}).json()
    zio = zaken.post(f"{ROOT}/zaakinformatieobjecten", json={
        "zaak": zaak["url"], "informatieobject": "https://documenten.example/api/v1/enkelvoudiginformatieobjecten/1"}).json()
    klantcontact = zaken.post(f"{ROOT}/klantcontacten", json={"zaak": zaak["url"],
                                                              "datumtijd": "2026-01-02T09:00:00Z"}).json()
    deleted = zaken.delete(zaak["url"])
    assert deleted.status_code == 204  # zrc-023a
    assert zaken.get(zaak["url"]).status_code == 404  # zrc-023b
    for url in (resultaat["url"], status["url"], rol["url"], zaakobject["url"], eigenschap["url"], zio["url"],
                klantcontact["url"]):  # zrc-023c .. zrc-023j
        assert zaken.get(url).status_code == 404, url


# --------------------------------------------------------------------------- zrc-006: autorisaties


@pytest.fixture(scope="module")
def restricted(zaken_server, catalogi):
    """A client that may read one zaaktype up to 'intern', and another zaaktype without limit."""
    mine, other, third = catalogi.zaaktype(), catalogi.zaaktype(), catalogi.zaaktype()
    client = client_with(
        zaken_server,
        NewGrant(component="zrc", scopes=("zaken.lezen", "zaken.bijwerken"), zaaktype=mine.url,
                 max_vertrouwelijkheidaanduiding="intern"),
        NewGrant(component="zrc", scopes=("zaken.lezen",), zaaktype=other.url,
                 max_vertrouwelijkheidaanduiding="zeer_geheim"),
    )
    yield client, mine, other, third
    client.close()


def test_zrc_006a_lists_are_filtered_by_zaaktype_and_vertrouwelijkheid(zaken, restricted):
    client, mine, other, third = restricted
    bron = valid_rsin()
    visible = {create_zaak(zaken, mine, bronorganisatie=bron, vertrouwelijkheidaanduiding="openbaar")["url"],
               create_zaak(zaken, mine, bronorganisatie=bron, vertrouwelijkheidaanduiding="intern")["url"],
               create_zaak(zaken, other, bronorganisatie=bron, vertrouwelijkheidaanduiding="geheim")["url"]}
    hidden = [create_zaak(zaken, mine, bronorganisatie=bron, vertrouwelijkheidaanduiding="vertrouwelijk"),
              create_zaak(zaken, third, bronorganisatie=bron)]
    listed = client.get(f"{ROOT}/zaken", params={"bronorganisatie": bron}).json()
    assert listed["count"] == 3 and {z["url"] for z in listed["results"]} == visible
    found = client.post(f"{ROOT}/zaken/_zoek", json={"bronorganisatie": bron})
    assert found.status_code == 200 and found.json()["count"] == 3
    for zaak in hidden:
        assert client.get(zaak["url"]).status_code == 403
        assert client.patch(zaak["url"], json={"omschrijving": "x"}).status_code == 403


def test_zrc_006a_sub_resources_are_filtered_too(zaken, restricted, catalogi):
    client, mine, _other, third = restricted
    hidden = create_zaak(zaken, third)
    shown = create_zaak(zaken, mine)
    rol_hidden = add_rol(zaken, hidden, catalogi.objects[third.url]["roltypen"][0]).json()
    add_rol(zaken, shown, mine.roltypen["initiator"])
    urls = {r["url"] for r in client.get(f"{ROOT}/rollen", params={"pageSize": 500}).json()["results"]}
    assert rol_hidden["url"] not in urls
    assert client.get(rol_hidden["url"]).status_code == 403


def test_zrc_006b_reading_without_scope(zaken_server):
    client = client_with(zaken_server, NewGrant(component="ztc", scopes=("catalogi.lezen",)))
    with client:
        response = client.get(f"{ROOT}/zaken")
    assert response.status_code == 403 and response.json()["code"] == "permission_denied"


def test_zrc_006c_creating_without_scope(zaken_server, zaaktype, restricted):
    client, mine, _other, _third = restricted
    assert client.post(f"{ROOT}/zaken", json=new_zaak(mine)).status_code == 403
    may_create_other = client_with(zaken_server, NewGrant(component="zrc", scopes=("zaken.aanmaken",),
                                                          zaaktype=zaaktype.url,
                                                          max_vertrouwelijkheidaanduiding="openbaar"))
    with may_create_other:
        assert may_create_other.post(f"{ROOT}/zaken", json=new_zaak(mine)).status_code == 403
        assert may_create_other.post(f"{ROOT}/zaken", json=new_zaak(
            zaaktype, vertrouwelijkheidaanduiding="geheim")).status_code == 403
        assert may_create_other.post(f"{ROOT}/zaken", json=new_zaak(zaaktype)).status_code == 201


def test_no_token_is_403(zaken_server):
    with httpx.Client(base_url=zaken_server.url, headers=CRS) as anonymous:
        assert anonymous.get(f"{ROOT}/zaken").status_code == 403


# --------------------------------------------------------------------------- CRS, ETag, HEAD


def test_missing_accept_crs_is_412_and_other_crs_406(zaken_server, superuser_auth, zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    with httpx.Client(base_url=zaken_server.url, auth=superuser_auth) as plain:
        assert plain.get(zaak["url"]).status_code == 412
        assert plain.get(zaak["url"], headers={"Accept-Crs": "EPSG:28992"}).status_code == 406
        assert plain.get(zaak["url"], headers={"Accept-Crs": "EPSG:4326"}).status_code == 200
        no_content_crs = plain.post(f"{ROOT}/zaken", json=new_zaak(zaaktype), headers={"Accept-Crs": "EPSG:4326"})
        assert no_content_crs.status_code == 412
        assert no_content_crs.headers["content-type"] == "application/problem+json"
        rd = plain.post(f"{ROOT}/zaken", json=new_zaak(zaaktype),
                        headers={"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:28992"})
        assert rd.status_code == 406


def test_etag_head_and_304(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    got = zaken.get(zaak["url"])
    head = zaken.head(zaak["url"])
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == got.headers["etag"]
    assert head.headers["content-crs"] == "EPSG:4326"
    assert zaken.get(zaak["url"], headers={"If-None-Match": got.headers["etag"]}).status_code == 304
    zaken.patch(zaak["url"], json={"omschrijving": "anders"})
    assert zaken.get(zaak["url"], headers={"If-None-Match": got.headers["etag"]}).status_code == 200


# --------------------------------------------------------------------------- filters and _zoek


def test_filters_by_bsn_of_a_rol_and_others(zaken, zaaktype):
    bron = valid_rsin()
    mine = create_zaak(zaken, zaaktype, bronorganisatie=bron, startdatum="2026-01-10")
    theirs = create_zaak(zaken, zaaktype, bronorganisatie=bron, startdatum="2026-02-10")
    assert add_rol(zaken, mine, zaaktype.roltypen["initiator"], BSNS[1]).status_code == 201
    assert add_rol(zaken, theirs, zaaktype.roltypen["initiator"], BSNS[2]).status_code == 201
    by_bsn = zaken.get(f"{ROOT}/zaken", params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSNS[1],
                                                "bronorganisatie": bron}).json()
    assert [z["url"] for z in by_bsn["results"]] == [mine["url"]]
    later = zaken.get(f"{ROOT}/zaken", params={"bronorganisatie": bron, "startdatum__gt": "2026-02-01"}).json()
    assert [z["url"] for z in later["results"]] == [theirs["url"]]
    ordered = zaken.get(f"{ROOT}/zaken", params={"bronorganisatie": bron, "ordering": "-startdatum"}).json()
    assert [z["url"] for z in ordered["results"]] == [theirs["url"], mine["url"]]
    generiek = zaken.get(f"{ROOT}/zaken", params={"bronorganisatie": bron, "rol__omschrijvingGeneriek": "initiator"})
    assert generiek.json()["count"] == 2
    assert invalid_params(zaken.get(f"{ROOT}/zaken", params={"startdatum": "gisteren"})) == {"startdatum": "invalid"}
    assert zaken.get(f"{ROOT}/zaken", params={"onbekend": "1"}).status_code == 400


def test_a_list_prepared_once_per_shape_answers_for_each_value(zaken, zaaktype):
    """GET /zaken builds its statement once per shape of the query; the values of one request
    never answer for another."""
    one, two = valid_rsin(), valid_rsin()
    made = {bron: create_zaak(zaken, zaaktype, bronorganisatie=bron, startdatum=day)["url"]
            for bron, day in ((one, "2026-01-10"), (two, "2026-02-10"))}

    def listed(**params) -> list[str]:
        answer = zaken.get(f"{ROOT}/zaken", params=params)
        assert answer.status_code == 200, answer.text
        return [z["url"] for z in answer.json()["results"]]

    for _ in range(2):
        assert listed(bronorganisatie=one) == [made[one]]
        assert listed(bronorganisatie=two) == [made[two]]
        assert listed(bronorganisatie__in=f"{one},{two}") == [made[one], made[two]]
        assert listed(bronorganisatie__in=two) == [made[two]]
        assert listed(bronorganisatie__in=",") == []
        assert listed(bronorganisatie__in=f"{one},{two}", startdatum__gt="2026-02-01") == [made[two]]
        assert listed(bronorganisatie__in=f"{one},{two}", startdatum__lt="2026-02-01") == [made[one]]
        assert listed(bronorganisatie=one, einddatum__isnull="true") == [made[one]]
        assert listed(bronorganisatie=one, einddatum__isnull="false") == []
        assert listed(bronorganisatie__in=f"{one},{two}", ordering="-startdatum") == [made[two], made[one]]
        assert listed(bronorganisatie__in=f"{one},{two}", pageSize="1", page="2") == [made[two]]


def test_zoek_with_uuid_in_and_maximale_vertrouwelijkheid(zaken, zaaktype):
    bron = valid_rsin()
    a = create_zaak(zaken, zaaktype, bronorganisatie=bron)
    b = create_zaak(zaken, zaaktype, bronorganisatie=bron, vertrouwelijkheidaanduiding="geheim")
    found = zaken.post(f"{ROOT}/zaken/_zoek", json={"uuid__in": [a["uuid"], b["uuid"]],
                                                     "maximaleVertrouwelijkheidaanduiding": "intern"})
    assert found.status_code == 200, found.text
    assert [z["url"] for z in found.json()["results"]] == [a["url"]]


SQUARE = {"type": "Polygon", "coordinates": [[[4.0, 52.0], [5.0, 52.0], [5.0, 53.0], [4.0, 53.0], [4.0, 52.0]]]}


def test_zoek_zaakgeometrie_within_a_polygon(zaken, zaaktype):
    bron = valid_rsin()
    inside = create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={"type": "Point", "coordinates": [4.5, 52.5]})
    line_inside = create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={
        "type": "LineString", "coordinates": [[4.1, 52.1], [4.9, 52.9]]})
    create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={"type": "Point", "coordinates": [6.0, 52.5]})
    create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={"type": "Point", "coordinates": [4.0, 52.5]})
    create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={
        "type": "LineString", "coordinates": [[4.5, 52.5], [5.5, 52.5]]})
    create_zaak(zaken, zaaktype, bronorganisatie=bron)
    found = zaken.post(f"{ROOT}/zaken/_zoek", json={"bronorganisatie": bron, "zaakgeometrie": {"within": SQUARE}})
    assert found.status_code == 200, found.text
    assert found.headers["content-crs"] == "EPSG:4326"
    assert [z["url"] for z in found.json()["results"]] == [inside["url"], line_inside["url"]]


def test_zoek_within_a_concave_polygon_with_a_hole(zaken, zaaktype):
    bron = valid_rsin()
    # An L-shape with a hole in its lower arm.
    area = {"type": "Polygon", "coordinates": [
        [[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10], [0, 0]],
        [[6, 1], [8, 1], [8, 3], [6, 3], [6, 1]],
    ]}
    in_arm = create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={"type": "Point", "coordinates": [2, 8]})
    create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={"type": "Point", "coordinates": [7, 2]})  # hole
    create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={"type": "Point", "coordinates": [8, 8]})  # notch
    create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={   # crosses the notch
        "type": "LineString", "coordinates": [[2, 7], [7, 2]]})
    create_zaak(zaken, zaaktype, bronorganisatie=bron, zaakgeometrie={   # encloses the hole
        "type": "Polygon", "coordinates": [[[5, 0.5], [9, 0.5], [9, 3.5], [5, 3.5], [5, 0.5]]]})
    found = zaken.post(f"{ROOT}/zaken/_zoek", json={"bronorganisatie": bron, "zaakgeometrie": {"within": area}})
    assert [z["url"] for z in found.json()["results"]] == [in_arm["url"]]


def test_invalid_geometry_is_400(zaken, zaaktype):
    bad = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]}
    assert invalid_params(zaken.post(ZAKEN, json=new_zaak(zaaktype, zaakgeometrie=bad))) == {"zaakgeometrie": "invalid"}
    assert invalid_params(zaken.post(f"{ROOT}/zaken/_zoek", json={"zaakgeometrie": {"within": {
        "type": "Point", "coordinates": [1, 2]}}})) == {"zaakgeometrie.within": "invalid"}


def test_pages_and_page_past_the_end(zaken, zaaktype):
    bron = valid_rsin()
    made = [create_zaak(zaken, zaaktype, bronorganisatie=bron)["url"] for _ in range(5)]
    first = zaken.get(f"{ROOT}/zaken", params={"bronorganisatie": bron, "pageSize": 2}).json()
    assert first["count"] == 5 and first["previous"] is None
    seen, page = [z["url"] for z in first["results"]], first
    while page["next"]:
        page = zaken.get(page["next"]).json()
        seen += [z["url"] for z in page["results"]]
    assert seen == made
    assert zaken.get(f"{ROOT}/zaken", params={"bronorganisatie": bron, "page": 4, "pageSize": 2}).status_code == 404


def _notifications(database_url: str, hoofd_object: str) -> list[dict]:
    async def run():
        engine = db.create_engine(database_url)
        try:
            async with db.sessionmaker(engine)() as session:
                rows = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        finally:
            await engine.dispose()
        return [row.message for row in rows if row.message["hoofdObject"] == hoofd_object]

    return asyncio.run(run())


def test_notification_and_audit_of_a_write(zaken_server, zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype, vertrouwelijkheidaanduiding="intern")
    zaken.patch(zaak["url"], json={"omschrijving": "Nieuw"})
    rol = add_rol(zaken, zaak, zaaktype.roltypen["initiator"]).json()
    sent = _notifications(zaken_server.database_url, zaak["url"])
    assert [(m["kanaal"], m["resource"], m["actie"], m["resourceUrl"]) for m in sent] == [
        ("zaken", "zaak", "create", zaak["url"]), ("zaken", "zaak", "partial_update", zaak["url"]),
        ("zaken", "rol", "create", rol["url"])]
    assert sent[0]["kenmerken"] == {"bronorganisatie": RSIN, "zaaktype": zaaktype.url,
                                    "vertrouwelijkheidaanduiding": "intern"}
    trail = zaken.get(f"{zaak['url']}/audittrail")
    assert trail.status_code == 200, trail.text
    entries = trail.json()
    assert [e["actie"] for e in entries] == ["create", "partial_update", "create"]
    assert entries[0]["bron"] == "zrc" and entries[0]["hoofdObject"] == zaak["url"]
    assert entries[1]["wijzigingen"]["oud"]["omschrijving"] == "Losliggende stoeptegel"
    assert entries[1]["wijzigingen"]["nieuw"]["omschrijving"] == "Nieuw"
    one = zaken.get(f"{zaak['url']}/audittrail/{entries[1]['uuid']}")
    assert one.status_code == 200 and one.json() == entries[1]
