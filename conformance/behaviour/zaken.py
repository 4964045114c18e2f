"""Zaken API 1.5: the zrc-* rules of the standard's test inventory.

A zaak needs a published zaaktype in a Catalogi API. The scenarios make one there (a catalogus,
a zaaktype, published) with the same credentials, at the Catalogi root of the deployment, or at
``--related catalogi=URL``. Zaken are deleted afterwards; the catalogus and the published
zaaktype stay behind unless the client may force their removal.

More zrc-* rules (003 .. 023) follow the same pattern: a fixture helper here, one scenario per
code.
"""

from __future__ import annotations

from typing import Any

from conformance import expect
from conformance.behaviour import catalogi
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckFailed, CheckSkipped

SCENARIOS = Scenarios()
ZAKEN = "/zaken"


def catalogi_root(ctx: Context) -> str:
    root = ctx.related.get("catalogi")
    if not root:
        raise CheckSkipped("needs a Catalogi API for the zaaktype: give --base-url or --related catalogi=URL")
    return root


def _create_in_catalogi(ctx: Context, path: str, body: dict[str, Any], what: str, *, may_stay: bool) -> dict:
    response = ctx.post(f"{catalogi_root(ctx)}{path}", json=body)
    expect.status(response, 201, 200, what=f"201 for {what} in the Catalogi API")
    created = expect.json_body(response)
    if not isinstance(created, dict) or not isinstance(created.get("url"), str):
        raise CheckFailed(f"the created {what} has no url", expected="the stored object with its url")
    if may_stay:
        ctx.created(created["url"], f"{what} {created['url']}", may_stay=True)
    else:
        ctx.left_behind(f"{what} {created['url']}")
    return created


def zaaktype(ctx: Context, *, publish: bool = True) -> dict[str, Any]:
    """A zaaktype in a new catalogus of the related Catalogi API, published unless asked otherwise."""
    catalogus = _create_in_catalogi(ctx, "/catalogussen", catalogi.catalogus_body(ctx), "a catalogus", may_stay=False)
    made = _create_in_catalogi(ctx, "/zaaktypen", catalogi.zaaktype_body(ctx, catalogus), "a zaaktype", may_stay=True)
    if publish:
        response = ctx.post(f"{made['url']}/publish", json={})
        expect.status(response, 200, what="200 publishing the zaaktype in the Catalogi API")
        made = expect.json_body(response)
    return made


def zaak_body(zaaktype_: dict[str, Any] | str, **overrides: Any) -> dict[str, Any]:
    rsin = "002564440"
    body = {
        "bronorganisatie": rsin,
        "verantwoordelijkeOrganisatie": rsin,
        "zaaktype": zaaktype_ if isinstance(zaaktype_, str) else zaaktype_["url"],
        "startdatum": "2026-01-15",
        "omschrijving": "Conformance",
    }
    body.update(overrides)
    return body


def create_zaak(ctx: Context, zaaktype_: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    response = ctx.post(ZAKEN, json=zaak_body(zaaktype_, **overrides))
    expect.status(response, 201, what="201 for a zaak of a published zaaktype")
    created = expect.json_body(response)
    if not isinstance(created, dict) or not isinstance(created.get("url"), str):
        raise CheckFailed("the created zaak has no url", expected="the stored zaak with its url")
    ctx.created(created["url"], f"zaak {created['url']}")
    return created


def refused(ctx: Context, response, what: str) -> None:
    if response.status_code == 201:
        ctx.created(response.json()["url"], "a zaak the rule forbids")
    params = expect.invalid_params(response, what=f"400 with invalidParams: {what}")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))


@SCENARIOS.rule("zrc-001a", "a zaak of a published zaaktype can be created (201)")
def zaak_create(ctx: Context) -> None:
    made = zaaktype(ctx)
    created = create_zaak(ctx, made)
    expect.that(created.get("zaaktype") == made["url"], "the zaak does not name its zaaktype",
                "zaaktype: the url it was created with")


@SCENARIOS.rule("zrc-001d", "a zaak with a zaaktype that is no valid URL is refused (400)")
def zaaktype_no_url(ctx: Context) -> None:
    refused(ctx, ctx.post(ZAKEN, json=zaak_body("geen-url")), "zaaktype is not a URL")


@SCENARIOS.rule("zrc-001e", "a zaak with a zaaktype URL that points at no zaaktype is refused (400)")
def zaaktype_elsewhere(ctx: Context) -> None:
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(f"{catalogi_root(ctx)}/catalogussen")),
            "zaaktype points at something that is no zaaktype")


@SCENARIOS.rule("zrc-001f", "a zaak of a concept zaaktype is refused (400)")
def concept_zaaktype(ctx: Context) -> None:
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(zaaktype(ctx, publish=False))), "the zaaktype is a concept")


@SCENARIOS.rule("zrc-002a", "a second zaak with the same identificatie and bronorganisatie is refused (400)")
def identificatie_unique(ctx: Context) -> None:
    made = zaaktype(ctx)
    identificatie = ctx.unique("zaak")[-40:]
    create_zaak(ctx, made, identificatie=identificatie)
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(made, identificatie=identificatie)),
            "identificatie and bronorganisatie of an existing zaak")


@SCENARIOS.rule("zrc-002d", "a zaak without identificatie gets a unique one from the server")
def identificatie_generated(ctx: Context) -> None:
    made = zaaktype(ctx)
    first, second = create_zaak(ctx, made), create_zaak(ctx, made)
    ids = [first.get("identificatie"), second.get("identificatie")]
    expect.that(all(isinstance(i, str) and i for i in ids) and ids[0] != ids[1],
                f"the generated identificaties are {ids!r}", "a unique, non-empty identificatie for each zaak")
