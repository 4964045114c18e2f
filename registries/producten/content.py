"""Content elements: (markdown) text blocks of a producttype or of a thema, with labels and an
English translation. Storing, representing and the routes of /content, /contentlabels,
/producttypen/{uuid}/content and /themas/{uuid}/content-elementen.

Labels are free names: one that a content element uses for the first time is made then (Open
Product manages its labels in its admin, which this registry does not have).
"""

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from fastapi import Depends, Request
from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common.db import get_session, get_write_session
from common.pagination import paginate
from common.responses import base_url, detail_response, json_response
from registries.producten import api, rules, store
from registries.producten.access import PRODUCTTYPEN_LEZEN, PRODUCTTYPEN_SCHRIJVEN
from registries.producten.filters import CONTENT_FILTERS, CONTENTLABEL_FILTERS, NESTED_CONTENT_FILTERS
from registries.producten.models import (
    ContentElement,
    ContentElementLabel,
    ContentElementVertaling,
    ContentLabel,
    ProductType,
    Thema,
)
from registries.producten.querying import language, page_request
from registries.producten.represent import DEFAULT_LANGUAGE, LANGUAGES, PRODUCTTYPEN_ROOT, producttype_url
from registries.producten.routes_producttypen import router
from registries.producten.schemas import ContentElementIn, ContentElementPatch, ContentVertalingIn


async def represent(session: AsyncSession, elements: Sequence[ContentElement], taal: str, *, nested: bool = False) -> list[dict]:
    ids = [e.id for e in elements]
    labels: dict[int, list[str]] = defaultdict(list)
    vertalingen: dict[int, ContentElementVertaling] = {}
    owners: dict[tuple[str, int], str] = {}
    if ids:
        for element_id, naam in (await session.execute(
            select(ContentElementLabel.contentelement_id, ContentLabel.naam)
            .join(ContentLabel, ContentLabel.id == ContentElementLabel.label_id)
            .where(ContentElementLabel.contentelement_id.in_(ids)).order_by(ContentLabel.naam))).all():
            labels[element_id].append(naam)
        if taal != DEFAULT_LANGUAGE:
            vertalingen = {v.contentelement_id: v for v in (await session.scalars(select(ContentElementVertaling).where(
                ContentElementVertaling.contentelement_id.in_(ids), ContentElementVertaling.taal == taal))).all()}
        if not nested:
            type_ids = {e.producttype_id for e in elements if e.producttype_id}
            thema_ids = {e.thema_id for e in elements if e.thema_id}
            if type_ids:
                owners |= {("pt", i): str(u) for i, u in (await session.execute(
                    select(ProductType.id, ProductType.uuid).where(ProductType.id.in_(type_ids)))).all()}
            if thema_ids:
                owners |= {("th", i): str(u) for i, u in (await session.execute(
                    select(Thema.id, Thema.uuid).where(Thema.id.in_(thema_ids)))).all()}
    result = []
    for element in elements:
        vertaling = vertalingen.get(element.id)
        data: dict[str, Any] = {"uuid": str(element.uuid)}
        if nested:
            data["taal"] = taal if vertaling else DEFAULT_LANGUAGE
        data["content"] = vertaling.content if vertaling else element.content
        data["aanvullende_informatie"] = vertaling.aanvullende_informatie if vertaling else element.aanvullende_informatie
        data["labels"] = labels[element.id]
        if not nested:
            data["producttype_uuid"] = owners.get(("pt", element.producttype_id)) if element.producttype_id else None
            data["thema_uuid"] = owners.get(("th", element.thema_id)) if element.thema_id else None
            data["taal"] = taal if vertaling else DEFAULT_LANGUAGE
        result.append(data)
    return result


