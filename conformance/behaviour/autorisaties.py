"""Autorisaties API 1.0: the ac-* rules of the standard's test inventory.

Every applicatie a scenario makes has client ids under the run's prefix and no secret (a
secret is never set through this API), so it lets nobody in; each is deleted afterwards.
"""

from __future__ import annotations

from typing import Any

from conformance import expect
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckFailed

SCENARIOS = Scenarios()
LIST = "/applicaties"


def client_id(ctx: Context) -> str:
    return ctx.unique("app")


def applicatie(ctx: Context, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "clientIds": [client_id(ctx)],
        "label": f"{ctx.prefix} conformance",
        "heeftAlleAutorisaties": False,
        "autorisaties": [{"component": "ztc", "scopes": ["catalogi.lezen"]}],
    }
    body.update(overrides)
    return body


def create(ctx: Context, body: dict[str, Any], what: str) -> dict[str, Any]:
    """POST an applicatie that the rule says is acceptable; 201 with its url, removed afterwards."""
    response = ctx.post(LIST, json=body)
    if response.status_code == 201:
        created = expect.json_body(response)
        if isinstance(created, dict) and isinstance(created.get("url"), str):
            ctx.created(created["url"], f"applicatie {body['clientIds']}")
            return created
    if 200 <= response.status_code < 300:
        raise CheckFailed(f"{what}: answered {response.status_code} without the created applicatie's url",
                          expected="201 with the applicatie and its url")
    expect.status(response, 201, what=f"201: {what}")
    raise AssertionError  # unreachable


def refuse(ctx: Context, body: dict[str, Any], what: str) -> list[dict]:
    """POST an applicatie that the rule forbids: 400 naming what is wrong, nothing created."""
    response = ctx.post(LIST, json=body)
    if response.status_code == 201:
        created = response.json()
        if isinstance(created, dict) and isinstance(created.get("url"), str):
            ctx.created(created["url"], "an applicatie the rule forbids")
    params = expect.invalid_params(response, what=f"400 with invalidParams: {what}")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))
    return params


@SCENARIOS.rule("ac-001a", "an applicatie may have several client ids; each finds it through /applicaties/consumer")
def several_client_ids(ctx: Context) -> None:
    ids = [client_id(ctx) for _ in range(3)]
    created = create(ctx, applicatie(ctx, clientIds=ids), "an applicatie with three client ids")
    expect.that(sorted(created.get("clientIds") or []) == sorted(ids),
                f"the applicatie came back with clientIds {created.get('clientIds')!r}, sent {ids!r}",
                "the client ids as sent")
    for one in ids:
        response = ctx.get(f"{LIST}/consumer", params={"clientId": one})
        expect.status(response, 200, what="200 with the applicatie of this client id")
        found = expect.json_body(response)
        urls = [item.get("url") for item in found] if isinstance(found, list) else [found.get("url")]
        expect.that(created["url"] in urls, f"/applicaties/consumer?clientId={one} does not give the applicatie",
                    "the applicatie that has this client id")


@SCENARIOS.rule("ac-001b", "a client id that another applicatie has cannot be given to a new one (400)")
def client_id_taken(ctx: Context) -> None:
    first = create(ctx, applicatie(ctx), "the first applicatie")
    taken = first["clientIds"][0]
    refuse(ctx, applicatie(ctx, clientIds=[client_id(ctx), taken]),
           "a client id that already belongs to another applicatie")


@SCENARIOS.rule("ac-002a", "heeftAlleAutorisaties true together with explicit autorisaties is refused (400)")
def alle_and_explicit(ctx: Context) -> None:
    refuse(ctx, applicatie(ctx, heeftAlleAutorisaties=True), "heeftAlleAutorisaties and explicit autorisaties")


@SCENARIOS.rule("ac-002b", "heeftAlleAutorisaties false without any autorisatie is refused (400)")
def neither(ctx: Context) -> None:
    refuse(ctx, applicatie(ctx, heeftAlleAutorisaties=False, autorisaties=[]),
           "heeftAlleAutorisaties false and no autorisaties")


@SCENARIOS.rule("ac-003a", "an autorisatie for zrc with a zaken scope needs zaaktype and maxVertrouwelijkheidaanduiding")
def zrc_needs_type(ctx: Context) -> None:
    refuse(ctx, applicatie(ctx, autorisaties=[{"component": "zrc", "scopes": ["zaken.lezen"]}]),
           "component zrc, scope zaken.lezen, no zaaktype and no maxVertrouwelijkheidaanduiding")


@SCENARIOS.rule("ac-003b", "an autorisatie for zrc without a zaken scope needs neither (201)")
def zrc_without_zaken_scope(ctx: Context) -> None:
    create(ctx, applicatie(ctx, autorisaties=[{"component": "zrc", "scopes": ["audittrails.lezen"]}]),
           "component zrc without a zaken scope, without zaaktype and maxVertrouwelijkheidaanduiding")


@SCENARIOS.rule("ac-003c", "an autorisatie for drc with a documenten scope needs informatieobjecttype and "
                           "maxVertrouwelijkheidaanduiding")
def drc_needs_type(ctx: Context) -> None:
    refuse(ctx, applicatie(ctx, autorisaties=[{"component": "drc", "scopes": ["documenten.lezen"]}]),
           "component drc, scope documenten.lezen, no informatieobjecttype and no maxVertrouwelijkheidaanduiding")


@SCENARIOS.rule("ac-003d", "an autorisatie for drc without a documenten scope needs neither (201)")
def drc_without_documenten_scope(ctx: Context) -> None:
    create(ctx, applicatie(ctx, autorisaties=[{"component": "drc", "scopes": ["audittrails.lezen"]}]),
           "component drc without a documenten scope, without informatieobjecttype")


@SCENARIOS.rule("ac-003f", "an autorisatie for brc without a besluiten scope needs no besluittype (201)")
def brc_without_besluiten_scope(ctx: Context) -> None:
    create(ctx, applicatie(ctx, autorisaties=[{"component": "brc", "scopes": ["audittrails.lezen"]}]),
           "component brc without a besluiten scope, without besluittype")
