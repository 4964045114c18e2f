"""The bridge from the Contactmomenten API 1.0 to Klantinteracties (`registries migrate-contactmomenten`).

Source: our Contactmomenten registry over real HTTP (ZGW JWT). Target: our Klantinteracties
registry over real HTTP (API token). The klant links point to a Klanten API 1.0, which does
not exist on this machine: ``KlantenStandIn`` is a tiny stand-in for it, on a real port, that
serves ``/klanten/{uuid}`` with ``subjectIdentificatie`` and checks the caller's JWT.

Each test works on contactmomenten of its own bronorganisatie (``--bronorganisatie``), so tests
never see each other's records on the shared server.
"""

import json
import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import jwt
import pytest
from fastapi import FastAPI, Header, HTTPException

from common import cli
from registries.klanten.bridge.client import Api, ApiToken, ZgwJwt
from registries.klanten.bridge.ledger import Ledger
from registries.klanten.bridge.migrate import Migration, Options, Report
from registries.klanten.bridge import mapping
from tests import servers
from tests.conftest import SUPERUSER, valid_rsin
from tests.test_catalogi_support import Catalogi
from tests.test_zaken_support import CRS, new_zaak

CM = "/contactmomenten/api/v1"
KI = "/klantinteracties/api/v1"
STAND_IN_CLIENT = ("klanten-stand-in-client", "geheim-van-de-klanten-stand-in-0123456789")


# --- the Klanten API 1.0 stand-in ---------------------------------------------------------------

class KlantenStandIn:
    """Stand-in for a Klanten API 1.0 (none runs here): GET /klanten/api/v1/klanten/{uuid} only."""

    def __init__(self) -> None:
        self.klanten: dict[str, dict] = {}
        self.app = FastAPI()

        @self.app.get("/klanten/api/v1/klanten/{key}")
        def klant(key: str, authorization: str = Header("")) -> dict:
            client_id, secret = STAND_IN_CLIENT
            try:
                claims = jwt.decode(authorization.removeprefix("Bearer "), secret, algorithms=["HS256"])
            except jwt.PyJWTError:
                raise HTTPException(403, "wrong credentials") from None
            if claims.get("client_id") != client_id:
                raise HTTPException(403, "unknown client")
            if key not in self.klanten:
                raise HTTPException(404, "no such klant")
            return self.klanten[key]

    def add(self, **fields) -> str:
        key = str(uuid.uuid4())
        url = f"{self.url}/klanten/api/v1/klanten/{key}"
        self.klanten[key] = {"url": url, "bronorganisatie": "002564440", "klantnummer": key[:8],
                             "websiteUrl": "https://example.nl", **fields}
        return url

    def persoon(self, bsn: str, voornaam: str, achternaam: str) -> str:
        return self.add(voornaam=voornaam, achternaam=achternaam, subjectType="natuurlijk_persoon",
                        subjectIdentificatie={"inpBsn": bsn, "geslachtsnaam": achternaam, "voornamen": voornaam,
                                              "voorletters": voornaam[0] + "."})


@pytest.fixture(scope="session")
def klanten_stand_in():
    stand_in = KlantenStandIn()
    running = servers.start_server("sqlite+aiosqlite:///:memory:", "klanten-1.0-stand-in", app=stand_in.app)
    stand_in.url = running.url
    yield stand_in
    running.stop()


# --- clients and the run ----------------------------------------------------------------------

@pytest.fixture(scope="session")
def target_token(server) -> str:
    suffix = uuid.uuid4().hex[:8]
    token = f"migratie-{suffix}-{uuid.uuid4().hex}"
    servers.add_client(server.database_url, f"migratie-{suffix}", token=token, all_permissions=True)
    return token