async def _one(session: AsyncSession, element: ContentElement, taal: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    return (await represent(session, [element], taal))[0]


async def _save(session: AsyncSession, element: ContentElement, body, *, partial: bool) -> None:
    given = store.fields_to_write(body, partial)
    if "producttype_uuid" in given:
        element.producttype_id = None if body.producttype_uuid is None else \
            (await store.producttype_by_uuid(session, body.producttype_uuid)).id
    if "thema_uuid" in given:
        if body.thema_uuid is None:
            element.thema_id = None
        else:
            thema_id = await session.scalar(select(Thema.id).where(Thema.uuid == body.thema_uuid))
            if thema_id is None:
                raise rules.fail("thema_uuid", "does_not_exist", f"Er bestaat geen thema met uuid {body.thema_uuid}.")
            element.thema_id = thema_id
    rules.check_content_owner(element.producttype_id, element.thema_id)
    for name in ("content", "aanvullende_informatie"):
        if name in given:
            setattr(element, name, getattr(body, name))
    session.add(element)
    await session.flush()
    if "labels" in given:
        names = list(dict.fromkeys(body.labels))
        known = dict((await session.execute(select(ContentLabel.naam, ContentLabel.id).where(ContentLabel.naam.in_(names)))).all()) \
            if names else {}
        for naam in names:
            if naam not in known:
                label = ContentLabel(naam=naam)
                session.add(label)
                await session.flush()
                known[naam] = label.id
        await session.execute(delete(ContentElementLabel).where(ContentElementLabel.contentelement_id == element.id))
        if names:
            await session.execute(insert(ContentElementLabel), [
                {"contentelement_id": element.id, "label_id": known[n]} for n in names])


def _url(request: Request, element: ContentElement) -> str:
    return f"{base_url(request)}{PRODUCTTYPEN_ROOT}/content/{element.uuid}"


async def _hoofd(request: Request, session: AsyncSession, element: ContentElement) -> str | None:
    if element.producttype_id:
        uuid = await session.scalar(select(ProductType.uuid).where(ProductType.id == element.producttype_id))
        return producttype_url(base_url(request), uuid)
    return None


async def _write(request, session, element: ContentElement, body, *, creating: bool, partial: bool, actie: str) -> dict:
    oud = None if creating else await _one(session, element)
    await _save(session, element, body, partial=partial)
    data = await _one(session, element)
    await api.commit(session, request, api.change(actie, "content", _url(request, element),
                                                  hoofd=await _hoofd(request, session, element), oud=oud, nieuw=data))
    return data


@router.get("/content", dependencies=[PRODUCTTYPEN_LEZEN])
async def content_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    async def serialize(rows):
        return await represent(session, rows, DEFAULT_LANGUAGE)

    return await api.list_response(request, session, CONTENT_FILTERS, select(ContentElement), ContentElement.id, serialize)


@router.post("/content", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def content_create(body: ContentElementIn, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    element = ContentElement()
    data = await _write(request, session, element, body, creating=True, partial=False, actie="create")
    return json_response(data, 201, {"Location": _url(request, element)})


@router.get("/content/{uuid}", dependencies=[PRODUCTTYPEN_LEZEN])
async def content_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    element = await api.by_uuid(session, ContentElement, uuid, "tekstblok")
    return detail_response(request, await _one(session, element, language(request, LANGUAGES, DEFAULT_LANGUAGE)))


@router.put("/content/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def content_update(uuid: str, body: ContentElementIn, request: Request,
                         session: AsyncSession = Depends(get_write_session)) -> Response:
    element = await api.by_uuid(session, ContentElement, uuid, "tekstblok")
    return json_response(await _write(request, session, element, body, creating=False, partial=False, actie="update"))


@router.patch("/content/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def content_partial_update(uuid: str, body: ContentElementPatch, request: Request,
                                 session: AsyncSession = Depends(get_write_session)) -> Response:
    element = await api.by_uuid(session, ContentElement, uuid, "tekstblok")
    return json_response(await _write(request, session, element, body, creating=False, partial=True, actie="partial_update"))


@router.delete("/content/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def content_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    element = await api.by_uuid(session, ContentElement, uuid, "tekstblok")
    oud = await _one(session, element)
    hoofd = await _hoofd(request, session, element)
    await session.delete(element)
    await session.flush()
    await api.commit(session, request, api.change("destroy", "content", _url(request, element), hoofd=hoofd, oud=oud))
    return Response(status_code=204)


@router.put("/content/{uuid}/vertaling/{taal}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def content_vertaling_update(uuid: str, taal: str, body: ContentVertalingIn, request: Request,
                                   session: AsyncSession = Depends(get_write_session)) -> Response:
    element = await api.by_uuid(session, ContentElement, uuid, "tekstblok")
    taal = rules.check_translation_language(taal)
    row = await session.scalar(select(ContentElementVertaling).where(
        ContentElementVertaling.contentelement_id == element.id, ContentElementVertaling.taal == taal))
    row = row or ContentElementVertaling(contentelement_id=element.id, taal=taal)
    row.content, row.aanvullende_informatie = body.content, body.aanvullende_informatie
    session.add(row)
    await session.flush()
    data = {"uuid": str(element.uuid), "content": row.content, "aanvullende_informatie": row.aanvullende_informatie}
    await api.commit(session, request, api.change("update", "content", _url(request, element),
                                                  hoofd=await _hoofd(request, session, element), nieuw={"taal": taal, **data}))
    return json_response(data)


@router.delete("/content/{uuid}/vertaling/{taal}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def content_vertaling_destroy(uuid: str, taal: str, request: Request,
                                    session: AsyncSession = Depends(get_write_session)) -> Response:
    element = await api.by_uuid(session, ContentElement, uuid, "tekstblok")
    taal = rules.check_translation_language(taal)
    row = await session.scalar(select(ContentElementVertaling).where(
        ContentElementVertaling.contentelement_id == element.id, ContentElementVertaling.taal == taal))
    if row is None:
        raise api.not_found(f"vertaling ({taal}) van het tekstblok", uuid)
    await session.delete(row)
    await session.flush()
    await api.commit(session, request, api.change("partial_update", "content", _url(request, element),
                                                  hoofd=await _hoofd(request, session, element),
                                                  oud={"taal": taal, "content": row.content}))
    return Response(status_code=204)


@router.get("/contentlabels", dependencies=[PRODUCTTYPEN_LEZEN])
async def contentlabels_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    async def serialize(rows):
        return [{"naam": row.naam} for row in rows]

    return await api.list_response(request, session, CONTENTLABEL_FILTERS, select(ContentLabel), ContentLabel.naam, serialize)


async def _nested_page(request: Request, session: AsyncSession, stmt) -> Response:
    page = page_request(request)
    stmt = NESTED_CONTENT_FILTERS.apply_request(stmt, request, ContentElement.id)
    taal = language(request, LANGUAGES, DEFAULT_LANGUAGE)

    async def serialize(rows):
        return await represent(session, rows, taal, nested=True)

    return json_response(await paginate(session, stmt, request, page, base_url(request), serialize))


@router.get("/producttypen/{uuid}/content", dependencies=[PRODUCTTYPEN_LEZEN])
async def content(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    producttype = await api.by_uuid(session, ProductType, uuid, "producttype")
    return await _nested_page(request, session, select(ContentElement).where(ContentElement.producttype_id == producttype.id))


@router.get("/themas/{uuid}/content-elementen", dependencies=[PRODUCTTYPEN_LEZEN])
async def themas_content_elementen_list(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    thema = await api.by_uuid(session, Thema, uuid, "thema")
    return await _nested_page(request, session, select(ContentElement).where(ContentElement.thema_id == thema.id))

