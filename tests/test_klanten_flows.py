"""The consumers' own flows against the Klantinteracties API, as they call Open Klant 2 today:
Open Formulieren (prefill and registration of a submission) and KISS (a contact moment at the
KCC). Both use API tokens. Plus the notifications they (and Open Inwoner) subscribe to.
"""

import uuid

import httpx
import pytest

from common.processing import Subject
from tests import servers
from tests.conftest import SUPERUSER, ensure_superuser
from tests.test_klanten_partijen import ROOT, bsn, create, kic, processing_records  # noqa: F401 - kic is a fixture
from tests.test_outbox import Receiver, start, wait_for


class TestOpenFormulieren:
    """Prefill from the partij of the logged-in citizen; registration of the submission."""

    def find(self, client: httpx.Client, number: str) -> list[dict]:
        response = client.get(f"{ROOT}/partijen", params={
            "partijIdentificator__codeRegister": "brp",
            "partijIdentificator__codeObjecttype": "natuurlijk_persoon",
            "partijIdentificator__codeSoortObjectId": "bsn",
            "partijIdentificator__objectId": number,
            "soortPartij": "persoon",
            "expand": "digitaleAdressen",
        })
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def test_first_submission_of_a_citizen_then_prefill(self, server, kic):
        number = bsn()
        # 1. Prefill: the citizen is not known yet.
        assert self.find(kic, number) == []
        # 2. Registration: the contact moment of the submission, in one call.
        reference = f"OF-{uuid.uuid4().hex[:6].upper()}"
        made = kic.post(f"{ROOT}/maak-klantcontact", json={
            "klantcontact": {"kanaal": "Webformulier", "onderwerp": "Melding openbare ruimte", "inhoud": "",
                             "taal": "nld", "vertrouwelijk": False, "plaatsgevondenOp": "2026-05-04T10:15:00+02:00"},
            "betrokkene": {"rol": "klant", "initiator": True, "contactnaam": {"voorletters": "E.", "achternaam": "Vries"}},
            "onderwerpobject": {"onderwerpobjectidentificator": {
                "objectId": reference, "codeObjecttype": "formulierinzending", "codeRegister": "Open Formulieren",
                "codeSoortObjectId": "public_registration_reference"}},
        })
        assert made.status_code == 201, made.text
        betrokkene = made.json()["betrokkene"]
        # 3. The citizen becomes a partij, with the BSN identificator nested in the same request.
        partij = create(kic, "partijen", {
            "soortPartij": "persoon", "indicatieActief": True, "indicatieGeheimhouding": False,
            "voorkeurstaal": "nld", "digitaleAdressen": [], "rekeningnummers": [],
            "partijIdentificatie": {"contactnaam": {"voorletters": "E.", "voornaam": "Eva", "voorvoegselAchternaam": "",
                                                    "achternaam": "Vries"}},
            "partijIdentificatoren": [{"anderePartijIdentificator": "", "partijIdentificator": {
                "codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn", "objectId": number,
                "codeRegister": "brp"}}],
        })
        linked = kic.patch(betrokkene["url"], json={"wasPartij": {"uuid": partij["uuid"]}})
        assert linked.status_code == 200 and linked.json()["wasPartij"]["uuid"] == partij["uuid"]
        # 4. The addresses the citizen gave, given by both the betrokkene and the partij.
        given = {}
        for soort, adres in (("email", "eva@example.nl"), ("telefoonnummer", "0612345678")):
            given[soort] = create(kic, "digitaleadressen", {
                "verstrektDoorBetrokkene": {"uuid": betrokkene["uuid"]}, "verstrektDoorPartij": {"uuid": partij["uuid"]},
                "adres": adres, "soortDigitaalAdres": soort, "omschrijving": "Via formulier", "isStandaardAdres": False,
                "referentie": "portaalvoorkeur"})
        # 5. "Use these from now on": the standard address of its soort.
        standaard = kic.patch(given["email"]["url"], json={"isStandaardAdres": True})
        assert standaard.status_code == 200 and standaard.json()["isStandaardAdres"] is True
        # 6. Next time: prefill finds the partij with its addresses, the e-mail as standard.
        (found,) = self.find(kic, number)
        assert found["uuid"] == partij["uuid"]
        addresses = {a["soortDigitaalAdres"]: a for a in found["_expand"]["digitaleAdressen"]}
        assert addresses["email"]["adres"] == "eva@example.nl" and addresses["email"]["isStandaardAdres"] is True
        assert addresses["telefoonnummer"]["isStandaardAdres"] is False
        # A second e-mail marked standard takes over (kic-009).
        newer = create(kic, "digitaleadressen", {"verstrektDoorPartij": {"uuid": partij["uuid"]}, "adres": "eva@werk.nl",
                                                 "soortDigitaalAdres": "email", "isStandaardAdres": True})
        (found,) = self.find(kic, number)
        standard = [a["uuid"] for a in found["_expand"]["digitaleAdressen"] if a["isStandaardAdres"]]
        assert standard == [newer["uuid"]]
        # Every prefill read of the partij is in the processing log of that BSN.
        reads = [r for r in processing_records(server.database_url, Subject("bsn", number)) if r.activiteit == "lezen"]
        assert len(reads) == 2 and {r.resource_url for r in reads} == {partij["url"]}


