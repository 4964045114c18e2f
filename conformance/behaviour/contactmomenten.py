"""Contactmomenten API 1.0 (with the Open Klant 1 dialect): the cmc rules and zrc-025.

The cmc codes are ours (the standard's test inventory has no Contactmomenten rows); zrc-025 is
the Zaken API's rule that both APIs keep the relation between a zaak and a contactmoment. Its
scenarios need a zaak: they make one in the related Zaken API (``--related zaken=URL``, or the
Zaken root of ``--base-url``) with a published zaaktype in the related Catalogi API, with the same
credentials (one zaaktype per run). Everything made is deleted afterwards; the catalogus and the
published zaaktype stay.
"""

from __future__ import annotations

import uuid
from typing import Any

from conformance import expect
from conformance.behaviour import zaken
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckSkipped

SCENARIOS = Scenarios()
CONTACTMOMENTEN = "/contactmomenten"
KLANTCONTACTMOMENTEN = "/klantcontactmomenten"
OBJECTCONTACTMOMENTEN = "/objectcontactmomenten"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
KLANT = "https://klanten.example/klanten/api/v1/klanten/{}"


def contactmoment_body(ctx: Context, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"bronorganisatie": "002564440", "kanaal": "telefoon", "voorkeurstaal": "nld",
                            "tekst": f"{ctx.prefix} conformance", "initiatiefnemer": "klant"}
    body.update(overrides)
    return body


def created(ctx: Context, path: str, body: dict[str, Any], what: str) -> dict[str, Any]:
    response = ctx.post(path, json=body)
    expect.status(response, 201, what=f"201 for {what}")
    made = expect.json_body(response)
    expect.that(isinstance(made, dict) and isinstance(made.get("url"), str), f"the created {what} has no url",
                "the stored object with its url")
    ctx.created(made["url"], f"{what} {made['url']}")
    return made


def contactmoment(ctx: Context, **overrides: Any) -> dict[str, Any]:
    return created(ctx, CONTACTMOMENTEN, contactmoment_body(ctx, **overrides), "a contactmoment")


def klantcontactmoment(ctx: Context, moment: dict[str, Any], klant: str, rol: str = "gesprekspartner") -> dict:
    return created(ctx, KLANTCONTACTMOMENTEN, {"contactmoment": moment["url"], "klant": klant, "rol": rol},
                   "a klantcontactmoment")


def refused(ctx: Context, response, what: str, code: str | None = None) -> None:
    if response.status_code == 201:
        ctx.created(response.json()["url"], "an object the rule forbids")
    params = expect.invalid_params(response, what=f"400 with invalidParams: {what}")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))
    if code is not None:
        expect.that(code in {p.get("code") for p in params}, f"no invalidParams entry with code {code}",
                    f"an invalidParams entry with code {code}")


def read(ctx: Context, url: str, what: str, **params: str) -> Any:
    response = ctx.get(url, params=params or None)
    expect.status(response, 200, what=f"200 reading {what}")
    return expect.json_body(response)


def results(ctx: Context, path: str, what: str, **params: str) -> list[dict[str, Any]]:
    body = read(ctx, path, what, **params)
    return body.get("results", []) if isinstance(body, dict) else body


# --------------------------------------------------------------------------- contactmomenten


@SCENARIOS.rule("cmc-contactmoment-create", "a contactmoment can be created (201, Location) and read back")
def create_and_read(ctx: Context) -> None:
    made = contactmoment(ctx, medewerkerIdentificatie={"identificatie": "cf-1", "achternaam": "Conformance"})
    again = read(ctx, made["url"], "the contactmoment")
    expect.that(again == made, "reading the contactmoment back gives something else than the create answered",
                "the same representation")
    expect.that(again.get("medewerkerIdentificatie", {}).get("identificatie") == "cf-1",
                "medewerkerIdentificatie was not kept", "medewerkerIdentificatie as sent")


@SCENARIOS.rule("cmc-contactmoment-invalid", "a contactmoment with an invalid bronorganisatie is refused (400)")
def invalid_bronorganisatie(ctx: Context) -> None:
    refused(ctx, ctx.post(CONTACTMOMENTEN, json=contactmoment_body(ctx, bronorganisatie="123456789")),
            "bronorganisatie fails the 11-proef")


@SCENARIOS.rule("cmc-001", "vorigContactmoment is a contactmoment of this API; the earlier one shows the later "
                           "one as volgendContactmoment")
