"""Endpoints of the objects that belong to a zaak: statussen, resultaten, rollen, zaakobjecten,
zaakinformatieobjecten, klantcontacten, zaakcontactmomenten, zaakverzoeken, and (nested under
the zaak) zaakeigenschappen and besluiten. They register on the router of routes.py, so the
Zaken API is one router (as test_contract_routes reads it).

Every object is read and written under its zaak's autorisatie (zrc-006): lists are filtered
at the source on the zaak's zaaktype and vertrouwelijkheidaanduiding, and a write on a closed
zaak needs zaken.geforceerd-bijwerken (zrc-007).
"""

from datetime import UTC, datetime
from functools import lru_cache
from uuid import uuid4

from fastapi import Depends, Request
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common import changes, validation
from common.db import get_session, get_write_session
from common.errors import NON_FIELD_ERRORS, InvalidParam, ValidationProblem
from common.filters import FilterSet
from common.pagination import page_request
from common.responses import base_url, detail_response, json_response
from registries.zaken import filters, rules
from registries.zaken.access import limits_condition
from registries.zaken.listing import paginate_rows
from registries.zaken.models import (
    KlantContact,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakBesluit,
    ZaakContactMoment,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
    ZaakVerzoek,
)
from registries.zaken.routes import load_zaak, log_bsns, not_found, parse_uuid, router, zaak_change, zrc
from registries.zaken.schemacheck import SchemaChecker
from registries.zaken.schemas import (
    KlantContactIn,
    ResultaatIn,
    ResultaatPatch,
    RolIn,
    StatusIn,
    ZaakBesluitIn,
    ZaakContactMomentIn,
    ZaakEigenschapIn,
    ZaakEigenschapPatch,
    ZaakInformatieObjectIn,
    ZaakInformatieObjectPatch,
    ZaakObjectIn,
    ZaakObjectPatch,
    ZaakVerzoekIn,
    url,
)
from registries.zaken.serialize import rows_out

LEZEN = Depends(zrc.require("zaken.lezen"))
BIJWERKEN_SCOPES = ("zaken.bijwerken", "zaken.geforceerd-bijwerken")
BIJWERKEN = Depends(zrc.require(*BIJWERKEN_SCOPES))
ALLEEN_BIJWERKEN = Depends(zrc.require("zaken.bijwerken"))
STATUS_SCOPES = ("zaken.aanmaken", "zaken.statussen.toevoegen", "zaken.heropenen")
AANMAKEN_OF_BIJWERKEN = ("zaken.aanmaken", "zaken.bijwerken", "zaken.geforceerd-bijwerken")
VERWIJDEREN_SCOPES = ("zaken.bijwerken", "zaken.geforceerd-bijwerken", "zaken.verwijderen")

COLLECTIONS = {
    Status: "statussen", Resultaat: "resultaten", Rol: "rollen", ZaakObject: "zaakobjecten",
    ZaakInformatieObject: "zaakinformatieobjecten", KlantContact: "klantcontacten",
    ZaakContactMoment: "zaakcontactmomenten", ZaakVerzoek: "zaakverzoeken",
}
NAMES = {
    Status: "status", Resultaat: "resultaat", Rol: "rol", ZaakObject: "zaakobject",
    ZaakInformatieObject: "zaakinformatieobject", KlantContact: "klantcontact",
    ZaakContactMoment: "zaakcontactmoment", ZaakVerzoek: "zaakverzoek", ZaakEigenschap: "zaakeigenschap",
    ZaakBesluit: "zaakbesluit",
}
# The resources and actions the standard notifies on channel "zaken"; other writes are audited only.
NOTIFIED = {
    ("status", "create"), ("zaakobject", "create"), ("zaakobject", "update"), ("zaakobject", "partial_update"),
    ("zaakobject", "destroy"), ("zaakinformatieobject", "create"), ("zaakeigenschap", "create"),
    ("zaakeigenschap", "update"), ("zaakeigenschap", "partial_update"), ("zaakeigenschap", "destroy"),
    ("klantcontact", "create"), ("rol", "create"), ("rol", "destroy"), ("resultaat", "create"),
    ("resultaat", "update"), ("resultaat", "partial_update"), ("resultaat", "destroy"), ("zaakbesluit", "create"),
    ("zaakcontactmoment", "create"), ("zaakverzoek", "create"),
}


@lru_cache
def contract_checker() -> SchemaChecker:
    """The contract this API serves (the app's cached copy, parsed once per process)."""
    from common.app import load_registries  # late: the app factory imports the registries

    [api] = [api for registry in load_registries(["zaken"]) for api in registry.apis if api.root == "/zaken/api/v1"]
    return SchemaChecker(api.contract.document)


def now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- shared steps


