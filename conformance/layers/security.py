"""Security layer: who may not get in, and input that must not break the server.

The checks with a second, read-only credential (``--limited-client-id/--limited-secret`` or
``--limited-token``) are skipped without it: the suite cannot create clients on a supplier's
product.
"""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx

from conformance import expect
from conformance.apis import ZGW_JWT
from conformance.auth import StaticToken, ZgwJwt, unsigned_jwt
from conformance.catalog import CheckSet
from conformance.context import Context
from conformance.contractdiff import resolve
from conformance.contracts import operations
from conformance.model import CheckFailed, CheckSkipped

SECURITY = CheckSet("security")
EXPIRED_AGE = 24 * 3600  # seconds: far beyond any deployment's accepted iat age

INJECTION_STRINGS = (
    "' OR '1'='1' -- ; DROP TABLE x; <script>{{7*7}}${7*7}</script>*)(uid=*",  # SQL, markup, template, LDAP
    "\u0000",  # NUL: PostgreSQL refuses it in text, so it must be refused (400) before the query
    "𝕏" * 300,  # long, outside the Basic Multilingual Plane
)
PARALLEL = 4  # requests in flight at once for the injection checks


def _refused(ctx: Context, response: httpx.Response, what: str) -> None:
    allowed = ctx.entry.auth_failure_statuses
    expected = f"{' or '.join(map(str, allowed))} as problem+json for {what}"
    if response.status_code < 400:
        raise CheckFailed(f"{what}: the API answered {response.status_code} and served the request", expected=expected)
    expect.status(response, *allowed, what=expected)
    expect.problem(response, what=expected)


def _jwt(ctx: Context) -> ZgwJwt:
    if not isinstance(ctx.credentials, ZgwJwt):
        raise CheckSkipped("needs --client-id and --secret (the suite mints the tokens of this check)")
    return ctx.credentials


def _zgw(entry) -> bool:
    return entry.auth == ZGW_JWT


@SECURITY.add("no-token", "authentication (ZGW: 403, API token: 401)",
              "a request without credentials is refused (ZGW: 403 or 401)")
def no_token(ctx: Context) -> None:
    _refused(ctx, ctx.get(ctx.entry.probe, auth=None), "a request without Authorization")


@SECURITY.add("unknown-token", "authentication (ZGW: 403, API token: 401)", "a credential the API does not know is refused")
def unknown_token(ctx: Context) -> None:
    if ctx.entry.auth == ZGW_JWT:
        header = ZgwJwt(f"{ctx.prefix}-onbekend", "een-geheim-dat-niemand-kent-" + uuid.uuid4().hex).header()
    else:
        header = StaticToken("Token", uuid.uuid4().hex + uuid.uuid4().hex).header()
    _refused(ctx, ctx.get(ctx.entry.probe, auth=header), "an unknown client or token")


@SECURITY.add("wrong-secret", "ZGW authentication: invalid-jwt-signature",
              "a JWT for a known client_id signed with the wrong secret is refused", applies=_zgw)
def wrong_secret(ctx: Context) -> None:
    credentials = _jwt(ctx)
    header = credentials.minted(secret=credentials.secret + "-fout")
    _refused(ctx, ctx.get(ctx.entry.probe, auth=header), "a JWT signed with the wrong secret")


@SECURITY.add("expired-iat", "ZGW authentication: jwt-expired",
              "a JWT issued a day ago (iat) is refused", applies=_zgw)
def expired_iat(ctx: Context) -> None:
    credentials = _jwt(ctx)
    header = credentials.minted(issued_at=int(time.time()) - EXPIRED_AGE)
    _refused(ctx, ctx.get(ctx.entry.probe, auth=header), "a JWT with an iat of a day ago")


@SECURITY.add("unsigned-jwt", "ZGW authentication (HS256 only)",
              "a JWT with alg none (no signature) for a known client_id is refused", applies=_zgw)
def unsigned(ctx: Context) -> None:
    credentials = _jwt(ctx)
    _refused(ctx, ctx.get(ctx.entry.probe, auth=f"Bearer {unsigned_jwt(credentials.client_id)}"),
             "a JWT without a signature (alg none)")