class TestKiss:
    """A KCC employee registers a contact moment about a zaak, with a follow-up task for a colleague."""

    def actor(self, client: httpx.Client, email: str, naam: str) -> dict:
        identificator = {"objectId": email, "codeObjecttype": "mdw", "codeRegister": "msei",
                         "codeSoortObjectId": "email"}
        found = client.get(f"{ROOT}/actoren", params={
            "actoridentificatorObjectId": email, "actoridentificatorCodeObjecttype": "mdw",
            "actoridentificatorCodeRegister": "msei", "actoridentificatorCodeSoortObjectId": "email",
            "indicatieActief": "true"}).json()
        if found["count"]:
            return found["results"][0]
        return create(client, "actoren", {"naam": naam, "soortActor": "medewerker", "indicatieActief": True,
                                          "actoridentificator": identificator,
                                          "actorIdentificatie": {"functie": "KCC", "emailadres": email,
                                                                 "telefoonnummer": "0201234567"}})

    def test_contact_moment_with_zaak_and_task(self, server, kic):
        number = bsn()
        burger = create(kic, "partijen", {
            "soortPartij": "persoon", "indicatieActief": True,
            "partijIdentificatie": {"contactnaam": {"voornaam": "Sam", "achternaam": "Jansen"}},
            "partijIdentificatoren": [{"partijIdentificator": {"codeObjecttype": "natuurlijk_persoon",
                                                               "codeSoortObjectId": "bsn", "objectId": number,
                                                               "codeRegister": "brp"}}]})
        mail = f"kcc-{uuid.uuid4().hex[:6]}@gemeente.nl"
        medewerker = self.actor(kic, mail, "K. Klantenservice")
        assert self.actor(kic, mail, "K. Klantenservice")["uuid"] == medewerker["uuid"]  # found, not made twice
        collega = create(kic, "actoren", {"naam": "Team Vergunningen", "soortActor": "organisatorische_eenheid",
                                          "indicatieActief": True,
                                          "actoridentificator": {"objectId": "vergunningen", "codeObjecttype": "afd",
                                                                 "codeRegister": "obj", "codeSoortObjectId": "idf"},
                                          "actorIdentificatie": {"omschrijving": "Vergunningen"}})
        # The KCC employee finds the caller by BSN (the BRP search in KISS gives the BSN).
        (partij,) = kic.get(f"{ROOT}/partijen", params={"partijIdentificator__codeSoortObjectId": "bsn",
                                                        "partijIdentificator__objectId": number}).json()["results"]
        assert partij["uuid"] == burger["uuid"]
        # The contact moment, then its actor, betrokkene, zaak and task, one request each.
        contact = create(kic, "klantcontacten", {
            "kanaal": "Telefoon", "onderwerp": "Bouwvergunning dakkapel", "inhoud": "Wanneer krijg ik bericht?",
            "indicatieContactGelukt": True, "taal": "nld", "vertrouwelijk": False,
            "plaatsgevondenOp": "2026-05-04T14:00:00Z"})
        create(kic, "actorklantcontacten", {"actor": {"uuid": medewerker["uuid"]}, "klantcontact": {"uuid": contact["uuid"]}})
        create(kic, "betrokkenen", {"wasPartij": {"uuid": partij["uuid"]}, "hadKlantcontact": {"uuid": contact["uuid"]},
                                    "rol": "klant", "initiator": True, "organisatienaam": ""})
        zaak = str(uuid.uuid4())
        create(kic, "onderwerpobjecten", {"klantcontact": {"uuid": contact["uuid"]}, "wasKlantcontact": None,
                                          "onderwerpobjectidentificator": {"objectId": zaak, "codeObjecttype": "zgw-Zaak",
                                                                           "codeRegister": "openzaak",
                                                                           "codeSoortObjectId": "uuid"}})
        taak = create(kic, "internetaken", {
            "aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
            "toegewezenAanActoren": [{"uuid": collega["uuid"]}], "gevraagdeHandeling": "Terugbellen",
            "toelichting": "Burger wil weten wanneer het besluit komt.", "status": "te_verwerken"})
        # The contact history of the citizen, as KISS shows it.
        history = kic.get(f"{ROOT}/klantcontacten", params={
            "hadBetrokkene__wasPartij__uuid": partij["uuid"],
            "expand": "gingOverOnderwerpobjecten,hadBetrokkenen,leiddeTotInterneTaken"}).json()
        (shown,) = history["results"]
        assert shown["hadBetrokkenActoren"][0]["naam"] == "K. Klantenservice"
        assert shown["_expand"]["gingOverOnderwerpobjecten"][0]["onderwerpobjectidentificator"]["objectId"] == zaak
        assert shown["_expand"]["leiddeTotInterneTaken"][0]["gevraagdeHandeling"] == "Terugbellen"
        # The contacts about the zaak, as the zaak page in KISS lists them.
        about = kic.get(f"{ROOT}/klantcontacten", params={
            "onderwerpobject__onderwerpobjectidentificatorObjectId": zaak,
            "onderwerpobject__onderwerpobjectidentificatorCodeRegister": "openzaak"}).json()
        assert [k["uuid"] for k in about["results"]] == [contact["uuid"]]
        # The colleague's work list, and the task done.
        todo = kic.get(f"{ROOT}/internetaken", params={"toegewezenAanActor__uuid": collega["uuid"],
                                                       "status": "te_verwerken"}).json()
        assert [t["uuid"] for t in todo["results"]] == [taak["uuid"]]
        done = kic.patch(taak["url"], json={"status": "verwerkt"}).json()
        assert done["afgehandeldOp"] is not None
        assert kic.get(f"{ROOT}/internetaken", params={"toegewezenAanActor__uuid": collega["uuid"],
                                                       "status": "te_verwerken"}).json()["count"] == 0


