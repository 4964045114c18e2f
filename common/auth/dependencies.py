"""FastAPI dependencies: who is calling (authentication) and may they (scopes).

Each API declares its component and the schemes it accepts; each endpoint declares its scopes
with ``authorizer.require("catalogi.lezen")`` (any one of the listed scopes suffices, as the
contracts list them). ZGW APIs answer failed authentication with 403, as the ZGW standards do;
APIs that use API tokens (Open Klant, Open Product) answer 401.
"""

from dataclasses import dataclass, replace

import jwt
from fastapi import Request

from common.auth import zgw_jwt
from common.auth.principal import Principal
from common.errors import Problem

JWT = "jwt"
TOKEN = "token"


@dataclass(frozen=True)
class Authorizer:
    component: str
    schemes: tuple[str, ...] = (JWT,)
    failure_status: int = 403

    def _fail(self, code: str, detail: str) -> Problem:
        headers = {}
        if self.failure_status == 401:
            headers["WWW-Authenticate"] = "Token" if TOKEN in self.schemes else "Bearer"
        return Problem(self.failure_status, detail, code=code, headers=headers)

    async def authenticate(self, request: Request) -> Principal:
        header = request.headers.get("authorization", "")
        scheme, _, credential = header.partition(" ")
        scheme, credential = scheme.lower(), credential.strip()
        accounts = request.app.state.accounts
        if not header:
            raise self._fail("not_authenticated", "Er zijn geen authenticatiegegevens meegestuurd (Authorization).")
        oidc = getattr(request.app.state, "oidc", None)
        if scheme == "bearer" and credential and oidc is not None and _signed_asymmetrically(credential):
            return await self._oidc(request, oidc, credential)
        if scheme == "bearer" and JWT in self.schemes and credential:
            settings = request.app.state.settings
            known = {}

            async def secret_of(client_id: str) -> str | None:
                account = await accounts.by_client_id(client_id)
                known["account"] = account
                return account.secret if account is not None else None

            try:
                claims = await zgw_jwt.verify(credential, secret_of, max_age=settings.jwt_max_age,
                                              leeway=settings.jwt_leeway)
            except zgw_jwt.JwtError as exc:
                raise self._fail(exc.code, exc.detail) from None
            return replace(known["account"].principal, user_id=claims.user_id,
                           user_representation=claims.user_representation)
        if scheme == "token" and TOKEN in self.schemes and credential:
            account = await accounts.by_token(credential)
            if account is None:
                raise self._fail("invalid_token", "Dit token is niet bekend.")
            return account.principal
        expected = " of ".join({"jwt": "Bearer <JWT>", "token": "Token <sleutel>"}[s] for s in self.schemes)
        raise self._fail("not_authenticated", f"Deze API verwacht Authorization: {expected}.")

    async def _oidc(self, request: Request, oidc, credential: str) -> Principal:
        try:
            claims = await oidc.verify(credential)
        except zgw_jwt.JwtError as exc:
            raise self._fail(exc.code, exc.detail) from None
        account = await request.app.state.accounts.by_client_id(claims.client_id)
        if account is None:
            raise self._fail("invalid-client-identifier", f"De client {claims.client_id!r} is niet bekend.")
        return replace(account.principal, user_id=claims.user_id, user_representation=claims.user_representation,
                       scheme="oidc")

    def require(self, *scopes: str):
        """A dependency that authenticates the caller and checks that it has one of ``scopes``."""

        async def dependency(request: Request) -> Principal:
            principal = await self.authenticate(request)
            request.state.principal = principal
            if not principal.has_scope(self.component, scopes):
                raise Problem(403, f"Deze applicatie mist de scope {' of '.join(scopes)}.", code="permission_denied")
            return principal

        return dependency


def _signed_asymmetrically(token: str) -> bool:
    """An identity provider's token (RS256, ES256 ...) rather than a ZGW JWT (HS256)."""
    try:
        return jwt.get_unverified_header(token).get("alg", "HS256") != zgw_jwt.ALGORITHM
    except jwt.PyJWTError:
        return False
