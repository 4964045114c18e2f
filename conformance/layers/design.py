"""Design-rule layer: the NL API Design Rules (and ZGW's conventions) that show at run time."""

from __future__ import annotations

import re
import uuid

from conformance import expect
from conformance.catalog import CheckSet
from conformance.context import Context
from conformance.model import CheckFailed, CheckSkipped

DESIGN = CheckSet("design")
ORIGIN = "https://conformance.example"
SEMVER = re.compile(r"^\d+\.\d+\.\d+([-+].*)?$")


def detail_path(ctx: Context) -> str:
    """The address of an object that does not exist, under the probe list (``/zaken/<new uuid>``)."""
    return f"{ctx.entry.probe}/{uuid.uuid4()}"


def contract_offers(ctx: Context, method: str, path: str) -> bool:
    """Whether our contract has this operation (True when the suite has no contract to ask)."""
    try:
        item = (ctx.contract.get("paths") or {}).get(path) or {}
    except CheckSkipped:
        return True
    return method.lower() in item


@DESIGN.add("api-version", "ADR /core/version-header",
            "every response carries API-Version with the full version of the served contract")
def api_version(ctx: Context) -> None:
    try:
        version = str(ctx.served_contract().get("info", {}).get("version", ""))
    except CheckFailed:
        version = ""
    for response in (ctx.get(ctx.entry.probe), ctx.get(detail_path(ctx)), ctx.get("/openapi.json", auth=None)):
        value = response.headers.get("api-version")
        where = f"{response.request.method} {response.request.url.path} ({response.status_code})"
        expected = "an API-Version header with the full version (major.minor.patch) on every response"
        if value is None:
            raise CheckFailed(f"{where} has no API-Version header", expected=expected)
        if not SEMVER.match(value):
            raise CheckFailed(f"{where} has API-Version {value!r}, not a full version number", expected=expected)
        if version and value != version:
            raise CheckFailed(f"{where} has API-Version {value!r} but the served contract is version {version!r}",
                              expected="API-Version equal to info.version of the served contract")


@DESIGN.add("problem-details", "ADR /core/error-handling/problem-details",
            "an error (404 for an unknown object) is application/problem+json with status, title and detail")
def problem_details(ctx: Context) -> None:
    response = ctx.get(detail_path(ctx))
    expect.problem(response, 404, what="404 as application/problem+json with status, title and detail")


@DESIGN.add("no-trailing-slash", "ADR /core/no-trailing-slash",
            "a path with a trailing slash is 404, never a redirect or the resource")
def no_trailing_slash(ctx: Context) -> None:
    response = ctx.get(ctx.entry.probe + "/")
    expected = "404 for the path with a trailing slash (no redirect to the path without it)"
    if 300 <= response.status_code < 400:
        raise CheckFailed(f"{ctx.entry.probe}/ redirects ({response.status_code}) to "
                          f"{response.headers.get('location', '?')}", expected=expected)
    expect.status(response, 404, what=expected)


@DESIGN.add("cors-oas", "ADR /core/doc-openapi",
            "the served contract allows cross-origin reads (Access-Control-Allow-Origin)")
def cors_on_contract(ctx: Context) -> None:
    response = ctx.get("/openapi.json", auth=None, headers={"Origin": ORIGIN})
    expect.status(response, 200, what="the contract served without authentication")
    allowed = response.headers.get("access-control-allow-origin")
    if allowed not in ("*", ORIGIN):
        raise CheckFailed(
            f"Access-Control-Allow-Origin is {allowed!r} for Origin {ORIGIN}",
            expected="Access-Control-Allow-Origin: * (or the requesting origin) on {root}/openapi.json",
        )


@DESIGN.add("invalid-input", "ADR /core/error-handling/invalid-input",
            "invalid input (an empty object to create) is 400 naming each wrong field in invalidParams")
def invalid_input(ctx: Context) -> None:
    if not contract_offers(ctx, "post", ctx.entry.probe):
        raise CheckSkipped(f"our contract has no POST {ctx.entry.probe}")
    response = ctx.post(ctx.entry.probe, json={})
    expect.invalid_params(response, accept_field_errors=ctx.entry.accepts_field_errors)


@DESIGN.add("unknown-query-parameter", "ZGW API-common: unknown-parameters",
            "a query parameter the API does not know is refused with 400 problem+json",
            applies=lambda entry: entry.rejects_unknown_query_parameters)
def unknown_query_parameter(ctx: Context) -> None:
    response = ctx.get(ctx.entry.probe, params={"conformanceOnbekendeParameter": "1"})
    expect.problem(response, 400, what="400 problem+json for an unknown query parameter (ZGW: unknown-parameters)")


@DESIGN.add("security-headers", "ADR /core/transport/security-headers",
            "responses carry X-Content-Type-Options: nosniff and a Cache-Control policy",
            mandatory=False)
def security_headers(ctx: Context) -> None:
    response = ctx.get(ctx.entry.probe)
    missing = []
    if response.headers.get("x-content-type-options", "").lower() != "nosniff":
        missing.append("X-Content-Type-Options: nosniff")
    if "cache-control" not in response.headers:
        missing.append("Cache-Control")
    if ctx.root_url.startswith("https://") and "strict-transport-security" not in response.headers:
        missing.append("Strict-Transport-Security")
    if missing:
        raise CheckFailed(f"{ctx.entry.probe} lacks {', '.join(missing)}",
                          expected="the security headers of the ADR transport module")
