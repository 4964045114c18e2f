"""ZGW JWTs: HS256, signed with the shared secret of a ``client_id``, fresh by their ``iat``.

Each failure has the code a ZGW client knows (``missing-client-identifier``,
``invalid-client-identifier``, ``invalid-jwt-signature``, ``jwt-decode-error``) or, for an
``iat`` that is too old or in the future, ``jwt-expired``.
"""

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import jwt

ALGORITHM = "HS256"


class JwtError(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Claims:
    client_id: str
    user_id: str
    user_representation: str


def mint(client_id: str, secret: str, *, user_id: str = "", user_representation: str = "",
         issued_at: int | None = None) -> str:
    """A ZGW JWT for ``client_id``, as a client (or our own outbox, towards a Notificaties API) makes one."""
    payload = {
        "iss": client_id,
        "iat": int(time.time()) if issued_at is None else issued_at,
        "client_id": client_id,
        "user_id": user_id,
        "user_representation": user_representation,
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


@dataclass(frozen=True)
class _Verified:
    secret: str
    claims: Claims
    iat: Any
    exp: Any


# Tokens whose signature was checked, with the secret that checked it. A client that signs once
# and sends the same JWT for its lifetime pays for the signature once; iat and exp are checked
# on every use, and a changed secret checks the signature again.
_VERIFIED: "OrderedDict[str, _Verified]" = OrderedDict()
_VERIFIED_MAX = 4096


async def verify(
    token: str,
    secret_of: Callable[[str], Awaitable[str | None]],
    *,
    max_age: int,
    leeway: int,
    now: float | None = None,
) -> Claims:
    now = time.time() if now is None else now
    known = _VERIFIED.get(token)
    if known is not None and await secret_of(known.claims.client_id) == known.secret:
        if isinstance(known.exp, (int, float)) and now >= known.exp:
            raise JwtError("jwt-expired", "Het JWT is verlopen (exp).")
        _check_iat(known.iat, max_age, leeway, now)
        return known.claims
    try:
        header = jwt.get_unverified_header(token)
        unverified: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise JwtError("jwt-decode-error", "Het JWT kan niet worden gelezen.") from None
    if header.get("alg") != ALGORITHM:
        raise JwtError("jwt-decode-error", f"Alleen JWT's ondertekend met {ALGORITHM} worden aanvaard.")
    client_id = unverified.get("client_id")
    if not isinstance(client_id, str) or not client_id:
        raise JwtError("missing-client-identifier", "Het JWT bevat geen claim client_id.")
    secret = await secret_of(client_id)
    if secret is None:
        raise JwtError("invalid-client-identifier", f"De client_id {client_id!r} is niet bekend.")
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"verify_iat": False, "verify_exp": True})
    except jwt.InvalidSignatureError:
        raise JwtError("invalid-jwt-signature", "De handtekening van het JWT klopt niet.") from None
    except jwt.ExpiredSignatureError:
        raise JwtError("jwt-expired", "Het JWT is verlopen (exp).") from None
    except jwt.PyJWTError:
        raise JwtError("jwt-decode-error", "Het JWT kan niet worden gelezen.") from None
    _check_iat(claims.get("iat"), max_age, leeway, now)
    verified = Claims(
        client_id=client_id,
        user_id=str(claims.get("user_id") or "")[:255],
        user_representation=str(claims.get("user_representation") or "")[:255],
    )
    _VERIFIED[token] = _Verified(secret, verified, claims.get("iat"), claims.get("exp"))
    if len(_VERIFIED) > _VERIFIED_MAX:
        _VERIFIED.popitem(last=False)
    return verified


def _check_iat(iat: Any, max_age: int, leeway: int, now: float) -> None:
    if isinstance(iat, bool) or not isinstance(iat, (int, float)):
        raise JwtError("jwt-decode-error", "Het JWT bevat geen geldige claim iat.")
    if iat > now + leeway:
        raise JwtError("jwt-expired", "Het JWT is uitgegeven in de toekomst (iat); controleer de klok van de client.")
    if now - iat > max_age + leeway:
        raise JwtError("jwt-expired", f"Het JWT is ouder dan {max_age} seconden (iat); maak een nieuw.")
