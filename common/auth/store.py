"""Applications, their credentials and autorisaties, read from the platform tables and cached.

The cache lives in the server process for ``auth_cache_seconds``: a change made with the CLI or
the Autorisaties API reaches every process within that time, without a query per request. With
an Autorisaties API elsewhere (``remote``), the permissions come from there (common.auth.remote).
"""

import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.auth.principal import Grant, Principal
from common.auth.tokens import token_hash
from common.platform.models import ApiToken, Applicatie, Autorisatie, ClientCredential


@dataclass(frozen=True)
class Account:
    """An application as one credential sees it."""

    principal: Principal
    secret: str | None  # the JWT secret of this client id (None for a token)


async def _principal(session: AsyncSession, applicatie: Applicatie, client_id: str, scheme: str) -> Principal:
    rows = (await session.scalars(select(Autorisatie).where(Autorisatie.applicatie_id == applicatie.id))).all()
    grants = tuple(
        Grant(
            component=row.component,
            scopes=frozenset(row.scopes),
            zaaktype=row.zaaktype,
            informatieobjecttype=row.informatieobjecttype,
            besluittype=row.besluittype,
            producttype=row.producttype,
            max_vertrouwelijkheidaanduiding=row.max_vertrouwelijkheidaanduiding,
        )
        for row in rows
    )
    return Principal(
        applicatie_uuid=applicatie.uuid,
        label=applicatie.label,
        client_id=client_id,
        heeft_alle_autorisaties=applicatie.heeft_alle_autorisaties,
        grants=grants,
        scheme=scheme,
    )


async def account_by_client_id(session: AsyncSession, client_id: str) -> Account | None:
    row = (
        await session.execute(
            select(ClientCredential, Applicatie)
            .join(Applicatie, Applicatie.id == ClientCredential.applicatie_id)
            .where(ClientCredential.client_id == client_id)
        )
    ).first()
    if row is None:
        return None
    credential, applicatie = row
    return Account(await _principal(session, applicatie, client_id, "jwt"), credential.secret)


async def account_by_token(session: AsyncSession, token: str) -> Account | None:
    row = (
        await session.execute(
            select(ApiToken, Applicatie)
            .join(Applicatie, Applicatie.id == ApiToken.applicatie_id)
            .where(ApiToken.token_hash == token_hash(token))
        )
    ).first()
    if row is None:
        return None
    api_token, applicatie = row
    return Account(await _principal(session, applicatie, api_token.client_id, "token"), None)


class AccountCache:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], seconds: int, remote=None) -> None:
        self.sessionmaker = sessionmaker
        self.seconds = seconds
        self.remote = remote  # a RemoteAutorisaties, or None: the autorisaties in the platform tables
        self._entries: dict[tuple[str, str], tuple[float, Account | None]] = {}

    async def _get(self, kind: str, key: str, load) -> Account | None:
        now = time.monotonic()
        cache_key = (kind, token_hash(key) if kind == "token" else key)
        hit = self._entries.get(cache_key)
        if hit is not None and hit[0] > now:
            return hit[1]
        async with self.sessionmaker() as session:
            account = await load(session, key)
        if account is not None and self.remote is not None:
            # An unreachable Autorisaties API raises a 503 here: nothing is cached.
            account = Account(await self.remote.apply(account.principal), account.secret)
        if len(self._entries) > 10_000:  # unknown keys must not grow the cache without bound
            self._entries.clear()
        self._entries[cache_key] = (now + self.seconds, account)
        return account

    async def by_client_id(self, client_id: str) -> Account | None:
        return await self._get("client", client_id, account_by_client_id)

    async def by_token(self, token: str) -> Account | None:
        return await self._get("token", token, account_by_token)

    def clear(self) -> None:
        self._entries.clear()
