"""Endpoints of the Producttypen API (/producttypen/api/v1). Thin: parse, apply the rules, store, answer."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common.db import get_session, get_write_session
from common.errors import NON_FIELD_ERRORS
from common.responses import base_url, detail_response, json_response
from registries.producten import api, jsonschemas, producttypepage, represent, rules, store
from registries.producten.access import PRODUCTTYPEN_LEZEN, PRODUCTTYPEN_SCHRIJVEN
from registries.producten.filters import (
    ACTIE_FILTERS,
    ACTUELE_PRIJZEN_FILTERS,
    CONTACT_FILTERS,
    LINK_FILTERS,
    LOCATIE_FILTERS,
    ORGANISATIE_FILTERS,
    PRIJS_FILTERS,
    PRODUCTTYPE_FILTERS,
    SCHEMA_FILTERS,
    THEMA_FILTERS,
)
from registries.producten.models import (
    Actie,
    Contact,
    JsonSchema,
    Link,
    Locatie,
    Organisatie,
    Prijs,
    ProductType,
    ProductTypeVertaling,
    Thema,
    UniformeProductNaam,
)
from registries.producten.listing import WholeList
from registries.producten.querying import language
from registries.producten.represent import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    PRODUCTTYPEN_ROOT,
    Prijzen,
    producttype_url,
)
from registries.producten.schemas import (
    ActieIn,
    ActiePatch,
    ContactIn,
    ContactPatch,
    JsonSchemaIn,
    JsonSchemaPatch,
    LinkIn,
    LinkPatch,
    LocatieIn,
    LocatiePatch,
    OrganisatieIn,
    OrganisatiePatch,
    PrijsIn,
    PrijsPatch,
    ProductTypeIn,
    ProductTypePatch,
    ThemaIn,
    ThemaPatch,
    VertalingIn,
    VertalingPatch,
)

router = APIRouter()


def _url(request: Request, collection: str, key: Any) -> str:
    return f"{base_url(request)}{PRODUCTTYPEN_ROOT}/{collection}/{key}"


def _taal(request: Request) -> str:
    return language(request, LANGUAGES, DEFAULT_LANGUAGE)


# --------------------------------------------------------------------------- producttypen


async def _producttype_out(request: Request, session: AsyncSession, pt: ProductType,
                           taal: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    return (await producttypepage.producttypen_out(session, [pt], taal, api.today(), base_url(request)))[0]


# A page of producttypen with all their relations in one statement.
PRODUCTTYPE_LIST = WholeList(PRODUCTTYPE_FILTERS, producttypepage.COLUMNS, ProductType.id, producttypepage.with_relations)


@router.get("/producttypen", dependencies=[PRODUCTTYPEN_LEZEN])
async def producttypen_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    taal = _taal(request)

    async def serialize(rows):
        return await producttypepage.page_out(session, rows, taal, api.today(), base_url(request))

    return await PRODUCTTYPE_LIST.response(request, session, serialize)


async def _write_producttype(request: Request, session: AsyncSession, pt: ProductType, body, *, creating: bool,
                             partial: bool, actie: str) -> dict[str, Any]:
    oud = None if creating else await _producttype_out(request, session, pt)
    try:
        await store.save_producttype(session, pt, body, creating=creating, partial=partial)
    except IntegrityError:
        await session.rollback()
        raise rules.code_taken(body.code) from None
    data = await _producttype_out(request, session, pt)
    url = producttype_url(base_url(request), pt.uuid)
    await api.commit(session, request, api.change(actie, "producttype", url, weergave=pt.code, oud=oud, nieuw=data))
    return data


@router.post("/producttypen", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def producttypen_create(body: ProductTypeIn, request: Request,
                              session: AsyncSession = Depends(get_write_session)) -> Response:
    data = await _write_producttype(request, session, ProductType(), body, creating=True, partial=False, actie="create")
    return json_response(data, 201, {"Location": producttype_url(base_url(request), data["uuid"])})


@router.get("/producttypen/actuele-prijzen", dependencies=[PRODUCTTYPEN_LEZEN])
async def actuele_prijzen(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    """The reference's schema here is one ProductTypeActuelePrijs (not a list): see docs/producten.md."""
    today = api.today()
    ACTUELE_PRIJZEN_FILTERS.apply_request(select(ProductType), request, ProductType.id)
    # One object, as the specification's schema says: that of the price that took effect last.
    pt = await session.scalar(
        select(ProductType).join(Prijs, Prijs.producttype_id == ProductType.id)
        .where(Prijs.actief_vanaf <= today)
        .order_by(Prijs.actief_vanaf.desc(), Prijs.id.desc()).limit(1)
    )
    if pt is None:
        raise api.not_found("producttype met een actuele prijs", "-")
    return json_response(await _actuele_prijs(session, pt))