@pytest.fixture(scope="session")
def zaaktype_url(server) -> str:
    """A published zaaktype in the shared server's Catalogi registry, for the zaken to link."""
    with httpx.Client(base_url=server.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
        catalogi = Catalogi(client)
        zaaktype = catalogi.zaaktype()
        catalogi.publish(zaaktype)
        return zaaktype["url"]


@pytest.fixture
def zaken(server, zaaktype_url):
    with httpx.Client(base_url=server.url + "/zaken/api/v1", timeout=30, auth=servers.ZgwAuth(*SUPERUSER),
                      headers=CRS) as client:
        client.zaaktype_url = zaaktype_url
        yield client


@pytest.fixture
def source(server):
    with httpx.Client(base_url=server.url + CM, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
        yield client


@pytest.fixture
def target(server, target_token):
    with httpx.Client(base_url=server.url + KI, timeout=30, headers={"Authorization": f"Token {target_token}"}) as c:
        yield c


def migrate(server, target_token, ledger: Path | None, **options) -> Report:
    apis = [Api(server.url + CM, ZgwJwt(*SUPERUSER), name="source"),
            Api("", ZgwJwt(*STAND_IN_CLIENT), name="klanten"),
            Api(server.url + KI, ApiToken(target_token), name="target")]
    try:
        return Migration(*apis, Ledger(ledger, write=not options.get("dry_run")), Options(**options)).run()
    finally:
        for api in apis:
            api.close()


def post(client: httpx.Client, path: str, body: dict) -> dict:
    response = client.post(path, json=body)
    assert response.status_code == 201, response.text
    return response.json()


def contactmoment(source, bron: str, when: datetime, **fields) -> dict:
    return post(source, "/contactmomenten", {"bronorganisatie": bron, "registratiedatum": when.isoformat(),
                                            "kanaal": "telefoon", "tekst": "Vraag", **fields})


def klantlink(source, cm: dict, klant: str, rol: str = "belanghebbende") -> dict:
    return post(source, "/klantcontactmomenten", {"contactmoment": cm["url"], "klant": klant, "rol": rol})


def zaaklink(zaken, source, cm: dict) -> dict:
    """A zaak of our Zaken registry linked to the contactmoment: the Zaken API keeps the
    zaakcontactmoment and makes the objectcontactmoment on our side (zrc-025)."""
    zaak = post(zaken, "/zaken", new_zaak(zaken.zaaktype_url))
    post(zaken, "/zaakcontactmomenten", {"zaak": zaak["url"], "contactmoment": cm["url"]})
    response = source.get("/objectcontactmomenten", params={"contactmoment": cm["url"], "object": zaak["url"]})
    assert response.status_code == 200, response.text
    (link,) = response.json()["results"]
    return link


def by_source(report: Report) -> dict[str, object]:
    return {r.source: r for r in report.records}


def start_time() -> datetime:
    return datetime(2024, 1, 1, 9, 0, tzinfo=datetime.now().astimezone().tzinfo) + timedelta(
        days=random.randrange(3000), seconds=random.randrange(86400))


def get(target, url: str) -> dict:
    response = target.get(url)
    assert response.status_code == 200, response.text
    return response.json()


def listing(target, path: str, **params) -> list[dict]:
    response = target.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["results"]


def partijen_with(target, soort: str, number: str) -> list[dict]:
    return listing(target, "/partijen", partijIdentificator__codeSoortObjectId=soort,
                   partijIdentificator__objectId=number)


# --- the tests --------------------------------------------------------------------------------

def test_round_trip_moves_every_field_or_reports_it(server, klanten_stand_in, target_token, source, zaken, target,
                                                    tmp_path):
    bron, t0 = valid_rsin(), start_time()
    anna_bsn, bert_bsn, kvk = valid_rsin(), valid_rsin(), f"{random.randrange(10**7, 10**8)}"
    anna = klanten_stand_in.persoon(anna_bsn, "Anna", "Jansen")
    bert = klanten_stand_in.persoon(bert_bsn, "Bert", "Bos")
    bedrijf = klanten_stand_in.add(bedrijfsnaam="Bakkerij De Korf", subjectType="niet_natuurlijk_persoon",
                                   subjectIdentificatie={"innNnpId": kvk, "statutaireNaam": "De Korf B.V."})
    naamloos = klanten_stand_in.add(voornaam="Cor", achternaam="Kok")  # no subject: no partij
    weg = f"{klanten_stand_in.url}/klanten/api/v1/klanten/{uuid.uuid4()}"  # a klant that does not exist
    medewerker = f"https://medewerkers.example.nl/api/v1/medewerkers/{uuid.uuid4()}"
    mdw = f"mdw-{uuid.uuid4().hex[:8]}"

    first = contactmoment(source, bron, t0, kanaal="balie", voorkeurskanaal="email", voorkeurstaal="eng",
                          tekst="Vraag over de afvalpas", onderwerpLinks=["https://www.example.nl/afval"],
                          initiatiefnemer="klant", medewerker=medewerker,
                          medewerkerIdentificatie={"identificatie": mdw, "achternaam": "Visser", "voorletters": "J."})
    links = [klantlink(source, first, anna), klantlink(source, first, bert, "gesprekspartner"),
             zaaklink(zaken, source, first)]
    second = contactmoment(source, bron, t0 + timedelta(hours=1), vorigContactmoment=first["url"],
                           initiatiefnemer="gemeente")
    links += [klantlink(source, second, anna), zaaklink(zaken, source, second)]
    third = contactmoment(source, bron, t0 + timedelta(hours=2))
    links += [klantlink(source, third, bedrijf), klantlink(source, third, naamloos, "gesprekspartner")]
    too_long = contactmoment(source, bron, t0 + timedelta(hours=3), tekst="x" * 1001)
    links += [klantlink(source, too_long, anna), zaaklink(zaken, source, too_long)]
    lost = contactmoment(source, bron, t0 + timedelta(hours=4))
    links += [klantlink(source, lost, weg)]
    extra = [contactmoment(source, bron, t0 + timedelta(hours=5 + i)) for i in range(3)]
    links += [zaaklink(zaken, source, cm) for cm in extra]

    ledger = tmp_path / "ledger.jsonl"
    report = migrate(server, target_token, ledger, bronorganisatie=bron)
    records = by_source(report)
    # Every source record is in the report, once.
    sources = [cm["url"] for cm in (first, second, third, too_long, lost, *extra)] + [link["url"] for link in links]
    assert sorted(records) == sorted(sources) and len(report.records) == len(sources)
    assert {records[u].status for u in sources} == {"moved", "not-movable"}

    # contactmoment -> klantcontact, field by field
    kc = get(target, records[first["url"]].target)
    assert (kc["kanaal"], kc["inhoud"], kc["taal"], kc["onderwerp"], kc["vertrouwelijk"]) == (
        "balie", "Vraag over de afvalpas", "eng", "", False)
    assert datetime.fromisoformat(kc["plaatsgevondenOp"]) == t0
    assert kc["metadata"] == {"contactmoment": first["url"], "bronorganisatie": bron, "voorkeurskanaal": "email",
                              "initiatiefnemer": "klant", "medewerker": medewerker}
    objecten = listing(target, "/onderwerpobjecten", klantcontact__uuid=kc["uuid"])
    identificatoren = sorted((o["onderwerpobjectidentificator"]["codeObjecttype"],
                              o["onderwerpobjectidentificator"]["objectId"]) for o in objecten)
    zaak_uuid = links[2]["object"].rsplit("/", 1)[1]
    assert identificatoren == [("onderwerplink", "https://www.example.nl/afval"), ("zgw-Zaak", zaak_uuid)]
    (actorlink,) = listing(target, "/actorklantcontacten", klantcontact__uuid=kc["uuid"])
    actor = get(target, f"/actoren/{actorlink['actor']['uuid']}")
    assert actor["naam"] == "J. Visser" and actor["soortActor"] == "medewerker"
    assert actor["actoridentificator"]["objectId"] == mdw

    # klantcontactmoment -> betrokkene: belanghebbende is the klant (initiator), the other
    # gesprekspartner spoke for them; each a partij found or made by BSN.
    betrokkenen = {b["rol"]: b for b in listing(target, "/betrokkenen", hadKlantcontact__uuid=kc["uuid"])}
    (partij_anna,) = partijen_with(target, "bsn", anna_bsn)
    (partij_bert,) = partijen_with(target, "bsn", bert_bsn)
    assert betrokkenen["klant"]["wasPartij"]["uuid"] == partij_anna["uuid"] and betrokkenen["klant"]["initiator"]
    assert betrokkenen["vertegenwoordiger"]["wasPartij"]["uuid"] == partij_bert["uuid"]
    assert betrokkenen["klant"]["contactnaam"]["achternaam"] == "Jansen"
    assert partij_anna["partijIdentificatie"]["contactnaam"]["voornaam"] == "Anna"

    # vorigContactmoment -> an onderwerpobject whose wasKlantcontact is the first klantcontact;
    # the same klant (BSN) is the same partij.
    kc2 = get(target, records[second["url"]].target)
    vorig = [o for o in listing(target, "/onderwerpobjecten", klantcontact__uuid=kc2["uuid"]) if o["wasKlantcontact"]]
    assert [o["wasKlantcontact"]["uuid"] for o in vorig] == [kc["uuid"]]
    (b2,) = listing(target, "/betrokkenen", hadKlantcontact__uuid=kc2["uuid"])
    assert b2["wasPartij"]["uuid"] == partij_anna["uuid"] and b2["initiator"] is False
    assert kc2["taal"] == "nld" and "voorkeurskanaal" not in kc2["metadata"]

    # An organisation by KvK-nummer; a klant without subject stays a betrokkene without partij.
    kc3 = get(target, records[third["url"]].target)
    (organisatie,) = partijen_with(target, "kvk_nummer", kvk)
    assert organisatie["soortPartij"] == "organisatie"
    assert organisatie["partijIdentificatie"]["naam"] == "De Korf B.V."
    b3 = {(b["contactnaam"] or {}).get("achternaam") or b["organisatienaam"]: b
          for b in listing(target, "/betrokkenen", hadKlantcontact__uuid=kc3["uuid"])}
    assert b3["Bakkerij De Korf"]["wasPartij"]["uuid"] == organisatie["uuid"]
    assert b3["Kok"]["wasPartij"] is None and b3["Kok"]["rol"] == "vertegenwoordiger"
    assert "without partij" in records[links[6]["url"]].notes[0]

    # Not movable, with the reason, and nothing of it written.
    assert records[too_long["url"]].status == "not-movable" and "tekst" in records[too_long["url"]].reason
    assert {records[links[i]["url"]].status for i in (7, 8)} == {"not-movable"}
    assert records[links[9]["url"]].status == "not-movable" and "does not exist" in records[links[9]["url"]].reason
    assert records[lost["url"]].status == "moved"
    assert not any(too_long["url"] in line for line in ledger.read_text().splitlines())
    assert len(partijen_with(target, "bsn", anna_bsn)) == 1
    assert not report.complete and json.loads(report.as_json())["summary"]["contactmoment"] == {
        "moved": 7, "not-movable": 1}

    # A second run changes nothing.
    again = migrate(server, target_token, ledger, bronorganisatie=bron)
    assert {r.status for r in again.records} == {"already-there", "not-movable"}
    assert again.partijen_created == [] and again.actoren_created == []
    assert [(r.source, r.target) for r in again.records] == [(r.source, r.target) for r in report.records]
    assert len(listing(target, "/betrokkenen", hadKlantcontact__uuid=kc["uuid"])) == 2


def test_dry_run_writes_nothing(server, klanten_stand_in, target_token, source, zaken, target, tmp_path):
    bron, t0 = valid_rsin(), start_time()
    number = valid_rsin()
    cms = [contactmoment(source, bron, t0 + timedelta(minutes=i), medewerkerIdentificatie={
        "identificatie": f"mdw-{uuid.uuid4().hex[:8]}", "achternaam": "Smit"}) for i in range(2)]
    for cm in cms:
        klantlink(source, cm, klanten_stand_in.persoon(number, "Dirk", "Dekker"))
        zaaklink(zaken, source, cm)
    ledger = tmp_path / "ledger.jsonl"

    report = migrate(server, target_token, ledger, bronorganisatie=bron, dry_run=True)
    assert {r.status for r in report.records} == {"would-move"} and len(report.records) == 6
    assert report.partijen_created == [] and report.actoren_created == []
    assert not ledger.exists()
    assert partijen_with(target, "bsn", number) == []
    for cm in cms:
        assert listing(target, "/klantcontacten", plaatsgevondenOp=cm["registratiedatum"]) == []

    # Then for real: exactly what the dry run announced.
    real = migrate(server, target_token, ledger, bronorganisatie=bron)
    assert [(r.source, r.status) for r in real.records] == [(r.source, "moved") for r in report.records]


def test_interrupted_run_resumes_without_duplicates(server, klanten_stand_in, target_token, source, target, tmp_path):
    bron, t0 = valid_rsin(), start_time()
    cms, previous = [], None
    medewerker = {"identificatie": f"mdw-{uuid.uuid4().hex[:8]}", "achternaam": "Mol"}
    for i in range(4):
        cm = contactmoment(source, bron, t0 + timedelta(minutes=i), medewerkerIdentificatie=medewerker,
                           onderwerpLinks=[f"https://www.example.nl/vraag/{i}"],
                           **({"vorigContactmoment": previous} if previous else {}))
        klantlink(source, cm, klanten_stand_in.persoon(valid_rsin(), "Eva", "Evers"))
        cms.append(cm)
        previous = cm["url"]
    ledger = tmp_path / "ledger.jsonl"

    # A run that stops half-way (--limit) ...
    first = migrate(server, target_token, ledger, bronorganisatie=bron, limit=2)
    assert "--limit 2" in first.stopped
    assert [r.source for r in first.records if r.kind == "contactmoment"] == [cm["url"] for cm in cms[:2]]
    # ... and whose last ledger lines were lost in a crash (the writes themselves happened): the
    # medewerker link, the link to the previous contactmoment and the betrokkene of the second.
    lines = ledger.read_text().splitlines()
    assert [json.loads(line)["key"].split()[0] for line in lines[-3:]] == ["medewerker", "vorig", "klantcontactmoment"]
    ledger.write_text("\n".join(lines[:-3]) + "\n" + lines[-3][:20])

    # The next batch: what was written before does not count towards --limit.
    batch = migrate(server, target_token, ledger, bronorganisatie=bron, limit=1)
    statuses = {r.source: r.status for r in batch.records if r.kind == "contactmoment"}
    assert statuses == {cms[0]["url"]: "already-there", cms[1]["url"]: "already-there", cms[2]["url"]: "moved"}
    assert batch.stopped
    rest = migrate(server, target_token, ledger, bronorganisatie=bron)
    statuses = {r.source: r.status for r in rest.records if r.kind == "contactmoment"}
    assert statuses == {**{cm["url"]: "already-there" for cm in cms[:3]}, cms[3]["url"]: "moved"}
    assert rest.complete
    for cm in cms:
        (kc,) = listing(target, "/klantcontacten", plaatsgevondenOp=cm["registratiedatum"])
        assert len(listing(target, "/betrokkenen", hadKlantcontact__uuid=kc["uuid"])) == 1
        assert len(listing(target, "/onderwerpobjecten", klantcontact__uuid=kc["uuid"])) == (1 if cm is cms[0] else 2)
        assert len(listing(target, "/actorklantcontacten", klantcontact__uuid=kc["uuid"])) == 1
    assert len(first.actoren_created + batch.actoren_created + rest.actoren_created) == 1

    # Even without any ledger, a run finds everything in the target and writes nothing.
    ledger.unlink()
    again = migrate(server, target_token, ledger, bronorganisatie=bron)
    assert {r.status for r in again.records} == {"already-there"}
    # per contactmoment its klantcontact, onderwerplink, medewerker link and betrokkene; 3 vorig links
    assert len(ledger.read_text().splitlines()) == 4 * 4 + 3


def test_command_line_with_report_and_failure(server, klanten_stand_in, target_token, source, zaken, tmp_path, capsys):
    bron = valid_rsin()
    cm = contactmoment(source, bron, start_time())
    zaaklink(zaken, source, cm)
    report_file = tmp_path / "report.json"
    args = ["migrate-contactmomenten", "--from", server.url + CM, "--from-client-id", SUPERUSER[0],
            "--from-secret", SUPERUSER[1], "--klanten-client-id", STAND_IN_CLIENT[0],
            "--klanten-secret", STAND_IN_CLIENT[1], "--to-klantinteracties", server.url + KI,
            "--to-token", target_token, "--ledger", str(tmp_path / "ledger.jsonl"), "--bronorganisatie", bron]
    cli.main(args + ["--report", str(report_file)])
    out = capsys.readouterr().out
    assert f"moved         contactmoment       {cm['url']} -> " in out
    assert "contactmoment: 1 moved" in out and "objectcontactmoment: 1 moved" in out
    written = json.loads(report_file.read_text())
    assert written["dryRun"] is False and written["summary"] == {"contactmoment": {"moved": 1},
                                                                 "objectcontactmoment": {"moved": 1}}
    assert [r["status"] for r in written["records"]] == ["moved", "moved"]

    # A wrong secret for the source: the run stops with the reason and exit status 1.
    wrong = list(args)
    wrong[wrong.index("--from-secret") + 1] = "niet-het-geheim-maar-wel-lang-genoeg-0123"
    with pytest.raises(SystemExit) as stopped:
        cli.main(wrong)
    assert stopped.value.code == 1
    assert "stopped: the Contactmomenten API answered" in capsys.readouterr().out


# --- the mapping of the cases a real server does not produce -----------------------------------

@pytest.mark.parametrize(("klant", "expected"), [
    pytest.param({"subjectType": "natuurlijk_persoon", "subjectIdentificatie": {"inpBsn": "999993653"}},
                 ("bsn", "999993653", "persoon", True), id="bsn"),
    pytest.param({"subjectType": "natuurlijk_persoon", "subject": "https://brp.example/ingeschrevenpersonen/999990627"},
                 ("bsn", "999990627", "persoon", True), id="bsn from the subject url"),
    pytest.param({"subjectType": "natuurlijk_persoon", "subjectIdentificatie": {"inpBsn": "123456789"}}, None,
                 id="bsn that fails the elfproef"),
    pytest.param({"subjectType": "niet_natuurlijk_persoon", "subjectIdentificatie": {"innNnpId": "69599084"}},
                 ("kvk_nummer", "69599084", "organisatie", True), id="kvk-nummer"),
    pytest.param({"subjectType": "niet_natuurlijk_persoon", "subjectIdentificatie": {"innNnpId": "002564440"}},
                 ("rsin", "002564440", "organisatie", True), id="rsin"),
    pytest.param({"subjectType": "vestiging", "subjectIdentificatie": {"vestigingsNummer": "000012345678"}},
                 ("vestigingsnummer", "000012345678", "organisatie", False), id="vestiging: found, never made"),
    pytest.param({"voornaam": "Cor"}, None, id="no subject"),
])
def test_subject_of_a_klant(klant, expected):
    subject = mapping.subject_of(klant)
    found = subject and (subject.code_soort_object_id, subject.object_id, subject.soort_partij, subject.may_create)
    assert found == expected


def test_fields_without_a_place_are_reported_and_too_long_values_refused():
    assert mapping.not_moved("klantcontactmoment", {"gelezen": True}) == ["gelezen"]
    assert mapping.not_moved("klantcontactmoment", {"gelezen": False}) == []
    base = {"url": "https://cm.example/contactmomenten/api/v1/contactmomenten/1", "bronorganisatie": "002564440"}
    for field, value in (("tekst", "x" * 1001), ("onderwerpLinks", ["https://example.nl/" + "x" * 200]),
                         ("voorkeurskanaal", "x" * 256)):
        with pytest.raises(mapping.NotMovable, match=field):
            mapping.check_contactmoment({**base, field: value})
    with pytest.raises(mapping.NotMovable, match="objectType"):
        mapping.onderwerpobjectidentificator({"object": "https://x.example/y/1", "objectType": "verzoek"})