async def _list(request: Request, session: AsyncSession, model, filterset: FilterSet, paginated: bool = True,
                zaak_id: int | None = None) -> Response:
    query = dict(request.query_params)
    stmt = select(model)
    limits = request.state.principal.limits("zrc", ["zaken.lezen"], "zaaktype")
    if limits is not None:
        stmt = stmt.join(Zaak, Zaak.id == model.zaak_id).where(
            limits_condition(limits, Zaak.zaaktype, Zaak.vertrouwelijkheid_rank))
    if zaak_id is not None:
        stmt = stmt.where(model.zaak_id == zaak_id)
    stmt = filterset.apply(stmt, query, tiebreak=model.id)
    base = base_url(request)
    shown: list[tuple[str, set[str]]] = []

    async def serialize(rows):
        results = await rows_out(session, base, rows)
        shown.extend((r["url"], {row.inp_bsn}) for r, row in zip(results, rows) if isinstance(row, Rol) and row.inp_bsn)
        return results

    if paginated:
        settings = request.app.state.settings
        page = page_request(query, settings.page_size, settings.max_page_size)
        data = await paginate_rows(session, model, request, page, base, serialize, stmt=stmt)
    else:
        data = await serialize(list((await session.scalars(stmt)).all()))
    await log_bsns(request, "lezen", "rol", shown)
    return json_response(data)


async def _load(session: AsyncSession, model, key: str, zaak_id: int | None = None):
    stmt = select(model).where(model.uuid == parse_uuid(key, NAMES[model]))
    if zaak_id is not None:
        stmt = stmt.where(model.zaak_id == zaak_id)
    row = await session.scalar(stmt)
    if row is None:
        raise not_found(NAMES[model], key)
    return row


async def _zaak_of(session: AsyncSession, row) -> Zaak:
    return await session.scalar(select(Zaak).where(Zaak.id == row.zaak_id))


async def _retrieve(request: Request, session: AsyncSession, model, key: str, zaak_id: int | None = None) -> Response:
    row = await _load(session, model, key, zaak_id)
    rules.check_read(request.state.principal, await _zaak_of(session, row))
    [data] = await rows_out(session, base_url(request), [row])
    if isinstance(row, Rol) and row.inp_bsn:
        await log_bsns(request, "lezen", "rol", [(data["url"], {row.inp_bsn})])
    return detail_response(request, data)


async def _zaak_for_write(ctx: rules.Context, zaak_url: str, scopes: tuple[str, ...]) -> Zaak:
    zaak = await rules.zaak_from_url(ctx, zaak_url)
    rules.check_change(ctx.principal, zaak, scopes)
    return zaak


async def _record(request: Request, session: AsyncSession, zaak: Zaak, row, actie: str, oud: dict | None,
                  nieuw: dict | None, weergave: str = "") -> None:
    resource = NAMES[type(row)]
    base = base_url(request)
    change = zaak_change(zaak, base, actie, resource, (nieuw or oud)["url"], weergave or resource, oud, nieuw)
    if (resource, actie) not in NOTIFIED:
        change = type(change)(**{**change.__dict__, "kanaal": None})
    await changes.record(session, request, change)


async def _commit(request: Request, session: AsyncSession) -> None:
    await session.commit()
    changes.committed(request)


async def _out(session: AsyncSession, request: Request, row) -> dict:
    [data] = await rows_out(session, base_url(request), [row])
    return data


def _immutable(errors: list[InvalidParam]) -> None:
    if errors:
        raise ValidationProblem(errors)


async def _destroy(request: Request, session: AsyncSession, model, key: str, scopes: tuple[str, ...],
                   zaak_id: int | None = None) -> Response:
    row = await _load(session, model, key, zaak_id)
    zaak = await _zaak_of(session, row)
    rules.check_change(request.state.principal, zaak, scopes)
    before = await _out(session, request, row)
    await session.delete(row)
    await session.flush()
    await _record(request, session, zaak, row, "destroy", before, None)
    await _commit(request, session)
    if isinstance(row, Rol) and row.inp_bsn:
        await log_bsns(request, "verwijderen", "rol", [(before["url"], {row.inp_bsn})])
    return Response(status_code=204)


# --------------------------------------------------------------------------- statussen


@router.get("/statussen", dependencies=[LEZEN])
async def status_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, Status, filters.STATUS_FILTERS)


@router.api_route("/statussen/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN])
async def status_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, Status, uuid)


