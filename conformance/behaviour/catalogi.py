"""Catalogi API 1.3: catalogussen, and the ztc-* rules of the standard's test inventory.

What the scenarios make and cannot remove stays behind, listed in the report: catalogussen (the
standard has no DELETE for them; each has ``naam`` ``<prefix> conformance``, e.g. ``cf-k3x9qa
conformance``) and published types (deleting those needs ``catalogi.geforceerd-verwijderen``).
Concept types are deleted. Run the suite against a test environment.

The ztc-009 .. ztc-011 rules say what a client with ``catalogi.schrijven`` may not do to a
published type. A client that also has ``catalogi.geforceerd-schrijven`` (or every
autorisatie) may do it, so those scenarios are skipped for such a client: test with a client
that has ``catalogi.lezen`` and ``catalogi.schrijven`` only.

Catalogus rules have no code in the inventory (its ztc-* tests begin at the zaaktype); they
are named ``ztc-catalogus-*`` here.
"""

from __future__ import annotations

import random
import string
from typing import Any

from conformance import expect
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckFailed, CheckSkipped

SCENARIOS = Scenarios()
CATALOGUSSEN = "/catalogussen"
RSIN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def valid_rsin(rng: random.Random | None = None) -> str:
    """A random RSIN that passes the 11-proef."""
    rng = rng or random.Random()
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, RSIN_WEIGHTS)) % 11
        if check < 10 and any(digits):
            return "".join(map(str, digits)) + str(check)


def invalid_rsin() -> str:
    """Nine digits that fail the 11-proef."""
    rsin = valid_rsin()
    return rsin[:-1] + str((int(rsin[-1]) + 1) % 10)


def domein() -> str:
    return "".join(random.choices(string.ascii_uppercase, k=5))


def catalogus_body(ctx: Context, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "domein": domein(),
        "rsin": valid_rsin(),
        "contactpersoonBeheerNaam": "Conformance",
        "naam": f"{ctx.prefix} conformance",
    }
    body.update(overrides)
    return body


def create_catalogus(ctx: Context, **overrides: Any) -> dict[str, Any]:
    """A new catalogus (201, with its url); it stays behind, as the API cannot delete it."""
    body = catalogus_body(ctx, **overrides)
    response = ctx.post(CATALOGUSSEN, json=body)
    expect.status(response, 201, what="201 for a valid catalogus")
    created = expect.json_body(response)
    if not isinstance(created, dict) or not isinstance(created.get("url"), str):
        raise CheckFailed("the created catalogus has no url", expected="the stored catalogus with its url")
    ctx.left_behind(f"catalogus {created['url']} (domein {body['domein']}, rsin {body['rsin']})")
    return created


@SCENARIOS.rule("ztc-catalogus-create", "creating a catalogus gives 201, a Location header and what reading it "
                                        "back gives")
def create_and_read(ctx: Context) -> None:
    created = create_catalogus(ctx)
    location = ctx.exchanges[-1].response_headers.get("location")
    expect.that(location == created["url"], f"Location is {location!r}, the catalogus' url is {created['url']!r}",
                "Location equal to the url of the created object")
    response = ctx.get(created["url"])
    expect.status(response, 200, what="200 reading the created catalogus")
    fetched = expect.json_body(response)
    differing = sorted(key for key in set(created) | set(fetched) if created.get(key) != fetched.get(key))
    expect.that(not differing, f"reading back differs from the create answer in {', '.join(differing)}",
                "the same representation from POST and GET")


@SCENARIOS.rule("ztc-catalogus-unique", "a second catalogus with the same domein and rsin is refused (400)")
def unique_domein_rsin(ctx: Context) -> None:
    first = create_catalogus(ctx)
    response = ctx.post(CATALOGUSSEN, json=catalogus_body(ctx, domein=first["domein"], rsin=first["rsin"]))
    if response.status_code == 201:
        ctx.left_behind(f"a duplicate catalogus {response.json().get('url')}")
    params = expect.invalid_params(response, what="400 with invalidParams: the pair (domein, rsin) exists already")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))


