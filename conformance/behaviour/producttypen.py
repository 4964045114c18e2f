"""Producttypen API 1.7 (Open Product): the prd-* rules of producttypen and prijzen.

The codes prd-001 .. prd-022 are the reference registries' own (docs/producten.md); the
standard has no test inventory. Open Product answers invalid input with a field dictionary
(``{"code": ["..."]}``) rather than problem+json; the API's entry in the suite accepts either
(``accepts_field_errors``), so the scenarios judge what is refused, not the error's shape.

Each scenario makes a thema and a producttype under the run's prefix (doelgroep
``interne_organisatie``, which needs no UPL name, except where the UPL rule itself is tested)
and deletes them afterwards, prijzen first.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from conformance import expect
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckFailed

SCENARIOS = Scenarios()


def code(ctx: Context) -> str:
    """A producttype code under the run's prefix: capitals, digits and hyphens."""
    return f"{ctx.prefix}-{uuid.uuid4().hex[:8]}".upper()


def today() -> date:
    return date.today()


def create(ctx: Context, path: str, body: dict[str, Any], what: str) -> dict[str, Any]:
    """An object the rules allow: 201 with its uuid; deleted afterwards. ``path`` may be absolute."""
    response = ctx.post(path, json=body)
    expect.status(response, 201, what=f"201 for {what}")
    made = expect.json_body(response)
    if not isinstance(made, dict) or not isinstance(made.get("uuid"), str):
        raise CheckFailed(f"the created {what} has no uuid", expected="the stored object with its uuid")
    location = made.get("url") or response.headers.get("location") or f"{path}/{made['uuid']}"
    ctx.created(location, f"{what} {made['uuid']}")
    return made


def refused(ctx: Context, response, what: str, field: str | None = None) -> list[dict]:
    """400 naming what is wrong (problem+json, or a field dictionary where the API's reference answers
    that way); when ``field`` is given, one of the names is about it. Nothing may be created."""
    if response.status_code == 201:
        made = response.json()
        if isinstance(made, dict) and isinstance(made.get("uuid"), str):
            path = response.request.url.path
            ctx.created(made.get("url") or f"{response.request.url.copy_with(path=path)}/{made['uuid']}",
                        "an object the rule forbids")
    params = expect.invalid_params(response, accept_field_errors=ctx.entry.accepts_field_errors,
                                   what=f"400 naming what is wrong: {what}")
    ctx.notes.append("refused: " + ", ".join(f"{p['name']}={p['code']}" for p in params))
    if field is not None:
        names = expect.names_in(params)
        expect.that(any(name == field or name.startswith(field + ".") or name.startswith(field + "[")
                        for name in names),
                    f"the error names {sorted(names)}, not {field}", f"an error naming {field}")
    return params


def thema(ctx: Context, root: str = "") -> dict[str, Any]:
    return create(ctx, f"{root}/themas", {"naam": f"{ctx.prefix} {uuid.uuid4().hex[:6]}", "hoofd_thema": None,
                                          "gepubliceerd": True, "producttype_uuids": []}, "a thema")


def producttype_body(ctx: Context, thema_: dict[str, Any], **fields: Any) -> dict[str, Any]:
    body = {
        "code": code(ctx),
        "naam": f"{ctx.prefix} conformance",
        "samenvatting": "Gemaakt door de conformance-suite.",
        "doelgroep": "interne_organisatie",
        "thema_uuids": [thema_["uuid"]],
        "toegestane_statussen": ["gereed", "actief", "verlopen"],
        "publicatie_start_datum": (today() - timedelta(days=1)).isoformat(),
    }
    body.update(fields)
    return body


def producttype(ctx: Context, root: str = "", **fields: Any) -> dict[str, Any]:
    """A thema and a producttype in it (at ``root``, the Producttypen API's, or this API's when empty)."""
    return create(ctx, f"{root}/producttypen", producttype_body(ctx, thema(ctx, root), **fields), "a producttype")


def prijs_body(producttype_: dict[str, Any], actief_vanaf: date, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"producttype_uuid": producttype_["uuid"], "actief_vanaf": actief_vanaf.isoformat(),
                            "prijsopties": [{"bedrag": "12.50", "beschrijving": "Normaal"}]}
    body.update(fields)
    return body


