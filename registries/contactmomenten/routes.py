"""Endpoints of the Contactmomenten API: contactmomenten (with their audit trail),
klantcontactmomenten and objectcontactmomenten.

Thin: parse, authorise, apply the rules (rules.py), store with the audit trail entry and the
notification on channel ``contactmomenten`` in one transaction, answer. The main object of every
audit trail entry and notification is the contactmoment.

Objectcontactmomenten of a zaak are made and removed by the Zaken API (zrc-025). For that it
uses ``create_objectcontactmoment`` and ``destroy_objectcontactmoment`` below: through the HTTP
routes from another deployment, or in-process, in its own transaction, when both registries run
in one server (see ``registry.collections`` in __init__.py).
"""

from datetime import UTC, datetime
from typing import Any
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
from common.errors import NON_FIELD_ERRORS, InvalidParam, Problem, ValidationProblem
from common.filters import FilterSet
from common.pagination import page_request, paginate
from common.platform.models import AuditTrail
from common.responses import base_url, created_response, detail_response, json_response
from registries.contactmomenten import filters, rules
from registries.contactmomenten.models import ContactMoment, KlantContactMoment, ObjectContactMoment
from registries.contactmomenten.schemas import (
    ContactMomentIn, ContactMomentPatch, KlantContactMomentIn, KlantContactMomentPatch, ObjectContactMomentIn,
)
from registries.contactmomenten.serialize import expand, moment, rows_out, url

router = APIRouter()
cmc = Authorizer(component="cmc")
LEZEN = Depends(cmc.require("contactmomenten.lezen"))
AANMAKEN = Depends(cmc.require("contactmomenten.aanmaken"))
BIJWERKEN = Depends(cmc.require("contactmomenten.bijwerken"))
VERWIJDEREN = Depends(cmc.require("contactmomenten.verwijderen"))
AUDITTRAILS = Depends(cmc.require("audittrails.lezen"))
KANAAL = "contactmomenten"
NAMES = {ContactMoment: "contactmoment", KlantContactMoment: "klantcontactmoment",
         ObjectContactMoment: "objectcontactmoment"}


# --------------------------------------------------------------------------- shared steps


def not_found(what: str, key: Any) -> Problem:
    return Problem(404, f"Er bestaat geen {what} met uuid {key}.")


async def load(session: AsyncSession, model, key: str | UUID):
    try:
        uuid = key if isinstance(key, UUID) else UUID(key)
    except ValueError:
        raise not_found(NAMES[model], key) from None
    row = await session.scalar(select(model).where(model.uuid == uuid))
    if row is None:
        raise not_found(NAMES[model], key)
    return row


async def out(session: AsyncSession, request: Request, row) -> dict[str, Any]:
    [data] = await rows_out(session, base_url(request), [row])
    return data


async def record(request: Request, session: AsyncSession, contactmoment: ContactMoment, resource: str, actie: str,
                 oud: dict | None, nieuw: dict | None) -> None:
    """The audit trail entry and the notification of one write, under its contactmoment."""
    base = base_url(request)
    data = nieuw or oud or {}
    await changes.record(session, request, Change(
        bron="CMC", actie=actie, resource=resource, resource_url=data["url"],
        hoofd_object=url(base, "contactmomenten", contactmoment.uuid), resource_weergave=resource,
        oud=oud, nieuw=nieuw, kanaal=KANAAL, kenmerken={"bronorganisatie": contactmoment.bronorganisatie}))


async def commit(request: Request, session: AsyncSession) -> None:
    await session.commit()
    changes.committed(request)


def parse_expand(raw: str) -> list[str]:
    names = [name.strip() for name in raw.split(",") if name.strip()]
    wrong = [name for name in names if name not in filters.EXPANDABLE]
    if wrong:
        raise ValidationProblem([InvalidParam("expand", "invalid_choice",
                                              f"Kies uit: {', '.join(filters.EXPANDABLE)}.")])
    return list(dict.fromkeys(names))


def only_parameters(request: Request, known: set[str]) -> None:
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unknown-parameters",
                                              f"Onbekende query-parameters: {', '.join(unknown)}.")])