@router.post("/statussen", dependencies=[Depends(zrc.require(*STATUS_SCOPES))])
async def status_create(body: StatusIn, request: Request,
                        session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-016 (statustype of the zaaktype), zrc-007 (closing with the eindstatus) and
    zrc-008 (reopening a closed zaak with any other status)."""
    ctx = rules.Context(request, session)
    zaak = await rules.zaak_from_url(ctx, body.zaak)
    await rules.check_type_of_zaak(ctx, zaak, body.statustype, "statustypen", "statustype")
    eindstatus = await rules.eindstatus_of(ctx, zaak)
    closing = body.statustype == eindstatus
    principal = ctx.principal
    if zaak.einddatum is not None:
        wanted = ("zaken.geforceerd-bijwerken",) if closing else ("zaken.heropenen", "zaken.geforceerd-bijwerken")
        if not rules.may(principal, wanted, zaak.zaaktype, zaak.vertrouwelijkheidaanduiding):
            raise rules.forbidden("Deze zaak is afgesloten; heropenen kan alleen met de scope zaken.heropenen."
                                  if not closing else
                                  "Deze zaak is afgesloten; wijzigen kan alleen met zaken.geforceerd-bijwerken.")
    elif not rules.may(principal, STATUS_SCOPES, zaak.zaaktype, zaak.vertrouwelijkheidaanduiding):
        raise rules.forbidden()
    gezetdoor_id = None
    if body.gezetdoor:
        key = rules.local_uuid(ctx, body.gezetdoor, "rollen")
        rol = await session.scalar(select(Rol).where(Rol.uuid == key, Rol.zaak_id == zaak.id)) if key else None
        if rol is None:
            raise ValidationProblem([InvalidParam("gezetdoor", "invalid-resource",
                                                  "Geef een rol van deze zaak.")])
        gezetdoor_id = rol.id
    if closing:
        resultaat = await session.scalar(select(Resultaat).where(Resultaat.zaak_id == zaak.id))
        if resultaat is None:
            raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "resultaat-does-not-exist",
                                                  "Een zaak krijgt pas een eindstatus als ze een resultaat heeft.")])
        documents = (await session.scalars(select(ZaakInformatieObject.informatieobject)
                                           .where(ZaakInformatieObject.zaak_id == zaak.id))).all()
        await rules.check_documents_gebruiksrechten(ctx, list(documents))
        zaak.einddatum = body.datum_status_gezet.date()
        try:
            resultaattype = await ctx.fetch(resultaat.resultaattype)
        except rules.ReferenceError:
            resultaattype = {}
        await rules.apply_archiving(ctx, zaak, resultaattype, zaak.einddatum)
    elif zaak.einddatum is not None:
        rules.reopen(zaak)
    status = Status(zaak_id=zaak.id, statustype=body.statustype, datum_status_gezet=body.datum_status_gezet,
                    statustoelichting=body.statustoelichting, gezetdoor_id=gezetdoor_id)
    session.add(status)
    await session.flush()
    current = await session.scalar(select(Status).where(Status.id == zaak.status_id)) if zaak.status_id else None
    if current is None or _aware(status.datum_status_gezet) >= _aware(current.datum_status_gezet):
        await session.execute(update(Status).where(Status.zaak_id == zaak.id, Status.id != status.id)
                              .values(indicatie_laatst_gezette_status=False))
        status.indicatie_laatst_gezette_status = True
        zaak.status_id = status.id
    await session.flush()
    data = await _out(session, request, status)
    await _record(request, session, zaak, status, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- resultaten


@router.get("/resultaten", dependencies=[LEZEN])
async def resultaat_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, Resultaat, filters.RESULTAAT_FILTERS)


@router.api_route("/resultaten/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN])
async def resultaat_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, Resultaat, uuid)


@router.post("/resultaten", dependencies=[BIJWERKEN])
async def resultaat_create(body: ResultaatIn, request: Request,
                           session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-020: the resultaattype belongs to the zaaktype; one resultaat per zaak."""
    ctx = rules.Context(request, session)
    zaak = await _zaak_for_write(ctx, body.zaak, BIJWERKEN_SCOPES)
    await rules.check_type_of_zaak(ctx, zaak, body.resultaattype, "resultaattypen", "resultaattype")
    if await session.scalar(select(Resultaat.id).where(Resultaat.zaak_id == zaak.id)) is not None:
        raise ValidationProblem([InvalidParam("zaak", "unique", "Deze zaak heeft al een resultaat.")])
    row = Resultaat(zaak_id=zaak.id, resultaattype=body.resultaattype, toelichting=body.toelichting)
    session.add(row)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise ValidationProblem([InvalidParam("zaak", "unique", "Deze zaak heeft al een resultaat.")]) from None
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


async def _resultaat_update(uuid: str, body: ResultaatPatch, sent: set[str], request: Request,
                            session: AsyncSession, actie: str) -> Response:
    row = await _load(session, Resultaat, uuid)
    zaak = await _zaak_of(session, row)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, BIJWERKEN_SCOPES)
    before = await _out(session, request, row)
    if "zaak" in sent:
        _immutable(rules.check_immutable("zaak", before["zaak"], body.zaak))
    if "resultaattype" in sent and body.resultaattype is not None:
        await rules.check_type_of_zaak(ctx, zaak, body.resultaattype, "resultaattypen", "resultaattype")
        row.resultaattype = body.resultaattype
    if "toelichting" in sent:
        row.toelichting = body.toelichting
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, actie, before, data)
    await _commit(request, session)
    return json_response(data)


