"""Klantinteracties API: klantcontacten, betrokkenen, onderwerpobjecten, bijlagen, actoren,
actorklantcontacten, interne taken and maak-klantcontact, with kic-012, kic-013 and kic-016 and
the cascades of the reference, over real HTTP on both databases."""

import concurrent.futures
import uuid

import pytest
from sqlalchemy import text

from common.processing import Subject
from tests.test_klanten_partijen import (  # noqa: F401 - kic is a fixture
    ROOT, bsn, create, email, invalid, kic, persoon, problem, processing_records, run, token_client,
)


def klantcontact(**extra) -> dict:
    return {"kanaal": "telefoon", "onderwerp": "Vraag over afvalpas", "taal": "nld", "vertrouwelijk": False, **extra}


def zaak(objectId: str | None = None) -> dict:
    return {"objectId": objectId or str(uuid.uuid4()), "codeObjecttype": "zgw-Zaak", "codeRegister": "openzaak",
            "codeSoortObjectId": "uuid"}


def medewerker(client, naam: str = "Karin Jansen") -> dict:
    return create(client, "actoren", {
        "naam": naam, "soortActor": "medewerker", "indicatieActief": True,
        "actoridentificator": {"objectId": f"{uuid.uuid4().hex[:8]}@gemeente.nl", "codeObjecttype": "mdw",
                               "codeRegister": "msei", "codeSoortObjectId": "email"},
        "actorIdentificatie": {"functie": "KCC-medewerker", "emailadres": "karin@gemeente.nl",
                               "telefoonnummer": "0201234567"}})


def maak(client, **parts) -> dict:
    response = client.post(f"{ROOT}/maak-klantcontact", json=parts)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == response.json()["klantcontact"]["url"]
    return response.json()


