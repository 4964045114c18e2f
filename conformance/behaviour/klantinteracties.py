"""Klantinteracties API (Open Klant 2): the kic-* rules.

VNG adopted no rule codes for this API; the codes kic-001 .. kic-016 are the reference
registries' own (docs/klanten.md). The scenarios here check the rules that are facts of the
standard as Open Klant publishes it (its contract says so, or Open Klant behaves so): a BSN
passes the 11-proef, an identifier exists once, one standard address per partij and soort, the
e-mail check, references name existing objects, the cascade of an onderwerpobject, afgehandeldOp
of an interne taak, IBAN check digits, generated numbers, ``maak-klantcontact`` as one
transaction, and ``partijIdentificatie`` whose shape follows ``soortPartij``. Rules of the
reference registries that Open Klant's contract does not state (kic-001, 004, 010, 015) are
advisory: a failure is a warning, not a failed run.

Everything a scenario makes (partijen, digitale adressen, rekeningnummers, klantcontacten,
interne taken) is deleted afterwards; partijen carry the run's prefix in their name.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from conformance import expect
from conformance.behaviour.catalogi import valid_rsin
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckFailed

SCENARIOS = Scenarios()


def bsn() -> str:
    """A random BSN that passes the 11-proef (the weights of an RSIN)."""
    return valid_rsin()


def failing_bsn() -> str:
    number = bsn()
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def identificator(number: str) -> dict[str, Any]:
    return {"partijIdentificator": {"codeRegister": "brp", "codeObjecttype": "natuurlijk_persoon",
                                    "codeSoortObjectId": "bsn", "objectId": number}}


def persoon(ctx: Context, number: str | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "soortPartij": "persoon",
        "indicatieActief": True,
        "partijIdentificatie": {"contactnaam": {"voornaam": "Conformance", "achternaam": ctx.prefix}},
    }
    if number:
        body["partijIdentificatoren"] = [identificator(number)]
    return {**body, **extra}


def organisatie(ctx: Context, **extra: Any) -> dict[str, Any]:
    return {"soortPartij": "organisatie", "indicatieActief": True,
            "partijIdentificatie": {"naam": f"{ctx.prefix} conformance"}, **extra}


def klantcontact(ctx: Context, **extra: Any) -> dict[str, Any]:
    return {"kanaal": "telefoon", "onderwerp": f"{ctx.prefix} conformance", "taal": "nld", "vertrouwelijk": False,
            **extra}


def onderwerp_zaak() -> dict[str, Any]:
    return {"objectId": str(uuid.uuid4()), "codeObjecttype": "zgw-Zaak", "codeRegister": "openzaak",
            "codeSoortObjectId": "uuid"}


def create(ctx: Context, collection: str, body: dict[str, Any], what: str) -> dict[str, Any]:
    """An object the rules allow: 201 with its url; deleted afterwards."""
    response = ctx.post(f"/{collection}", json=body)
    expect.status(response, 201, what=f"201 for {what}")
    made = expect.json_body(response)
    if not isinstance(made, dict) or not isinstance(made.get("url"), str):
        raise CheckFailed(f"the created {what} has no url", expected="the stored object with its url")
    ctx.created(made["url"], f"{what} {made['url']}")
    return made


def refused(ctx: Context, response, what: str, field: str | None = None) -> list[dict]:
    """400 with invalidParams (one of them about ``field`` when given); nothing created."""
    if response.status_code == 201:
        made = response.json()
        if isinstance(made, dict) and isinstance(made.get("url"), str):
            ctx.created(made["url"], "an object the rule forbids")
    params = expect.invalid_params(response, what=f"400 with invalidParams: {what}")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))
    if field is not None:
        names = expect.names_in(params)
        expect.that(any(field in name for name in names), f"invalidParams names {sorted(names)}, not {field}",
                    f"invalidParams naming {field}")
    return params


def read(ctx: Context, url: str, what: str) -> dict[str, Any]:
    response = ctx.get(url)
    expect.status(response, 200, what=f"200 reading {what}")
    return expect.json_body(response)


def count(ctx: Context, collection: str, params: dict[str, str]) -> int:
    response = ctx.get(f"/{collection}", params=params)
    expect.status(response, 200, what=f"200 for a filtered list of {collection}")
    page = expect.json_body(response)
    if not isinstance(page, dict) or not isinstance(page.get("count"), int):
        raise CheckFailed("the list has no count", expected="a paginated list {count, next, previous, results}")
    return page["count"]


@SCENARIOS.rule("kic-partijidentificatie", "partijIdentificatie takes the shape of soortPartij: a contactnaam "
                                           "for a persoon, a naam for an organisatie")
def partij_identificatie(ctx: Context) -> None:
    person = create(ctx, "partijen", persoon(ctx), "a partij of soort persoon")
    contactnaam = (person.get("partijIdentificatie") or {}).get("contactnaam") or {}
    expect.that(contactnaam.get("achternaam") == ctx.prefix,
                f"the persoon's partijIdentificatie is {person.get('partijIdentificatie')!r}",
                "partijIdentificatie.contactnaam as sent, for soortPartij persoon")
    organisation = create(ctx, "partijen", organisatie(ctx), "a partij of soort organisatie")
    naam = (organisation.get("partijIdentificatie") or {}).get("naam")
    expect.that(naam == f"{ctx.prefix} conformance",
                f"the organisatie's partijIdentificatie is {organisation.get('partijIdentificatie')!r}",
                "partijIdentificatie.naam as sent, for soortPartij organisatie")


@SCENARIOS.rule("kic-002", "a BSN that fails the 11-proef is refused (400 naming objectId)")
def bsn_elfproef(ctx: Context) -> None:
    refused(ctx, ctx.post("/partijen", json=persoon(ctx, failing_bsn())), "a partij with a BSN that fails the "
            "11-proef", "objectId")


@SCENARIOS.rule("kic-003", "a partij-identificator exists once: a second partij with the same BSN is refused (400)")
def identificator_unique(ctx: Context) -> None:
    number = bsn()
    create(ctx, "partijen", persoon(ctx, number), "a partij with a BSN")
    refused(ctx, ctx.post("/partijen", json=persoon(ctx, number)), "a second partij with the same BSN")


@SCENARIOS.rule("kic-008", "a digitaal adres of soort email must be an e-mail address (400 naming adres)")
def email_adres(ctx: Context) -> None:
    refused(ctx, ctx.post("/digitaleadressen", json={"adres": "geen-adres", "soortDigitaalAdres": "email"}),
            "an e-mail address without @ and domain", "adres")


@SCENARIOS.rule("kic-009", "marking an address isStandaardAdres unmarks the partij's other address of that soort")
def standaard_adres(ctx: Context) -> None:
    partij = create(ctx, "partijen", persoon(ctx), "a partij")
    owner = {"verstrektDoorPartij": {"uuid": partij["uuid"]}, "soortDigitaalAdres": "email", "isStandaardAdres": True}
    first = create(ctx, "digitaleadressen", {"adres": f"een-{ctx.unique()}@example.com", **owner}, "an e-mail address")
    second = create(ctx, "digitaleadressen", {"adres": f"twee-{ctx.unique()}@example.com", **owner},
                    "a second e-mail address, also standaard")
    expect.that(second.get("isStandaardAdres") is True, "the second address is not standaard",
                "isStandaardAdres true as sent")
    expect.that(read(ctx, first["url"], "the first address").get("isStandaardAdres") is False,
                "the first address is still isStandaardAdres true",
                "at most one standaard address per partij and soort: the first one became false")


@SCENARIOS.rule("kic-011", "a reference {uuid} to an object that does not exist is refused (400)")
def reference_exists(ctx: Context) -> None:
    nowhere = {"uuid": str(uuid.uuid4())}
    refused(ctx, ctx.post("/digitaleadressen", json={"adres": "a@example.com", "soortDigitaalAdres": "email",
                                                     "verstrektDoorPartij": nowhere}),
            "verstrektDoorPartij names no partij", "verstrektDoorPartij")


@SCENARIOS.rule("kic-012", "DELETE of an onderwerpobject with cascade=true takes its klantcontact along when no "
                           "other onderwerpobject keeps it (200 with behouden)")
def onderwerpobject_cascade(ctx: Context) -> None:
    contact = create(ctx, "klantcontacten", klantcontact(ctx), "a klantcontact")
    onderwerp = create(ctx, "onderwerpobjecten", {"klantcontact": {"uuid": contact["uuid"]},
                                                  "onderwerpobjectidentificator": onderwerp_zaak()},
                       "an onderwerpobject")
    response = ctx.request("DELETE", onderwerp["url"], params={"cascade": "true"})
    expect.status(response, 200, what="200 for DELETE with cascade=true")
    body = expect.json_body(response)
    expect.that(isinstance(body, dict) and body.get("behouden") == [], f"the answer is {body!r}",
                '{"behouden": []}: the only klantcontact went along')
    expect.status(ctx.get(contact["url"]), 404, what="404: the klantcontact went with its only onderwerpobject")


@SCENARIOS.rule("kic-013", "an interne taak that becomes verwerkt gets afgehandeldOp")
def afgehandeld_op(ctx: Context) -> None:
    contact = create(ctx, "klantcontacten", klantcontact(ctx), "a klantcontact")
    taak = create(ctx, "internetaken", {"aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
                                        "gevraagdeHandeling": "Terugbellen", "status": "te_verwerken"},
                  "an interne taak")
    expect.that(taak.get("afgehandeldOp") is None, f"a new taak has afgehandeldOp {taak.get('afgehandeldOp')!r}",
                "no afgehandeldOp while te_verwerken")
    response = ctx.request("PATCH", taak["url"], json={"status": "verwerkt"})
    expect.status(response, 200, what="200 for PATCH status verwerkt")
    done = expect.json_body(response)
    expect.that(bool(done.get("afgehandeldOp")), "the verwerkte taak has no afgehandeldOp",
                "afgehandeldOp set when the status becomes verwerkt")


@SCENARIOS.rule("kic-014", "an IBAN with wrong check digits is refused (400 naming iban)")
def iban(ctx: Context) -> None:
    refused(ctx, ctx.post("/rekeningnummers", json={"iban": "NL92ABNA0417164300"}), "an IBAN that fails mod 97",
            "iban")


@SCENARIOS.rule("kic-016", "a partij and a klantcontact without nummer get a number from the server, each its own")
def nummer(ctx: Context) -> None:
    first = create(ctx, "partijen", persoon(ctx), "a partij without nummer")
    second = create(ctx, "partijen", persoon(ctx), "a second partij without nummer")
    contact = create(ctx, "klantcontacten", klantcontact(ctx), "a klantcontact without nummer")
    numbers = [first.get("nummer"), second.get("nummer"), contact.get("nummer")]
    expect.that(all(isinstance(n, str) and n.isdigit() for n in numbers) and numbers[0] != numbers[1],
                f"the numbers given are {numbers!r}", "a nummer of digits for each, different between partijen")


@SCENARIOS.rule("kic-maak-klantcontact", "POST /maak-klantcontact makes the klantcontact with its betrokkene and "
                                         "onderwerpobject, linked; a wrong part makes nothing (400)")
def maak_klantcontact(ctx: Context) -> None:
    partij = create(ctx, "partijen", persoon(ctx), "a partij")
    response = ctx.post("/maak-klantcontact", json={
        "klantcontact": klantcontact(ctx),
        "betrokkene": {"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True},
        "onderwerpobject": {"onderwerpobjectidentificator": onderwerp_zaak()},
    })
    expect.status(response, 201, what="201 for maak-klantcontact")
    made = expect.json_body(response)
    contact = made.get("klantcontact") if isinstance(made, dict) else None
    if not isinstance(contact, dict) or not isinstance(contact.get("url"), str):
        raise CheckFailed("the answer has no klantcontact with its url", expected="klantcontact, betrokkene and "
                          "onderwerpobject as stored")
    ctx.created(contact["url"], f"klantcontact {contact['url']}")
    betrokkene, onderwerp = made.get("betrokkene") or {}, made.get("onderwerpobject") or {}
    linked = ([b.get("uuid") for b in contact.get("hadBetrokkenen") or []] == [betrokkene.get("uuid")]
              and [o.get("uuid") for o in contact.get("gingOverOnderwerpobjecten") or []] == [onderwerp.get("uuid")])
    expect.that(linked and betrokkene.get("uuid") is not None, "the klantcontact does not name the betrokkene and "
                "onderwerpobject made with it", "hadBetrokkenen and gingOverOnderwerpobjecten naming the new parts")
    onderwerp_tekst = f"{ctx.prefix} alles-of-niets {random.randrange(10**8)}"
    response = ctx.post("/maak-klantcontact", json={
        "klantcontact": klantcontact(ctx, onderwerp=onderwerp_tekst),
        "betrokkene": {"wasPartij": {"uuid": str(uuid.uuid4())}, "rol": "klant", "initiator": True},
    })
    if response.status_code == 201:
        made = response.json().get("klantcontact") or {}
        if isinstance(made.get("url"), str):
            ctx.created(made["url"], "a klantcontact made despite a wrong betrokkene")
    refused(ctx, response, "maak-klantcontact with a betrokkene naming no partij")
    expect.that(count(ctx, "klantcontacten", {"onderwerp": onderwerp_tekst}) == 0,
                "a klantcontact was stored although its betrokkene was refused",
                "nothing stored when one part is wrong (one transaction)")


# --------------------------------------------------------------------------- advisory
#
# Rules of the reference registries that Open Klant's contract does not state: reported as
# warnings when they fail, never failing a run.

ADVISORY = " (advisory: a rule of the reference registries)"


def digits(count: int) -> str:
    return "".join(random.choice("0123456789") for _ in range(count))


def hr(soort: str, number: str, **extra: Any) -> dict[str, Any]:
    objecttype = "vestiging" if soort == "vestigingsnummer" else "niet_natuurlijk_persoon"
    return {"partijIdentificator": {"codeRegister": "hr", "codeObjecttype": objecttype, "codeSoortObjectId": soort,
                                    "objectId": number}, **extra}


@SCENARIOS.rule("kic-001", "a partij-identificator combines register, objecttype and soort as the basisregistraties "
                           "do: a BSN of objecttype vestiging is refused (400)" + ADVISORY, mandatory=False)
def identificator_combination(ctx: Context) -> None:
    body = identificator(bsn())
    body["partijIdentificator"]["codeObjecttype"] = "vestiging"
    refused(ctx, ctx.post("/partij-identificatoren", json=body), "a BSN with codeObjecttype vestiging")


@SCENARIOS.rule("kic-004", "a vestigingsnummer hangs under a KvK-nummer: one without subIdentificatorVan is refused "
                           "(400)" + ADVISORY, mandatory=False)
def vestiging_under_kvk(ctx: Context) -> None:
    refused(ctx, ctx.post("/partij-identificatoren", json=hr("vestigingsnummer", digits(12))),
            "a vestigingsnummer without subIdentificatorVan", "subIdentificatorVan")


@SCENARIOS.rule("kic-010", "a contactpersoon works for a partij of soort organisatie (400 for a persoon)" + ADVISORY,
                mandatory=False)
def contactpersoon(ctx: Context) -> None:
    person = create(ctx, "partijen", persoon(ctx), "a partij of soort persoon")
    refused(ctx, ctx.post("/partijen", json={
        "soortPartij": "contactpersoon", "indicatieActief": True,
        "partijIdentificatie": {"werkteVoorPartij": {"uuid": person["uuid"]},
                                "contactnaam": {"voorletters": "C.", "achternaam": ctx.prefix}}}),
        "a contactpersoon who works for a persoon", "werkteVoorPartij")


@SCENARIOS.rule("kic-015", "a vertegenwoordiging links two different partijen, once (400 for itself or a second "
                           "time)" + ADVISORY, mandatory=False)
def vertegenwoordiging(ctx: Context) -> None:
    ouder, kind = create(ctx, "partijen", persoon(ctx), "a partij"), create(ctx, "partijen", persoon(ctx), "a partij")
    body = {"vertegenwoordigendePartij": {"uuid": ouder["uuid"]}, "vertegenwoordigdePartij": {"uuid": kind["uuid"]}}
    create(ctx, "vertegenwoordigingen", body, "a vertegenwoordiging")
    refused(ctx, ctx.post("/vertegenwoordigingen", json=body), "the same vertegenwoordiging a second time")
    refused(ctx, ctx.post("/vertegenwoordigingen", json={**body, "vertegenwoordigdePartij": {"uuid": ouder["uuid"]}}),
            "a partij that represents itself")
