"""Contract layer: the served OpenAPI document exists without authentication, is valid, and
offers what our contract offers (with every difference listed)."""

from __future__ import annotations

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from conformance import contractdiff
from conformance.catalog import CheckSet
from conformance.context import Context
from conformance.contracts import operations
from conformance.model import CheckFailed

CONTRACT = CheckSet("contract")
SHOWN_ERRORS = 5


@CONTRACT.add("published", "ADR /core/doc-openapi",
              "the contract is served at {root}/openapi.json as JSON, without authentication")
def published(ctx: Context) -> None:
    document = ctx.served_contract()
    if not isinstance(document, dict) or "openapi" not in document:
        raise CheckFailed(f"{ctx.root_url}/openapi.json is JSON but not an OpenAPI document (no 'openapi' member)",
                          expected="an OpenAPI 3 document")


@CONTRACT.add("valid", "OpenAPI 3.0/3.1 (openapi-spec-validator)",
              "the served contract is a valid OpenAPI document")
def valid(ctx: Context) -> None:
    document = ctx.served_contract()
    version = str(document.get("openapi", ""))
    if version.startswith("3.0"):
        validator = OpenAPIV30SpecValidator(document)
    elif version.startswith("3.1"):
        validator = OpenAPIV31SpecValidator(document)
    else:
        raise CheckFailed(f"the served document says openapi {version!r}", expected="OpenAPI 3.0 or 3.1")
    errors = []
    for error in validator.iter_errors():
        where = "/".join(str(part) for part in error.absolute_path) or "(document)"
        errors.append(f"{where}: {error.message}")
        if len(errors) > SHOWN_ERRORS:
            break
    if errors:
        shown = "; ".join(errors[:SHOWN_ERRORS]) + (" …" if len(errors) > SHOWN_ERRORS else "")
        raise CheckFailed(f"the served contract is not valid OpenAPI: {shown}", expected="a valid OpenAPI document")


@CONTRACT.add("operations", "wire compatibility with the standard",
              "the served contract offers every path and operation of our contract")
def every_operation(ctx: Context) -> None:
    served = {(method, contractdiff.path_key(path)) for method, path, _op in operations(ctx.served_contract())}
    missing = [f"{method} {path}" for method, path, _op in operations(ctx.contract)
               if (method, contractdiff.path_key(path)) not in served]
    if missing:
        raise CheckFailed(
            f"{len(missing)} operation(s) of the standard are not in the served contract: {', '.join(missing)}",
            expected="every operation of the standard's contract",
        )


@CONTRACT.add("differences", "wire compatibility with the standard",
              "the served contract breaks nothing a client of our contract relies on (all differences listed)",
              mandatory=False)
def differences(ctx: Context) -> None:
    found = contractdiff.compare(ctx.contract, ctx.served_contract())
    for difference in found:
        label = "BREAKING" if difference.breaking else "additive"
        ctx.notes.append(f"{label} {difference.kind} at {difference.location}: {difference.detail}")
    broken = contractdiff.breaking(found)
    if broken:
        raise CheckFailed(
            f"{len(broken)} difference(s) with our contract break clients "
            f"({len(found) - len(broken)} more only add); see the notes",
            expected="no breaking difference between our contract and the served one",
        )