@SCENARIOS.rule("prd-001", "a producttype code has capitals, digits and hyphens only and is unique (400 naming code)")
def code_rules(ctx: Context) -> None:
    made_thema = thema(ctx)
    made = create(ctx, "/producttypen", producttype_body(ctx, made_thema), "a producttype")
    body = producttype_body(ctx, made_thema)
    refused(ctx, ctx.post("/producttypen", json={**body, "code": "kleine-letters"}), "a code in small letters",
            "code")
    refused(ctx, ctx.post("/producttypen", json={**body, "code": made["code"]}), "the code of another producttype",
            "code")


@SCENARIOS.rule("prd-002", "a producttype without a thema is refused (400 naming thema_uuids)")
def needs_thema(ctx: Context) -> None:
    refused(ctx, ctx.post("/producttypen", json=producttype_body(ctx, thema(ctx), thema_uuids=[])),
            "thema_uuids is empty", "thema_uuids")


@SCENARIOS.rule("prd-003", "doelgroep burgers needs a uniforme_product_naam from the UPL (400 naming "
                           "uniforme_product_naam)")
def upl(ctx: Context) -> None:
    made = thema(ctx)
    refused(ctx, ctx.post("/producttypen", json=producttype_body(ctx, made, doelgroep="burgers")),
            "doelgroep burgers without uniforme_product_naam", "uniforme_product_naam")
    refused(ctx, ctx.post("/producttypen", json=producttype_body(
        ctx, made, doelgroep="burgers", uniforme_product_naam=f"{ctx.prefix} staat niet in de upl")),
        "a uniforme_product_naam that is not on the UPL", "uniforme_product_naam")


@SCENARIOS.rule("prd-010", "a prijs cannot take effect in the past (400 naming actief_vanaf)")
def prijs_not_in_the_past(ctx: Context) -> None:
    made = producttype(ctx)
    refused(ctx, ctx.post("/prijzen", json=prijs_body(made, today() - timedelta(days=1))), "actief_vanaf yesterday",
            "actief_vanaf")


@SCENARIOS.rule("prd-011", "a producttype has one prijs per actief_vanaf (400 for a second)")
def one_prijs_per_day(ctx: Context) -> None:
    made = producttype(ctx)
    later = today() + timedelta(days=7)
    create(ctx, "/prijzen", prijs_body(made, later), "a prijs")
    refused(ctx, ctx.post("/prijzen", json=prijs_body(made, later)), "a second prijs with the same actief_vanaf")


@SCENARIOS.rule("prd-012", "a prijs has prijsopties or prijsregels: not neither, not both (400)")
def opties_or_regels(ctx: Context) -> None:
    made = producttype(ctx)
    refused(ctx, ctx.post("/prijzen", json=prijs_body(made, today(), prijsopties=[])),
            "a prijs without prijsopties and prijsregels")
    regels = [{"beschrijving": "Tabel", "dmn_tabel_id": "conformance", "tabel_endpoint": "https://dmn.example.com/t"}]
    refused(ctx, ctx.post("/prijzen", json=prijs_body(made, today(), prijsregels=regels)),
            "a prijs with both prijsopties and prijsregels")


@SCENARIOS.rule("prd-013", "actuele-prijs is the prijs that took effect most recently, not a later one")
def actuele_prijs(ctx: Context) -> None:
    made = producttype(ctx)
    now = create(ctx, "/prijzen", prijs_body(made, today()), "a prijs from today")
    create(ctx, "/prijzen", prijs_body(made, today() + timedelta(days=30),
                                       prijsopties=[{"bedrag": "99.00", "beschrijving": "Later"}]),
           "a prijs from next month")
    response = ctx.get(f"/producttypen/{made['uuid']}/actuele-prijs")
    expect.status(response, 200, what="200 for the producttype's actuele-prijs")
    body = expect.json_body(response)
    current = (body or {}).get("actuele_prijs") if isinstance(body, dict) else None
    expect.that(isinstance(current, dict) and current.get("uuid") == now["uuid"],
                f"actuele_prijs is {current!r}", f"the prijs from today ({now['uuid']})")
