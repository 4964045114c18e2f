"""Klantinteracties API: partijen, identificatoren, digitale adressen, rekeningnummers,
vertegenwoordigingen and categorieën, with the rules kic-001 to kic-011, kic-014 and kic-015,
over real HTTP on both databases."""

import asyncio
import concurrent.futures
import random
import uuid
from datetime import date

import httpx
import pytest
from sqlalchemy import select

from common import db
from common.auth.admin import NewGrant
from common.platform.models import AuditTrail
from common.processing import Subject, processing_of
from tests import servers
from tests.conftest import valid_rsin

ROOT = "/klantinteracties/api/v1"


# --- helpers shared by the klanten tests -------------------------------------------------------

def bsn() -> str:
    """A random BSN that passes the 11-proef (the same test as an RSIN)."""
    return valid_rsin()


def digits(n: int) -> str:
    return "".join(random.choice("0123456789") for _ in range(n))


def identificator(soort: str, object_id: str, **extra) -> dict:
    register, objecttype = {
        "bsn": ("brp", "natuurlijk_persoon"),
        "rsin": ("hr", "niet_natuurlijk_persoon"),
        "kvk_nummer": ("hr", "niet_natuurlijk_persoon"),
        "vestigingsnummer": ("hr", "vestiging"),
    }[soort]
    return {"partijIdentificator": {"codeRegister": register, "codeObjecttype": objecttype,
                                    "codeSoortObjectId": soort, "objectId": object_id}, **extra}


def persoon(number: str | None = None, **extra) -> dict:
    body = {
        "soortPartij": "persoon",
        "indicatieActief": True,
        "partijIdentificatie": {"contactnaam": {"voornaam": "Eva", "voorvoegselAchternaam": "de",
                                                "achternaam": "Vries"}},
    }
    if number:
        body["partijIdentificatoren"] = [identificator("bsn", number)]
    return {**body, **extra}


def organisatie(naam: str = "Bakkerij De Korenschoof", **extra) -> dict:
    return {"soortPartij": "organisatie", "indicatieActief": True, "partijIdentificatie": {"naam": naam}, **extra}


def create(client: httpx.Client, collection: str, body: dict) -> dict:
    response = client.post(f"{ROOT}/{collection}", json=body)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == response.json()["url"]
    return response.json()


def email(client: httpx.Client, adres: str | None = None, **extra) -> dict:
    return create(client, "digitaleadressen", {"adres": adres or f"{uuid.uuid4().hex[:10]}@example.nl",
                                               "soortDigitaalAdres": "email", **extra})


def problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return response.json()


def invalid(response: httpx.Response) -> dict[str, str]:
    """name -> code of each invalidParam of a 400."""
    return {p["name"]: p["code"] for p in problem(response, 400)["invalidParams"]}


def run(coroutine_factory, database_url: str):
    async def go():
        engine = db.create_engine(database_url)
        try:
            async with db.sessionmaker(engine)() as session:
                return await coroutine_factory(session)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def processing_records(database_url: str, subject: Subject):
    return run(lambda session: processing_of(session, subject), database_url)


def token_client(server, scopes=None, component="kic") -> httpx.Client:
    """A client with an API token, as KISS and Open Formulieren call Open Klant."""
    suffix = uuid.uuid4().hex[:8]
    token = f"sleutel-{suffix}-{uuid.uuid4().hex}"
    if scopes is None:
        servers.add_client(server.database_url, f"kic-{suffix}", token=token, all_permissions=True)
    else:
        servers.add_client(server.database_url, f"kic-{suffix}", token=token,
                           grants=[NewGrant(component=component, scopes=tuple(scopes))])
    return httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": f"Token {token}"})


@pytest.fixture
def kic(server):
    """The API as Open Klant's consumers call it: with an API token that may do everything."""
    with token_client(server) as client:
        yield client


# --- partijen and their identificatoren --------------------------------------------------------