async def answer_list(request: Request, session: AsyncSession, model, filterset: FilterSet,
                      names: list[str] | None = None) -> Response:
    query = dict(request.query_params)
    stmt = filterset.apply(select(model), query, tiebreak=model.id)
    settings = request.app.state.settings
    page = page_request(query, settings.page_size, settings.max_page_size)
    base = base_url(request)

    async def serialize(rows):
        results = await rows_out(session, base, rows)
        if names:
            await expand(session, base, results, names)
        return results

    return json_response(await paginate(session, stmt, request, page, base, serialize))


def refuse_nulls(body, sent: set[str], fields: tuple[str, ...]) -> None:
    nulls = [name for name in fields if name in sent and getattr(body, name) is None]
    if nulls:
        raise ValidationProblem([InvalidParam(_camel(name), "null", "Dit veld mag niet null zijn.") for name in nulls])


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


# --------------------------------------------------------------------------- contactmomenten


@router.get("/contactmomenten", dependencies=[LEZEN])
async def contactmoment_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    names = parse_expand(request.query_params.get("expand", ""))
    return await answer_list(request, session, ContactMoment, filters.CONTACTMOMENT_FILTERS, names)


@router.get("/contactmomenten/{uuid}", dependencies=[LEZEN])
async def contactmoment_read(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    only_parameters(request, {"expand"})
    names = parse_expand(request.query_params.get("expand", ""))
    row = await load(session, ContactMoment, uuid)
    data = await out(session, request, row)
    if names:
        await expand(session, base_url(request), [data], names)
    return detail_response(request, data)


def _store(row: ContactMoment, body: ContactMomentIn, sent: set[str]) -> None:
    for name in ("bronorganisatie", "kanaal", "voorkeurskanaal", "voorkeurstaal", "tekst", "initiatiefnemer",
                 "medewerker"):
        if name in sent:
            setattr(row, name, getattr(body, name))
    if "registratiedatum" in sent and body.registratiedatum is not None:
        row.registratiedatum = body.registratiedatum
    if "onderwerp_links" in sent:
        row.onderwerp_links = list(body.onderwerp_links or [])
    if "medewerker_identificatie" in sent:
        medewerker = body.medewerker_identificatie
        row.medewerker_identificatie = medewerker.identificatie if medewerker else ""
        row.medewerker_achternaam = medewerker.achternaam if medewerker else ""
        row.medewerker_voorletters = medewerker.voorletters if medewerker else ""
        row.medewerker_voorvoegsel_achternaam = medewerker.voorvoegsel_achternaam if medewerker else ""


async def _flush(session: AsyncSession, code: str, name: str, reason: str) -> None:
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise ValidationProblem([InvalidParam(name, code, reason)]) from None


@router.post("/contactmomenten", dependencies=[AANMAKEN])
async def contactmoment_create(body: ContactMomentIn, request: Request,
                               session: AsyncSession = Depends(get_write_session)) -> Response:
    """cmc-001 (vorigContactmoment)."""
    vorig_id = await rules.check_vorig(request, session, body.vorig_contactmoment, None)
    row = ContactMoment(vorig_id=vorig_id, registratiedatum=body.registratiedatum or _now())
    _store(row, body, set(ContactMomentIn.model_fields))
    session.add(row)
    await _flush(session, "unique", "vorigContactmoment", "Op dit contactmoment volgt al een ander contactmoment.")
    data = await out(session, request, row)
    await record(request, session, row, "contactmoment", "create", None, data)
    await commit(request, session)
    return created_response(data)


def _now() -> datetime:
    return datetime.now(UTC)


async def _update(uuid: str, body: ContactMomentPatch, sent: set[str], request: Request, session: AsyncSession,
                  actie: str) -> Response:
    row = await load(session, ContactMoment, uuid)
    refuse_nulls(body, sent, ("bronorganisatie", "kanaal", "voorkeurskanaal", "voorkeurstaal", "tekst",
                              "onderwerp_links", "initiatiefnemer", "medewerker"))
    before = await out(session, request, row)
    if "vorig_contactmoment" in sent:
        row.vorig_id = await rules.check_vorig(request, session, body.vorig_contactmoment, row)
    _store(row, body, sent)
    await _flush(session, "unique", "vorigContactmoment", "Op dit contactmoment volgt al een ander contactmoment.")
    data = await out(session, request, row)
    await record(request, session, row, "contactmoment", actie, before, data)
    await commit(request, session)
    return json_response(data)


@router.put("/contactmomenten/{uuid}", dependencies=[BIJWERKEN])
async def contactmoment_update(uuid: str, body: ContactMomentIn, request: Request,
                               session: AsyncSession = Depends(get_write_session)) -> Response:
    sent = set(ContactMomentIn.model_fields)
    return await _update(uuid, ContactMomentPatch(**body.model_dump()), sent, request, session, "update")


@router.patch("/contactmomenten/{uuid}", dependencies=[BIJWERKEN])
async def contactmoment_partial_update(uuid: str, body: ContactMomentPatch, request: Request,
                                       session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _update(uuid, body, set(body.model_fields_set), request, session, "partial_update")


@router.delete("/contactmomenten/{uuid}", dependencies=[VERWIJDEREN])
async def contactmoment_delete(uuid: str, request: Request,
                               session: AsyncSession = Depends(get_write_session)) -> Response:
    """Takes its klant- and objectcontactmomenten along (ON DELETE CASCADE); a contactmoment that
    followed it keeps no vorigContactmoment."""
    row = await load(session, ContactMoment, uuid)
    before = await out(session, request, row)
    await session.delete(row)
    await session.flush()
    await record(request, session, row, "contactmoment", "destroy", before, None)
    await commit(request, session)
    return Response(status_code=204)


# --------------------------------------------------------------------------- audit trail


def audittrail_out(row: AuditTrail) -> dict[str, Any]:
    wijzigingen = {key: value for key, value in (("oud", row.oud), ("nieuw", row.nieuw)) if value is not None}
    return {
        "uuid": str(row.uuid), "bron": row.bron.lower(), "applicatieId": row.applicatie_id,
        "applicatieWeergave": row.applicatie_weergave, "gebruikersId": row.gebruikers_id,
        "gebruikersWeergave": row.gebruikers_weergave, "actie": row.actie, "actieWeergave": row.actie_weergave,
        "resultaat": row.resultaat, "hoofdObject": row.hoofd_object, "resource": row.resource,
        "resourceUrl": row.resource_url, "toelichting": row.toelichting, "resourceWeergave": row.resource_weergave,
        "aanmaakdatum": moment(row.aanmaakdatum), "wijzigingen": wijzigingen,
    }


@router.get("/contactmomenten/{contactmoment_uuid}/audittrail", dependencies=[AUDITTRAILS])
async def audittrail_list(contactmoment_uuid: str, request: Request,
                          session: AsyncSession = Depends(get_session)) -> Response:
    """Every write on the contactmoment and on its links, oldest first."""
    row = await load(session, ContactMoment, contactmoment_uuid)
    rows = (await session.scalars(
        select(AuditTrail).where(AuditTrail.hoofd_object == url(base_url(request), "contactmomenten", row.uuid))
        .order_by(AuditTrail.aanmaakdatum, AuditTrail.id))).all()
    return json_response([audittrail_out(item) for item in rows])


@router.get("/contactmomenten/{contactmoment_uuid}/audittrail/{uuid}", dependencies=[AUDITTRAILS])
async def audittrail_read(contactmoment_uuid: str, uuid: str, request: Request,
                          session: AsyncSession = Depends(get_session)) -> Response:
    row = await load(session, ContactMoment, contactmoment_uuid)
    try:
        key = UUID(uuid)
    except ValueError:
        raise not_found("audittrail", uuid) from None
    entry = await session.scalar(select(AuditTrail).where(
        AuditTrail.uuid == key, AuditTrail.hoofd_object == url(base_url(request), "contactmomenten", row.uuid)))
    if entry is None:
        raise not_found("audittrail", uuid)
    return detail_response(request, audittrail_out(entry))


# --------------------------------------------------------------------------- klantcontactmomenten


KLANT_UNIQUE = "Deze klant heeft in deze rol al een koppeling met dit contactmoment."


@router.get("/klantcontactmomenten", dependencies=[LEZEN])
async def klantcontactmoment_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await answer_list(request, session, KlantContactMoment, filters.KLANTCONTACTMOMENT_FILTERS)


@router.get("/klantcontactmomenten/{uuid}", dependencies=[LEZEN])
async def klantcontactmoment_read(uuid: str, request: Request,
                                  session: AsyncSession = Depends(get_session)) -> Response:
    return detail_response(request, await out(session, request, await load(session, KlantContactMoment, uuid)))


async def _klant_unique(session: AsyncSession, cm_id: int, klant: str, rol: str, own_id: int | None) -> None:
    """cmc-002: one klantcontactmoment per contactmoment, klant and rol."""
    found = await session.scalar(select(KlantContactMoment.id).where(
        KlantContactMoment.contactmoment_id == cm_id, KlantContactMoment.klant == klant, KlantContactMoment.rol == rol))
    if found is not None and found != own_id:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unique", KLANT_UNIQUE)])


@router.post("/klantcontactmomenten", dependencies=[AANMAKEN])
async def klantcontactmoment_create(body: KlantContactMomentIn, request: Request,
                                    session: AsyncSession = Depends(get_write_session)) -> Response:
    """cmc-002 (the contactmoment is ours; unique per klant and rol), cmc-003 (the klant)."""
    contactmoment = await rules.contactmoment_from_url(request, session, body.contactmoment)
    await rules.check_klant(request, session, body.klant)
    await _klant_unique(session, contactmoment.id, body.klant, body.rol, None)
    row = KlantContactMoment(contactmoment_id=contactmoment.id, klant=body.klant, rol=body.rol, gelezen=body.gelezen)
    session.add(row)
    await _flush(session, "unique", NON_FIELD_ERRORS, KLANT_UNIQUE)
    data = await out(session, request, row)
    await record(request, session, contactmoment, "klantcontactmoment", "create", None, data)
    await commit(request, session)
    return created_response(data)


async def _klant_update(uuid: str, body: KlantContactMomentPatch, sent: set[str], request: Request,
                        session: AsyncSession, actie: str) -> Response:
    row = await load(session, KlantContactMoment, uuid)
    refuse_nulls(body, sent, ("contactmoment", "klant", "rol", "gelezen"))
    before = await out(session, request, row)
    contactmoment_id, klant, rol = row.contactmoment_id, row.klant, row.rol
    if "contactmoment" in sent:
        contactmoment_id = (await rules.contactmoment_from_url(request, session, body.contactmoment)).id
    if "klant" in sent and body.klant != row.klant:
        await rules.check_klant(request, session, body.klant)
        klant = body.klant
    if "rol" in sent:
        rol = body.rol
    await _klant_unique(session, contactmoment_id, klant, rol, row.id)
    row.contactmoment_id, row.klant, row.rol = contactmoment_id, klant, rol
    if "gelezen" in sent:
        row.gelezen = body.gelezen
    await _flush(session, "unique", NON_FIELD_ERRORS, KLANT_UNIQUE)
    data = await out(session, request, row)
    contactmoment = await session.scalar(select(ContactMoment).where(ContactMoment.id == row.contactmoment_id))
    await record(request, session, contactmoment, "klantcontactmoment", actie, before, data)
    await commit(request, session)
    return json_response(data)


@router.put("/klantcontactmomenten/{uuid}", dependencies=[AANMAKEN])
async def klantcontactmoment_update(uuid: str, body: KlantContactMomentIn, request: Request,
                                    session: AsyncSession = Depends(get_write_session)) -> Response:
    """From the Open Klant 1 dialect, with its scope (contactmomenten.aanmaken)."""
    sent = set(KlantContactMomentIn.model_fields)
    return await _klant_update(uuid, KlantContactMomentPatch(**body.model_dump()), sent, request, session, "update")


@router.patch("/klantcontactmomenten/{uuid}", dependencies=[AANMAKEN])
async def klantcontactmoment_partial_update(uuid: str, body: KlantContactMomentPatch, request: Request,
                                            session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _klant_update(uuid, body, set(body.model_fields_set), request, session, "partial_update")


@router.delete("/klantcontactmomenten/{uuid}", dependencies=[VERWIJDEREN])
async def klantcontactmoment_delete(uuid: str, request: Request,
                                    session: AsyncSession = Depends(get_write_session)) -> Response:
    row = await load(session, KlantContactMoment, uuid)
    before = await out(session, request, row)
    contactmoment = await session.scalar(select(ContactMoment).where(ContactMoment.id == row.contactmoment_id))
    await session.delete(row)
    await session.flush()
    await record(request, session, contactmoment, "klantcontactmoment", "destroy", before, None)
    await commit(request, session)
    return Response(status_code=204)


# --------------------------------------------------------------------------- objectcontactmomenten


OBJECT_UNIQUE = "Dit object heeft al een koppeling met dit contactmoment."


@router.get("/objectcontactmomenten", dependencies=[LEZEN])
async def objectcontactmoment_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await answer_list(request, session, ObjectContactMoment, filters.OBJECTCONTACTMOMENT_FILTERS)


@router.get("/objectcontactmomenten/{uuid}", dependencies=[LEZEN])
async def objectcontactmoment_read(uuid: str, request: Request,
                                   session: AsyncSession = Depends(get_session)) -> Response:
    return detail_response(request, await out(session, request, await load(session, ObjectContactMoment, uuid)))


async def create_objectcontactmoment(request: Request, session: AsyncSession, body: dict[str, Any]) -> dict[str, Any]:
    """zrc-025 and cmc-002; flushed and recorded, not committed (the caller commits)."""
    try:
        parsed = ObjectContactMomentIn.model_validate(body)
    except ValueError:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "invalid", "Ongeldig objectcontactmoment.")]) from None
    contactmoment = await rules.contactmoment_from_url(request, session, parsed.contactmoment)
    cm_url = url(base_url(request), "contactmomenten", contactmoment.uuid)
    exists = await session.scalar(select(ObjectContactMoment.id).where(
        ObjectContactMoment.contactmoment_id == contactmoment.id, ObjectContactMoment.object == parsed.object))
    if exists is not None:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unique", OBJECT_UNIQUE)])
    await rules.check_object_create(request, session, parsed.object, cm_url)
    row = ObjectContactMoment(contactmoment_id=contactmoment.id, object=parsed.object, object_type=parsed.object_type)
    session.add(row)
    await _flush(session, "unique", NON_FIELD_ERRORS, OBJECT_UNIQUE)
    data = await out(session, request, row)
    await record(request, session, contactmoment, "objectcontactmoment", "create", None, data)
    return data


