"""/bestanden of the Producttypen API: files about a producttype (a leaflet, a form), uploaded as
multipart/form-data with the fields ``bestand`` (the file) and ``producttype_uuid``.

prd-023: a bestand belongs to an existing producttype, has a file name and content, and is at
most REGISTRIES_BESTANDEN_MAX_BYTES long. The file is kept in REGISTRIES_BESTANDEN_DIR under a
random name (common/uploads.py) and served back at ``/bestanden/{uuid}/download``, the URL in
the field ``bestand``. A write stores the new file first and commits the row (with its audit
trail entry) after; a write that fails removes the new file, a write that succeeds removes the
file it replaced. Like the other resources of this API, a bestand sends no notifications.
"""

from typing import Any
from uuid import UUID

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import FormData, UploadFile
from starlette.responses import Response

from common.errors import InvalidParam, ValidationProblem
from common.responses import base_url, detail_response, json_response
from common.uploads import FileStore, StoredFile, client_filename, read_form
from registries.producten import api, store
from registries.producten.access import PRODUCTTYPEN_LEZEN, PRODUCTTYPEN_SCHRIJVEN
from registries.producten.filters import BESTAND_FILTERS
from registries.producten.models import Bestand, ProductType
from registries.producten.represent import PRODUCTTYPEN_ROOT, bestand_url, producttype_url
from registries.producten.routes_producttypen import router

FILE, PRODUCTTYPE = "bestand", "producttype_uuid"


def file_store(request: Request) -> FileStore:
    return FileStore(request.app.state.settings.bestanden_dir)


async def stored_files_of(session: AsyncSession, producttype_id: int) -> list[str]:
    """The stored names of a producttype's files: to remove once the producttype is gone."""
    return list((await session.scalars(select(Bestand.opslag).where(Bestand.producttype_id == producttype_id))).all())


async def _represent(session: AsyncSession, request: Request, rows: list[Bestand]) -> list[dict[str, Any]]:
    base = base_url(request)
    uuids = dict((await session.execute(select(ProductType.id, ProductType.uuid).where(
        ProductType.id.in_({r.producttype_id for r in rows})))).all()) if rows else {}
    return [{"uuid": str(r.uuid), "bestand": bestand_url(base, r.uuid), "producttype_uuid": str(uuids[r.producttype_id])}
            for r in rows]


def _url(request: Request, row: Bestand) -> str:
    return f"{base_url(request)}{PRODUCTTYPEN_ROOT}/bestanden/{row.uuid}"


# --------------------------------------------------------------------------- the form (prd-023)


def _parse(form: FormData, *, partial: bool) -> tuple[UploadFile | None, str, UUID | None]:
    """The file, its name and the producttype's uuid from the form; every broken field named."""
    errors: list[InvalidParam] = []
    upload, naam, producttype = None, "", None
    value = form.get(FILE)
    if value is None:
        if not partial:
            errors.append(InvalidParam(FILE, "required", "Er is geen bestand meegestuurd."))
    elif not isinstance(value, UploadFile):
        errors.append(InvalidParam(FILE, "invalid", "Stuur een bestand (een deel met een bestandsnaam), geen tekst."))
    else:
        naam = client_filename(value.filename)
        if not naam:
            errors.append(InvalidParam(FILE, "invalid", "Het bestand heeft geen (bruikbare) bestandsnaam."))
        elif value.size == 0:
            errors.append(InvalidParam(FILE, "empty", "Het bestand is leeg."))
        else:
            upload = value
    raw = form.get(PRODUCTTYPE)
    if raw is None or raw == "":
        if not partial or raw == "":
            errors.append(InvalidParam(PRODUCTTYPE, "required", "Er is geen producttype_uuid meegestuurd."))
    elif not isinstance(raw, str):
        errors.append(InvalidParam(PRODUCTTYPE, "invalid", "producttype_uuid is tekst (een uuid), geen bestand."))
    else:
        try:
            producttype = UUID(raw)
        except ValueError:
            errors.append(InvalidParam(PRODUCTTYPE, "invalid", "Dit is geen geldige uuid."))
    if errors:
        raise ValidationProblem(errors)
    return upload, naam, producttype


async def _producttype_id(session: AsyncSession, key: UUID) -> int:
    return (await store.producttype_by_uuid(session, key)).id


async def _locked(session: AsyncSession, key: str) -> Bestand:
    """The bestand, locked until the commit (PostgreSQL): of two replacements at once, the second
    reads the file the first stored, so it removes that one and no file is left behind."""
    row = await session.scalar(select(Bestand).where(Bestand.uuid == api.parse_uuid(key, "bestand")).with_for_update())
    if row is None:
        raise api.not_found("bestand", key)
    return row