class TestPartijen:
    def test_persoon_with_identificator_address_and_number(self, kic):
        adres = email(kic, isStandaardAdres=True)
        number = bsn()
        partij = create(kic, "partijen", persoon(number, digitaleAdressen=[{"uuid": adres["uuid"]}],
                                                 voorkeursDigitaalAdres={"uuid": adres["uuid"]},
                                                 bezoekadres={"straatnaam": "Dorpsstraat", "huisnummer": 1,
                                                              "postcode": "1234 AB", "stad": "Ons Dorp"}))
        assert partij["soortPartij"] == "persoon"
        assert partij["nummer"].isdigit() and len(partij["nummer"]) == 10
        assert partij["partijIdentificatie"]["volledigeNaam"] == "Eva de Vries"
        (ident,) = partij["partijIdentificatoren"]
        assert ident["partijIdentificator"]["objectId"] == number
        assert ident["identificeerdePartij"] == {"uuid": partij["uuid"], "url": partij["url"]}
        assert partij["digitaleAdressen"] == [{"uuid": adres["uuid"], "url": adres["url"]}]
        assert partij["voorkeursDigitaalAdres"]["uuid"] == adres["uuid"]
        assert partij["bezoekadres"]["postcode"] == "1234 AB"
        assert partij["correspondentieadres"] is None
        got = kic.get(partij["url"])
        assert got.status_code == 200 and got.json() == partij and got.headers["etag"]
        assert kic.get(adres["url"]).json()["verstrektDoorPartij"]["uuid"] == partij["uuid"]

    def test_find_partij_by_bsn_through_one_and_the_same_identificator(self, kic):
        number, kvk = bsn(), digits(8)
        person = create(kic, "partijen", persoon(number))
        create(kic, "partijen", organisatie(partijIdentificatoren=[identificator("kvk_nummer", kvk)]))
        found = kic.get(f"{ROOT}/partijen", params={
            "partijIdentificator__codeRegister": "brp", "partijIdentificator__codeObjecttype": "natuurlijk_persoon",
            "partijIdentificator__codeSoortObjectId": "bsn", "partijIdentificator__objectId": number}).json()
        assert [p["uuid"] for p in found["results"]] == [person["uuid"]]
        # The soort of one identifier and the number of another never combine into a match.
        mixed = kic.get(f"{ROOT}/partijen", params={"partijIdentificator__codeSoortObjectId": "bsn",
                                                    "partijIdentificator__objectId": kvk}).json()
        assert mixed["count"] == 0

    def test_a_list_prepared_once_per_shape_answers_for_each_value(self, kic):
        """GET /partijen builds its statement once per shape of the query; the values of one
        request never answer for another."""
        one, two, label = bsn(), bsn(), uuid.uuid4().hex[:10]
        made = {number: create(kic, "partijen", persoon(number, bezoekadres={"adresregel1": label}))["uuid"]
                for number in (one, two)}

        def listed(**params) -> list[str]:
            response = kic.get(f"{ROOT}/partijen", params=params)
            assert response.status_code == 200, response.text
            return [p["uuid"] for p in response.json()["results"]]

        for _ in range(2):
            for number in (one, two, one):
                assert listed(partijIdentificator__codeSoortObjectId="bsn",
                              partijIdentificator__objectId=number) == [made[number]]
            assert listed(partijIdentificator__codeSoortObjectId="kvk_nummer", partijIdentificator__objectId=one) == []
            assert listed(partijIdentificator__objectId=two, indicatieActief="true") == [made[two]]
            assert listed(partijIdentificator__objectId=two, indicatieActief="false") == []
            assert listed(bezoekadresAdresregel1=label) == [made[two], made[one]]
            assert listed(bezoekadresAdresregel1=label, pageSize="1", page="2") == [made[one]]
            assert listed(bezoekadresAdresregel1=label, partijIdentificator__objectId=one) == [made[one]]
            problem(kic.get(f"{ROOT}/partijen", params={"bezoekadresAdresregel1": label, "page": 2}), 404)
            assert invalid(kic.get(f"{ROOT}/partijen", params={"partijIdentificator__objectId": "\x00",
                                                              "soortPartij": "mens"})) == {
                "soortPartij": "invalid", "partijIdentificator__objectId": "invalid"}

    def test_vestiging_found_within_its_kvk_nummer(self, kic):
        kvk, vestiging = digits(8), digits(12)
        hoofd = create(kic, "partijen", organisatie(partijIdentificatoren=[identificator("kvk_nummer", kvk)]))
        parent = hoofd["partijIdentificatoren"][0]["uuid"]
        filiaal = create(kic, "partijen", organisatie("Filiaal", partijIdentificatoren=[
            identificator("vestigingsnummer", vestiging, subIdentificatorVan={"uuid": parent})]))
        params = {"partijIdentificator__codeSoortObjectId": "vestigingsnummer",
                  "partijIdentificator__objectId": vestiging, "subIdentificatorVan__objectId": kvk}
        assert [p["uuid"] for p in kic.get(f"{ROOT}/partijen", params=params).json()["results"]] == [filiaal["uuid"]]
        params["subIdentificatorVan__objectId"] = digits(8)
        assert kic.get(f"{ROOT}/partijen", params=params).json()["count"] == 0

    def test_kic_001_only_the_combinations_of_the_basisregistraties(self, kic):
        wrong_objecttype = identificator("bsn", bsn())
        wrong_objecttype["partijIdentificator"]["codeObjecttype"] = "vestiging"
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=wrong_objecttype)) == {
            "partijIdentificator.codeObjecttype": "invalid"}
        wrong_soort = identificator("kvk_nummer", digits(8))
        wrong_soort["partijIdentificator"]["codeObjecttype"] = "vestiging"
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=wrong_soort)) == {
            "partijIdentificator.codeSoortObjectId": "invalid"}
        unknown = identificator("bsn", bsn())
        unknown["partijIdentificator"]["codeRegister"] = "overig"
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=unknown)) == {
            "partijIdentificator.codeRegister": "invalid_choice"}

    @pytest.mark.parametrize(("soort", "value"), [
        ("bsn", "123456789"), ("bsn", "12345678"), ("rsin", "123456780"), ("kvk_nummer", "1234567"),
        ("kvk_nummer", "1234567a"), ("vestigingsnummer", "12345678901"),
    ])
    def test_kic_002_real_numbers_only(self, kic, soort, value):
        body = identificator(soort, value)
        if soort == "vestigingsnummer":
            body["subIdentificatorVan"] = {"uuid": create(kic, "partij-identificatoren",
                                                          identificator("kvk_nummer", digits(8)))["uuid"]}
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=body)) == {
            "partijIdentificator.objectId": "invalid"}
        # The same check inside a partij names the item.
        partij = kic.post(f"{ROOT}/partijen", json=persoon(partijIdentificatoren=[body]))
        assert invalid(partij) == {"partijIdentificatoren.0.partijIdentificator.objectId": "invalid"}

    def test_kic_003_an_identifier_exists_once(self, kic):
        number = bsn()
        create(kic, "partijen", persoon(number))
        assert invalid(kic.post(f"{ROOT}/partijen", json=persoon(number))) == {"nonFieldErrors": "unique"}
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=identificator("bsn", number))) == {
            "nonFieldErrors": "unique"}
        # One identifier of each soort per partij, in one body or against the stored ones.
        twice = persoon(partijIdentificatoren=[identificator("bsn", bsn()), identificator("bsn", bsn())])
        assert invalid(kic.post(f"{ROOT}/partijen", json=twice)) == {
            "partijIdentificatoren.1.partijIdentificator.codeSoortObjectId": "unique"}
        other = create(kic, "partijen", persoon(bsn()))
        second = identificator("bsn", bsn(), identificeerdePartij={"uuid": other["uuid"]})
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=second)) == {
            "partijIdentificator.codeSoortObjectId": "unique"}

    def test_kic_003_holds_under_concurrent_requests(self, server):
        """Ten requests for the same BSN at once: one partij, nine 400s, no 500."""
        number = bsn()

        def attempt(_):
            with token_client(server) as client:
                return client.post(f"{ROOT}/partijen", json=persoon(number)).status_code

        with token_client(server) as client:
            client.get(f"{ROOT}/partijen")
        with concurrent.futures.ThreadPoolExecutor(10) as pool:
            statuses = sorted(pool.map(attempt, range(10)))
        assert statuses == [201] + [400] * 9, statuses

    def test_kic_003_a_vestigingsnummer_once_within_its_parent(self, kic):
        first = create(kic, "partij-identificatoren", identificator("kvk_nummer", digits(8)))
        second = create(kic, "partij-identificatoren", identificator("kvk_nummer", digits(8)))
        number = digits(12)
        create(kic, "partij-identificatoren",
               identificator("vestigingsnummer", number, subIdentificatorVan={"uuid": first["uuid"]}))
        again = identificator("vestigingsnummer", number, subIdentificatorVan={"uuid": first["uuid"]})
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=again)) == {"nonFieldErrors": "unique"}
        create(kic, "partij-identificatoren",
               identificator("vestigingsnummer", number, subIdentificatorVan={"uuid": second["uuid"]}))

    def test_kic_004_a_vestigingsnummer_hangs_under_a_kvk_nummer(self, kic):
        loose = identificator("vestigingsnummer", digits(12))
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=loose)) == {"subIdentificatorVan": "required"}
        person = create(kic, "partij-identificatoren", identificator("bsn", bsn()))
        under_bsn = identificator("vestigingsnummer", digits(12), subIdentificatorVan={"uuid": person["uuid"]})
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=under_bsn)) == {"subIdentificatorVan": "invalid"}
        kvk = create(kic, "partij-identificatoren", identificator("kvk_nummer", digits(8)))
        rsin_under_kvk = identificator("rsin", valid_rsin(), subIdentificatorVan={"uuid": kvk["uuid"]})
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=rsin_under_kvk)) == {
            "subIdentificatorVan": "invalid"}
        missing = identificator("vestigingsnummer", digits(12), subIdentificatorVan={"uuid": str(uuid.uuid4())})
        assert invalid(kic.post(f"{ROOT}/partij-identificatoren", json=missing)) == {
            "subIdentificatorVan.uuid": "does_not_exist"}

    def test_kic_005_a_parent_stays_while_it_has_children(self, kic):
        hoofd = create(kic, "partijen", organisatie(partijIdentificatoren=[identificator("kvk_nummer", digits(8))]))
        kvk = hoofd["partijIdentificatoren"][0]
        filiaal = create(kic, "partijen", organisatie("Filiaal", partijIdentificatoren=[
            identificator("vestigingsnummer", digits(12), subIdentificatorVan={"uuid": kvk["uuid"]})]))
        assert invalid(kic.delete(kvk["url"])) == {"nonFieldErrors": "protected"}
        assert invalid(kic.delete(hoofd["url"])) == {"nonFieldErrors": "protected"}
        changed = {"partijIdentificator": {**kvk["partijIdentificator"], "objectId": digits(8)}}
        assert invalid(kic.patch(kvk["url"], json=changed)) == {"partijIdentificator": "protected"}
        assert invalid(kic.patch(hoofd["url"], json={"partijIdentificatoren": []})) == {
            "partijIdentificatoren": "protected"}
        assert kic.delete(filiaal["url"]).status_code == 204
        assert kic.delete(hoofd["url"]).status_code == 204
        assert kic.get(kvk["url"]).status_code == 404

    def test_kic_005_a_partij_with_its_own_vestiging_can_go(self, kic):
        hoofd = create(kic, "partijen", organisatie(partijIdentificatoren=[identificator("kvk_nummer", digits(8))]))
        kvk = hoofd["partijIdentificatoren"][0]
        create(kic, "partij-identificatoren", identificator(
            "vestigingsnummer", digits(12), subIdentificatorVan={"uuid": kvk["uuid"]},
            identificeerdePartij={"uuid": hoofd["uuid"]}))
        assert kic.delete(hoofd["url"]).status_code == 204

    def test_kic_006_identifiers_left_out_are_deleted(self, kic):
        partij = create(kic, "partijen", organisatie(partijIdentificatoren=[
            identificator("rsin", valid_rsin()), identificator("kvk_nummer", digits(8))]))
        rsin_item, kvk_item = partij["partijIdentificatoren"]
        new_kvk = digits(8)
        body = {**organisatie(), "partijIdentificatoren": [
            {"uuid": kvk_item["uuid"], **identificator("kvk_nummer", new_kvk)}]}
        updated = kic.put(partij["url"], json=body)
        assert updated.status_code == 200, updated.text
        (kept,) = updated.json()["partijIdentificatoren"]
        assert kept["uuid"] == kvk_item["uuid"] and kept["partijIdentificator"]["objectId"] == new_kvk
        assert kic.get(rsin_item["url"]).status_code == 404
        # Without the key the identifiers stay as they are.
        assert kic.patch(partij["url"], json={"interneNotitie": "x"}).json()["partijIdentificatoren"] == [kept]

    def test_kic_006_addresses_and_accounts_left_out_are_unlinked(self, kic):
        a, b = email(kic), email(kic)
        rekening = create(kic, "rekeningnummers", {"iban": "NL91ABNA0417164300"})
        partij = create(kic, "partijen", persoon(digitaleAdressen=[{"uuid": a["uuid"]}, {"uuid": b["uuid"]}],
                                                 rekeningnummers=[{"uuid": rekening["uuid"]}],
                                                 voorkeursRekeningnummer={"uuid": rekening["uuid"]}))
        assert {x["uuid"] for x in partij["digitaleAdressen"]} == {a["uuid"], b["uuid"]}
        patched = kic.patch(partij["url"], json={"digitaleAdressen": [{"uuid": b["uuid"]}], "rekeningnummers": []})
        assert patched.status_code == 200, patched.text
        assert patched.json()["digitaleAdressen"] == [{"uuid": b["uuid"], "url": b["url"]}]
        assert patched.json()["rekeningnummers"] == [] and patched.json()["voorkeursRekeningnummer"] is None
        assert kic.get(a["url"]).json()["verstrektDoorPartij"] is None  # unlinked, not deleted
        assert kic.get(rekening["url"]).json()["partij"] is None

    def test_kic_007_preferences_belong_to_the_partij(self, kic):
        mine, theirs = email(kic), email(kic)
        create(kic, "partijen", persoon(digitaleAdressen=[{"uuid": theirs["uuid"]}]))
        refused = kic.post(f"{ROOT}/partijen", json=persoon(digitaleAdressen=[{"uuid": mine["uuid"]}],
                                                           voorkeursDigitaalAdres={"uuid": theirs["uuid"]}))
        assert invalid(refused) == {"voorkeursDigitaalAdres": "invalid"}
        partij = create(kic, "partijen", persoon(digitaleAdressen=[{"uuid": mine["uuid"]}]))
        assert invalid(kic.patch(partij["url"], json={"voorkeursDigitaalAdres": {"uuid": theirs["uuid"]}})) == {
            "voorkeursDigitaalAdres": "invalid"}
        patched = kic.patch(partij["url"], json={"voorkeursDigitaalAdres": {"uuid": mine["uuid"]}})
        assert patched.json()["voorkeursDigitaalAdres"]["uuid"] == mine["uuid"]
        # An address that moves to another partij is no longer this one's preference.
        kic.patch(mine["url"], json={"verstrektDoorPartij": None})
        assert kic.get(partij["url"]).json()["voorkeursDigitaalAdres"] is None

    def test_kic_010_a_contactpersoon_works_for_an_organisatie(self, kic):
        person = create(kic, "partijen", persoon())
        werkgever = create(kic, "partijen", organisatie())
        body = {"soortPartij": "contactpersoon", "indicatieActief": True,
                "partijIdentificatie": {"werkteVoorPartij": {"uuid": person["uuid"]},
                                        "contactnaam": {"voorletters": "J.", "achternaam": "Bakker"}}}
        assert invalid(kic.post(f"{ROOT}/partijen", json=body)) == {
            "partijIdentificatie.werkteVoorPartij.uuid": "invalid"}
        body["partijIdentificatie"]["werkteVoorPartij"] = {"uuid": werkgever["uuid"]}
        contact = create(kic, "partijen", body)
        identificatie = contact["partijIdentificatie"]
        assert identificatie["werkteVoorPartij"]["uuid"] == werkgever["uuid"]
        assert identificatie["volledigeNaam"] == "J. Bakker" and identificatie["uuid"]

    def test_kic_011_references_name_existing_objects(self, kic):
        nowhere = {"uuid": str(uuid.uuid4())}
        assert invalid(kic.post(f"{ROOT}/partijen", json=persoon(digitaleAdressen=[nowhere]))) == {
            "digitaleAdressen.0.uuid": "does_not_exist"}
        assert invalid(kic.post(f"{ROOT}/digitaleadressen", json={
            "adres": "a@example.nl", "soortDigitaalAdres": "email", "verstrektDoorPartij": nowhere})) == {
            "verstrektDoorPartij.uuid": "does_not_exist"}

    def test_validation_follows_the_contract(self, kic):
        names = invalid(kic.post(f"{ROOT}/partijen", json={"soortPartij": "mens", "bezoekadres": {"postcode": "1234ab"}}))
        assert names == {"soortPartij": "invalid_choice", "indicatieActief": "required", "bezoekadres.postcode": "invalid"}
        assert invalid(kic.post(f"{ROOT}/partijen", json=persoon(partijIdentificatie={"contactnaam": {
            "voorletters": "x" * 11}}))) == {"partijIdentificatie.contactnaam.voorletters": "max_length"}
        assert problem(kic.post(f"{ROOT}/partijen", content=b"[1]", headers={"Content-Type": "application/json"}),
                       400)["invalidParams"][0]["name"] == "nonFieldErrors"

    def test_patch_changes_only_what_it_names_and_put_requires_the_required(self, kic):
        partij = create(kic, "partijen", persoon(bsn(), interneNotitie="eerste", voorkeurstaal="nld"))
        patched = kic.patch(partij["url"], json={"interneNotitie": "tweede"}).json()
        assert patched["interneNotitie"] == "tweede" and patched["voorkeurstaal"] == "nld"
        assert patched["partijIdentificatie"] == partij["partijIdentificatie"]
        assert invalid(kic.put(partij["url"], json={"interneNotitie": "derde"})) == {
            "soortPartij": "required", "indicatieActief": "required"}
        assert invalid(kic.patch(partij["url"], json={"soortPartij": None})) == {"soortPartij": "invalid_choice"}

    def test_unknown_uuid_and_unknown_parameters(self, kic):
        problem(kic.get(f"{ROOT}/partijen/{uuid.uuid4()}"), 404)
        problem(kic.get(f"{ROOT}/partijen/geen-uuid"), 404)
        assert invalid(kic.get(f"{ROOT}/partijen", params={"bsn": "1"})) == {"nonFieldErrors": "unknown-parameters"}
        partij = create(kic, "partijen", persoon())
        assert invalid(kic.get(partij["url"], params={"bsn": "1"})) == {"nonFieldErrors": "unknown-parameters"}
        assert invalid(kic.get(f"{ROOT}/partijen", params={"expand": "rekeningnummers"})) == {"expand": "invalid_choice"}
        assert invalid(kic.get(f"{ROOT}/partijen", params={"vertegenwoordigdePartij__uuid": "x"})) == {
            "vertegenwoordigdePartij__uuid": "invalid"}
        # A URL that ends in no uuid matches nothing, as the reference does.
        assert kic.get(f"{ROOT}/partijen", params={"vertegenwoordigdePartij__url": "https://x.nl/y"}).json()["count"] == 0


