"""Who may do what in the Producten registry.

Both APIs accept ``Authorization: Token <key>`` (as Open Product does) and ZGW JWTs / OIDC
bearer tokens, and answer failed authentication with 401. An application's autorisaties for
component ``pdc`` carry scopes:

* ``producttypen.lezen`` / ``producttypen.schrijven`` for the Producttypen API;
* ``producten.lezen`` / ``producten.schrijven`` for the Producten API, optionally limited to
  one producttype per autorisatie (its ``producttype``: the producttype's URL or uuid). With
  ``producten.lezen`` an application reads the products of that producttype, with
  ``producten.schrijven`` it also creates, changes and deletes them (prd-019).

Open Product has no scopes (a token may do everything its user may); scopes are our extension,
and an application with every permission (``heeft_alle_autorisaties``) behaves like Open
Product's superuser.
"""

from dataclasses import dataclass
from uuid import UUID

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth.dependencies import JWT, TOKEN, Authorizer
from common.auth.principal import Principal
from common.errors import Problem
from registries.producten.models import ProductType

COMPONENT = "pdc"
pdc = Authorizer(component=COMPONENT, schemes=(TOKEN, JWT), failure_status=401)

PRODUCTTYPEN_LEZEN = Depends(pdc.require("producttypen.lezen"))
PRODUCTTYPEN_SCHRIJVEN = Depends(pdc.require("producttypen.schrijven"))
PRODUCTEN_LEZEN = Depends(pdc.require("producten.lezen", "producten.schrijven"))
PRODUCTEN_SCHRIJVEN = Depends(pdc.require("producten.schrijven"))

READ = ("producten.lezen", "producten.schrijven")
WRITE = ("producten.schrijven",)


def _type_uuid(value: str) -> UUID | None:
    """The uuid an autorisatie's ``producttype`` names: the last segment of a URL, or the uuid itself."""
    try:
        return UUID(value.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return None


@dataclass(frozen=True)
class ProducttypeScope:
    """The producttypen an application may use for one kind of access; ``ids`` None: all of them."""

    ids: frozenset[int] | None

    def allows(self, producttype_id: int) -> bool:
        return self.ids is None or producttype_id in self.ids


async def producttype_scope(session: AsyncSession, request: Request, scopes: tuple[str, ...]) -> ProducttypeScope:
    principal: Principal = request.state.principal
    limits = principal.limits(COMPONENT, scopes, "producttype")
    if limits is None or any(limit.type_url is None for limit in limits):
        return ProducttypeScope(None)
    uuids = {u for u in (_type_uuid(limit.type_url) for limit in limits) if u is not None}
    if not uuids:
        return ProducttypeScope(frozenset())
    ids = (await session.scalars(select(ProductType.id).where(ProductType.uuid.in_(uuids)))).all()
    return ProducttypeScope(frozenset(ids))


def forbidden(what: str) -> Problem:
    return Problem(403, f"Deze applicatie heeft geen toegang tot {what}.", code="permission_denied")
