"""Credentials the suite sends: a ZGW JWT it mints itself, or a token given on the command line.

A ZGW JWT is signed with HS256 and the shared secret of a ``client_id``; its claims are
``iss`` and ``client_id`` (the client), ``iat`` (now, so a fresh token for every request),
``user_id`` and ``user_representation`` (on whose behalf), plus any extra claims asked for.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import jwt

ALGORITHM = "HS256"


def mint_zgw_jwt(
    client_id: str,
    secret: str,
    *,
    user_id: str = "",
    user_representation: str = "",
    issued_at: int | None = None,
    extra: dict[str, Any] | None = None,
) -> str:
    """A ZGW JWT as the standards describe it (HS256; ``iss``, ``iat``, ``client_id``, user claims)."""
    payload: dict[str, Any] = {
        "iss": client_id,
        "iat": int(time.time()) if issued_at is None else issued_at,
        "client_id": client_id,
        "user_id": user_id,
        "user_representation": user_representation,
    }
    payload.update(extra or {})
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def unsigned_jwt(client_id: str) -> str:
    """A JWT with ``alg: none`` and no signature: a server must never accept it."""
    return jwt.encode({"iss": client_id, "client_id": client_id, "iat": int(time.time())}, None, algorithm="none")


class Credentials:
    """Something that produces an ``Authorization`` header value."""

    kind = "none"
    description = "no credentials"

    def header(self) -> str | None:
        return None


@dataclass
class ZgwJwt(Credentials):
    client_id: str
    secret: str
    user_id: str = "conformance"
    user_representation: str = "Conformance suite"
    extra_claims: dict[str, Any] = field(default_factory=dict)
    kind = "zgw-jwt"

    @property
    def description(self) -> str:  # type: ignore[override]
        return f"ZGW JWT for client_id {self.client_id}"

    def header(self) -> str:
        token = mint_zgw_jwt(self.client_id, self.secret, user_id=self.user_id,
                             user_representation=self.user_representation, extra=self.extra_claims)
        return f"Bearer {token}"

    def minted(self, **changes: Any) -> str:
        """A header with some things changed: ``secret``, ``client_id``, ``issued_at``."""
        token = mint_zgw_jwt(
            changes.get("client_id", self.client_id), changes.get("secret", self.secret),
            user_id=self.user_id, user_representation=self.user_representation,
            issued_at=changes.get("issued_at"), extra=self.extra_claims,
        )
        return f"Bearer {token}"


@dataclass
class StaticToken(Credentials):
    scheme: str  # "Token" or "Bearer"
    value: str

    @property
    def kind(self) -> str:  # type: ignore[override]
        return "api-token" if self.scheme.lower() == "token" else "bearer"

    @property
    def description(self) -> str:  # type: ignore[override]
        return f"Authorization: {self.scheme} <given token>"

    def header(self) -> str:
        return f"{self.scheme} {self.value}"


def redact(value: str) -> str:
    """An Authorization header as shown in reports: the scheme and the start of the credential."""
    scheme, _, credential = value.partition(" ")
    if not credential:
        return "<redacted>"
    return f"{scheme} {credential[:12]}…" if len(credential) > 12 else f"{scheme} <redacted>"