def vorig_volgend(ctx: Context) -> None:
    first = contactmoment(ctx)
    second = contactmoment(ctx, vorigContactmoment=first["url"])
    expect.that(read(ctx, first["url"], "the first contactmoment").get("volgendContactmoment") == second["url"],
                "the first contactmoment does not name the second as volgendContactmoment",
                "volgendContactmoment: the url of the contactmoment that follows")
    refused(ctx, ctx.post(CONTACTMOMENTEN, json=contactmoment_body(
        ctx, vorigContactmoment=f"{ctx.root_url}{CONTACTMOMENTEN}/{uuid.uuid4()}")),
            "vorigContactmoment points at no contactmoment")


@SCENARIOS.rule("cmc-002", "a klantcontactmoment links a klant to a contactmoment of this API, once per rol")
def klant_link(ctx: Context) -> None:
    moment = contactmoment(ctx)
    klant = KLANT.format(uuid.uuid4())
    link = klantcontactmoment(ctx, moment, klant)
    expect.that(link.get("contactmoment") == moment["url"] and link.get("klant") == klant,
                "the klantcontactmoment does not name its contactmoment and klant", "both as sent")
    refused(ctx, ctx.post(KLANTCONTACTMOMENTEN, json={"contactmoment": moment["url"], "klant": klant,
                                                      "rol": "gesprekspartner"}),
            "the same klant in the same rol twice")
    refused(ctx, ctx.post(KLANTCONTACTMOMENTEN, json={
        "contactmoment": f"{ctx.root_url}{CONTACTMOMENTEN}/{uuid.uuid4()}", "klant": klant,
        "rol": "gesprekspartner"}), "a contactmoment that does not exist")


@SCENARIOS.rule("cmc-filter-klant", "contactmomenten can be found by klant (Open Klant 1 dialect) and "
                                    "klantcontactmomenten by contactmoment")
def filter_klant(ctx: Context) -> None:
    moment = contactmoment(ctx)
    klant = KLANT.format(uuid.uuid4())
    link = klantcontactmoment(ctx, moment, klant)
    found = [m.get("url") for m in results(ctx, CONTACTMOMENTEN, "contactmomenten of a klant", klant=klant)]
    expect.that(found == [moment["url"]], f"?klant= gives {found}", "exactly the contactmoment of that klant")
    links = [k.get("url") for k in results(ctx, KLANTCONTACTMOMENTEN, "klantcontactmomenten",
                                           contactmoment=moment["url"])]
    expect.that(links == [link["url"]], f"?contactmoment= gives {links}", "exactly the one klantcontactmoment")


@SCENARIOS.rule("cmc-expand", "expand=klantcontactmomenten shows the linked klantcontactmomenten under _expand "
                              "(Open Klant 1 dialect)")
def expand(ctx: Context) -> None:
    moment = contactmoment(ctx)
    link = klantcontactmoment(ctx, moment, KLANT.format(uuid.uuid4()))
    body = read(ctx, moment["url"], "the contactmoment with expand", expand="klantcontactmomenten")
    expanded = (body.get("_expand") or {}).get("klantcontactmomenten")
    expect.that(isinstance(expanded, list) and [k.get("url") for k in expanded] == [link["url"]],
                f"_expand.klantcontactmomenten is {expanded!r}", "the klantcontactmoment in full")


@SCENARIOS.rule("cmc-audittrail", "every write on a contactmoment and its links is in its audit trail")
def audittrail(ctx: Context) -> None:
    moment = contactmoment(ctx)
    link = klantcontactmoment(ctx, moment, KLANT.format(uuid.uuid4()))
    trail = read(ctx, f"{moment['url']}/audittrail", "the audit trail")
    found = [(entry.get("resource"), entry.get("actie"), entry.get("resourceUrl")) for entry in trail]
    wanted = [("contactmoment", "create", moment["url"]), ("klantcontactmoment", "create", link["url"])]
    expect.that(found[:2] == wanted, f"the audit trail holds {found}", f"{wanted} first")


@SCENARIOS.rule("cmc-scope", "a client without contactmomenten.aanmaken cannot create a contactmoment (403)",
                needs=("limited",))
def create_without_scope(ctx: Context) -> None:
    if ctx.limited is None:
        raise CheckSkipped("needs the second, read-only credential (--limited-client-id/--limited-secret)")
    response = ctx.post(CONTACTMOMENTEN, json=contactmoment_body(ctx), auth=ctx.limited)
    if response.status_code == 201:
        ctx.created(response.json()["url"], "a contactmoment the rule forbids")
    expect.problem(response, 403, what="403 problem+json for a client with contactmomenten.lezen only")