def _limited(ctx: Context):
    if ctx.limited is None:
        raise CheckSkipped("needs a second, read-only credential (--limited-client-id/--limited-secret "
                           "or --limited-token)")
    return ctx.limited


@SECURITY.add("limited-read", "autorisaties: scopes",
              "the read-only client may read the list (so the next check proves something)", needs=("limited",))
def limited_read(ctx: Context) -> None:
    response = ctx.get(ctx.entry.probe, auth=_limited(ctx))
    expect.status(response, 200, what="200 for a client that has the read scope")


@SECURITY.add("limited-write", "autorisaties: scopes",
              "a client without the write scope is refused with 403 before anything is validated",
              needs=("limited",))
def limited_write(ctx: Context) -> None:
    limited = _limited(ctx)
    try:
        item = (ctx.contract.get("paths") or {}).get(ctx.entry.probe) or {}
    except CheckSkipped:
        item = {"post": {}}
    if "post" not in item:
        raise CheckSkipped(f"our contract has no POST {ctx.entry.probe}")
    response = ctx.post(ctx.entry.probe, json={}, auth=limited)
    if 200 <= response.status_code < 300:
        raise CheckFailed(f"the read-only client created something ({response.status_code})",
                          expected="403 for a client without the write scope")
    expect.problem(response, 403, what="403 problem+json for a client without the write scope")


def _query_parameters(ctx: Context, operation: dict, path_item: dict) -> list[str]:
    names = []
    for raw in list(path_item.get("parameters") or []) + list(operation.get("parameters") or []):
        parameter, _refs = resolve(ctx.contract, raw)
        if isinstance(parameter, dict) and parameter.get("in") == "query" and parameter.get("name"):
            names.append(str(parameter["name"]))
    return names


def _no_server_error(response: httpx.Response, what: str) -> None:
    if response.status_code >= 500:
        raise CheckFailed(f"{what}: the server failed with {response.status_code}",
                          expected="2xx or 4xx, never 5xx, for hostile input")


@SECURITY.add("injection-filters", "OWASP API8 (injection) / ZGW filters",
              "injection strings in every query parameter of every list are answered without 5xx")
def injection_filters(ctx: Context) -> None:
    paths = ctx.contract.get("paths") or {}
    jobs = [
        (path, name, value)
        for method, path, operation in operations(ctx.contract)
        if method == "GET" and "{" not in path
        for name in _query_parameters(ctx, operation, paths[path])
        for value in INJECTION_STRINGS
    ]
    if not jobs:
        raise CheckSkipped("our contract has no list with query parameters")

    def send(job: tuple[str, str, str]) -> tuple[tuple[str, str, str], httpx.Response]:
        path, name, value = job
        return job, ctx.get(path, params={name: value})

    with ThreadPoolExecutor(PARALLEL) as pool:
        answers = list(pool.map(send, jobs))
    ctx.exchanges.clear()
    for (path, name, value), response in answers:
        if response.status_code >= 500:
            raise CheckFailed(f"GET {path}?{name}=<{value[:30]!r}>: the server failed with {response.status_code}",
                              expected="2xx or 4xx, never 5xx, for hostile input", exchange=ctx.exchange_of(response))
    ctx.notes.append(f"{len(jobs)} requests with injection strings, none answered 5xx")


@SECURITY.add("injection-path", "OWASP API8 (injection)",
              "injection strings as the identifier of an object are answered 404 or 400, never 5xx")
def injection_path(ctx: Context) -> None:
    for value in INJECTION_STRINGS:
        response = ctx.get(f"{ctx.entry.probe}/{quote(value, safe='')}")  # "/" too: one path segment
        _no_server_error(response, f"GET {ctx.entry.probe}/<{value[:30]!r}>")
        if response.status_code not in (400, 404):
            raise CheckFailed(f"an unknown identifier {value[:30]!r} answered {response.status_code}",
                              expected="404 (or 400) for an identifier that names no object")
        ctx.exchanges.clear()