async def destroy_objectcontactmoment(request: Request, session: AsyncSession, key: UUID) -> None:
    """zrc-025; flushed and recorded, not committed (the caller commits)."""
    row = await load(session, ObjectContactMoment, key)
    before = await out(session, request, row)
    await rules.check_object_destroy(request, session, row.object, before["contactmoment"])
    contactmoment = await session.scalar(select(ContactMoment).where(ContactMoment.id == row.contactmoment_id))
    await session.delete(row)
    await session.flush()
    await record(request, session, contactmoment, "objectcontactmoment", "destroy", before, None)


async def search_objectcontactmomenten(session: AsyncSession, base: str, params) -> list[dict[str, Any]]:
    """zrc-025, for the Zaken API in this server: the objectcontactmomenten that match ``params``."""
    stmt = filters.OBJECTCONTACTMOMENT_FILTERS.apply(select(ObjectContactMoment), dict(params),
                                                     tiebreak=ObjectContactMoment.id)
    return await rows_out(session, base, list((await session.scalars(stmt)).all()))


@router.post("/objectcontactmomenten", dependencies=[AANMAKEN])
async def objectcontactmoment_create(body: ObjectContactMomentIn, request: Request,
                                     session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-025: only for a zaak whose Zaken API already has the relation."""
    data = await create_objectcontactmoment(request, session, body.model_dump(by_alias=True))
    await commit(request, session)
    return created_response(data)


@router.delete("/objectcontactmomenten/{uuid}", dependencies=[VERWIJDEREN])
async def objectcontactmoment_delete(uuid: str, request: Request,
                                     session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-025: only when the Zaken API no longer has the relation."""
    row = await load(session, ObjectContactMoment, uuid)
    await destroy_objectcontactmoment(request, session, row.uuid)
    await commit(request, session)
    return Response(status_code=204)