@router.put("/resultaten/{uuid}", dependencies=[BIJWERKEN])
async def resultaat_update(uuid: str, body: ResultaatIn, request: Request,
                           session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _resultaat_update(uuid, ResultaatPatch(**body.model_dump()), set(ResultaatIn.model_fields),
                                   request, session, "update")


@router.patch("/resultaten/{uuid}", dependencies=[BIJWERKEN])
async def resultaat_partial_update(uuid: str, body: ResultaatPatch, request: Request,
                                   session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _resultaat_update(uuid, body, set(body.model_fields_set), request, session, "partial_update")


@router.delete("/resultaten/{uuid}", dependencies=[BIJWERKEN])
async def resultaat_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _destroy(request, session, Resultaat, uuid, BIJWERKEN_SCOPES)


# --------------------------------------------------------------------------- rollen

ROL_SCHEMAS = {
    "natuurlijk_persoon": "RolNatuurlijkPersoon",
    "niet_natuurlijk_persoon": "RolNietNatuurlijkPersoon",
    "vestiging": "RolVestiging",
    "organisatorische_eenheid": "RolOrganisatorischeEenheid",
    "medewerker": "RolMedewerker",
}
# betrokkeneType -> ((field in betrokkeneIdentificatie, Rol column), ...)
ROL_INDEXED = {
    "natuurlijk_persoon": (("inpBsn", "inp_bsn"), ("anpIdentificatie", "anp_identificatie"),
                           ("inpA_nummer", "inp_a_nummer")),
    "niet_natuurlijk_persoon": (("innNnpId", "inn_nnp_id"), ("annIdentificatie", "ann_identificatie")),
    "vestiging": (("vestigingsNummer", "vestigings_nummer"),),
    "medewerker": (("identificatie", "medewerker_identificatie"),),
    "organisatorische_eenheid": (("identificatie", "organisatorische_eenheid_identificatie"),),
}


def check_betrokkene_identificatie(betrokkene_type: str, value: dict | None) -> None:
    """The betrokkeneIdentificatie has the shape of its betrokkeneType, as the contract describes
    it (RolNatuurlijkPersoon, RolVestiging ...); a BSN passes the 11-proef."""
    if value is None:
        return
    checker = contract_checker()
    errors = checker.errors(value, checker.schema(ROL_SCHEMAS[betrokkene_type]), "betrokkeneIdentificatie")
    bsn = value.get("inpBsn") if betrokkene_type == "natuurlijk_persoon" else None
    if isinstance(bsn, str) and bsn:
        try:
            validation.validate_bsn(bsn)
        except ValueError as exc:
            errors.append(InvalidParam("betrokkeneIdentificatie.inpBsn", "invalid", str(exc)))
    if errors:
        raise ValidationProblem(errors)


@router.get("/rollen", dependencies=[LEZEN])
async def rol_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, Rol, filters.ROL_FILTERS)


@router.api_route("/rollen/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN])
async def rol_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, Rol, uuid)


@router.post("/rollen", dependencies=[BIJWERKEN])
async def rol_create(body: RolIn, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-019: the roltype belongs to the zaaktype. A rol names its betrokkene by URL or by
    betrokkeneIdentificatie (or both)."""
    ctx = rules.Context(request, session)
    zaak = await _zaak_for_write(ctx, body.zaak, BIJWERKEN_SCOPES)
    if not body.betrokkene and not body.betrokkene_identificatie:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "invalid-betrokkene",
                                              "Geef betrokkene of betrokkeneIdentificatie.")])
    check_betrokkene_identificatie(body.betrokkene_type, body.betrokkene_identificatie)
    roltype = await rules.check_type_of_zaak(ctx, zaak, body.roltype, "roltypen", "roltype")
    identificatie = body.betrokkene_identificatie or {}
    indexed = {column: identificatie.get(field) or None for field, column in ROL_INDEXED[body.betrokkene_type]}
    row = Rol(zaak_id=zaak.id, betrokkene=body.betrokkene, betrokkene_type=body.betrokkene_type,
              afwijkende_naam_betrokkene=body.afwijkende_naam_betrokkene, roltype=body.roltype,
              omschrijving=str(roltype.get("omschrijving") or "")[:100],
              omschrijving_generiek=str(roltype.get("omschrijvingGeneriek") or "")[:40],
              roltoelichting=body.roltoelichting, registratiedatum=now(),
              indicatie_machtiging=body.indicatie_machtiging,
              contactpersoon_rol=body.contactpersoon_rol.model_dump(by_alias=True) if body.contactpersoon_rol else None,
              betrokkene_identificatie=body.betrokkene_identificatie, **indexed)
    session.add(row)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    if row.inp_bsn:
        await log_bsns(request, "aanmaken", "rol", [(data["url"], {row.inp_bsn})])
    return json_response(data, 201, {"Location": data["url"]})


@router.delete("/rollen/{uuid}", dependencies=[BIJWERKEN])
async def rol_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _destroy(request, session, Rol, uuid, BIJWERKEN_SCOPES)


# --------------------------------------------------------------------------- zaakobjecten


def _object_identificatie_schema(object_type: str) -> dict | None:
    """The contract's schema of objectIdentificatie for one objectType (via the discriminator)."""
    checker = contract_checker()
    mapping = checker.schema("ZaakObject").get("discriminator", {}).get("mapping", {})
    variant = checker._resolve({"$ref": mapping[object_type]}) if object_type in mapping else {}
    for part in variant.get("allOf", []):
        part = checker._resolve(part)
        properties = part.get("properties") or {}
        if properties and "objectType" not in properties:
            return next(iter(properties.values()))
    return None


def check_zaakobject(state: dict) -> None:
    errors = []
    schema = _object_identificatie_schema(state["object_type"])
    if state.get("object_identificatie") is not None and schema is not None:
        errors += contract_checker().errors(state["object_identificatie"], schema, "objectIdentificatie")
    if state["object_type"] == "overige" and not state.get("object_type_overige"):
        errors.append(InvalidParam("objectTypeOverige", "missing-object-type-overige",
                                   "Geef objectTypeOverige bij objectType overige."))
    if not state.get("object") and not state.get("object_identificatie"):
        errors.append(InvalidParam(NON_FIELD_ERRORS, "invalid-zaakobject",
                                   "Geef object of objectIdentificatie."))
    definitie = state.get("object_type_overige_definitie")
    if definitie is not None:
        checker = contract_checker()
        errors += checker.errors(definitie, checker.schema("ObjectTypeOverigeDefinitie"), "objectTypeOverigeDefinitie")
    if errors:
        raise ValidationProblem(errors)


async def _check_zaakobjecttype(ctx: rules.Context, zaak: Zaak, url_: str) -> None:
    if url_:
        await rules.check_type_of_zaak(ctx, zaak, url_, "zaakobjecttypen", "zaakobjecttype")


@router.get("/zaakobjecten", dependencies=[LEZEN])
async def zaakobject_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, ZaakObject, filters.ZAAKOBJECT_FILTERS)


@router.api_route("/zaakobjecten/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN])
async def zaakobject_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, ZaakObject, uuid)


_ZAAKOBJECT_FIELDS = ("object", "zaakobjecttype", "object_type", "object_type_overige",
                      "object_type_overige_definitie", "relatieomschrijving", "object_identificatie")


@router.post("/zaakobjecten", dependencies=[Depends(zrc.require(*AANMAKEN_OF_BIJWERKEN))])
async def zaakobject_create(body: ZaakObjectIn, request: Request,
                            session: AsyncSession = Depends(get_write_session)) -> Response:
    ctx = rules.Context(request, session)
    zaak = await _zaak_for_write(ctx, body.zaak, AANMAKEN_OF_BIJWERKEN)
    state = body.model_dump(include=set(_ZAAKOBJECT_FIELDS))
    check_zaakobject(state)
    await _check_zaakobjecttype(ctx, zaak, body.zaakobjecttype)
    row = ZaakObject(zaak_id=zaak.id, **state)
    session.add(row)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


async def _zaakobject_update(uuid: str, body: ZaakObjectPatch, sent: set[str], request: Request,
                             session: AsyncSession, actie: str) -> Response:
    row = await _load(session, ZaakObject, uuid)
    zaak = await _zaak_of(session, row)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, BIJWERKEN_SCOPES)
    before = await _out(session, request, row)
    if "zaak" in sent:
        _immutable(rules.check_immutable("zaak", before["zaak"], body.zaak))
    given = body.model_dump(include=set(_ZAAKOBJECT_FIELDS) & sent)
    if "object_type" in given and given["object_type"] is None:
        raise ValidationProblem([InvalidParam("objectType", "null", "Dit veld mag niet null zijn.")])
    state = {name: getattr(row, name) for name in _ZAAKOBJECT_FIELDS} | given
    check_zaakobject(state)
    if "zaakobjecttype" in given:
        await _check_zaakobjecttype(ctx, zaak, given["zaakobjecttype"])
    for name, value in given.items():
        setattr(row, name, value)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, actie, before, data)
    await _commit(request, session)
    return json_response(data)