async def _write(request: Request, key: str | None, *, partial: bool) -> dict[str, Any]:
    """Create (``key`` None) or change a bestand: read the form, check it, store the file,
    then commit the row; the new file is removed when anything after storing it fails."""
    limit = request.app.state.settings.bestanden_max_bytes
    form = await read_form(request, limit, FILE)
    try:
        upload, naam, producttype = _parse(form, partial=partial)
        files = file_store(request)
        if key is not None:  # an unknown bestand is a 404 before anything is stored
            async with request.app.state.sessionmaker() as session:
                await api.by_uuid(session, Bestand, key, "bestand")
        if producttype is not None:  # and an unknown producttype a 400
            async with request.app.state.sessionmaker() as session:
                await _producttype_id(session, producttype)
        stored: StoredFile | None = await files.save(upload, limit, FILE) if upload is not None else None
    finally:
        await form.close()
    replaced = None
    try:
        async with request.app.state.write_sessionmaker() as session:
            row = Bestand(aanmaak_datum=store.now()) if key is None else await _locked(session, key)
            oud = None if key is None else (await _represent(session, request, [row]))[0]
            if producttype is not None:
                row.producttype_id = await _producttype_id(session, producttype)
            if stored is not None:
                replaced = row.opslag or None
                row.naam, row.opslag, row.grootte = naam, stored.name, stored.size
            session.add(row)
            await session.flush()
            data = (await _represent(session, request, [row]))[0]
            hoofd = producttype_url(base_url(request), UUID(data[PRODUCTTYPE]))
            actie = "create" if key is None else "partial_update" if partial else "update"
            await api.commit(session, request, api.change(actie, "bestand", _url(request, row), hoofd=hoofd,
                                                          weergave=row.naam, oud=oud, nieuw=data))
    except BaseException:
        if stored is not None:
            files.remove(stored.name)
        raise
    if replaced:
        files.remove(replaced)
    return data


# --------------------------------------------------------------------------- routes


@router.get("/bestanden", dependencies=[PRODUCTTYPEN_LEZEN])
async def bestanden_list(request: Request) -> Response:
    async with request.app.state.sessionmaker() as session:
        async def serialize(rows):
            return await _represent(session, request, list(rows))

        return await api.list_response(request, session, BESTAND_FILTERS, select(Bestand), Bestand.id, serialize)


@router.post("/bestanden", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def bestanden_create(request: Request) -> Response:
    data = await _write(request, None, partial=False)
    return json_response(data, 201, {"Location": f"{base_url(request)}{PRODUCTTYPEN_ROOT}/bestanden/{data['uuid']}"})


@router.get("/bestanden/{uuid}", dependencies=[PRODUCTTYPEN_LEZEN])
async def bestanden_retrieve(uuid: str, request: Request) -> Response:
    async with request.app.state.sessionmaker() as session:
        row = await api.by_uuid(session, Bestand, uuid, "bestand")
        return detail_response(request, (await _represent(session, request, [row]))[0])


@router.put("/bestanden/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def bestanden_update(uuid: str, request: Request) -> Response:
    return json_response(await _write(request, uuid, partial=False))


@router.patch("/bestanden/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def bestanden_partial_update(uuid: str, request: Request) -> Response:
    return json_response(await _write(request, uuid, partial=True))


@router.delete("/bestanden/{uuid}", dependencies=[PRODUCTTYPEN_SCHRIJVEN])
async def bestanden_destroy(uuid: str, request: Request) -> Response:
    async with request.app.state.write_sessionmaker() as session:
        row = await api.by_uuid(session, Bestand, uuid, "bestand")
        oud = (await _represent(session, request, [row]))[0]
        hoofd = producttype_url(base_url(request), UUID(oud[PRODUCTTYPE]))
        await session.delete(row)
        await session.flush()
        await api.commit(session, request, api.change("destroy", "bestand", _url(request, row), hoofd=hoofd,
                                                      weergave=row.naam, oud=oud))
    file_store(request).remove(row.opslag)
    return Response(status_code=204)


@router.get("/bestanden/{uuid}/download", dependencies=[PRODUCTTYPEN_LEZEN])
async def bestanden_download(uuid: str, request: Request) -> Response:
    async with request.app.state.sessionmaker() as session:
        row = await api.by_uuid(session, Bestand, uuid, "bestand")
    return file_store(request).download(row.opslag, row.naam)