class TestKlantcontacten:
    def test_klantcontact_gets_a_number_and_a_moment(self, kic):
        first = create(kic, "klantcontacten", klantcontact())
        second = create(kic, "klantcontacten", klantcontact(nummer="12", plaatsgevondenOp="2026-03-01T09:30:00+01:00",
                                                            metadata={"bron": "webformulier"}))
        assert first["nummer"].isdigit() and len(first["nummer"]) == 10  # kic-016
        assert first["plaatsgevondenOp"].endswith("Z")
        assert second["nummer"] == "12" and second["plaatsgevondenOp"] == "2026-03-01T08:30:00Z"
        assert second["metadata"] == {"bron": "webformulier"}
        third = create(kic, "klantcontacten", klantcontact())
        assert int(third["nummer"]) > int(first["nummer"])
        assert invalid(kic.post(f"{ROOT}/klantcontacten", json=klantcontact(nummer="12a"))) == {"nummer": "invalid"}
        assert invalid(kic.post(f"{ROOT}/klantcontacten", json=klantcontact(hoofdOnderwerpType="geen url"))) == {
            "hoofdOnderwerpType": "invalid"}
        assert invalid(kic.post(f"{ROOT}/klantcontacten", json=klantcontact(metadata={"a": "x" * 256}))) == {
            "metadata.a": "max_length"}

    def test_kic_016_a_nummer_is_unique_and_drawn_past_one_chosen_by_hand(self, kic):
        first = create(kic, "klantcontacten", klantcontact())
        ahead = f"{int(first['nummer']) + 1000:010d}"
        assert create(kic, "klantcontacten", klantcontact(nummer=ahead))["nummer"] == ahead
        assert create(kic, "klantcontacten", klantcontact())["nummer"] == f"{int(ahead) + 1:010d}"
        assert invalid(kic.post(f"{ROOT}/klantcontacten", json=klantcontact(nummer=ahead))) == {
            "nonFieldErrors": "unique"}
        assert invalid(kic.post(f"{ROOT}/maak-klantcontact", json={"klantcontact": klantcontact(nummer=ahead)})) == {
            "nonFieldErrors": "unique"}
        partij = create(kic, "partijen", persoon(bsn()))
        assert invalid(kic.post(f"{ROOT}/partijen", json=persoon(bsn(), nummer=partij["nummer"]))) == {
            "nonFieldErrors": "unique"}

    def test_kic_016_no_ten_digit_nummer_left_is_a_409_and_nothing_is_stored(self, server, kic):
        counter = "FROM klanten_nummerteller WHERE tabel = 'klanten_partij'"
        before = run(lambda session: session.scalar(text(f"SELECT laatste {counter}")), server.database_url)
        last = create(kic, "partijen", persoon(bsn(), nummer="9999999999"))
        refused = bsn()
        try:
            found = problem(kic.post(f"{ROOT}/partijen", json=persoon(refused)), 409)
            assert found["code"] == "nummers-op" and "geef zelf een nummer mee" in found["detail"]
            assert kic.get(f"{ROOT}/partijen", params={"partijIdentificator__codeSoortObjectId": "bsn",
                                                      "partijIdentificator__objectId": refused}).json()["count"] == 0
        finally:  # the other tests of this database draw partij nummers again
            assert kic.delete(last["url"]).status_code == 204

            async def restore(session) -> None:
                if before is None:
                    await session.execute(text(f"DELETE {counter}"))
                else:
                    await session.execute(text(f"UPDATE klanten_nummerteller SET laatste = {int(before)} "
                                               "WHERE tabel = 'klanten_partij'"))
                await session.commit()

            run(restore, server.database_url)

    def test_maak_klantcontact_creates_the_three_together(self, kic):
        partij = create(kic, "partijen", persoon(bsn()))
        made = maak(kic, klantcontact=klantcontact(), onderwerpobject={"onderwerpobjectidentificator": zaak()},
                    betrokkene={"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True,
                                "contactnaam": {"voornaam": "Eva", "achternaam": "Vries"}})
        contact, betrokkene, onderwerp = made["klantcontact"], made["betrokkene"], made["onderwerpobject"]
        assert contact["hadBetrokkenen"] == [{"uuid": betrokkene["uuid"], "url": betrokkene["url"]}]
        assert contact["gingOverOnderwerpobjecten"] == [{"uuid": onderwerp["uuid"], "url": onderwerp["url"]}]
        assert betrokkene["hadKlantcontact"]["uuid"] == contact["uuid"] and betrokkene["volledigeNaam"] == "Eva Vries"
        assert onderwerp["klantcontact"]["uuid"] == contact["uuid"]
        alone = maak(kic, klantcontact=klantcontact())
        assert set(alone) == {"klantcontact"}

    def test_kic_016_concurrent_maak_klantcontact_get_numbers_of_their_own(self, server, kic):
        """Ten klantcontacten made at once, with a betrokkene each: ten nummers, each one more."""
        partij = create(kic, "partijen", persoon(bsn()))

        def attempt(_):
            with token_client(server) as client:
                return client.post(f"{ROOT}/maak-klantcontact", json={
                    "klantcontact": klantcontact(),
                    "betrokkene": {"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True}})

        with concurrent.futures.ThreadPoolExecutor(10) as pool:
            responses = list(pool.map(attempt, range(10)))
        assert [r.status_code for r in responses] == [201] * 10, [r.text for r in responses]
        nummers = sorted(int(r.json()["klantcontact"]["nummer"]) for r in responses)
        assert nummers == list(range(nummers[0], nummers[0] + 10)), nummers
        assert kic.get(f"{ROOT}/klantcontacten", params={"hadBetrokkene__wasPartij__uuid": partij["uuid"]}
                       ).json()["count"] == 10

    def test_maak_klantcontact_is_all_or_nothing(self, kic):
        onderwerp = f"alles-of-niets-{uuid.uuid4().hex[:8]}"
        refused = kic.post(f"{ROOT}/maak-klantcontact", json={
            "klantcontact": klantcontact(onderwerp=onderwerp),
            "betrokkene": {"wasPartij": {"uuid": str(uuid.uuid4())}, "rol": "klant", "initiator": True}})
        assert invalid(refused) == {"betrokkene.wasPartij.uuid": "does_not_exist"}
        assert kic.get(f"{ROOT}/klantcontacten", params={"onderwerp": onderwerp}).json()["count"] == 0
        refused = kic.post(f"{ROOT}/maak-klantcontact", json={
            "klantcontact": klantcontact(taal="nederlands"), "betrokkene": {"rol": "baas"}})
        assert invalid(refused) == {"klantcontact.taal": "max_length", "betrokkene.rol": "invalid_choice",
                                    "betrokkene.initiator": "required"}

    def test_a_klantcontact_takes_its_parts_along(self, kic):
        actor = medewerker(kic)
        made = maak(kic, klantcontact=klantcontact(), onderwerpobject={"onderwerpobjectidentificator": zaak()},
                    betrokkene={"rol": "klant", "initiator": True})
        contact = made["klantcontact"]
        adres = email(kic, verstrektDoorBetrokkene={"uuid": made["betrokkene"]["uuid"]})
        bijlage = create(kic, "bijlagen", {"wasBijlageVanKlantcontact": {"uuid": contact["uuid"]},
                                           "bijlageidentificator": {"objectId": "doc-1", "codeObjecttype": "document",
                                                                    "codeRegister": "drc", "codeSoortObjectId": "uuid"}})
        taak = create(kic, "internetaken", {"aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
                                            "gevraagdeHandeling": "Terugbellen", "status": "te_verwerken",
                                            "toegewezenAanActoren": [{"uuid": actor["uuid"]}]})
        link = create(kic, "actorklantcontacten", {"actor": {"uuid": actor["uuid"]},
                                                  "klantcontact": {"uuid": contact["uuid"]}})
        full = kic.get(contact["url"]).json()
        assert [a["uuid"] for a in full["hadBetrokkenActoren"]] == [actor["uuid"]]
        assert full["hadBetrokkenActoren"][0]["actorIdentificatie"]["functie"] == "KCC-medewerker"
        assert full["omvatteBijlagen"][0]["uuid"] == bijlage["uuid"]
        assert full["leiddeTotInterneTaken"][0]["uuid"] == taak["uuid"]
        assert kic.delete(contact["url"]).status_code == 204
        for gone in (made["betrokkene"], made["onderwerpobject"], bijlage, taak, link, adres):
            assert kic.get(gone["url"]).status_code == 404, gone["url"]
        assert kic.get(actor["url"]).status_code == 200

    def test_a_partij_takes_its_betrokkenen_along(self, kic):
        partij = create(kic, "partijen", persoon())
        made = maak(kic, klantcontact=klantcontact(), betrokkene={"wasPartij": {"uuid": partij["uuid"]},
                                                                  "rol": "klant", "initiator": True})
        assert kic.delete(partij["url"]).status_code == 204
        assert kic.get(made["betrokkene"]["url"]).status_code == 404
        assert kic.get(made["klantcontact"]["url"]).json()["hadBetrokkenen"] == []

    def test_kic_012_delete_onderwerpobject_with_cascade(self, kic):
        made = maak(kic, klantcontact=klantcontact(), onderwerpobject={"onderwerpobjectidentificator": zaak()},
                    betrokkene={"rol": "klant", "initiator": True})
        contact = made["klantcontact"]
        second = create(kic, "onderwerpobjecten", {"klantcontact": {"uuid": contact["uuid"]},
                                                   "onderwerpobjectidentificator": zaak()})
        kept = kic.delete(made["onderwerpobject"]["url"], params={"cascade": "true"})
        assert kept.status_code == 200 and kept.json() == {"behouden": [contact["url"]]}
        assert kic.get(contact["url"]).status_code == 200
        gone = kic.delete(second["url"], params={"cascade": "true"})
        assert gone.status_code == 200 and gone.json() == {"behouden": []}
        assert kic.get(contact["url"]).status_code == 404
        assert kic.get(made["betrokkene"]["url"]).status_code == 404
        plain = create(kic, "onderwerpobjecten", {"onderwerpobjectidentificator": zaak()})
        assert kic.delete(plain["url"]).status_code == 204
        other = create(kic, "onderwerpobjecten", {"onderwerpobjectidentificator": zaak()})
        assert invalid(kic.delete(other["url"], params={"cascade": "misschien"})) == {"cascade": "invalid"}
        assert invalid(kic.delete(other["url"], params={"force": "true"})) == {"nonFieldErrors": "unknown-parameters"}


class TestActorenEnTaken:
    def test_actoren_by_their_kind(self, kic):
        actor = medewerker(kic)
        assert actor["actorIdentificatie"] == {"functie": "KCC-medewerker", "emailadres": "karin@gemeente.nl",
                                               "telefoonnummer": "0201234567"}
        afdeling = create(kic, "actoren", {"naam": "Team Burgerzaken", "soortActor": "organisatorische_eenheid",
                                           "actorIdentificatie": {"omschrijving": "Burgerzaken"}})
        assert afdeling["actorIdentificatie"] == {"omschrijving": "Burgerzaken", "faxnummer": ""}
        refused = kic.post(f"{ROOT}/actoren", json={"naam": "x", "soortActor": "medewerker",
                                                   "actorIdentificatie": {"functie": "y", "telefoonnummer": "123"}})
        assert invalid(refused) == {"actorIdentificatie.telefoonnummer": "invalid"}
        refused = kic.post(f"{ROOT}/actoren", json={"naam": "x", "soortActor": "organisatorische_eenheid",
                                                   "actorIdentificatie": {"emailadres": "geen"}})
        assert invalid(refused) == {"actorIdentificatie.emailadres": "invalid"}
        found = kic.get(f"{ROOT}/actoren", params={"actoridentificatorObjectId":
                                                   actor["actoridentificator"]["objectId"]}).json()
        assert [a["uuid"] for a in found["results"]] == [actor["uuid"]]
        assert kic.get(f"{ROOT}/actoren", params={"soortActor": "organisatorische_eenheid",
                                                  "naam": "Team Burgerzaken"}).json()["count"] >= 1

    def test_kic_013_interne_taken_and_their_actoren(self, kic):
        first, second = medewerker(kic, "Een"), medewerker(kic, f"Twee-{uuid.uuid4().hex[:6]}")
        contact = create(kic, "klantcontacten", klantcontact())
        taak = create(kic, "internetaken", {"aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
                                            "gevraagdeHandeling": "Terugbellen", "status": "te_verwerken",
                                            "toegewezenAanActor": {"uuid": first["uuid"]}})
        assert taak["toegewezenAanActoren"] == [{"uuid": first["uuid"], "url": first["url"]}]
        assert taak["toegewezenAanActor"]["uuid"] == first["uuid"] and taak["afgehandeldOp"] is None
        assert taak["nummer"].isdigit() and taak["toegewezenOp"]
        moved = kic.patch(taak["url"], json={"toegewezenAanActoren": [{"uuid": second["uuid"]}, {"uuid": first["uuid"]}]})
        assert [a["uuid"] for a in moved.json()["toegewezenAanActoren"]] == [second["uuid"], first["uuid"]]
        done = kic.patch(taak["url"], json={"status": "verwerkt"}).json()
        assert done["afgehandeldOp"] is not None
        assert kic.patch(taak["url"], json={"status": "te_verwerken"}).json()["afgehandeldOp"] is None
        assert invalid(kic.patch(taak["url"], json={"afgehandeldOp": "2026-01-01T00:00:00Z"})) == {
            "afgehandeldOp": "invalid"}
        explicit = kic.patch(taak["url"], json={"status": "verwerkt", "afgehandeldOp": "2026-01-01T12:00:00Z"}).json()
        assert explicit["afgehandeldOp"] == "2026-01-01T12:00:00Z"
        for params in ({"toegewezenAanActor__uuid": second["uuid"]}, {"actoren__naam": second["naam"]},
                       {"toegewezenAanActor__url": second["url"], "status": "verwerkt"},
                       {"aanleidinggevendKlantcontact__uuid": contact["uuid"]},
                       {"klantcontact__nummer": contact["nummer"]}):
            found = kic.get(f"{ROOT}/internetaken", params=params).json()
            assert [t["uuid"] for t in found["results"]] == [taak["uuid"]], params
        unassigned = create(kic, "internetaken", {"aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
                                                  "gevraagdeHandeling": "Mail sturen", "status": "te_verwerken"})
        assert "toegewezenAanActor" not in unassigned and unassigned["toegewezenAanActoren"] == []

    def test_an_actor_is_linked_to_a_klantcontact_once(self, kic):
        actor, contact = medewerker(kic), create(kic, "klantcontacten", klantcontact())
        body = {"actor": {"uuid": actor["uuid"]}, "klantcontact": {"uuid": contact["uuid"]}}
        link = create(kic, "actorklantcontacten", body)
        assert invalid(kic.post(f"{ROOT}/actorklantcontacten", json=body)) == {"nonFieldErrors": "unique"}
        found = kic.get(f"{ROOT}/actorklantcontacten", params={"actor__url": actor["url"]}).json()
        assert [x["uuid"] for x in found["results"]] == [link["uuid"]]
        assert kic.delete(actor["url"]).status_code == 204
        assert kic.get(link["url"]).status_code == 404


class TestZoekenEnExpand:
    @pytest.fixture
    def history(self, kic):
        """A person with two contacts: one about a zaak that led to a task, one by e-mail."""
        number = bsn()
        partij = create(kic, "partijen", persoon(number))
        zaak_uuid = str(uuid.uuid4())
        first = maak(kic, klantcontact=klantcontact(), onderwerpobject={"onderwerpobjectidentificator": zaak(zaak_uuid)},
                     betrokkene={"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True})
        second = maak(kic, klantcontact=klantcontact(kanaal="e-mail", inhoud="Mijn pas is kwijt"),
                      betrokkene={"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True})
        adres = email(kic, verstrektDoorBetrokkene={"uuid": second["betrokkene"]["uuid"]})
        taak = create(kic, "internetaken", {"aanleidinggevendKlantcontact": {"uuid": first["klantcontact"]["uuid"]},
                                            "gevraagdeHandeling": "Terugbellen", "status": "te_verwerken"})
        return {"partij": partij, "bsn": number, "zaak": zaak_uuid, "first": first, "second": second,
                "adres": adres, "taak": taak}

    def uuids(self, kic, **params) -> list[str]:
        response = kic.get(f"{ROOT}/klantcontacten", params=params)
        assert response.status_code == 200, response.text
        return [k["uuid"] for k in response.json()["results"]]

    def test_filters_of_klantcontacten(self, kic, history):
        first, second = history["first"]["klantcontact"]["uuid"], history["second"]["klantcontact"]["uuid"]
        partij = history["partij"]
        assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=partij["uuid"]) == [second, first]  # newest first
        assert self.uuids(kic, hadBetrokkene__wasPartij__url=partij["url"]) == [second, first]
        assert self.uuids(kic, hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId="bsn",
                          hadBetrokkene__wasPartij__partijIdentificator__objectId=history["bsn"]) == [second, first]
        assert self.uuids(kic, onderwerpobject__onderwerpobjectidentificatorObjectId=history["zaak"],
                          onderwerpobject__onderwerpobjectidentificatorCodeRegister="openzaak") == [first]
        assert self.uuids(kic, onderwerpobject__onderwerpobjectidentificatorObjectId=history["zaak"],
                          onderwerpobject__onderwerpobjectidentificatorCodeRegister="elders") == []
        assert self.uuids(kic, hadBetrokkene__digitaaladres__adres__icontains=history["adres"]["adres"][:8]) == [second]
        assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=partij["uuid"], leiddeTotInterneTaken="true") == [first]
        assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=partij["uuid"], leiddeTotInterneTaken="false") == [second]
        assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=partij["uuid"], inhoud="PAS IS") == [second]
        assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=partij["uuid"], kanaal="e-mail") == [second]
        assert self.uuids(kic, hadBetrokkene__uuid=history["first"]["betrokkene"]["uuid"]) == [first]
        assert invalid(kic.get(f"{ROOT}/klantcontacten", params={"hadBetrokkene__wasPartij": "misschien"})) == {
            "hadBetrokkene__wasPartij": "invalid"}

    def test_the_klantcontacten_of_each_partij_in_turn(self, kic, history):
        """The list is prepared once per shape of its query: each partij gets its own klantcontacten."""
        other = create(kic, "partijen", persoon(bsn()))
        theirs = maak(kic, klantcontact=klantcontact(),
                      betrokkene={"wasPartij": {"uuid": other["uuid"]}, "rol": "klant", "initiator": True})
        mine = [history["second"]["klantcontact"]["uuid"], history["first"]["klantcontact"]["uuid"]]
        for _ in range(2):
            assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=history["partij"]["uuid"]) == mine
            assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=other["uuid"]) == [theirs["klantcontact"]["uuid"]]
            assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=str(uuid.uuid4())) == []
            assert self.uuids(kic, hadBetrokkene__wasPartij__uuid=history["partij"]["uuid"], pageSize=1, page=2) == mine[1:]

    def test_filters_of_betrokkenen_and_onderwerpobjecten(self, kic, history):
        betrokkenen = kic.get(f"{ROOT}/betrokkenen", params={
            "wasPartij__partijIdentificator__objectId": history["bsn"]}).json()
        assert betrokkenen["count"] == 2
        found = kic.get(f"{ROOT}/betrokkenen", params={"verstrektedigitaalAdres__adres": history["adres"]["adres"]})
        assert [b["uuid"] for b in found.json()["results"]] == [history["second"]["betrokkene"]["uuid"]]
        objects = kic.get(f"{ROOT}/onderwerpobjecten", params={"onderwerpobjectidentificatorObjectId": history["zaak"]})
        assert [o["uuid"] for o in objects.json()["results"]] == [history["first"]["onderwerpobject"]["uuid"]]

    def test_expand_klantcontacten(self, server, kic, history):
        before = len(processing_records(server.database_url, Subject("bsn", history["bsn"])))
        response = kic.get(f"{ROOT}/klantcontacten", params={
            "hadBetrokkene__wasPartij__uuid": history["partij"]["uuid"],
            "expand": "hadBetrokkenen.wasPartij,hadBetrokkenen.digitaleAdressen,leiddeTotInterneTaken,"
                      "gingOverOnderwerpobjecten,omvatteBijlagen"})
        second, first = response.json()["results"]
        (betrokkene,) = second["_expand"]["hadBetrokkenen"]
        assert betrokkene["_expand"]["wasPartij"]["uuid"] == history["partij"]["uuid"]
        assert [a["uuid"] for a in betrokkene["_expand"]["digitaleAdressen"]] == [history["adres"]["uuid"]]
        assert [t["uuid"] for t in first["_expand"]["leiddeTotInterneTaken"]] == [history["taak"]["uuid"]]
        assert first["_expand"]["gingOverOnderwerpobjecten"][0]["onderwerpobjectidentificator"]["objectId"] == \
            history["zaak"]
        assert second["_expand"]["leiddeTotInterneTaken"] == [] and first["_expand"]["omvatteBijlagen"] == []
        # The expanded partij shows a BSN, so its reading is a processing record too.
        assert len(processing_records(server.database_url, Subject("bsn", history["bsn"]))) > before

    def test_expand_digitaal_adres_three_levels_deep(self, kic, history):
        expanded = kic.get(history["adres"]["url"], params={
            "expand": "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken"}).json()
        betrokkene = expanded["_expand"]["verstrektDoorBetrokkene"]
        assert betrokkene["uuid"] == history["second"]["betrokkene"]["uuid"]
        contact = betrokkene["_expand"]["hadKlantcontact"]
        assert contact["uuid"] == history["second"]["klantcontact"]["uuid"]
        assert contact["_expand"] == {"leiddeTotInterneTaken": []}
        loose = email(kic)
        assert kic.get(loose["url"], params={"expand": "verstrektDoorBetrokkene"}).json()["_expand"] == {
            "verstrektDoorBetrokkene": None}

    def test_expand_betrokkene(self, kic, history):
        betrokkene = kic.get(history["second"]["betrokkene"]["url"], params={"expand": "digitaleAdressen"}).json()
        assert [a["adres"] for a in betrokkene["_expand"]["digitaleAdressen"]] == [history["adres"]["adres"]]
        assert problem(kic.get(history["second"]["betrokkene"]["url"], params={"expand": "wasPartij"}), 400)