class TestDigitaleAdressen:
    def test_kic_008_email_and_phone_numbers(self, kic):
        for adres in ("geen-adres", "a@b", "a b@example.nl"):
            assert invalid(kic.post(f"{ROOT}/digitaleadressen", json={"adres": adres, "soortDigitaalAdres": "email"})) \
                == {"adres": "invalid"}
        for nummer in ("0800123456", "0900123456", "14020", "1400", "06-12345678", "612345678"):
            refused = kic.post(f"{ROOT}/digitaleadressen", json={"adres": nummer, "soortDigitaalAdres": "telefoonnummer"})
            assert invalid(refused) == {"adres": "invalid"}, nummer
        for nummer in ("0612345678", "0201234567", "+31612345678", "0031612345678"):
            create(kic, "digitaleadressen", {"adres": nummer, "soortDigitaalAdres": "telefoonnummer"})
        create(kic, "digitaleadressen", {"adres": "wat dan ook", "soortDigitaalAdres": "overig"})
        assert invalid(kic.post(f"{ROOT}/digitaleadressen", json={"adres": "", "soortDigitaalAdres": "overig"})) == {
            "adres": "blank"}

    def test_kic_009_one_standard_address_per_partij_and_soort(self, kic):
        partij = create(kic, "partijen", persoon())
        owner = {"verstrektDoorPartij": {"uuid": partij["uuid"]}}
        first = email(kic, isStandaardAdres=True, **owner)
        phone = create(kic, "digitaleadressen", {"adres": "0612345678", "soortDigitaalAdres": "telefoonnummer",
                                                 "isStandaardAdres": True, **owner})
        second = email(kic, **owner)
        assert kic.patch(second["url"], json={"isStandaardAdres": True}).json()["isStandaardAdres"] is True
        assert kic.get(first["url"]).json()["isStandaardAdres"] is False
        assert kic.get(phone["url"]).json()["isStandaardAdres"] is True  # another soort
        elsewhere = email(kic, isStandaardAdres=True)  # no partij: nothing to compete with
        assert kic.get(elsewhere["url"]).json()["isStandaardAdres"] is True
        listed = kic.get(f"{ROOT}/digitaleadressen", params={"verstrektDoorPartij__uuid": partij["uuid"],
                                                            "isStandaardAdres": "true"}).json()
        assert {a["uuid"] for a in listed["results"]} == {second["uuid"], phone["uuid"]}

    def test_filters_and_their_values(self, kic):
        number = bsn()
        partij = create(kic, "partijen", persoon(number))
        adres = email(kic, verificatieDatum="2026-01-15", referentie="portaalvoorkeur",
                      verstrektDoorPartij={"uuid": partij["uuid"]})
        base = {"verstrektDoorPartij__partijIdentificator__objectId": number}
        assert [a["uuid"] for a in kic.get(f"{ROOT}/digitaleadressen", params=base).json()["results"]] == [adres["uuid"]]
        for extra, count in (({"isGeverifieerd": "true"}, 1), ({"isGeverifieerd": "false"}, 0),
                             ({"verificatieDatum__gte": "2026-01-15"}, 1), ({"verificatieDatum__lt": "2026-01-15"}, 0),
                             ({"adres__icontains": adres["adres"][:5].upper()}, 1), ({"referentie": "portaalvoorkeur"}, 1),
                             ({"verstrektDoorPartij__soortPartij": "organisatie"}, 0)):
            assert kic.get(f"{ROOT}/digitaleadressen", params={**base, **extra}).json()["count"] == count, extra
        assert invalid(kic.get(f"{ROOT}/digitaleadressen", params={"verificatieDatum__gt": "gisteren"})) == {
            "verificatieDatum__gt": "invalid"}
        assert invalid(kic.get(f"{ROOT}/digitaleadressen", params={"soortDigitaalAdres": "fax"})) == {
            "soortDigitaalAdres": "invalid"}

    def test_empty_constrained_fields_are_left_out(self, kic):
        """The reference answers "" where its contract demands a pattern; we leave the field out."""
        adres = email(kic)
        assert "referentie" not in adres
        rekening = create(kic, "rekeningnummers", {"iban": "NL91ABNA0417164300"})
        assert "bic" not in rekening
        partij = create(kic, "partijen", persoon(bezoekadres={"straatnaam": "Kerkstraat"}))
        assert partij["bezoekadres"]["straatnaam"] == "Kerkstraat" and "postcode" not in partij["bezoekadres"]


