"""Endpoints of the Catalogi API. Thin: parse, apply the rules, store, answer."""

from uuid import UUID

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common import changes
from common.auth.dependencies import Authorizer
from common.changes import Change
from common.db import get_session, get_write_session
from common.errors import Problem
from common.pagination import page_request, paginate
from common.responses import base_url, created_response, detail_response, json_response
from registries.catalogi import rules
from registries.catalogi.filters import CATALOGUS_FILTERS
from registries.catalogi.models import Catalogus
from registries.catalogi.schemas import CatalogusIn, catalogus_out

router = APIRouter()
ztc = Authorizer(component="ztc")
LEZEN = Depends(ztc.require("catalogi.lezen"))
SCHRIJVEN = Depends(ztc.require("catalogi.schrijven"))


def _not_found(what: str, key: str) -> Problem:
    return Problem(404, f"Er bestaat geen {what} met uuid {key}.")


def _uuid(key: str, what: str) -> UUID:
    try:
        return UUID(key)
    except ValueError:
        raise _not_found(what, key) from None


@router.get("/catalogussen", dependencies=[LEZEN])
async def catalogus_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    settings = request.app.state.settings
    query = dict(request.query_params)
    page = page_request(query, settings.page_size, settings.max_page_size)
    stmt = CATALOGUS_FILTERS.apply(select(Catalogus), query, tiebreak=Catalogus.id)
    base = base_url(request)

    async def serialize(rows):
        return [catalogus_out(base, row) for row in rows]

    return json_response(await paginate(session, stmt, request, page, base, serialize))


@router.post("/catalogussen", dependencies=[SCHRIJVEN])
async def catalogus_create(
    body: CatalogusIn, request: Request, session: AsyncSession = Depends(get_write_session)
) -> Response:
    await rules.check_unique_domein_rsin(session, body.domein, body.rsin)
    catalogus = Catalogus(**body.model_dump())
    session.add(catalogus)
    try:
        await session.flush()
    except IntegrityError:
        # Another request created the same pair between our check and our write.
        await session.rollback()
        raise rules.duplicate_catalogus() from None
    data = catalogus_out(base_url(request), catalogus)
    await changes.record(session, request, Change(
        bron="ZTC", actie="create", resource="catalogus", resource_url=data["url"], hoofd_object=data["url"],
        resource_weergave=f"{catalogus.domein} {catalogus.rsin}", nieuw=data,
    ))
    await session.commit()
    return created_response(data)


@router.api_route("/catalogussen/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN])
async def catalogus_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    key = _uuid(uuid, "catalogus")
    catalogus = await session.scalar(select(Catalogus).where(Catalogus.uuid == key))
    if catalogus is None:
        raise _not_found("catalogus", uuid)
    return detail_response(request, catalogus_out(base_url(request), catalogus))
