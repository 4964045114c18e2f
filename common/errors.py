"""Errors as application/problem+json, the shape the ZGW standards and the NL API Design Rules use.

Every error leaves the server as ``{type, code, title, status, detail, instance}``, plus
``invalidParams[{name, code, reason}]`` on a 400. ``instance`` carries the request id, so an
operator can find the log line of the error a client reports.
"""

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

log = logging.getLogger("registries.errors")

PROBLEM_JSON = "application/problem+json"
NON_FIELD_ERRORS = "nonFieldErrors"

TITLES = {
    400: "Ongeldige invoer.",
    401: "Niet geauthenticeerd.",
    403: "Geen toegang tot deze actie.",
    404: "Niet gevonden.",
    405: "Methode niet toegestaan.",
    406: "Niet aanvaardbaar.",
    409: "Conflict.",
    410: "Niet meer beschikbaar.",
    412: "Voorwaarde niet vervuld.",
    415: "Niet ondersteund mediatype.",
    429: "Te veel verzoeken.",
    500: "Er is een serverfout opgetreden.",
    503: "Dienst tijdelijk niet beschikbaar.",
}

CODES = {
    400: "invalid",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    410: "gone",
    412: "precondition_failed",
    415: "unsupported_media_type",
    429: "throttled",
    500: "error",
    503: "service_unavailable",
}


@dataclass(frozen=True)
class InvalidParam:
    name: str
    code: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "code": self.code, "reason": self.reason}


class Problem(Exception):
    """Raise anywhere in a request to answer with problem+json."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        code: str | None = None,
        title: str | None = None,
        invalid_params: Sequence[InvalidParam] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code or CODES.get(status, "error")
        self.title = title or TITLES.get(status, HTTPStatus(status).phrase)
        self.invalid_params = list(invalid_params) if invalid_params is not None else None
        self.headers = headers or {}


class ValidationProblem(Problem):
    """A 400 naming the fields that are wrong; object-level rules use the name ``nonFieldErrors``."""

    def __init__(self, invalid_params: Sequence[InvalidParam], detail: str | None = None) -> None:
        params = list(invalid_params)
        super().__init__(400, detail or "; ".join(f"{p.name}: {p.reason}" for p in params), invalid_params=params)


def invalid(name: str, code: str, reason: str) -> ValidationProblem:
    return ValidationProblem([InvalidParam(name, code, reason)])


def request_id_of(scope_or_request: Any) -> str:
    scope = scope_or_request.scope if isinstance(scope_or_request, Request) else scope_or_request
    return scope.get("state", {}).get("request_id", "") or ""


def problem_body(scope: dict, problem: Problem) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"urn:registries:fout:{problem.code}",
        "code": problem.code,
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        "instance": f"urn:uuid:{request_id_of(scope)}",
    }
    if problem.invalid_params is not None:
        body["invalidParams"] = [p.as_dict() for p in problem.invalid_params]
    return body


def problem_response(scope: dict, problem: Problem) -> Response:
    content = json.dumps(problem_body(scope, problem), ensure_ascii=False).encode()
    return Response(content, status_code=problem.status, media_type=PROBLEM_JSON, headers=problem.headers)


# --- translating what FastAPI, Starlette and the database raise -----------------------------

# pydantic's error types, in the words ZGW clients know from the reference implementations.
_PYDANTIC_CODES = {
    "missing": "required",
    "string_too_long": "max_length",
    "too_long": "max_length",
    "string_too_short": "min_length",
    "too_short": "min_length",
    "enum": "invalid_choice",
    "literal_error": "invalid_choice",
    "greater_than_equal": "min_value",
    "greater_than": "min_value",
    "less_than_equal": "max_value",
    "less_than": "max_value",
    "json_invalid": "parse_error",
    "extra_forbidden": "unknown",
}
_LOCATIONS = {"body", "query", "path", "header", "cookie"}


def _param_name(loc: Iterable[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in _LOCATIONS:
        parts = parts[1:]
    # Validators of a whole object report no field: that is an object rule.
    parts = [p for p in parts if not p.startswith("function-")]
    return ".".join(parts) or NON_FIELD_ERRORS


def _param_code(error: dict[str, Any]) -> str:
    kind = error.get("type", "invalid")
    if kind in ("string_type", "model_type", "model_attributes_type", "dict_type") and error.get("input", 0) is None:
        return "null"
    if kind == "string_too_short" and error.get("input") == "":
        return "blank"
    if kind in _PYDANTIC_CODES:
        return _PYDANTIC_CODES[kind]
    if kind in _OWN_CODES:
        return kind
    return "invalid"


# Error types raised by our own validators (PydanticCustomError) pass through as codes.
_OWN_CODES = {"invalid", "blank", "unique", "null", "required"}


def _reason(error: dict[str, Any]) -> str:
    """A reason in the language of the rest of our messages; our own validators write theirs."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind in _OWN_CODES or kind not in _REASONS:
        return str(error.get("msg") or "Ongeldige waarde.").removeprefix("Value error, ")
    if error.get("input", 0) is None and kind.endswith("_type"):
        return "Dit veld mag niet null zijn."
    return _REASONS[kind].format(**ctx)