@SCENARIOS.rule("ztc-catalogus-rsin", "an RSIN that fails the 11-proef is refused (400 naming rsin)")
def rsin_elfproef(ctx: Context) -> None:
    response = ctx.post(CATALOGUSSEN, json=catalogus_body(ctx, rsin=invalid_rsin()))
    if response.status_code == 201:
        ctx.left_behind(f"a catalogus with an invalid RSIN {response.json().get('url')}")
    params = expect.invalid_params(response, what="400 with invalidParams naming rsin")
    expect.that("rsin" in expect.names_in(params), f"invalidParams names {sorted(expect.names_in(params))}, not rsin",
                "invalidParams naming rsin")


@SCENARIOS.rule("ztc-catalogus-filters", "the list filters domein, rsin, domein__in and rsin__in select exactly "
                                         "the matching catalogussen")
def filters(ctx: Context) -> None:
    rsin = valid_rsin()
    a = create_catalogus(ctx, rsin=rsin)
    b = create_catalogus(ctx, rsin=rsin)

    def urls(params: dict[str, str]) -> set[str]:
        response = ctx.get(CATALOGUSSEN, params=params)
        expect.status(response, 200, what="200 for a filtered list")
        page = expect.json_body(response)
        results = page.get("results") if isinstance(page, dict) else None
        if not isinstance(results, list):
            raise CheckFailed("the list has no results array", expected="a paginated list {count, next, previous, results}")
        return {item.get("url") for item in results if isinstance(item, dict)}

    expected = {a["url"], b["url"]}
    for params, wanted in (
        ({"rsin": rsin}, expected),
        ({"rsin": rsin, "domein": a["domein"]}, {a["url"]}),
        ({"rsin__in": f"{rsin},{valid_rsin()}"}, expected),
        ({"rsin": rsin, "domein__in": f"{a['domein']},{b['domein']}"}, expected),
        ({"rsin": valid_rsin()}, set()),
    ):
        found = urls(params)
        expect.that(found == wanted, f"filter {params} gave {len(found)} catalogus(sen), expected {len(wanted)}",
                    f"exactly the catalogussen matching {params}")


@SCENARIOS.rule("ztc-catalogus-etag", "a catalogus has an ETag; If-None-Match with it gives 304, HEAD the headers "
                                      "without a body")
def etag(ctx: Context) -> None:
    created = create_catalogus(ctx)
    first = ctx.get(created["url"])
    expect.status(first, 200)
    tag = first.headers.get("etag")
    expect.that(bool(tag), "the catalogus has no ETag header", "an ETag on the detail response")
    cached = ctx.get(created["url"], headers={"If-None-Match": tag})
    expect.status(cached, 304, what="304 Not Modified for If-None-Match with the current ETag")
    head = ctx.request("HEAD", created["url"])
    expect.status(head, 200, what="200 for HEAD")
    expect.that(head.headers.get("etag") == tag and not head.content,
                "HEAD does not give the ETag of GET without a body", "HEAD: the headers of GET, no body")


# --------------------------------------------------------------------------- zaaktypen and their parts

SELECTIELIJST_PROCESTYPE = "https://selectielijst.openzaak.nl/api/v1/procestypen/3030daa1-d516-4cd9-8276-ef0977e32b20"
BEGIN = "2026-01-01"
FORCED = ("the client may change published types (catalogi.geforceerd-schrijven or every autorisatie); "
          "run with a client that has catalogi.lezen and catalogi.schrijven only to test this rule")


def zaaktype_body(ctx: Context, catalogus: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "identificatie": ctx.unique("zt")[-30:],
        "omschrijving": f"{ctx.prefix} conformance",
        "vertrouwelijkheidaanduiding": "openbaar",
        "doel": "Conformance suite",
        "aanleiding": "Conformance suite",
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": "Melden",
        "onderwerp": "Conformance",
        "handelingBehandelaar": "Behandelen",
        "doorlooptijd": "P14D",
        "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": False,
        "publicatieIndicatie": False,
        "productenOfDiensten": [],
        "selectielijstProcestype": SELECTIELIJST_PROCESTYPE,
        "referentieproces": {"naam": "Conformance"},
        "verantwoordelijke": "Conformance",
        "catalogus": catalogus["url"],
        "besluittypen": [],
        "deelzaaktypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": BEGIN,
        "versiedatum": BEGIN,
    }
    body.update(overrides)
    return body