@router.put("/zaakobjecten/{uuid}", dependencies=[BIJWERKEN])
async def zaakobject_update(uuid: str, body: ZaakObjectIn, request: Request,
                            session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _zaakobject_update(uuid, ZaakObjectPatch(**body.model_dump()), set(ZaakObjectIn.model_fields),
                                    request, session, "update")


@router.patch("/zaakobjecten/{uuid}", dependencies=[BIJWERKEN])
async def zaakobject_partial_update(uuid: str, body: ZaakObjectPatch, request: Request,
                                    session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _zaakobject_update(uuid, body, set(body.model_fields_set), request, session, "partial_update")


@router.delete("/zaakobjecten/{uuid}", dependencies=[Depends(zrc.require(*VERWIJDEREN_SCOPES))])
async def zaakobject_destroy(uuid: str, request: Request,
                             session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _destroy(request, session, ZaakObject, uuid, VERWIJDEREN_SCOPES)


# --------------------------------------------------------------------------- zaakinformatieobjecten


@router.get("/zaakinformatieobjecten", dependencies=[LEZEN])
async def zaakinformatieobject_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, ZaakInformatieObject, filters.ZAAKINFORMATIEOBJECT_FILTERS, paginated=False)


@router.api_route("/zaakinformatieobjecten/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN])
async def zaakinformatieobject_retrieve(uuid: str, request: Request,
                                        session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, ZaakInformatieObject, uuid)


async def _zio_status(ctx: rules.Context, zaak: Zaak, status_url: str | None) -> int | None:
    if not status_url:
        return None
    key = rules.local_uuid(ctx, status_url, "statussen")
    status = await ctx.session.scalar(select(Status).where(Status.uuid == key, Status.zaak_id == zaak.id)) \
        if key else None
    if status is None:
        raise ValidationProblem([InvalidParam("status", "invalid-resource", "Geef een status van deze zaak.")])
    return status.id


def _duplicate_zio() -> ValidationProblem:
    return ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unique",
                                           "Dit informatieobject hoort al bij deze zaak.")])