async def _actuele_prijs(session: AsyncSession, pt: ProductType) -> dict[str, Any]:
    today = api.today()
    prijzen = await Prijzen.load(session, producttype_ids=[pt.id])
    current = prijzen.current(pt.id, today)
    upl = await session.get(UniformeProductNaam, pt.upl_id) if pt.upl_id else None
    return {
        "uuid": str(pt.uuid),
        "code": pt.code,
        "upl_naam": upl.naam if upl else None,
        "upl_uri": upl.uri if upl else None,
        "actuele_prijs": prijzen.nested(current) if current else None,
    }


@router.get("/producttypen/{uuid}", dependencies=[PRODUCTTYPEN_LEZEN])
async def producttypen_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    pt = await api.by_uuid(session, ProductType, uuid, "producttype")
    return detail_response(request, await _producttype_out(request, session, pt, _taal(request)))


@router.put("/producttypen/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def producttypen_update(uuid: str, body: ProductTypeIn, request: Request,
                              session: AsyncSession = Depends(get_write_session)) -> Response:
    pt = await api.by_uuid(session, ProductType, uuid, "producttype")
    return json_response(await _write_producttype(request, session, pt, body, creating=False, partial=False, actie="update"))


@router.patch("/producttypen/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def producttypen_partial_update(uuid: str, body: ProductTypePatch, request: Request,
                                      session: AsyncSession = Depends(get_write_session)) -> Response:
    pt = await api.by_uuid(session, ProductType, uuid, "producttype")
    return json_response(await _write_producttype(request, session, pt, body, creating=False, partial=True,
                                                  actie="partial_update"))


