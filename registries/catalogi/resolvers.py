"""How other registries read the Catalogi API's objects in-process.

Each resolver answers exactly what the object's detail endpoint serves (with today's versions
for relations by name), so a registry that reads a zaaktype in-process sees what it would see
over HTTP. common.references calls them when the URL is one of this deployment's.
"""

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.references import Resolver
from registries.catalogi import schemas
from registries.catalogi.models import Catalogus
from registries.catalogi.routes import RESOURCES
from registries.catalogi.schemas import Context


def resolver(model, serialize: Callable[[Context, list], Awaitable[list[dict[str, Any]]]]) -> Resolver:
    async def resolve(session: AsyncSession, base_url: str, key: UUID) -> dict[str, Any] | None:
        row = await session.scalar(select(model).where(model.uuid == key))
        if row is None:
            return None
        return (await serialize(Context.of(session, base_url), [row]))[0]

    return resolve


RESOLVERS: dict[str, Resolver] = {
    "/catalogussen": resolver(Catalogus, schemas.catalogussen_out),
    **{resource.path: resolver(resource.model, resource.serialize) for resource in RESOURCES},
}
