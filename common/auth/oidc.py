"""OAuth2/OIDC bearer tokens (NL GOV OAuth profile): signed by an identity provider, checked
against its published keys (JWKS), its issuer and our audience.

The client claim (``azp`` by default) must name a client id registered with `registries
clients add`; that application's autorisaties apply, and the token's subject becomes the user
in the audit trail.
"""

import json
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import jwt

from common.auth.zgw_jwt import JwtError

ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"]


@dataclass(frozen=True)
class OidcClaims:
    client_id: str
    user_id: str
    user_representation: str


class OidcVerifier:
    def __init__(self, jwks: str, issuer: str | None, audience: str | None, client_claim: str,
                 cache_seconds: int = 300) -> None:
        self.jwks, self.issuer, self.audience, self.client_claim = jwks, issuer, audience, client_claim
        self.cache_seconds = cache_seconds
        self._keys: jwt.PyJWKSet | None = None
        self._loaded_at = 0.0

    async def _load(self) -> jwt.PyJWKSet:
        if self.jwks.startswith(("http://", "https://")):
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.get(self.jwks)
                response.raise_for_status()
                data = response.json()
        else:
            data = json.loads(Path(self.jwks).read_text(encoding="utf-8"))
        self._keys, self._loaded_at = jwt.PyJWKSet.from_dict(data), time.monotonic()
        return self._keys

    async def _key(self, kid: str | None) -> jwt.PyJWK:
        keys = self._keys
        if keys is None or time.monotonic() - self._loaded_at > self.cache_seconds:
            keys = await self._load()
        for attempt in range(2):
            for key in keys.keys:
                if kid is None or key.key_id == kid:
                    return key
            if attempt == 0:  # the provider may have rotated its keys: fetch them once more
                keys = await self._load()
        raise JwtError("invalid-jwt-signature", "Het token is ondertekend met een onbekende sleutel.")

    async def verify(self, token: str) -> OidcClaims:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise JwtError("jwt-decode-error", "Het token kan niet worden gelezen.") from None
        if header.get("alg") not in ALGORITHMS:
            raise JwtError("jwt-decode-error", "Dit token is niet ondertekend met een toegestaan algoritme.")
        try:
            key = await self._key(header.get("kid"))
        except (httpx.HTTPError, OSError, ValueError, jwt.PyJWTError):
            raise JwtError("jwks-unavailable", "De sleutels van de identity provider zijn niet beschikbaar.") from None
        try:
            claims = jwt.decode(
                token, key.key, algorithms=[header["alg"]], issuer=self.issuer, audience=self.audience,
                options={"require": ["exp", "iat"], "verify_aud": self.audience is not None,
                         "verify_iss": self.issuer is not None},
            )
        except jwt.ExpiredSignatureError:
            raise JwtError("jwt-expired", "Het token is verlopen.") from None
        except jwt.InvalidSignatureError:
            raise JwtError("invalid-jwt-signature", "De handtekening van het token klopt niet.") from None
        except jwt.InvalidIssuerError:
            raise JwtError("invalid-issuer", "Het token komt niet van de ingestelde identity provider (iss).") from None
        except jwt.InvalidAudienceError:
            raise JwtError("invalid-audience", "Het token is niet voor deze API bedoeld (aud).") from None
        except jwt.PyJWTError:
            raise JwtError("jwt-decode-error", "Het token kan niet worden gelezen.") from None
        client_id = claims.get(self.client_claim) or claims.get("client_id")
        if not isinstance(client_id, str) or not client_id:
            raise JwtError("missing-client-identifier", f"Het token noemt geen client ({self.client_claim}).")
        user = str(claims.get("sub") or "")[:255]
        shown = str(claims.get("name") or claims.get("preferred_username") or user)[:255]
        return OidcClaims(client_id, user, shown)
