"""The vocabulary of the suite: checks, their outcomes, and the evidence a failure carries.

A *check* asserts one thing about one API and has a stable id (``design.api-version``), a
layer, the code of the rule it tests (``ac-001b``, ``ADR /core/version-header``) and a line
saying what it asserts. Running it gives a *result*: pass, fail, skip or error, with the HTTP
exchanges that show why.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conformance.context import Context

LAYERS = ("contract", "design", "schema", "behaviour", "security")

PASS = "pass"
FAIL = "fail"
SKIP = "skip"
ERROR = "error"  # the check itself could not run to the end (a fixture failed, the server vanished)
DEVIATION = "deviation"  # failed, and the profile lists it as a known deviation
OPTIONAL_FAIL = "optional-fail"  # failed, and the check is optional (by default or by the profile)

MANDATORY = "mandatory"
OPTIONAL = "optional"
KNOWN_DEVIATION = "known-deviation"
CLASSIFICATIONS = (MANDATORY, OPTIONAL, KNOWN_DEVIATION)

BODY_LIMIT = 2000  # characters of a body shown in reports


@dataclass(frozen=True)
class Check:
    id: str
    layer: str
    rule: str
    title: str
    run: Callable[[Context], None]
    mandatory: bool = True
    # What the check needs beyond the main credentials: "jwt" (a client id and secret),
    # "limited" (the second, read-only credential), "schemathesis".
    needs: tuple[str, ...] = ()


class CheckFailed(AssertionError):
    """The server did not do what the rule asks.

    ``expected`` says what the rule asks; ``exchange`` is the request and response that show
    the failure (the check's last exchange when none is given).
    """

    def __init__(self, message: str, *, expected: str = "", exchange: Exchange | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.expected = expected
        self.exchange = exchange


class CheckSkipped(Exception):
    """The check cannot run here (no second credential, the API offers no such endpoint ...)."""


@dataclass
class Exchange:
    """One HTTP request and its response, as shown in reports (credentials redacted, bodies trimmed)."""

    method: str
    url: str
    request_headers: dict[str, str]
    request_body: str
    status: int | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: str = ""
    error: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "request": {"method": self.method, "url": self.url, "headers": self.request_headers, "body": self.request_body},
            "response": None if self.status is None else {
                "status": self.status, "headers": self.response_headers, "body": self.response_body,
            },
            "error": self.error or None,
        }

    def text(self, limit: int = BODY_LIMIT) -> str:
        """The exchange as a short readable block (bodies trimmed to ``limit`` characters)."""
        lines = [f"> {self.method} {self.url}"]
        lines += [f"> {name}: {value}" for name, value in self.request_headers.items()]
        if self.request_body:
            lines.append(f"> {trim(self.request_body, limit)}")
        if self.error:
            lines.append(f"< (no response: {self.error})")
        elif self.status is not None:
            lines.append(f"< {self.status}")
            lines += [f"< {name}: {value}" for name, value in self.response_headers.items()]
            if self.response_body:
                lines.append(f"< {trim(self.response_body, limit)}")
        return "\n".join(lines)


def trim(text: str, limit: int = BODY_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit] + f"… ({len(text) - limit} more characters)"


def body_text(content: bytes | str | None, content_type: str = "") -> str:
    """A body as text for a report: JSON compacted, anything else decoded, trimmed."""
    if not content:
        return ""
    raw = content if isinstance(content, str) else content.decode("utf-8", errors="replace")
    if "json" in content_type:
        try:
            raw = json.dumps(json.loads(raw), ensure_ascii=False)
        except ValueError:
            pass
    return trim(raw)


@dataclass
class Result:
    api: str
    check: Check
    status: str
    message: str = ""
    expected: str = ""
    exchanges: list[Exchange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    duration: float = 0.0
    classification: str = MANDATORY
    reason: str = ""  # the profile's reason for optional / known-deviation

    @property
    def counts_as_failure(self) -> bool:
        return self.status in (FAIL, ERROR)

    def as_dict(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "id": self.check.id,
            "layer": self.check.layer,
            "rule": self.check.rule,
            "title": self.check.title,
            "status": self.status,
            "classification": self.classification,
            "reason": self.reason or None,
            "message": self.message or None,
            "expected": self.expected or None,
            "exchanges": [exchange.as_dict() for exchange in self.exchanges],
            "notes": self.notes,
            "duration_seconds": round(self.duration, 3),
        }
