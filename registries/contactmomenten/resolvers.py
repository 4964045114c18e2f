"""How other registries in the same server read contactmomenten in-process (common.references)."""

from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.contactmomenten.models import ContactMoment, KlantContactMoment, ObjectContactMoment
from registries.contactmomenten.serialize import rows_out


def _resolver(model):
    async def resolve(session: AsyncSession, base: str, key: UUID) -> dict[str, Any] | None:
        row = await session.scalar(select(model).where(model.uuid == key))
        if row is None:
            return None
        [data] = await rows_out(session, base, [row])
        return data

    return resolve


RESOLVERS = {
    "/contactmomenten": _resolver(ContactMoment),
    "/klantcontactmomenten": _resolver(KlantContactMoment),
    "/objectcontactmomenten": _resolver(ObjectContactMoment),
}