@router.post("/zaakinformatieobjecten", dependencies=[Depends(zrc.require(*AANMAKEN_OF_BIJWERKEN))])
async def zaakinformatieobject_create(body: ZaakInformatieObjectIn, request: Request,
                                      session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-003 (the informatieobject), zrc-004a (aardRelatie hoort_bij, registratiedatum now),
    zrc-017 (informatieobjecttype of the zaaktype)."""
    ctx = rules.Context(request, session)
    zaak = await _zaak_for_write(ctx, body.zaak, AANMAKEN_OF_BIJWERKEN)
    await rules.check_informatieobject(ctx, zaak, body.informatieobject)
    status_id = await _zio_status(ctx, zaak, body.status)
    taken = await session.scalar(select(ZaakInformatieObject.id).where(
        ZaakInformatieObject.zaak_id == zaak.id, ZaakInformatieObject.informatieobject == body.informatieobject))
    if taken is not None:
        raise _duplicate_zio()
    row = ZaakInformatieObject(zaak_id=zaak.id, informatieobject=body.informatieobject, aard_relatie="hoort_bij",
                               titel=body.titel, beschrijving=body.beschrijving, registratiedatum=now(),
                               vernietigingsdatum=body.vernietigingsdatum, status_id=status_id)
    session.add(row)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise _duplicate_zio() from None
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


async def _zio_update(uuid: str, body: ZaakInformatieObjectPatch, sent: set[str], request: Request,
                      session: AsyncSession, actie: str) -> Response:
    """zrc-004b..g: the zaak and the informatieobject of a zaakinformatieobject never change."""
    row = await _load(session, ZaakInformatieObject, uuid)
    zaak = await _zaak_of(session, row)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, BIJWERKEN_SCOPES)
    before = await _out(session, request, row)
    errors = []
    if "zaak" in sent:
        errors += rules.check_immutable("zaak", before["zaak"], body.zaak)
    if "informatieobject" in sent:
        errors += rules.check_immutable("informatieobject", row.informatieobject, body.informatieobject)
    _immutable(errors)
    if "status" in sent:
        row.status_id = await _zio_status(ctx, zaak, body.status)
    for name in ("titel", "beschrijving", "vernietigingsdatum"):
        if name in sent:
            setattr(row, name, getattr(body, name))
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, actie, before, data)
    await _commit(request, session)
    return json_response(data)


@router.put("/zaakinformatieobjecten/{uuid}", dependencies=[BIJWERKEN])
async def zaakinformatieobject_update(uuid: str, body: ZaakInformatieObjectIn, request: Request,
                                      session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _zio_update(uuid, ZaakInformatieObjectPatch(**body.model_dump()),
                             set(ZaakInformatieObjectIn.model_fields), request, session, "update")


@router.patch("/zaakinformatieobjecten/{uuid}", dependencies=[BIJWERKEN])
async def zaakinformatieobject_partial_update(uuid: str, body: ZaakInformatieObjectPatch, request: Request,
                                              session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _zio_update(uuid, body, set(body.model_fields_set), request, session, "partial_update")


@router.delete("/zaakinformatieobjecten/{uuid}", dependencies=[Depends(zrc.require(*VERWIJDEREN_SCOPES))])
async def zaakinformatieobject_destroy(uuid: str, request: Request,
                                       session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _destroy(request, session, ZaakInformatieObject, uuid, VERWIJDEREN_SCOPES)


# --------------------------------------------------------------------------- klantcontacten


@router.get("/klantcontacten", dependencies=[LEZEN])
async def klantcontact_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, KlantContact, filters.KLANTCONTACT_FILTERS)


@router.get("/klantcontacten/{uuid}", dependencies=[LEZEN])
async def klantcontact_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, KlantContact, uuid)


@router.post("/klantcontacten", dependencies=[BIJWERKEN])
async def klantcontact_create(body: KlantContactIn, request: Request,
                              session: AsyncSession = Depends(get_write_session)) -> Response:
    ctx = rules.Context(request, session)
    zaak = await _zaak_for_write(ctx, body.zaak, BIJWERKEN_SCOPES)
    row = KlantContact(zaak_id=zaak.id, identificatie=body.identificatie or uuid4().hex[:14].upper(),
                       datumtijd=body.datumtijd, kanaal=body.kanaal, onderwerp=body.onderwerp,
                       toelichting=body.toelichting)
    session.add(row)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


# --------------------------------------------------------------------------- zaakcontactmomenten, zaakverzoeken


async def _link_create(request: Request, session: AsyncSession, model, body: BaseModel, field: str,
                       collection: str) -> Response:
    ctx = rules.Context(request, session)
    zaak = await _zaak_for_write(ctx, body.zaak, ("zaken.bijwerken",))
    target = getattr(body, field)
    await rules.check_known_object(ctx, target, collection, field)
    row = model(zaak_id=zaak.id, **{field: target})
    session.add(row)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


@router.get("/zaakcontactmomenten", dependencies=[LEZEN])
async def zaakcontactmoment_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, ZaakContactMoment, filters.ZAAKCONTACTMOMENT_FILTERS, paginated=False)


@router.get("/zaakcontactmomenten/{uuid}", dependencies=[LEZEN])
async def zaakcontactmoment_retrieve(uuid: str, request: Request,
                                     session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, ZaakContactMoment, uuid)


@router.post("/zaakcontactmomenten", dependencies=[ALLEEN_BIJWERKEN])
async def zaakcontactmoment_create(body: ZaakContactMomentIn, request: Request,
                                   session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-025: the contactmoment is checked through the Contactmomenten API when it is known
    here, and that API gets the matching objectcontactmoment (objectType zaak): in the same
    transaction when it runs in this server; over HTTP after our commit when it does not, and
    when it refuses, our zaakcontactmoment is removed again and the answer is 400."""
    ctx = rules.Context(request, session)
    zaak = await _zaak_for_write(ctx, body.zaak, ("zaken.bijwerken",))
    await rules.check_known_object(ctx, body.contactmoment, "contactmomenten", "contactmoment")
    row = ZaakContactMoment(zaak_id=zaak.id, contactmoment=body.contactmoment)
    session.add(row)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    sync = rules.ObjectContactMomenten(ctx, body.contactmoment)
    if not sync.known:
        await _commit(request, session)
    elif sync.local:
        await sync.create(zaak)
        await _commit(request, session)
    else:
        await _commit(request, session)
        try:
            await sync.create(zaak)
        except ValidationProblem:
            await session.delete(row)
            await session.flush()
            await _record(request, session, zaak, row, "destroy", data, None)
            await _commit(request, session)
            raise
    return json_response(data, 201, {"Location": data["url"]})


@router.delete("/zaakcontactmomenten/{uuid}", dependencies=[ALLEEN_BIJWERKEN])
async def zaakcontactmoment_destroy(uuid: str, request: Request,
                                    session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-025: the matching objectcontactmoment in the Contactmomenten API goes too (in the same
    transaction in-process; over HTTP after our commit, and when that fails our
    zaakcontactmoment is restored and the answer is 400)."""
    row = await _load(session, ZaakContactMoment, uuid)
    zaak = await _zaak_of(session, row)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, ("zaken.bijwerken",))
    before = await _out(session, request, row)
    kept = {"uuid": row.uuid, "zaak_id": row.zaak_id, "contactmoment": row.contactmoment}
    await session.delete(row)
    await session.flush()
    await _record(request, session, zaak, row, "destroy", before, None)
    sync = rules.ObjectContactMomenten(ctx, kept["contactmoment"])
    if not sync.known:
        await _commit(request, session)
    elif sync.local:
        await sync.destroy(zaak)
        await _commit(request, session)
    else:
        await _commit(request, session)
        try:
            await sync.destroy(zaak)
        except ValidationProblem:
            restored = ZaakContactMoment(**kept)
            session.add(restored)
            await session.flush()
            await _record(request, session, zaak, restored, "create", None, before)
            await _commit(request, session)
            raise
    return Response(status_code=204)


async def zaakcontactmomenten_search(session: AsyncSession, base: str, params) -> list[dict]:
    """zrc-025, for the Contactmomenten API in this server: the zaakcontactmomenten that match
    ``params`` (zaak, contactmoment), read in the caller's transaction."""
    stmt = filters.ZAAKCONTACTMOMENT_FILTERS.apply(select(ZaakContactMoment), dict(params), tiebreak=ZaakContactMoment.id)
    return await rows_out(session, base, list((await session.scalars(stmt)).all()))


@router.get("/zaakverzoeken", dependencies=[LEZEN])
async def zaakverzoek_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _list(request, session, ZaakVerzoek, filters.ZAAKVERZOEK_FILTERS, paginated=False)


@router.get("/zaakverzoeken/{uuid}", dependencies=[LEZEN])
async def zaakverzoek_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    return await _retrieve(request, session, ZaakVerzoek, uuid)


@router.post("/zaakverzoeken", dependencies=[ALLEEN_BIJWERKEN])
async def zaakverzoek_create(body: ZaakVerzoekIn, request: Request,
                             session: AsyncSession = Depends(get_write_session)) -> Response:
    """The verzoek is checked through the Verzoeken API when it is known here."""
    return await _link_create(request, session, ZaakVerzoek, body, "verzoek", "verzoeken")


@router.delete("/zaakverzoeken/{uuid}", dependencies=[ALLEEN_BIJWERKEN])
async def zaakverzoek_destroy(uuid: str, request: Request,
                              session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _destroy(request, session, ZaakVerzoek, uuid, ("zaken.bijwerken",))


# --------------------------------------------------------------------------- zaakeigenschappen (nested)


async def _readable_zaak(request: Request, session: AsyncSession, zaak_uuid: str) -> Zaak:
    zaak = await load_zaak(session, zaak_uuid)
    rules.check_read(request.state.principal, zaak)
    return zaak


@router.get("/zaken/{zaak_uuid}/zaakeigenschappen", dependencies=[LEZEN])
async def zaakeigenschap_list(zaak_uuid: str, request: Request,
                              session: AsyncSession = Depends(get_session)) -> Response:
    zaak = await _readable_zaak(request, session, zaak_uuid)
    rows = (await session.scalars(select(ZaakEigenschap).where(ZaakEigenschap.zaak_id == zaak.id)
                                  .order_by(ZaakEigenschap.id))).all()
    return json_response(await rows_out(session, base_url(request), rows))


@router.api_route("/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN])
async def zaakeigenschap_retrieve(zaak_uuid: str, uuid: str, request: Request,
                                  session: AsyncSession = Depends(get_session)) -> Response:
    zaak = await _readable_zaak(request, session, zaak_uuid)
    return await _retrieve(request, session, ZaakEigenschap, uuid, zaak.id)


@router.post("/zaken/{zaak_uuid}/zaakeigenschappen", dependencies=[BIJWERKEN])
async def zaakeigenschap_create(zaak_uuid: str, body: ZaakEigenschapIn, request: Request,
                                session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-018: the eigenschap belongs to the zaak's zaaktype; naam is taken from it."""
    zaak = await load_zaak(session, zaak_uuid)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, BIJWERKEN_SCOPES)
    if body.zaak is not None:
        _immutable(rules.check_immutable("zaak", url(ctx.base, "zaken", zaak.uuid), body.zaak))
    eigenschap = await rules.check_type_of_zaak(ctx, zaak, body.eigenschap, "eigenschappen", "eigenschap")
    row = ZaakEigenschap(zaak_id=zaak.id, eigenschap=body.eigenschap, naam=str(eigenschap.get("naam") or "")[:20],
                         waarde=body.waarde)
    session.add(row)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


async def _zaakeigenschap_update(zaak_uuid: str, uuid: str, body: ZaakEigenschapPatch, sent: set[str],
                                 request: Request, session: AsyncSession, actie: str) -> Response:
    zaak = await load_zaak(session, zaak_uuid)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, BIJWERKEN_SCOPES)
    row = await _load(session, ZaakEigenschap, uuid, zaak.id)
    before = await _out(session, request, row)
    errors = []
    if "zaak" in sent and body.zaak is not None:
        errors += rules.check_immutable("zaak", before["zaak"], body.zaak)
    if "eigenschap" in sent:
        errors += rules.check_immutable("eigenschap", row.eigenschap, body.eigenschap)
    _immutable(errors)
    if "waarde" in sent:
        if body.waarde is None:
            raise ValidationProblem([InvalidParam("waarde", "null", "Dit veld mag niet null zijn.")])
        row.waarde = body.waarde
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, actie, before, data)
    await _commit(request, session)
    return json_response(data)


@router.put("/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}", dependencies=[BIJWERKEN])
async def zaakeigenschap_update(zaak_uuid: str, uuid: str, body: ZaakEigenschapIn, request: Request,
                                session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _zaakeigenschap_update(zaak_uuid, uuid, ZaakEigenschapPatch(**body.model_dump()),
                                        set(ZaakEigenschapIn.model_fields) - ({"zaak"} if body.zaak is None else set()),
                                        request, session, "update")


@router.patch("/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}", dependencies=[BIJWERKEN])
async def zaakeigenschap_partial_update(zaak_uuid: str, uuid: str, body: ZaakEigenschapPatch, request: Request,
                                        session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _zaakeigenschap_update(zaak_uuid, uuid, body, set(body.model_fields_set), request, session,
                                        "partial_update")


@router.delete("/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}", dependencies=[BIJWERKEN])
async def zaakeigenschap_destroy(zaak_uuid: str, uuid: str, request: Request,
                                 session: AsyncSession = Depends(get_write_session)) -> Response:
    zaak = await load_zaak(session, zaak_uuid)
    return await _destroy(request, session, ZaakEigenschap, uuid, BIJWERKEN_SCOPES, zaak.id)


# --------------------------------------------------------------------------- besluiten (nested)


@router.get("/zaken/{zaak_uuid}/besluiten", dependencies=[LEZEN])
async def zaakbesluit_list(zaak_uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    zaak = await _readable_zaak(request, session, zaak_uuid)
    rows = (await session.scalars(select(ZaakBesluit).where(ZaakBesluit.zaak_id == zaak.id)
                                  .order_by(ZaakBesluit.id))).all()
    return json_response(await rows_out(session, base_url(request), rows))


@router.get("/zaken/{zaak_uuid}/besluiten/{uuid}", dependencies=[LEZEN])
async def zaakbesluit_retrieve(zaak_uuid: str, uuid: str, request: Request,
                               session: AsyncSession = Depends(get_session)) -> Response:
    zaak = await _readable_zaak(request, session, zaak_uuid)
    row = await _load(session, ZaakBesluit, uuid, zaak.id)
    return json_response(await _out(session, request, row))


@router.post("/zaken/{zaak_uuid}/besluiten", dependencies=[ALLEEN_BIJWERKEN])
async def zaakbesluit_create(zaak_uuid: str, body: ZaakBesluitIn, request: Request,
                             session: AsyncSession = Depends(get_write_session)) -> Response:
    """The besluit is checked through the Besluiten API when it is known here: it must exist and
    name this zaak."""
    zaak = await load_zaak(session, zaak_uuid)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, ("zaken.bijwerken",))
    await rules.check_known_object(ctx, body.besluit, "besluiten", "besluit")
    if ctx.knows_api_of(body.besluit):
        besluit = await ctx.fetch(body.besluit)
        if besluit.get("zaak") != url(ctx.base, "zaken", zaak.uuid):
            raise ValidationProblem([InvalidParam("besluit", "inconsistent-relation",
                                                  "Dit besluit hoort niet bij deze zaak.")])
    row = ZaakBesluit(zaak_id=zaak.id, besluit=body.besluit)
    session.add(row)
    await session.flush()
    data = await _out(session, request, row)
    await _record(request, session, zaak, row, "create", None, data)
    await _commit(request, session)
    return json_response(data, 201, {"Location": data["url"]})


@router.delete("/zaken/{zaak_uuid}/besluiten/{uuid}", dependencies=[ALLEEN_BIJWERKEN])
async def zaakbesluit_destroy(zaak_uuid: str, uuid: str, request: Request,
                              session: AsyncSession = Depends(get_write_session)) -> Response:
    zaak = await load_zaak(session, zaak_uuid)
    return await _destroy(request, session, ZaakBesluit, uuid, ("zaken.bijwerken",), zaak.id)
