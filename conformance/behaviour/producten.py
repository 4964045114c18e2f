"""Producten API 1.7 (Open Product): the prd-* rules of producten.

A product needs a producttype of the Producttypen API: each scenario makes a thema and a
producttype there (at the Producttypen root of the deployment, or ``--related
producttypen=URL``) with the same token, and deletes them after the product. The codes are the
reference registries' own (docs/producten.md). As for the Producttypen API, a refusal may come
as problem+json or as Open Product's field dictionary.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from conformance import expect
from conformance.behaviour import producttypen
from conformance.behaviour.catalogi import valid_rsin
from conformance.behaviour.producttypen import create, refused, today
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckFailed, CheckSkipped

SCENARIOS = Scenarios()
KENTEKEN = {"type": "object", "properties": {"kenteken": {"type": "string", "pattern": "^[A-Z0-9-]{6,8}$"}},
            "required": ["kenteken"]}
UREN = {"type": "object", "properties": {"uren": {"type": "integer", "minimum": 0}}, "required": ["uren"]}


def producttypen_root(ctx: Context) -> str:
    root = ctx.related.get("producttypen")
    if not root:
        raise CheckSkipped("needs a Producttypen API for the producttype: give --base-url or "
                           "--related producttypen=URL")
    return root


def producttype(ctx: Context, **fields: Any) -> dict[str, Any]:
    return producttypen.producttype(ctx, producttypen_root(ctx), **fields)


def schema(ctx: Context, body: dict[str, Any]) -> str:
    """A JSON schema in the Producttypen API; its naam. Removed afterwards (by its Location)."""
    naam = ctx.unique("schema").lower()
    response = ctx.post(f"{producttypen_root(ctx)}/schemas", json={"naam": naam, "schema": body})
    expect.status(response, 201, what="201 for a JSON schema in the Producttypen API")
    location = response.headers.get("location")
    if location:
        ctx.created(location, f"schema {naam}")
    else:
        ctx.left_behind(f"schema {naam} (the answer gave no Location to remove it by)")
    return naam


def product_body(producttype_: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A product with one eigenaar. It names an aanvraag zaak: optional in the specification, but
    Open Product asks for one in practice (docs/producten.md)."""
    body: dict[str, Any] = {"producttype_uuid": producttype_["uuid"], "eigenaren": [{"bsn": valid_rsin()}],
                            "aanvraag_zaak_url": f"https://zaken.example.com/zaken/api/v1/zaken/{uuid.uuid4()}"}
    body.update(fields)
    return body


def product(ctx: Context, producttype_: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return create(ctx, "/producten", product_body(producttype_, **fields), "a product")


@SCENARIOS.rule("prd-014", "a product has at least one eigenaar, each a person or an organisation, never both, with "
                           "a BSN that passes the 11-proef and a KvK-nummer of 8 digits (400 naming eigenaren)")
def eigenaren(ctx: Context) -> None:
    made = producttype(ctx)
    wrong_bsn = valid_rsin()
    wrong_bsn = wrong_bsn[:-1] + str((int(wrong_bsn[-1]) + 1) % 10)
    for eigenaren_, what in (
        ([], "no eigenaar"),
        ([{"bsn": wrong_bsn}], "a BSN that fails the 11-proef"),
        ([{"kvk_nummer": "1234567"}], "a KvK-nummer of 7 digits"),
        ([{"bsn": valid_rsin(), "kvk_nummer": "12345678"}], "an eigenaar that is both a person and an organisation"),
    ):
        refused(ctx, ctx.post("/producten", json=product_body(made, eigenaren=eigenaren_)), what, "eigenaren")


@SCENARIOS.rule("prd-015", "a product's status is one of its producttype's toegestane_statussen (400 naming status)")
def toegestane_statussen(ctx: Context) -> None:
    made = producttype(ctx, toegestane_statussen=["gereed"])
    refused(ctx, ctx.post("/producten", json=product_body(made, status="actief")),
            "status actief for a producttype that allows gereed only", "status")
    allowed = product(ctx, made, status="gereed")
    expect.that(allowed.get("status") == "gereed", f"the product has status {allowed.get('status')!r}",
                "status gereed, as sent and allowed")


@SCENARIOS.rule("prd-016", "start_datum only when the producttype allows actief; eind_datum after start_datum "
                           "(400 naming the date)")
def datums(ctx: Context) -> None:
    later, much_later = today() + timedelta(days=10), today() + timedelta(days=40)
    gereed_only = producttype(ctx, toegestane_statussen=["gereed"])
    refused(ctx, ctx.post("/producten", json=product_body(gereed_only, start_datum=later.isoformat())),
            "a start_datum for a producttype that does not allow actief", "start_datum")
    made = producttype(ctx)
    refused(ctx, ctx.post("/producten", json=product_body(made, start_datum=much_later.isoformat(),
                                                          eind_datum=later.isoformat())),
            "an eind_datum before the start_datum", "eind_datum")


@SCENARIOS.rule("prd-017", "dataobject and verbruiksobject must match the producttype's JSON schemas (400 naming "
                           "the object)")
def dataobject_schema(ctx: Context) -> None:
    made = producttype(ctx, dataobject_schema_naam=schema(ctx, KENTEKEN), verbruiksobject_schema_naam=schema(ctx, UREN))
    refused(ctx, ctx.post("/producten", json=product_body(made, dataobject={"kenteken": "kort"},
                                                          verbruiksobject={"uren": 1})),
            "a dataobject whose kenteken breaks the schema's pattern", "dataobject")
    refused(ctx, ctx.post("/producten", json=product_body(made, dataobject={"kenteken": "AB-123-C"},
                                                          verbruiksobject={"uren": -1})),
            "a verbruiksobject below the schema's minimum", "verbruiksobject")
    kept = product(ctx, made, dataobject={"kenteken": "AB-123-C"}, verbruiksobject={"uren": 3})
    expect.that(kept.get("dataobject") == {"kenteken": "AB-123-C"}, f"dataobject is {kept.get('dataobject')!r}",
                "the dataobject as sent, when it matches the schema")


@SCENARIOS.rule("prd-018", "a gereed product whose start_datum has come is actief on saving")
def status_by_date(ctx: Context) -> None:
    made = producttype(ctx)
    started = product(ctx, made, status="gereed", start_datum=(today() - timedelta(days=1)).isoformat())
    if "status" not in started:
        raise CheckFailed("the product has no status", expected="the stored product with its status")
    expect.that(started["status"] == "actief", f"the product has status {started['status']!r}",
                "status actief: its start_datum (yesterday) has come")
