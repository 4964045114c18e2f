"""Schema layer: requests generated from OUR contract with schemathesis 4, every response checked.

One check per operation of the contract. Each sends ``--max-examples`` generated requests
(valid and invalid data) with a freshly minted credential and lets schemathesis judge every
response: no 5xx, documented status codes, content types, headers and bodies as the contract
describes them, invalid data refused, authentication enforced (401 or 403: ZGW answers 403).

Two things are deliberately not held against an implementation:

* schema-valid data that is refused (schemathesis' ``positive_data_acceptance``): the standards'
  business rules refuse data their schemas allow (an RSIN must pass the 11-proef, a domein and
  rsin pair is unique, a URL must point at a published zaaktype);
* an optional e-mail field answered as ``""``: the standards declare such fields as a string
  with format email, and their reference implementations answer ``""`` when none is known.
"""

from __future__ import annotations

import copy
from typing import Any

from conformance.apis import ApiEntry
from conformance.context import Context
from conformance.contracts import operation_name, operations
from conformance.model import Check, CheckFailed, CheckSkipped, Exchange, body_text
from conformance.auth import redact

RULE = "our contract ({contract})"


def _schemathesis():
    try:
        import schemathesis  # noqa: F401 - heavy; only the schema layer needs it
    except ImportError:
        raise CheckSkipped("schemathesis 4 is not installed: pip install 'schemathesis>=4,<5'") from None
    return schemathesis


def _loaded(ctx: Context):
    """Our contract loaded into schemathesis once per API run."""
    cached = getattr(ctx, "_schemathesis_schema", None)
    if cached is None:
        schemathesis = _schemathesis()
        from schemathesis.config import SchemathesisConfig

        cached = schemathesis.openapi.from_dict(copy.deepcopy(ctx.contract), config=SchemathesisConfig())
        ctx._schemathesis_schema = cached  # type: ignore[attr-defined]
    return cached


def _tolerated(failure: Any) -> bool:
    """An optional e-mail field answered as "" (see the module docstring)."""
    from schemathesis.openapi.checks import JsonSchemaError

    return (
        isinstance(failure, JsonSchemaError)
        and failure.instance == ""
        and list(failure.schema_path)[-1:] == ["format"]
        and '"email"' in str(failure)
    )


def _header_value(value: Any) -> str:
    """Schemathesis keeps response headers as lists of values."""
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


def _exchange(response: Any) -> Exchange:
    """A ``requests`` exchange (what schemathesis sends with) in the report's shape."""
    request = response.request
    headers = {name: (redact(value) if name.lower() == "authorization" else value)
               for name, value in request.headers.items()
               if name.lower() not in ("user-agent", "accept", "accept-encoding", "connection", "content-length")}
    body = request.body or b""
    return Exchange(
        method=request.method,
        url=request.url,
        request_headers=headers,
        request_body=body_text(body, headers.get("Content-Type", "")),
        status=response.status_code,
        response_headers={name.lower(): _header_value(value) for name, value in response.headers.items()
                          if name.lower() in ("content-type", "api-version", "location", "www-authenticate")},
        response_body=body_text(response.content, _header_value(response.headers.get("content-type", ""))),
    )


def _run_operation(ctx: Context, method: str, path: str) -> None:
    _schemathesis()
    from hypothesis import HealthCheck, Verbosity, given, seed, settings
    from schemathesis.checks import positive_data_acceptance
    from schemathesis.core.failures import FailureGroup

    schema = _loaded(ctx)
    operation = schema[path][method]
    seen: list[tuple[Any, list[Any]]] = []
    calls = {"count": 0}

    @given(case=operation.as_strategy())
    @settings(max_examples=ctx.options.max_examples, deadline=None, suppress_health_check=list(HealthCheck),
              database=None, verbosity=Verbosity.quiet, print_blob=False)
    def run(case) -> None:
        headers = {}
        value = ctx.auth_header()
        if value:
            headers["Authorization"] = value
        response = case.call(base_url=ctx.root_url, headers=headers, timeout=ctx.options.timeout,
                             verify=ctx.options.verify_tls)
        calls["count"] += 1
        try:
            case.validate_response(response, excluded_checks=[positive_data_acceptance], headers=headers)
        except FailureGroup as group:
            real = [failure for failure in group.exceptions if not _tolerated(failure)]
            if real:
                seen.append((response, real))
                raise FailureGroup(real) from None

    if ctx.options.seed is not None:
        run = seed(ctx.options.seed)(run)
    try:
        run()
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - schemathesis' FailureGroup is a BaseExceptionGroup
        if not seen:
            if isinstance(exc, Exception):
                raise
            raise RuntimeError(str(exc)) from exc
        response, failures = seen[-1]  # hypothesis replays the smallest failing example last
        messages = []
        for failure in failures:
            text = f"{failure.title}: {failure.message}".strip()
            messages.append(text if len(text) < 1200 else text[:1200] + " …")
        error = CheckFailed(
            f"{len(failures)} problem(s) with {method} {path}: " + " | ".join(messages),
            expected="every response as our contract describes it (status, content type, headers, body), "
                     "no 5xx, invalid data refused, authentication enforced",
            exchange=_exchange(response),
        )
        raise error from exc
    ctx.notes.append(f"{calls['count']} generated requests, every response as the contract describes it")


def schema_checks(entry: ApiEntry, contract: dict[str, Any] | None, contract_name: str) -> list[Check]:
    """One check per operation of our contract (none when the suite has no contract for the API)."""
    if contract is None:
        return []
    checks = []
    for method, path, operation in operations(contract):
        if method == "OPTIONS":
            continue

        def run(ctx: Context, method: str = method, path: str = path) -> None:
            _run_operation(ctx, method, path)

        checks.append(Check(
            id=f"schema.{operation_name(method, path, operation)}",
            layer="schema",
            rule=RULE.format(contract=contract_name),
            title=f"{method} {path}: generated requests get responses as the contract describes, never 5xx",
            run=run,
            needs=("schemathesis",),
        ))
    return checks
