"""How other registries read the Catalogi API's objects in-process.

Each resolver answers exactly what the object's detail endpoint serves (with today's versions
for relations by name), so a registry that reads a zaaktype in-process sees what it would see
over HTTP. common.references calls them when the URL is one of this deployment's.

What they answer for a published type is kept a short while (published.py): a zaak's
zaaktype, read on every create, then costs no statements.
"""

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.references import Resolver
from registries.catalogi import published, schemas
from registries.catalogi.models import Catalogus
from registries.catalogi.routes import RESOURCES
from registries.catalogi.schemas import Context


def resolver(model, serialize: Callable[[Context, list], Awaitable[list[dict[str, Any]]]], collection: str) -> Resolver:
    async def resolve(session: AsyncSession, base_url: str, key: UUID) -> dict[str, Any] | None:
        ctx = Context.of(session, base_url)
        kept_as = (str(session.bind.url), base_url, collection, key, ctx.day)
        found = published.kept(kept_as)
        if found is not None:
            return found
        row = await session.scalar(select(model).where(model.uuid == key))
        if row is None:
            return None
        found = (await serialize(ctx, [row]))[0]
        if found.get("concept") is False:
            published.keep(kept_as, found)
        return found

    return resolve


RESOLVERS: dict[str, Resolver] = {
    "/catalogussen": resolver(Catalogus, schemas.catalogussen_out, "catalogussen"),
    **{resource.path: resolver(resource.model, resource.serialize, resource.collection) for resource in RESOURCES},
}