# --------------------------------------------------------------------------- zrc-025, with the Zaken API


def zaken_root(ctx: Context) -> str:
    root = ctx.related.get("zaken")
    if not root:
        raise CheckSkipped("needs a Zaken API: give --base-url or --related zaken=URL")
    return root


def zaak(ctx: Context) -> dict[str, Any]:
    root = zaken_root(ctx)
    if not ctx.related.get("catalogi"):
        raise CheckSkipped("needs a Catalogi API for the zaak's zaaktype: give --base-url or --related catalogi=URL")
    # The run's one published zaaktype (made once, shared with nothing else of this API's run).
    response = ctx.post(f"{root}/zaken", json=zaken.zaak_body(zaken.rich(ctx).url), headers=CRS)
    expect.status(response, 201, what="201 for a zaak in the Zaken API")
    made = expect.json_body(response)

    def delete() -> None:
        ctx.request("DELETE", made["url"], headers=CRS)

    ctx.on_cleanup(f"zaak {made['url']}", delete)
    return made


def zaakcontactmoment(ctx: Context, made_zaak: dict[str, Any], moment: dict[str, Any]) -> dict[str, Any]:
    response = ctx.post(f"{zaken_root(ctx)}/zaakcontactmomenten",
                        json={"zaak": made_zaak["url"], "contactmoment": moment["url"]})
    expect.status(response, 201, what="201 for a zaakcontactmoment in the Zaken API")
    made = expect.json_body(response)
    ctx.created(made["url"], f"zaakcontactmoment {made['url']}")
    return made


def objectcontactmomenten(ctx: Context, made_zaak: dict[str, Any], moment: dict[str, Any]) -> list[dict]:
    return results(ctx, OBJECTCONTACTMOMENTEN, "objectcontactmomenten", object=made_zaak["url"],
                   contactmoment=moment["url"])


@SCENARIOS.rule("zrc-025a", "a zaakcontactmoment in the Zaken API makes the objectcontactmoment (objectType zaak)")
def relation_made(ctx: Context) -> None:
    made_zaak, moment = zaak(ctx), contactmoment(ctx)
    zaakcontactmoment(ctx, made_zaak, moment)
    found = objectcontactmomenten(ctx, made_zaak, moment)
    expect.that(len(found) == 1 and found[0].get("objectType") == "zaak",
                f"objectcontactmomenten of the zaak and contactmoment: {found}", "one, with objectType zaak")


@SCENARIOS.rule("zrc-025b", "an objectcontactmoment for a zaak without the relation in the Zaken API is refused "
                            "(400)")
def relation_missing(ctx: Context) -> None:
    made_zaak, moment = zaak(ctx), contactmoment(ctx)
    refused(ctx, ctx.post(OBJECTCONTACTMOMENTEN, json={"contactmoment": moment["url"], "object": made_zaak["url"],
                                                       "objectType": "zaak"}),
            "the Zaken API has no zaakcontactmoment for this zaak and contactmoment")


@SCENARIOS.rule("zrc-025c", "an objectcontactmoment whose relation the Zaken API still has cannot be deleted "
                            "(400)")
def relation_kept(ctx: Context) -> None:
    made_zaak, moment = zaak(ctx), contactmoment(ctx)
    zaakcontactmoment(ctx, made_zaak, moment)
    [found] = objectcontactmomenten(ctx, made_zaak, moment) or [None]
    expect.that(found is not None, "the Zaken API made no objectcontactmoment", "one objectcontactmoment")
    response = ctx.request("DELETE", found["url"])
    refused(ctx, response, "the Zaken API still has the zaakcontactmoment")
    read(ctx, found["url"], "the objectcontactmoment that must still be there")


@SCENARIOS.rule("zrc-025d", "deleting the zaakcontactmoment in the Zaken API removes the objectcontactmoment")
def relation_removed(ctx: Context) -> None:
    made_zaak, moment = zaak(ctx), contactmoment(ctx)
    link = zaakcontactmoment(ctx, made_zaak, moment)
    response = ctx.request("DELETE", link["url"])
    expect.status(response, 204, what="204 deleting the zaakcontactmoment in the Zaken API")
    left = objectcontactmomenten(ctx, made_zaak, moment)
    expect.that(left == [], f"objectcontactmomenten left: {left}", "none")
