"""Endpoints of the Catalogi API. Thin: parse, apply the rules, store, answer.

The ten resources share one shape (list, create, read, replace, change, remove, and publish for
the three versioned types), so their routes are made from a ``Resource`` description each
instead of being written out ten times. What differs lives in writes.py (what a body does),
rules.py (what the standard forbids) and schemas.py (what a response looks like).
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common import changes
from common.changes import Change
from common.db import get_session, get_write_session
from common.errors import Problem, invalid
from common.filters import FilterSet
from common.pagination import page_request, paginate
from common.responses import base_url, created_response, detail_response, json_response
from registries.catalogi import auth, filters, published, rules, schemas, writes, wire
from registries.catalogi.models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from registries.catalogi.schemas import CatalogusIn, Context

CONTRACT = "catalogi-1.3.1.yaml"
router = APIRouter()


@dataclass(frozen=True)
class Resource:
    name: str  # the resource as the audit trail and the notifications name it: "zaaktype"
    collection: str  # its path: "zaaktypen"
    model: type
    filters: FilterSet
    serialize: Callable[[Context, list], Awaitable[list[dict[str, Any]]]]
    write: Callable[..., Awaitable[Any]]
    label: str  # for messages: "zaaktype"
    versioned: bool = False  # zaaktype, besluittype, informatieobjecttype: concept and publish
    read: Any = auth.READ
    create_status: int = 201
    destroy_status: int = 204
    put_fallback: tuple[str, str] | None = None  # the schema of an unspecified PUT body
    kanaal: str = "zaaktypen"

    @property
    def path(self) -> str:
        return f"/{self.collection}"


RESOURCES = [
    Resource("zaaktype", "zaaktypen", ZaakType, filters.ZAAKTYPE_FILTERS, schemas.zaaktypen_out,
             writes.write_zaaktype, "zaaktype", versioned=True, read=auth.READ_ZAAKTYPEN, destroy_status=200),
    Resource("statustype", "statustypen", StatusType, filters.STATUSTYPE_FILTERS, schemas.statustypen_out,
             writes.write_statustype, "statustype"),
    Resource("roltype", "roltypen", RolType, filters.ROLTYPE_FILTERS, schemas.roltypen_out,
             writes.write_roltype, "roltype"),
    Resource("resultaattype", "resultaattypen", ResultaatType, filters.RESULTAATTYPE_FILTERS,
             schemas.resultaattypen_out, writes.write_resultaattype, "resultaattype"),
    Resource("eigenschap", "eigenschappen", Eigenschap, filters.EIGENSCHAP_FILTERS, schemas.eigenschappen_out,
             writes.write_eigenschap, "eigenschap"),
    Resource("informatieobjecttype", "informatieobjecttypen", InformatieObjectType,
             filters.INFORMATIEOBJECTTYPE_FILTERS, schemas.informatieobjecttypen_out,
             writes.write_informatieobjecttype, "informatieobjecttype", versioned=True, create_status=200,
             destroy_status=200, put_fallback=("/informatieobjecttypen", "post"), kanaal="informatieobjecttypen"),
    Resource("besluittype", "besluittypen", BesluitType, filters.BESLUITTYPE_FILTERS, schemas.besluittypen_out,
             writes.write_besluittype, "besluittype", versioned=True, destroy_status=200, kanaal="besluittypen"),
    Resource("zaakinformatieobjecttype", "zaaktype-informatieobjecttypen", ZaakTypeInformatieObjectType,
             filters.ZAAKTYPE_INFORMATIEOBJECTTYPE_FILTERS, schemas.zaaktype_informatieobjecttypen_out,
             writes.write_zaaktype_informatieobjecttype, "zaaktype-informatieobjecttype"),
    Resource("zaakobjecttype", "zaakobjecttypen", ZaakObjectType, filters.ZAAKOBJECTTYPE_FILTERS,
             schemas.zaakobjecttypen_out, writes.write_zaakobjecttype, "zaakobjecttype"),
]


def _not_found(what: str, key: str) -> Problem:
    return Problem(404, f"Er bestaat geen {what} met uuid {key}.")


def _uuid(key: str, what: str) -> UUID:
    try:
        return UUID(key)
    except ValueError:
        raise _not_found(what, key) from None


async def _load(session: AsyncSession, model, key: str, what: str, *, for_update: bool = False):
    stmt = select(model).where(model.uuid == _uuid(key, what))
    if for_update:
        stmt = stmt.with_for_update()
    found = await session.scalar(stmt)
    if found is None:
        raise _not_found(what, key)
    return found


def _list_query(request: Request, filterset: FilterSet) -> dict[str, str]:
    query = dict(request.query_params)
    for name in ("trefwoorden",):  # an array parameter: repeated, comma-separated, or both
        if name in filterset.by_name and name in query:
            query[name] = ",".join(request.query_params.getlist(name))
    if "status" in filterset.by_name and not query.get("status"):
        query["status"] = filters.DEFAULT_STATUS
    return query


def _change(resource: Resource, actie: str, data: dict[str, Any], *, oud=None, nieuw=None) -> Change:
    """The audit entry and notification: parts of a zaaktype are reported on kanaal zaaktypen
    with their zaaktype as hoofdObject; every message carries the catalogus as kenmerk."""
    hoofd = data["url"] if resource.versioned else data["zaaktype"]
    return Change(
        bron="ZTC", actie=actie, resource=resource.name, resource_url=data["url"], hoofd_object=hoofd,
        resource_weergave=str(data.get("omschrijving") or data.get("naam") or data.get("identificatie") or ""),
        oud=oud, nieuw=nieuw, kanaal=resource.kanaal, kenmerken={"catalogus": data["catalogus"]},
    )


async def _commit(session: AsyncSession, request: Request, change: Change) -> None:
    await changes.record(session, request, change)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise invalid("nonFieldErrors", "unique", "Dit botst met een gelijktijdige wijziging; probeer het opnieuw.") from None
    published.forget()
    changes.committed(request)


async def _one(resource: Resource, ctx: Context, row) -> dict[str, Any]:
    return (await resource.serialize(ctx, [row]))[0]


def _write_context(request: Request, session: AsyncSession, method: str) -> writes.Write:
    return writes.Write(session, request, base_url(request), request.state.principal, method)


async def _flush_or_unique(session: AsyncSession, action: Awaitable):
    """The write; a constraint the rules checked but a concurrent request broke first is a 400."""
    try:
        return await action
    except IntegrityError:
        await session.rollback()
        raise invalid("nonFieldErrors", "unique",
                      "Dit botst met een gelijktijdige wijziging (bijvoorbeeld hetzelfde volgnummer); "
                      "probeer het opnieuw.") from None


def register(resource: Resource) -> None:
    path, item = resource.path, f"{resource.path}/{{uuid}}"

    async def list_(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
        settings = request.app.state.settings
        query = _list_query(request, resource.filters)
        page = page_request(query, settings.page_size, settings.max_page_size)
        stmt = resource.filters.apply(select(resource.model), query, tiebreak=resource.model.id)
        base = base_url(request)
        day_param = "datum_geldigheid" if "datum_geldigheid" in resource.filters.by_name else "datumGeldigheid"
        ctx = Context.of(session, base, writes.parse_day(query.get(day_param), day_param))
        return json_response(await paginate(session, stmt, request, page, base, lambda rows: resource.serialize(ctx, rows)))

    async def create(request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        body = wire.parse(wire.operation_model(CONTRACT, path, "post"), await wire.read_json(request))
        write = _write_context(request, session, "POST")
        row = await _flush_or_unique(session, resource.write(write, None, wire.given(body), full=True))
        data = await _one(resource, Context.of(session, write.base), row)
        await _commit(session, request, _change(resource, "create", data, nieuw=data))
        if resource.create_status == 201:
            return created_response(data)
        return json_response(data, resource.create_status, {"Location": data["url"]})

    async def retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
        row = await _load(session, resource.model, uuid, resource.label)
        day = writes.parse_day(request.query_params.get("datumGeldigheid")) if resource.name == "zaaktype" else None
        return detail_response(request, await _one(resource, Context.of(session, base_url(request), day), row))

    async def change(uuid: str, request: Request, session: AsyncSession) -> Response:
        partial = request.method == "PATCH"
        row = await _load(session, resource.model, uuid, resource.label, for_update=True)
        fallbacks = ((item, "put"),) if partial else ()
        if resource.put_fallback:
            fallbacks += (resource.put_fallback,)
        body_model = wire.operation_model(CONTRACT, item, request.method.lower(), partial=partial, fallbacks=fallbacks)
        body = wire.parse(body_model, await wire.read_json(request))
        write = _write_context(request, session, request.method)
        ctx = Context.of(session, write.base)
        oud = await _one(resource, ctx, row)
        row = await _flush_or_unique(session, resource.write(write, row, wire.given(body), full=not partial))
        data = await _one(resource, ctx, row)
        actie = "partial_update" if partial else "update"
        await _commit(session, request, _change(resource, actie, data, oud=oud, nieuw=data))
        return json_response(data)

    async def update(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        return await change(uuid, request, session)

    async def destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        row = await _load(session, resource.model, uuid, resource.label, for_update=True)
        write = _write_context(request, session, "DELETE")
        oud = await _one(resource, Context.of(session, write.base), row)
        await writes.check_destroy(write, resource.name, row)
        await session.delete(row)
        await session.flush()
        await _commit(session, request, _change(resource, "destroy", oud, oud=oud))
        if resource.destroy_status == 204:
            return Response(status_code=204)
        return json_response({}, resource.destroy_status)

    async def publish(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        row = await _load(session, resource.model, uuid, resource.label, for_update=True)
        if not isinstance(await wire.read_json(request), dict):  # the standard allows a body; it has no meaning
            raise invalid("nonFieldErrors", "invalid", "Stuur geen inhoud, of een leeg JSON-object.")
        write = _write_context(request, session, "POST")
        ctx = Context.of(session, write.base)
        if not row.concept:  # already published: nothing changes
            return json_response(await _one(resource, ctx, row))
        oud = await _one(resource, ctx, row)
        if resource.name == "zaaktype":
            await rules.check_zaaktype_publishable(session, row)
        row.concept = False
        await session.flush()
        name_column = resource.model.identificatie if resource.name == "zaaktype" else resource.model.omschrijving
        await rules.check_no_overlap(session, resource.model, name_column, row)
        data = await _one(resource, ctx, row)
        await _commit(session, request, _change(resource, "partial_update", data, oud=oud, nieuw=data))
        return json_response(data)

    write_scope = auth.WRITE if resource.versioned else auth.WRITE_OR_FORCED
    router.add_api_route(path, list_, methods=["GET"], dependencies=[resource.read], name=f"{resource.name}_list")
    router.add_api_route(path, create, methods=["POST"], dependencies=[write_scope], name=f"{resource.name}_create")
    router.add_api_route(item, retrieve, methods=["GET", "HEAD"], dependencies=[resource.read],
                         name=f"{resource.name}_retrieve")
    router.add_api_route(item, update, methods=["PUT", "PATCH"], dependencies=[auth.WRITE_OR_FORCED],
                         name=f"{resource.name}_update")
    router.add_api_route(item, destroy, methods=["DELETE"], dependencies=[auth.DELETE_OR_FORCED],
                         name=f"{resource.name}_destroy")
    if resource.versioned:
        router.add_api_route(f"{item}/publish", publish, methods=["POST"], dependencies=[auth.WRITE],
                             name=f"{resource.name}_publish")


# --- catalogussen ------------------------------------------------------------------------------


@router.get("/catalogussen", dependencies=[auth.READ])
async def catalogus_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    settings = request.app.state.settings
    query = dict(request.query_params)
    page = page_request(query, settings.page_size, settings.max_page_size)
    stmt = filters.CATALOGUS_FILTERS.apply(select(Catalogus), query, tiebreak=Catalogus.id)
    base = base_url(request)
    ctx = Context.of(session, base)
    return json_response(await paginate(session, stmt, request, page, base,
                                        lambda rows: schemas.catalogussen_out(ctx, rows)))


@router.post("/catalogussen", dependencies=[auth.WRITE])
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
    [data] = await schemas.catalogussen_out(Context.of(session, base_url(request)), [catalogus])
    # The Catalogi standard has no notification channel for catalogussen: audit trail only.
    await changes.record(session, request, Change(
        bron="ZTC", actie="create", resource="catalogus", resource_url=data["url"], hoofd_object=data["url"],
        resource_weergave=f"{catalogus.domein} {catalogus.rsin}", nieuw=data,
    ))
    await session.commit()
    changes.committed(request)
    return created_response(data)


@router.api_route("/catalogussen/{uuid}", methods=["GET", "HEAD"], dependencies=[auth.READ])
async def catalogus_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    catalogus = await _load(session, Catalogus, uuid, "catalogus")
    [data] = await schemas.catalogussen_out(Context.of(session, base_url(request)), [catalogus])
    return detail_response(request, data)


for _resource in RESOURCES:
    register(_resource)