@router.delete("/producttypen/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def producttypen_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    pt = await api.by_uuid(session, ProductType, uuid, "producttype")
    await rules.check_producttype_unused(session, pt)
    oud = await _producttype_out(request, session, pt)
    from registries.producten import bestanden  # it adds its routes to this module's router

    files = await bestanden.stored_files_of(session, pt.id)
    await session.delete(pt)
    await session.flush()
    url = producttype_url(base_url(request), pt.uuid)
    await api.commit(session, request, api.change("destroy", "producttype", url, weergave=pt.code, oud=oud))
    for name in files:  # its bestanden went with it (ON DELETE CASCADE); now their files go too
        bestanden.file_store(request).remove(name)
    return Response(status_code=204)


@router.get("/producttypen/{uuid}/actuele-prijs", dependencies=[PRODUCTTYPEN_LEZEN])
async def actuele_prijs(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    pt = await api.by_uuid(session, ProductType, uuid, "producttype")
    return json_response(await _actuele_prijs(session, pt))


# --------------------------------------------------------------------------- vertalingen


async def _vertaling(request: Request, session: AsyncSession, uuid: str, taal: str, body, *, partial: bool) -> Response:
    pt = await api.by_uuid(session, ProductType, uuid, "producttype")
    taal = rules.check_translation_language(taal)
    if partial and not body.model_fields_set:
        raise rules.fail(NON_FIELD_ERRORS, "invalid", "Een PATCH van een vertaling bevat minstens één veld.")
    row = await session.scalar(select(ProductTypeVertaling).where(
        ProductTypeVertaling.producttype_id == pt.id, ProductTypeVertaling.taal == taal))
    if row is None:
        if partial and "naam" not in body.model_fields_set:
            raise rules.fail("naam", "required", "Een nieuwe vertaling heeft een naam.")
        row = ProductTypeVertaling(producttype_id=pt.id, taal=taal, naam="", samenvatting="")
    for name in ("naam", "samenvatting"):
        if name in body.model_fields_set or not partial:
            setattr(row, name, getattr(body, name))
    session.add(row)
    pt.update_datum = store.now()
    session.add(pt)
    await session.flush()
    data = {"uuid": str(pt.uuid), "naam": row.naam, "samenvatting": row.samenvatting}
    url = producttype_url(base_url(request), pt.uuid)
    await api.commit(session, request, api.change("partial_update" if partial else "update", "producttype", url,
                                                  weergave=f"{pt.code} ({taal})", nieuw={"taal": taal, **data}))
    return json_response(data)


@router.put("/producttypen/{uuid}/vertaling/{taal}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def producttypen_vertaling_update(uuid: str, taal: str, body: VertalingIn, request: Request,
                                        session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _vertaling(request, session, uuid, taal, body, partial=False)


@router.patch("/producttypen/{uuid}/vertaling/{taal}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def producttypen_vertaling_partial_update(uuid: str, taal: str, body: VertalingPatch, request: Request,
                                                session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _vertaling(request, session, uuid, taal, body, partial=True)


@router.delete("/producttypen/{uuid}/vertaling/{taal}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def producttypen_vertaling_destroy(uuid: str, taal: str, request: Request,
                                         session: AsyncSession = Depends(get_write_session)) -> Response:
    pt = await api.by_uuid(session, ProductType, uuid, "producttype")
    taal = rules.check_translation_language(taal)
    row = await session.scalar(select(ProductTypeVertaling).where(
        ProductTypeVertaling.producttype_id == pt.id, ProductTypeVertaling.taal == taal))
    if row is None:
        raise api.not_found(f"vertaling ({taal}) van het producttype", uuid)
    await session.delete(row)
    pt.update_datum = store.now()
    session.add(pt)
    await session.flush()
    url = producttype_url(base_url(request), pt.uuid)
    await api.commit(session, request, api.change("partial_update", "producttype", url, weergave=f"{pt.code} ({taal})",
                                                  oud={"taal": taal, "naam": row.naam, "samenvatting": row.samenvatting}))
    return Response(status_code=204)


# --------------------------------------------------------------------------- themas


async def _thema_out(session: AsyncSession, thema: Thema) -> dict[str, Any]:
    return (await represent.themas_out(session, [thema], api.today()))[0]


@router.get("/themas", dependencies=[PRODUCTTYPEN_LEZEN])
async def themas_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    async def serialize(rows):
        return await represent.themas_out(session, rows, api.today())

    return await api.list_response(request, session, THEMA_FILTERS, select(Thema), Thema.id, serialize)


async def _write_thema(request, session, thema: Thema, body, *, creating: bool, partial: bool, actie: str) -> dict:
    oud = None if creating else await _thema_out(session, thema)
    await store.save_thema(session, thema, body, creating=creating, partial=partial)
    data = await _thema_out(session, thema)
    await api.commit(session, request, api.change(actie, "thema", _url(request, "themas", thema.uuid),
                                                  weergave=thema.naam, oud=oud, nieuw=data))
    return data


@router.post("/themas", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def themas_create(body: ThemaIn, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    data = await _write_thema(request, session, Thema(), body, creating=True, partial=False, actie="create")
    return json_response(data, 201, {"Location": _url(request, "themas", data["uuid"])})


@router.get("/themas/{uuid}", dependencies=[PRODUCTTYPEN_LEZEN])
async def themas_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    thema = await api.by_uuid(session, Thema, uuid, "thema")
    return detail_response(request, await _thema_out(session, thema))


@router.put("/themas/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def themas_update(uuid: str, body: ThemaIn, request: Request,
                        session: AsyncSession = Depends(get_write_session)) -> Response:
    thema = await api.by_uuid(session, Thema, uuid, "thema")
    return json_response(await _write_thema(request, session, thema, body, creating=False, partial=False, actie="update"))


@router.patch("/themas/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def themas_partial_update(uuid: str, body: ThemaPatch, request: Request,
                                session: AsyncSession = Depends(get_write_session)) -> Response:
    thema = await api.by_uuid(session, Thema, uuid, "thema")
    return json_response(await _write_thema(request, session, thema, body, creating=False, partial=True,
                                            actie="partial_update"))


@router.delete("/themas/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def themas_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    thema = await api.by_uuid(session, Thema, uuid, "thema")
    await rules.check_thema_removable(session, thema)
    oud = await _thema_out(session, thema)
    await session.delete(thema)
    await session.flush()
    await api.commit(session, request, api.change("destroy", "thema", _url(request, "themas", thema.uuid),
                                                  weergave=thema.naam, oud=oud))
    return Response(status_code=204)


# --------------------------------------------------------------------------- prijzen


async def _prijzen_out(session: AsyncSession, rows) -> list[dict[str, Any]]:
    loaded = await Prijzen.load(session, prijs_ids=[p.id for p in rows])
    uuids = dict((await session.execute(select(ProductType.id, ProductType.uuid).where(
        ProductType.id.in_({p.producttype_id for p in rows}))) ).all()) if rows else {}
    return [represent.prijs_out(p, uuids[p.producttype_id], loaded.opties[p.id], loaded.regels[p.id]) for p in rows]


@router.get("/prijzen", dependencies=[PRODUCTTYPEN_LEZEN])
async def prijzen_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    async def serialize(rows):
        return await _prijzen_out(session, rows)

    return await api.list_response(request, session, PRIJS_FILTERS, select(Prijs), Prijs.id, serialize)


async def _write_prijs(request, session, prijs: Prijs, body, *, creating: bool, partial: bool, actie: str) -> dict:
    oud = None if creating else (await _prijzen_out(session, [prijs]))[0]
    try:
        await store.save_prijs(session, prijs, body, creating=creating, partial=partial, today=api.today())
    except IntegrityError:
        await session.rollback()
        raise rules.actief_vanaf_taken() from None
    data = (await _prijzen_out(session, [prijs]))[0]
    hoofd = producttype_url(base_url(request), data["producttype_uuid"])
    await api.commit(session, request, api.change(actie, "prijs", _url(request, "prijzen", prijs.uuid), hoofd=hoofd,
                                                  weergave=str(prijs.actief_vanaf), oud=oud, nieuw=data))
    return data


@router.post("/prijzen", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def prijzen_create(body: PrijsIn, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    data = await _write_prijs(request, session, Prijs(), body, creating=True, partial=False, actie="create")
    return json_response(data, 201, {"Location": _url(request, "prijzen", data["uuid"])})


@router.get("/prijzen/{uuid}", dependencies=[PRODUCTTYPEN_LEZEN])
async def prijzen_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    prijs = await api.by_uuid(session, Prijs, uuid, "prijs")
    return detail_response(request, (await _prijzen_out(session, [prijs]))[0])


@router.put("/prijzen/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def prijzen_update(uuid: str, body: PrijsIn, request: Request,
                         session: AsyncSession = Depends(get_write_session)) -> Response:
    prijs = await api.by_uuid(session, Prijs, uuid, "prijs")
    return json_response(await _write_prijs(request, session, prijs, body, creating=False, partial=False, actie="update"))


@router.patch("/prijzen/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def prijzen_partial_update(uuid: str, body: PrijsPatch, request: Request,
                                 session: AsyncSession = Depends(get_write_session)) -> Response:
    prijs = await api.by_uuid(session, Prijs, uuid, "prijs")
    return json_response(await _write_prijs(request, session, prijs, body, creating=False, partial=True,
                                            actie="partial_update"))


@router.delete("/prijzen/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def prijzen_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    prijs = await api.by_uuid(session, Prijs, uuid, "prijs")
    oud = (await _prijzen_out(session, [prijs]))[0]
    await session.delete(prijs)
    await session.flush()
    hoofd = producttype_url(base_url(request), oud["producttype_uuid"])
    await api.commit(session, request, api.change("destroy", "prijs", _url(request, "prijzen", prijs.uuid), hoofd=hoofd,
                                                  weergave=str(prijs.actief_vanaf), oud=oud))
    return Response(status_code=204)


# --------------------------------------------------------------------------- simple resources


@dataclass(frozen=True)
class Simple:
    """A resource of the Producttypen API that is stored as one row: link, actie, locatie, ..."""

    collection: str
    resource: str  # audit trail name
    what: str  # in messages
    model: Any
    filters: Any
    body: Any
    patch: Any
    represent: Callable[[AsyncSession, list], Awaitable[list[dict]]]
    save: Callable[..., Awaitable[None]]
    removable: Callable[[AsyncSession, Any], Awaitable[None]] | None = None
    owner: Callable[[AsyncSession, Any], Awaitable[Any]] | None = None  # -> producttype uuid, for hoofd_object


def _register(resource: Simple) -> None:
    model, path = resource.model, f"/{resource.collection}"
    prefix = resource.collection

    async def one(session, row) -> dict[str, Any]:
        return (await resource.represent(session, [row]))[0]

    async def hoofd(request, session, row) -> str | None:
        if resource.owner is None:
            return None
        return producttype_url(base_url(request), await resource.owner(session, row))

    async def write(request, session, row, body, *, creating: bool, partial: bool, actie: str) -> dict:
        oud = None if creating else await one(session, row)
        await resource.save(session, row, body, creating=creating, partial=partial)
        data = await one(session, row)
        url = _url(request, resource.collection, row.uuid)
        await api.commit(session, request, api.change(actie, resource.resource, url, hoofd=await hoofd(request, session, row),
                                                      weergave=getattr(row, "naam", ""), oud=oud, nieuw=data))
        return data

    async def list_(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
        async def serialize(rows):
            return await resource.represent(session, list(rows))

        return await api.list_response(request, session, resource.filters, select(model), model.id, serialize)

    async def create(body: resource.body, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        data = await write(request, session, model(), body, creating=True, partial=False, actie="create")
        return json_response(data, 201, {"Location": _url(request, resource.collection, data["uuid"])})

    async def retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
        row = await api.by_uuid(session, model, uuid, resource.what)
        return detail_response(request, await one(session, row))

    async def update(uuid: str, body: resource.body, request: Request,
                     session: AsyncSession = Depends(get_write_session)) -> Response:
        row = await api.by_uuid(session, model, uuid, resource.what)
        return json_response(await write(request, session, row, body, creating=False, partial=False, actie="update"))

    async def partial_update(uuid: str, body: resource.patch, request: Request,
                             session: AsyncSession = Depends(get_write_session)) -> Response:
        row = await api.by_uuid(session, model, uuid, resource.what)
        return json_response(await write(request, session, row, body, creating=False, partial=True, actie="partial_update"))

    async def destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        row = await api.by_uuid(session, model, uuid, resource.what)
        if resource.removable is not None:
            await resource.removable(session, row)
        oud = await one(session, row)
        owner = await hoofd(request, session, row)
        await session.delete(row)
        await session.flush()
        await api.commit(session, request, api.change("destroy", resource.resource, _url(request, resource.collection, row.uuid),
                                                      hoofd=owner, weergave=getattr(row, "naam", ""), oud=oud))
        return Response(status_code=204)

    router.add_api_route(path, list_, methods=["GET"], dependencies=[PRODUCTTYPEN_LEZEN], name=f"{prefix}_list")
    router.add_api_route(path, create, methods=["POST"], dependencies=[PRODUCTTYPEN_SCHRIJVEN], name=f"{prefix}_create")
    router.add_api_route(path + "/{uuid}", retrieve, methods=["GET"], dependencies=[PRODUCTTYPEN_LEZEN], name=f"{prefix}_retrieve")
    router.add_api_route(path + "/{uuid}", update, methods=["PUT"], dependencies=[PRODUCTTYPEN_SCHRIJVEN], name=f"{prefix}_update")
    router.add_api_route(path + "/{uuid}", partial_update, methods=["PATCH"], dependencies=[PRODUCTTYPEN_SCHRIJVEN],
                         name=f"{prefix}_partial_update")
    router.add_api_route(path + "/{uuid}", destroy, methods=["DELETE"], dependencies=[PRODUCTTYPEN_SCHRIJVEN],
                         name=f"{prefix}_destroy")


def _assign(row, body, partial: bool, names: tuple[str, ...]) -> set[str]:
    given = store.fields_to_write(body, partial)
    for name in names:
        if name in given:
            setattr(row, name, getattr(body, name))
    return given


async def _producttype_uuid_of(session: AsyncSession, row) -> Any:
    return await session.scalar(select(ProductType.uuid).where(ProductType.id == row.producttype_id))


async def _with_producttype(session: AsyncSession, rows, out) -> list[dict]:
    uuids = dict((await session.execute(select(ProductType.id, ProductType.uuid).where(
        ProductType.id.in_({r.producttype_id for r in rows})))).all()) if rows else {}
    return [out(r, uuids[r.producttype_id]) for r in rows]


async def _set_producttype(session: AsyncSession, row, body, given: set[str]) -> None:
    if "producttype_uuid" in given:
        row.producttype_id = (await store.producttype_by_uuid(session, body.producttype_uuid)).id


async def _save_link(session, row: Link, body, *, creating: bool, partial: bool) -> None:
    given = _assign(row, body, partial, ("naam", "url"))
    await _set_producttype(session, row, body, given)
    session.add(row)
    await session.flush()


async def _save_actie(session, row: Actie, body, *, creating: bool, partial: bool) -> None:
    given = store.fields_to_write(body, partial)
    values = {name: (getattr(body, name) if name in given else getattr(row, name) or None)
              for name in ("direct_url", "tabel_endpoint", "dmn_tabel_id")}
    errors = rules.Errors()
    rules.check_actie(errors, values["direct_url"], values["tabel_endpoint"], values["dmn_tabel_id"])
    errors.raise_if_any()
    for name in ("naam", "mapping"):
        if name in given:
            setattr(row, name, getattr(body, name))
    for name, value in values.items():
        setattr(row, name, value or "")
    await _set_producttype(session, row, body, given)
    session.add(row)
    await session.flush()


async def _save_adres(session, row, body, *, creating: bool, partial: bool) -> None:
    _assign(row, body, partial, ("naam", "code", "email", "telefoonnummer", "straat", "huisnummer", "postcode", "stad"))
    session.add(row)
    await session.flush()


async def _save_contact(session, row: Contact, body, *, creating: bool, partial: bool) -> None:
    given = _assign(row, body, partial, ("naam", "email", "telefoonnummer", "rol"))
    if "organisatie_uuid" in given:
        if body.organisatie_uuid is None:
            row.organisatie_id = None
        else:
            found = await session.scalar(select(Organisatie.id).where(Organisatie.uuid == body.organisatie_uuid))
            if found is None:
                raise rules.fail("organisatie_uuid", "does_not_exist", f"Er bestaat geen organisatie met uuid {body.organisatie_uuid}.")
            row.organisatie_id = found
    session.add(row)
    await session.flush()


async def _contacten_out(session, rows) -> list[dict]:
    organisaties = await represent.organisaties_by_id(session, (r.organisatie_id for r in rows))
    return [represent.contact_out(r, organisaties.get(r.organisatie_id)) for r in rows]


async def _organisatie_removable(session, row: Organisatie) -> None:
    if await session.scalar(select(exists().where(Contact.organisatie_id == row.id))):
        raise rules.fail(NON_FIELD_ERRORS, "protected", "Deze organisatie heeft contacten en kan niet worden verwijderd.")


for _resource in (
    Simple("links", "link", "link", Link, LINK_FILTERS, LinkIn, LinkPatch,
           lambda s, rows: _with_producttype(s, rows, represent.link_out), _save_link, owner=_producttype_uuid_of),
    Simple("acties", "actie", "actie", Actie, ACTIE_FILTERS, ActieIn, ActiePatch,
           lambda s, rows: _with_producttype(s, rows, represent.actie_out), _save_actie, owner=_producttype_uuid_of),
    Simple("locaties", "locatie", "locatie", Locatie, LOCATIE_FILTERS, LocatieIn, LocatiePatch,
           lambda s, rows: _aio([represent.locatie_out(r) for r in rows]), _save_adres),
    Simple("organisaties", "organisatie", "organisatie", Organisatie, ORGANISATIE_FILTERS, OrganisatieIn, OrganisatiePatch,
           lambda s, rows: _aio([represent.organisatie_out(r) for r in rows]), _save_adres, removable=_organisatie_removable),
    Simple("contacten", "contact", "contact", Contact, CONTACT_FILTERS, ContactIn, ContactPatch, _contacten_out, _save_contact),
):
    _register(_resource)


async def _aio(value):
    return value


# --------------------------------------------------------------------------- schemas (by integer id)


def _schema_id(key: str) -> int:
    # The id column is a 32-bit integer on PostgreSQL: a larger number names no schema.
    if not (key.isascii() and key.isdigit()) or len(key) > 10 or int(key) > 2**31 - 1:
        raise api.not_found("schema", key)
    return int(key)


async def _schema(session: AsyncSession, key: str) -> JsonSchema:
    schema_id = _schema_id(key)
    found = await session.get(JsonSchema, schema_id)
    if found is None:
        raise api.not_found("schema", schema_id)
    return found


async def _write_schema(request, session, row: JsonSchema, body, *, creating: bool, partial: bool, actie: str) -> dict:
    given = store.fields_to_write(body, partial)
    oud = None if creating else represent.jsonschema_out(row)
    if "schema_" in given:
        problem = jsonschemas.schema_problem(body.schema_)
        if problem:
            raise rules.fail("schema", "invalid", problem)
        row.schema_ = body.schema_
    if "naam" in given:
        taken = await session.scalar(select(exists().where(JsonSchema.naam == body.naam, JsonSchema.id != (row.id or -1))))
        if taken:
            raise rules.fail("naam", "unique", f"Er bestaat al een schema met de naam {body.naam}.")
        row.naam = body.naam
    row.update_datum = store.now()
    session.add(row)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise rules.fail("naam", "unique", f"Er bestaat al een schema met de naam {body.naam}.") from None
    data = represent.jsonschema_out(row)
    await api.commit(session, request, api.change(actie, "schema", _url(request, "schemas", row.id), weergave=row.naam,
                                                  oud=oud, nieuw=data))
    return data


@router.get("/schemas", dependencies=[PRODUCTTYPEN_LEZEN])
async def schemas_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    async def serialize(rows):
        return [represent.jsonschema_out(r) for r in rows]

    return await api.list_response(request, session, SCHEMA_FILTERS, select(JsonSchema), JsonSchema.id, serialize)


@router.post("/schemas", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def schemas_create(body: JsonSchemaIn, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    row = JsonSchema()
    data = await _write_schema(request, session, row, body, creating=True, partial=False, actie="create")
    return json_response(data, 201, {"Location": _url(request, "schemas", row.id)})


@router.get("/schemas/{id}", dependencies=[PRODUCTTYPEN_LEZEN])
async def schemas_retrieve(id: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return detail_response(request, represent.jsonschema_out(await _schema(session, id)))


@router.put("/schemas/{id}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def schemas_update(id: str, body: JsonSchemaIn, request: Request,
                         session: AsyncSession = Depends(get_write_session)) -> Response:
    row = await _schema(session, id)
    return json_response(await _write_schema(request, session, row, body, creating=False, partial=False, actie="update"))


@router.patch("/schemas/{id}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def schemas_partial_update(id: str, body: JsonSchemaPatch, request: Request,
                                 session: AsyncSession = Depends(get_write_session)) -> Response:
    row = await _schema(session, id)
    return json_response(await _write_schema(request, session, row, body, creating=False, partial=True,
                                             actie="partial_update"))


@router.delete("/schemas/{id}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def schemas_destroy(id: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    row = await _schema(session, id)
    used = await session.scalar(select(exists().where(
        (ProductType.verbruiksobject_schema_id == row.id) | (ProductType.dataobject_schema_id == row.id))))
    if used:
        raise rules.fail(NON_FIELD_ERRORS, "protected", "Dit schema is in gebruik bij een producttype en kan niet worden verwijderd.")
    oud = represent.jsonschema_out(row)
    await session.delete(row)
    await session.flush()
    await api.commit(session, request, api.change("destroy", "schema", _url(request, "schemas", row.id), weergave=row.naam, oud=oud))
    return Response(status_code=204)