class TestRekeningnummersEnVertegenwoordigingen:
    def test_kic_014_iban_check_digits(self, kic):
        assert invalid(kic.post(f"{ROOT}/rekeningnummers", json={"iban": "NL92ABNA0417164300"})) == {"iban": "invalid"}
        assert invalid(kic.post(f"{ROOT}/rekeningnummers", json={"iban": "NL91 ABNA"})) == {"iban": "invalid"}
        rekening = create(kic, "rekeningnummers", {"iban": "NL91ABNA0417164300", "bic": "ABNANL2A"})
        assert kic.get(f"{ROOT}/rekeningnummers", params={"uuid": rekening["uuid"]}).json()["count"] == 1

    def test_kic_015_vertegenwoordigingen(self, kic):
        ouder, kind = create(kic, "partijen", persoon()), create(kic, "partijen", persoon())
        body = {"vertegenwoordigendePartij": {"uuid": ouder["uuid"]}, "vertegenwoordigdePartij": {"uuid": kind["uuid"]}}
        create(kic, "vertegenwoordigingen", body)
        assert invalid(kic.post(f"{ROOT}/vertegenwoordigingen", json=body)) == {"nonFieldErrors": "unique"}
        assert invalid(kic.post(f"{ROOT}/vertegenwoordigingen", json={
            "vertegenwoordigendePartij": {"uuid": ouder["uuid"]}, "vertegenwoordigdePartij": {"uuid": ouder["uuid"]}})) \
            == {"vertegenwoordigdePartij": "invalid"}
        assert kic.get(ouder["url"]).json()["vertegenwoordigden"] == [{"uuid": kind["uuid"], "url": kind["url"]}]
        found = kic.get(f"{ROOT}/partijen", params={"vertegenwoordigdePartij__url": kind["url"]}).json()
        assert [p["uuid"] for p in found["results"]] == [ouder["uuid"]]

    def test_categorieen_and_their_relations(self, kic):
        naam = f"VIP-{uuid.uuid4().hex[:6]}"
        categorie = create(kic, "categorieen", {"naam": naam})
        partij = create(kic, "partijen", organisatie())
        relatie = create(kic, "categorie-relaties", {"partij": {"uuid": partij["uuid"]},
                                                     "categorie": {"uuid": categorie["uuid"]}})
        assert relatie["beginDatum"] == date.today().isoformat()  # as the reference: today unless given
        assert relatie["categorie"] == {"uuid": categorie["uuid"], "url": categorie["url"], "naam": naam}
        (shown,) = kic.get(partij["url"]).json()["categorieRelaties"]
        assert shown["categorieNaam"] == naam and shown["uuid"] == relatie["uuid"]
        found = kic.get(f"{ROOT}/partijen", params={"categorierelatie__categorie__naam": naam}).json()
        assert [p["uuid"] for p in found["results"]] == [partij["uuid"]]
        assert kic.get(f"{ROOT}/categorie-relaties", params={"categorie__naam": naam}).json()["count"] == 1


