"""Assertions the checks share. Each failure says what the rule expected, in a sentence."""

from __future__ import annotations

from typing import Any

import httpx

from conformance.model import CheckFailed

PROBLEM_JSON = "application/problem+json"
PROBLEM_MEMBERS = ("status", "title", "detail")


def media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def status(response: httpx.Response, *expected: int, what: str = "") -> None:
    """The response has one of the ``expected`` statuses."""
    if response.status_code not in expected:
        wanted = " or ".join(str(code) for code in expected)
        raise CheckFailed(
            f"{response.request.method} {response.request.url.path} answered {response.status_code}, expected {wanted}",
            expected=what or f"status {wanted}",
        )


def json_body(response: httpx.Response, what: str = "a JSON body") -> Any:
    try:
        return response.json()
    except ValueError:
        raise CheckFailed(f"the body of the {response.status_code} response is not JSON", expected=what) from None


def problem(response: httpx.Response, status_code: int | None = None, *, what: str = "") -> dict[str, Any]:
    """An error as ``application/problem+json`` with at least ``status``, ``title`` and ``detail``,
    and ``status`` equal to the HTTP status."""
    expected = what or "an error as application/problem+json with status, title and detail (RFC 9457)"
    if status_code is not None:
        status(response, status_code, what=expected)
    if media_type(response) != PROBLEM_JSON:
        raise CheckFailed(
            f"the {response.status_code} error has Content-Type {media_type(response) or '(none)'!r}, "
            f"not {PROBLEM_JSON}",
            expected=expected,
        )
    body = json_body(response, expected)
    if not isinstance(body, dict):
        raise CheckFailed("the problem document is not a JSON object", expected=expected)
    missing = [member for member in PROBLEM_MEMBERS if member not in body]
    if missing:
        raise CheckFailed(f"the problem document lacks {', '.join(missing)}", expected=expected)
    if body.get("status") != response.status_code:
        raise CheckFailed(
            f"the problem document says status {body.get('status')!r} but the HTTP status is {response.status_code}",
            expected=expected,
        )
    return body


def invalid_params(response: httpx.Response, *, accept_field_errors: bool = False, what: str = "") -> list[dict]:
    """A 400 that names what is wrong: problem+json with ``invalidParams[{name, code, reason}]``.

    With ``accept_field_errors`` a Django REST framework field dictionary (``{"naam":
    ["..."]}``) is accepted too, for the APIs whose reference implementation answers that way.
    """
    expected = what or "400 problem+json with invalidParams naming each wrong field (name, code, reason)"
    status(response, 400, what=expected)
    if accept_field_errors and media_type(response) == "application/json":
        body = json_body(response, expected)
        if isinstance(body, dict) and body and all(isinstance(value, list) for value in body.values()):
            return [{"name": name, "code": "invalid", "reason": "; ".join(map(str, value))}
                    for name, value in body.items()]
    body = problem(response, 400, what=expected)
    params = body.get("invalidParams")
    if not isinstance(params, list) or not params:
        raise CheckFailed("the 400 problem has no invalidParams list naming what is wrong", expected=expected)
    for param in params:
        if not isinstance(param, dict) or not {"name", "code", "reason"} <= param.keys():
            raise CheckFailed(f"an invalidParams entry lacks name, code or reason: {param!r}", expected=expected)
    return params


def names_in(params: list[dict]) -> set[str]:
    return {str(param.get("name")) for param in params}


def that(condition: bool, message: str, expected: str = "") -> None:
    if not condition:
        raise CheckFailed(message, expected=expected)
