"""Managing applications and their credentials: used by `registries clients` and the demo data."""

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth.principal import COMPONENTS, VERTROUWELIJKHEIDAANDUIDINGEN
from common.auth.tokens import token_hash
from common.platform.models import ApiToken, Applicatie, Autorisatie, ClientCredential


class AdminError(ValueError):
    pass


@dataclass(frozen=True)
class NewGrant:
    component: str
    scopes: tuple[str, ...]
    zaaktype: str | None = None
    informatieobjecttype: str | None = None
    besluittype: str | None = None
    producttype: str | None = None
    max_vertrouwelijkheidaanduiding: str | None = None

    def check(self) -> None:
        if self.component not in COMPONENTS:
            raise AdminError(f"unknown component {self.component!r}; choose from {', '.join(COMPONENTS)}")
        if not self.scopes:
            raise AdminError("an autorisatie needs at least one scope")
        level = self.max_vertrouwelijkheidaanduiding
        if level is not None and level not in VERTROUWELIJKHEIDAANDUIDINGEN:
            raise AdminError(f"unknown vertrouwelijkheidaanduiding {level!r}")


async def add_client(
    session: AsyncSession,
    client_id: str,
    *,
    secret: str | None = None,
    token: str | None = None,
    label: str | None = None,
    all_permissions: bool = False,
    grants: list[NewGrant] | None = None,
) -> Applicatie:
    """A new application with one client id, a JWT secret and/or an API token, and its autorisaties."""
    if not client_id or len(client_id) > 50:
        raise AdminError("a client id has 1 to 50 characters")
    if secret is None and token is None:
        raise AdminError("give a secret (ZGW JWT) or a token (API token), or both")
    if not all_permissions and not grants:
        raise AdminError("give --all-permissions or at least one scope")
    for grant in grants or []:
        grant.check()
    if await session.scalar(select(ClientCredential.id).where(ClientCredential.client_id == client_id)):
        raise AdminError(f"client id {client_id!r} exists already")
    applicatie = Applicatie(label=(label or client_id)[:100], heeft_alle_autorisaties=all_permissions)
    session.add(applicatie)
    await session.flush()
    session.add(ClientCredential(applicatie_id=applicatie.id, client_id=client_id, secret=secret))
    if token is not None:
        session.add(ApiToken(applicatie_id=applicatie.id, token_hash=token_hash(token), client_id=client_id))
    for grant in grants or []:
        session.add(Autorisatie(applicatie_id=applicatie.id, **{**grant.__dict__, "scopes": list(grant.scopes)}))
    await session.commit()
    return applicatie


async def list_clients(session: AsyncSession) -> list[dict]:
    rows = (
        await session.execute(
            select(ClientCredential, Applicatie).join(Applicatie, Applicatie.id == ClientCredential.applicatie_id)
            .order_by(ClientCredential.client_id)
        )
    ).all()
    result = []
    for credential, applicatie in rows:
        grants = (await session.scalars(select(Autorisatie).where(Autorisatie.applicatie_id == applicatie.id))).all()
        has_token = await session.scalar(select(ApiToken.id).where(ApiToken.applicatie_id == applicatie.id))
        result.append({
            "client_id": credential.client_id,
            "label": applicatie.label,
            "jwt": credential.secret is not None,
            "token": has_token is not None,
            "all_permissions": applicatie.heeft_alle_autorisaties,
            "autorisaties": [
                {k: v for k, v in g.model_dump(exclude={"id", "applicatie_id"}).items() if v not in (None, [])}
                for g in grants
            ],
        })
    return result


async def remove_client(session: AsyncSession, client_id: str) -> None:
    """Remove a client id; the application goes too when it has no client ids left."""
    credential = await session.scalar(select(ClientCredential).where(ClientCredential.client_id == client_id))
    if credential is None:
        raise AdminError(f"no client id {client_id!r}")
    applicatie_id = credential.applicatie_id
    await session.delete(credential)
    await session.execute(delete(ApiToken).where(ApiToken.client_id == client_id))
    await session.flush()
    if not await session.scalar(select(ClientCredential.id).where(ClientCredential.applicatie_id == applicatie_id)):
        await session.execute(delete(Autorisatie).where(Autorisatie.applicatie_id == applicatie_id))
        await session.execute(delete(ApiToken).where(ApiToken.applicatie_id == applicatie_id))
        await session.execute(delete(Applicatie).where(Applicatie.id == applicatie_id))
    await session.commit()


async def set_secret(session: AsyncSession, client_id: str, secret: str) -> None:
    """Rotate the JWT secret of a client id."""
    credential = await session.scalar(select(ClientCredential).where(ClientCredential.client_id == client_id))
    if credential is None:
        raise AdminError(f"no client id {client_id!r}")
    credential.secret = secret
    await session.commit()