def create(ctx: Context, path: str, body: dict[str, Any], what: str) -> dict[str, Any]:
    """A type or part that the rules allow: 201 with its url; deleted afterwards while it can be.

    (The standard documents 200, not 201, for creating an informatieobjecttype; either is taken.)"""
    response = ctx.post(path, json=body)
    expect.status(response, 201, 200, what=f"201 for {what}")
    created = expect.json_body(response)
    if not isinstance(created, dict) or not isinstance(created.get("url"), str):
        raise CheckFailed(f"the created {what} has no url", expected="the stored object with its url")
    ctx.created(created["url"], f"{what} {created['url']}", may_stay=True)
    return created


def zaaktype(ctx: Context, catalogus: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    return create(ctx, "/zaaktypen", zaaktype_body(ctx, catalogus, **overrides), "a concept zaaktype")


def besluittype(ctx: Context, catalogus: dict[str, Any], omschrijving: str) -> dict[str, Any]:
    return create(ctx, "/besluittypen", {
        "catalogus": catalogus["url"], "omschrijving": omschrijving, "publicatieIndicatie": False,
        "beginGeldigheid": BEGIN, "informatieobjecttypen": [],
    }, "a concept besluittype")


def informatieobjecttype(ctx: Context, catalogus: dict[str, Any], omschrijving: str) -> dict[str, Any]:
    return create(ctx, "/informatieobjecttypen", {
        "catalogus": catalogus["url"], "omschrijving": omschrijving, "vertrouwelijkheidaanduiding": "openbaar",
        "informatieobjectcategorie": "Conformance", "beginGeldigheid": BEGIN,
    }, "a concept informatieobjecttype")


def statustype(ctx: Context, zaaktype_: dict[str, Any], volgnummer: int = 1) -> dict[str, Any]:
    return create(ctx, "/statustypen", {"zaaktype": zaaktype_["url"], "omschrijving": f"Stap {volgnummer}",
                                        "volgnummer": volgnummer}, "a statustype")


def publish(ctx: Context, url: str, what: str):
    return ctx.post(f"{url}/publish", json={})


def published(ctx: Context, url: str, what: str) -> dict[str, Any]:
    response = publish(ctx, url, what)
    expect.status(response, 200, what=f"200 publishing {what}")
    return expect.json_body(response)


def refused(response, what: str) -> None:
    expect.invalid_params(response, what=f"400 with invalidParams: {what}")


@SCENARIOS.rule("ztc-001a", "creating a zaaktype with valid data gives 201, as a concept; a concept can be deleted")
def zaaktype_create(ctx: Context) -> None:
    catalogus = create_catalogus(ctx)
    created = zaaktype(ctx, catalogus)
    expect.that(created.get("concept") is True, f"the new zaaktype has concept {created.get('concept')!r}",
                "a new zaaktype is a concept (concept: true)")
    expect.that(created.get("catalogus") == catalogus["url"], "the zaaktype does not name its catalogus",
                "catalogus: the url of the catalogus it was made in")
    response = ctx.request("DELETE", created["url"])
    expect.status(response, 200, 204, what="a concept zaaktype can be deleted (200 or 204)")
    expect.status(ctx.get(created["url"]), 404, what="404 for the deleted zaaktype")


@SCENARIOS.rule("ztc-009", "a published zaaktype cannot be replaced (PUT), changed (PATCH) or deleted (400); "
                           "its eindeGeldigheid can be set (200)")
def published_zaaktype_is_fixed(ctx: Context) -> None:
    catalogus = create_catalogus(ctx)
    body = zaaktype_body(ctx, catalogus)
    created = create(ctx, "/zaaktypen", body, "a zaaktype")
    published(ctx, created["url"], "a zaaktype without relations")
    changed = ctx.request("PATCH", created["url"], json={"omschrijving": f"{ctx.prefix} veranderd"})
    if changed.status_code == 200:
        raise CheckSkipped(FORCED)
    refused(changed, "ztc-009b: PATCH of a published zaaktype")
    refused(ctx.request("PUT", created["url"], json={**body, "omschrijving": f"{ctx.prefix} veranderd"}),
            "ztc-009a: PUT of a published zaaktype")
    ending = ctx.request("PATCH", created["url"], json={"eindeGeldigheid": "2099-12-31"})
    expect.status(ending, 200, what="200: ztc-009c allows setting eindeGeldigheid of a published zaaktype")
    refused(ctx.request("DELETE", created["url"]), "ztc-009d: DELETE of a published zaaktype")


@SCENARIOS.rule("ztc-010f", "a statustype of a published zaaktype cannot be changed or deleted (400)")
def part_of_published_zaaktype_is_fixed(ctx: Context) -> None:
    catalogus = create_catalogus(ctx)
    created = zaaktype(ctx, catalogus)
    status = statustype(ctx, created)
    published(ctx, created["url"], "the zaaktype")
    changed = ctx.request("PATCH", status["url"], json={"omschrijving": "Veranderd"})
    if changed.status_code == 200:
        raise CheckSkipped(FORCED)
    refused(changed, "PATCH of a statustype of a published zaaktype")
    refused(ctx.request("DELETE", status["url"]), "DELETE of a statustype of a published zaaktype")


@SCENARIOS.rule("ztc-011e", "no statustype can be added to a published zaaktype (400)")
def no_new_part_for_published_zaaktype(ctx: Context) -> None:
    catalogus = create_catalogus(ctx)
    created = zaaktype(ctx, catalogus)
    published(ctx, created["url"], "the zaaktype")
    response = ctx.post("/statustypen", json={"zaaktype": created["url"], "omschrijving": "Nieuw", "volgnummer": 1})
    if response.status_code == 201:
        ctx.created(response.json()["url"], "a statustype the rule forbids", may_stay=True)
        raise CheckSkipped(FORCED)
    refused(response, "POST of a statustype for a published zaaktype")


@SCENARIOS.rule("ztc-012a", "a zaaktype naming a concept besluittype cannot be published (400); "
                            "once the besluittype is published it can")
def publish_needs_published_besluittypen(ctx: Context) -> None:
    catalogus = create_catalogus(ctx)
    omschrijving = ctx.unique("besluit")[-40:]
    besluit = besluittype(ctx, catalogus, omschrijving)
    created = zaaktype(ctx, catalogus, besluittypen=[omschrijving])
    refused(publish(ctx, created["url"], "the zaaktype"), "publishing a zaaktype with a concept besluittype")
    published(ctx, besluit["url"], "the besluittype")
    after = published(ctx, created["url"], "the zaaktype once its besluittype is published")
    expect.that(after.get("concept") is False, "the published zaaktype still says concept: true",
                "concept: false after publishing")


@SCENARIOS.rule("ztc-012b", "a zaaktype with a concept informatieobjecttype cannot be published (400)")
def publish_needs_published_informatieobjecttypen(ctx: Context) -> None:
    catalogus = create_catalogus(ctx)
    omschrijving = ctx.unique("document")[-40:]
    informatieobjecttype(ctx, catalogus, omschrijving)
    created = zaaktype(ctx, catalogus)
    create(ctx, "/zaaktype-informatieobjecttypen", {
        "zaaktype": created["url"], "informatieobjecttype": omschrijving, "volgnummer": 1, "richting": "inkomend",
    }, "a zaaktype-informatieobjecttype")
    refused(publish(ctx, created["url"], "the zaaktype"), "publishing a zaaktype with a concept informatieobjecttype")


@SCENARIOS.rule("ztc-013g", "a zaaktype cannot name a besluittype of another catalogus (400)")
def no_relations_across_catalogi(ctx: Context) -> None:
    elsewhere = create_catalogus(ctx)
    omschrijving = ctx.unique("elders")[-40:]
    besluittype(ctx, elsewhere, omschrijving)
    catalogus = create_catalogus(ctx)
    response = ctx.post("/zaaktypen", json=zaaktype_body(ctx, catalogus, besluittypen=[omschrijving]))
    if response.status_code == 201:
        ctx.created(response.json()["url"], "a zaaktype the rule forbids", may_stay=True)
    refused(response, "a zaaktype naming a besluittype of another catalogus")