_REASONS = {
    "missing": "Dit veld is verplicht.",
    "string_type": "Geef een tekst.",
    "string_too_long": "Geef hoogstens {max_length} tekens.",
    "string_too_short": "Geef minstens {min_length} tekens.",
    "too_long": "Geef hoogstens {max_length} elementen.",
    "too_short": "Geef minstens {min_length} elementen.",
    "int_type": "Geef een geheel getal.",
    "int_parsing": "Geef een geheel getal.",
    "int_from_float": "Geef een geheel getal.",
    "float_type": "Geef een getal.",
    "float_parsing": "Geef een getal.",
    "decimal_parsing": "Geef een getal.",
    "bool_type": "Geef true of false.",
    "bool_parsing": "Geef true of false.",
    "list_type": "Geef een lijst.",
    "dict_type": "Geef een object.",
    "model_type": "Geef een object.",
    "model_attributes_type": "Geef een object.",
    "enum": "Kies uit: {expected}.",
    "literal_error": "Kies uit: {expected}.",
    "uuid_parsing": "Geef een UUID.",
    "uuid_type": "Geef een UUID.",
    "greater_than_equal": "Geef een waarde van minstens {ge}.",
    "greater_than": "Geef een waarde groter dan {gt}.",
    "less_than_equal": "Geef een waarde van hoogstens {le}.",
    "less_than": "Geef een waarde kleiner dan {lt}.",
    "string_pattern_mismatch": "De waarde heeft niet de vereiste vorm ({pattern}).",
    "date_type": "Geef een datum als JJJJ-MM-DD.",
    "datetime_type": "Geef een datum-tijd volgens RFC 3339.",
}


def validation_params(errors: Sequence[dict[str, Any]]) -> list[InvalidParam]:
    params = []
    for error in errors:
        if error.get("type") == "json_invalid":
            params.append(InvalidParam(NON_FIELD_ERRORS, "parse_error", "De inhoud is geen geldige JSON."))
            continue
        params.append(InvalidParam(_param_name(error.get("loc", ())), _param_code(error), _reason(error)))
    return params


async def on_request_validation(request: Request, exc: RequestValidationError) -> Response:
    return problem_response(request.scope, ValidationProblem(validation_params(exc.errors())))


async def on_problem(request: Request, exc: Problem) -> Response:
    return problem_response(request.scope, exc)


async def on_http_exception(request: Request, exc: StarletteHTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"Er bestaat geen resource op {request.url.path}."
    elif exc.status_code == 405 and detail == "Method Not Allowed":
        detail = f"De methode {request.method} is niet toegestaan op {request.url.path}."
    problem = Problem(exc.status_code, detail, headers=dict(exc.headers or {}))
    return problem_response(request.scope, problem)


def install(app) -> None:
    app.add_exception_handler(RequestValidationError, on_request_validation)
    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(StarletteHTTPException, on_http_exception)