# --- notifications ---------------------------------------------------------------------------------

@pytest.fixture
def notified(database_url, backend):
    """A server whose outbox delivers to a webhook on the loopback."""
    receiver = Receiver().start()
    running = start(database_url, backend, receiver, nrc=False)
    ensure_superuser(database_url)
    yield running, receiver
    running.stop()
    receiver.stop()


def test_partijen_klantcontacten_and_internetaken_are_notified(notified):
    running, receiver = notified
    client = httpx.Client(base_url=running.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER))
    partij = create(client, "partijen", {"soortPartij": "persoon", "indicatieActief": True,
                                         "interneNotitie": "heeft een klacht over de buren"})
    adres = create(client, "digitaleadressen", {"adres": "x@example.nl", "soortDigitaalAdres": "email",
                                                "verstrektDoorPartij": {"uuid": partij["uuid"]}})
    made = client.post(f"{ROOT}/maak-klantcontact", json={
        "klantcontact": {"kanaal": "balie", "onderwerp": "paspoort", "taal": "nld", "vertrouwelijk": False,
                         "indicatieContactGelukt": True}}).json()
    taak = create(client, "internetaken", {"aanleidinggevendKlantcontact": {"uuid": made["klantcontact"]["uuid"]},
                                           "gevraagdeHandeling": "Terugbellen", "status": "te_verwerken",
                                           "toelichting": "06-nummer staat in de notitie"})
    assert client.delete(partij["url"]).status_code == 204

    def ours() -> list[dict]:
        return [r["body"] for r in receiver.received("/hook")
                if r["body"]["resourceUrl"] in (partij["url"], made["klantcontact"]["url"], taak["url"], adres["url"])]

    messages = wait_for("four notifications", lambda: len(ours()) >= 4 and ours())
    by = {(m["kanaal"], m["actie"]): m for m in messages}
    assert set(by) == {("partijen", "create"), ("klantcontacten", "create"), ("internetaken", "create"),
                       ("partijen", "destroy")}
    assert by[("partijen", "create")]["kenmerken"] == {"nummer": partij["nummer"], "soortPartij": "persoon"}
    assert by[("partijen", "create")]["hoofdObject"] == partij["url"]
    assert by[("klantcontacten", "create")]["kenmerken"] == {
        "hoofdOnderwerpType": "", "indicatieContactGelukt": "true", "verdereActieOndernomen": "false"}
    assert by[("internetaken", "create")]["kenmerken"] == {"nummer": taak["nummer"], "status": "te_verwerken"}
    # Free text never travels in a notification: no interneNotitie, no toelichting.
    assert "klacht" not in str(messages) and "06-nummer" not in str(messages)
    client.close()