class TestLijstenEnExpand:
    def test_newest_first_and_page_sizes(self, kic):
        naam = uuid.uuid4().hex[:10]
        made = [create(kic, "partijen", persoon(bezoekadres={"adresregel1": naam}))["uuid"] for _ in range(3)]
        page = kic.get(f"{ROOT}/partijen", params={"bezoekadresAdresregel1": naam, "pageSize": 2}).json()
        assert page["count"] == 3 and [p["uuid"] for p in page["results"]] == made[::-1][:2]
        assert "pageSize=2" in page["next"] and page["previous"] is None
        assert kic.get(f"{ROOT}/partijen", params={"pageSize": 500}).status_code == 200
        assert invalid(kic.get(f"{ROOT}/partijen", params={"pageSize": 501})) == {"pageSize": "invalid"}
        problem(kic.get(f"{ROOT}/partijen", params={"bezoekadresAdresregel1": naam, "page": 9}), 404)

    def test_expand_partij(self, kic):
        adres = email(kic)
        partij = create(kic, "partijen", persoon(bsn(), digitaleAdressen=[{"uuid": adres["uuid"]}]))
        contact = kic.post(f"{ROOT}/maak-klantcontact", json={
            "klantcontact": {"kanaal": "telefoon", "onderwerp": "paspoort", "taal": "nld", "vertrouwelijk": False},
            "betrokkene": {"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True}}).json()
        plain = kic.get(partij["url"]).json()
        assert "_expand" not in plain
        expanded = kic.get(partij["url"], params={"expand": "digitaleAdressen,betrokkenen.hadKlantcontact"}).json()
        assert expanded["_expand"]["digitaleAdressen"] == [kic.get(adres["url"]).json()]
        (betrokkene,) = expanded["_expand"]["betrokkenen"]
        assert betrokkene["uuid"] == contact["betrokkene"]["uuid"]
        assert betrokkene["_expand"]["hadKlantcontact"]["uuid"] == contact["klantcontact"]["uuid"]
        listed = kic.get(f"{ROOT}/partijen", params={"partijIdentificator__objectId":
                                                     partij["partijIdentificatoren"][0]["partijIdentificator"]["objectId"],
                                                     "expand": "categorieRelaties,betrokkenen"}).json()
        assert listed["results"][0]["_expand"]["categorieRelaties"] == []
        assert "hadKlantcontact" not in listed["results"][0]["_expand"]["betrokkenen"][0].get("_expand", {})


class TestTraceability:
    def test_every_read_of_a_partij_with_a_bsn_is_a_processing_record(self, server, kic):
        number, other = bsn(), bsn()
        partij = create(kic, "partijen", persoon(number))
        create(kic, "partijen", persoon(other, bezoekadres={"adresregel1": "samen"}))
        create(kic, "partijen", persoon(bezoekadres={"adresregel1": "samen"}))  # no BSN: nothing to record
        before = len(processing_records(server.database_url, Subject("bsn", number)))
        kic.get(partij["url"], headers={"X-Audit-Toelichting": "klantvraag"})
        kic.get(f"{ROOT}/partijen", params={"partijIdentificator__objectId": number})
        kic.get(f"{ROOT}/partij-identificatoren", params={"partijIdentificatorObjectId": number})
        records = processing_records(server.database_url, Subject("bsn", number))
        assert len(records) - before == 3
        newest = records[:3]
        assert {r.activiteit for r in newest} == {"lezen"} and {r.component for r in newest} == {"klantinteracties"}
        assert {r.resource_url for r in newest} == {partij["url"]}
        assert "klantvraag" in {r.doel for r in newest}
        # A page with two partijen writes a record for each BSN on it, and nothing for a partij without one.
        other_before = len(processing_records(server.database_url, Subject("bsn", other)))
        kic.get(f"{ROOT}/partijen", params={"bezoekadresAdresregel1": "samen"})
        assert len(processing_records(server.database_url, Subject("bsn", other))) == other_before + 1
        # Writes are processing too.
        kic.patch(partij["url"], json={"interneNotitie": "gebeld"})
        assert processing_records(server.database_url, Subject("bsn", number))[0].activiteit == "wijzigen"

    def test_audit_trail_of_a_write(self, server, kic):
        partij = create(kic, "partijen", persoon(bsn()))
        kic.patch(partij["url"], json={"interneNotitie": "tweede"})

        async def entries(session):
            return (await session.scalars(select(AuditTrail).where(AuditTrail.hoofd_object == partij["url"])
                                          .order_by(AuditTrail.id))).all()

        create_entry, update_entry = run(entries, server.database_url)[:2]
        assert (create_entry.bron, create_entry.actie, create_entry.resource) == ("KIC", "create", "partij")
        assert create_entry.nieuw == partij and create_entry.oud is None
        assert update_entry.actie == "partial_update" and update_entry.oud["interneNotitie"] == ""
        assert update_entry.nieuw["interneNotitie"] == "tweede"


class TestToegang:
    def test_token_authentication_and_scopes(self, server, kic):
        partij = create(kic, "partijen", persoon())
        missing = httpx.get(f"{server.url}{ROOT}/partijen")
        assert problem(missing, 401)["code"] == "not_authenticated"
        assert missing.headers["www-authenticate"] == "Token"
        assert problem(httpx.get(f"{server.url}{ROOT}/partijen", headers={"Authorization": "Token onbekend"}),
                       401)["code"] == "invalid_token"
        with token_client(server, ["klantinteracties.lezen"]) as reader:
            assert reader.get(partij["url"]).status_code == 200
            assert problem(reader.post(f"{ROOT}/partijen", json=persoon()), 403)["code"] == "permission_denied"
            assert problem(reader.delete(partij["url"]), 403)["code"] == "permission_denied"
        with token_client(server, ["klantinteracties.lezen", "klantinteracties.schrijven"]) as writer:
            create(writer, "partijen", persoon())
        with token_client(server, ["producten.lezen"], component="pdc") as stranger:
            assert problem(stranger.get(f"{ROOT}/partijen"), 403)["code"] == "permission_denied"

    def test_zgw_jwt_works_as_well(self, api):
        assert create(api, "partijen", persoon())["soortPartij"] == "persoon"
