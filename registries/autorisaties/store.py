"""How an applicatie of the Autorisaties API is read from and written to the platform tables.

Client ids are rows of ``platform_client``, which also hold the JWT secret of each client id.
This API never reads a secret out and never sets one (that is `registries clients`): a client id
it adds has no secret yet, and a client id an applicatie keeps keeps its secret.

Autorisaties for components that Autorisaties API 1.0 does not know (kic, pdc ..., granted with
`registries clients`) are not shown by this API, and a change through it leaves them alone.
"""

from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.autorisaties.models import ApiToken, Applicatie, Autorisatie, ClientCredential
from registries.autorisaties.schemas import COMPONENTS, AutorisatieIn, applicatie_out


async def by_uuid(session: AsyncSession, key: UUID) -> Applicatie | None:
    return await session.scalar(select(Applicatie).where(Applicatie.uuid == key))


async def represent(session: AsyncSession, base: str, applicaties: Sequence[Applicatie]) -> list[dict[str, Any]]:
    """The wire form of these applicaties, with two queries for all of them."""
    ids = [a.id for a in applicaties]
    client_ids: dict[int, list[str]] = defaultdict(list)
    autorisaties: dict[int, list[Autorisatie]] = defaultdict(list)
    if ids:
        rows = await session.execute(
            select(ClientCredential.applicatie_id, ClientCredential.client_id)
            .where(ClientCredential.applicatie_id.in_(ids)).order_by(ClientCredential.id)
        )
        for applicatie_id, client_id in rows:
            client_ids[applicatie_id].append(client_id)
        grants = await session.scalars(
            select(Autorisatie).where(Autorisatie.applicatie_id.in_(ids), Autorisatie.component.in_(COMPONENTS))
            .order_by(Autorisatie.id)
        )
        for grant in grants:
            autorisaties[grant.applicatie_id].append(grant)
    return [applicatie_out(base, a, client_ids[a.id], autorisaties[a.id]) for a in applicaties]


async def represent_one(session: AsyncSession, base: str, applicatie: Applicatie) -> dict[str, Any]:
    return (await represent(session, base, [applicatie]))[0]


async def has_other_autorisaties(session: AsyncSession, applicatie_id: int) -> bool:
    """Does the applicatie have autorisaties for components this API does not show?"""
    return bool(await session.scalar(select(exists().where(
        Autorisatie.applicatie_id == applicatie_id, Autorisatie.component.not_in(COMPONENTS)
    ))))


async def save_client_ids(session: AsyncSession, applicatie: Applicatie, client_ids: Sequence[str]) -> None:
    """Give the applicatie exactly these client ids, in this order; kept ones keep their secret."""
    current = dict((await session.execute(
        select(ClientCredential.client_id, ClientCredential.secret).where(ClientCredential.applicatie_id == applicatie.id)
    )).all())
    if list(current) == list(client_ids):
        return
    # Rewritten rather than patched, so the stored order is the order the client sent.
    await session.execute(delete(ClientCredential).where(ClientCredential.applicatie_id == applicatie.id))
    removed = set(current) - set(client_ids)
    if removed:
        # An API token names its client id: one whose client id is gone must stop working too.
        await session.execute(delete(ApiToken).where(
            ApiToken.applicatie_id == applicatie.id, ApiToken.client_id.in_(removed)
        ))
    session.add_all(
        ClientCredential(applicatie_id=applicatie.id, client_id=client_id, secret=current.get(client_id))
        for client_id in client_ids
    )
    await session.flush()


async def replace_autorisaties(session: AsyncSession, applicatie: Applicatie, autorisaties: Sequence[AutorisatieIn]) -> None:
    await session.execute(delete(Autorisatie).where(
        Autorisatie.applicatie_id == applicatie.id, Autorisatie.component.in_(COMPONENTS)
    ))
    session.add_all(Autorisatie(applicatie_id=applicatie.id, **autorisatie.stored()) for autorisatie in autorisaties)
    await session.flush()


async def remove(session: AsyncSession, applicatie: Applicatie) -> None:
    """The applicatie with everything that hangs on it: client ids (and their secrets), tokens, autorisaties."""
    for table in (Autorisatie, ApiToken, ClientCredential):
        await session.execute(delete(table).where(table.applicatie_id == applicatie.id))
    await session.execute(delete(Applicatie).where(Applicatie.id == applicatie.id))
