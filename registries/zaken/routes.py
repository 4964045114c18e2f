"""Endpoints of the zaken resource: list, _zoek, create, read, update, delete, audit trail.

Thin: parse, authorise, apply the rules (rules.py), store with the audit trail and the
notification in one transaction, answer. The sub-resources live in routes_related.py.
"""

from typing import Any
from uuid import UUID

from fastapi import APIRouter, Body, Depends, Request
from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common import changes
from common.auth.dependencies import Authorizer
from common.auth.principal import rank
from common.changes import Change
from common.db import get_session, get_write_session
from common.errors import NON_FIELD_ERRORS, InvalidParam, Problem, ValidationProblem
from common.filters import FilterSet
from common.pagination import LIMIT, page_request
from common.processing import Processed, Subject, log_processed
from common.responses import base_url, detail_response, json_response
from common.platform.models import AuditTrail
from registries.zaken import expand as expansion
from registries.zaken import geo, rules
from registries.zaken.access import limits_condition
from registries.zaken.crs import negotiate_crs, with_crs
from registries.zaken.filters import ZAAK_FILTERS, ZAAK_ORDERING
from registries.zaken.listing import paginate_zaken
from registries.zaken.models import Zaak
from registries.zaken.schemas import ZaakIn, ZaakPatch, _datetime, url
from registries.zaken.serialize import PAGE_COLUMNS, new_zaak_relations, page_relations, zaak_out, zaak_relations

router = APIRouter()
zrc = Authorizer(component="zrc")
LEZEN = Depends(zrc.require("zaken.lezen"))
AANMAKEN = Depends(zrc.require("zaken.aanmaken"))
BIJWERKEN = Depends(zrc.require(*rules.BIJWERKEN))
VERWIJDEREN = Depends(zrc.require("zaken.verwijderen"))
AUDITTRAILS = Depends(zrc.require("audittrails.lezen"))
CRS = Depends(negotiate_crs)


def not_found(what: str, key: Any) -> Problem:
    return Problem(404, f"Er bestaat geen {what} met uuid {key}.")


def parse_uuid(key: str, what: str) -> UUID:
    try:
        return UUID(key)
    except ValueError:
        raise not_found(what, key) from None


ZAAK_BY_UUID = select(Zaak).where(Zaak.uuid == bindparam("uuid"))


async def load_zaak(session: AsyncSession, key: str) -> Zaak:
    zaak = await session.scalar(ZAAK_BY_UUID, {"uuid": parse_uuid(key, "zaak")})
    if zaak is None:
        raise not_found("zaak", key)
    return zaak


def kenmerken(zaak: Zaak) -> dict[str, str]:
    return {"bronorganisatie": zaak.bronorganisatie, "zaaktype": zaak.zaaktype,
            "vertrouwelijkheidaanduiding": zaak.vertrouwelijkheidaanduiding}


def zaak_change(zaak: Zaak, base: str, actie: str, resource: str, resource_url: str, weergave: str,
                oud: dict | None, nieuw: dict | None) -> Change:
    """The audit trail entry and the notification on channel "zaken" of a write under this zaak."""
    return Change(bron="ZRC", actie=actie, resource=resource, resource_url=resource_url,
                  hoofd_object=url(base, "zaken", zaak.uuid), resource_weergave=weergave, oud=oud, nieuw=nieuw,
                  kanaal="zaken", kenmerken=kenmerken(zaak))


async def zaak_data(session: AsyncSession, base: str, zaak: Zaak) -> tuple[dict, set[str]]:
    relations = await zaak_relations(session, [zaak])
    return zaak_out(base, zaak, relations), relations.bsns.get(zaak.id, set())


async def log_bsns(request: Request, activiteit: str, resource: str, items: list[tuple[str, set[str]]]) -> None:
    """One processing record per BSN shown or changed, per object; all in one group commit."""
    await log_processed(request, component="zaken", activiteit=activiteit, items=(
        Processed(resource, item_url, [Subject("bsn", bsn) for bsn in bsns]) for item_url, bsns in items if bsns
    ))


# --------------------------------------------------------------------------- lists


def read_condition(request: Request):
    limits = request.state.principal.limits("zrc", ["zaken.lezen"], "zaaktype")
    return limits_condition(limits, Zaak.zaaktype, Zaak.vertrouwelijkheid_rank)


async def _answer_list(request: Request, session: AsyncSession, *, stmt=None, params=None, ordered_ids=None,
                       expand: str = "") -> Response:
    settings = request.app.state.settings
    page = page_request(dict(request.query_params), settings.page_size, settings.max_page_size)
    base = base_url(request)
    paths = expansion.parse(expand)
    shown: list[tuple[str, set[str]]] = []

    async def serialize(rows):
        relations = page_relations(rows)
        results = [zaak_out(base, row, relations) for row in rows]
        shown.extend((r["url"], relations.bsns.get(row.id, set())) for r, row in zip(results, rows))
        if paths:
            await expansion.expand(request, session, "zaak", results, paths, shown)
        return results

    data = await paginate_zaken(session, request, page, base, serialize, stmt=stmt, params=params,
                                ordered_ids=ordered_ids)
    await log_bsns(request, "lezen", "zaak", shown)
    return with_crs(json_response(data))


@router.get("/zaken", dependencies=[LEZEN, CRS])
async def zaak_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    """Prepared once per shape of the query and the caller's limits (common/filters.py)."""
    query = dict(request.query_params)
    limits = request.state.principal.limits("zrc", ["zaken.lezen"], "zaaktype")

    def page_of_zaken():
        condition = limits_condition(limits, Zaak.zaaktype, Zaak.vertrouwelijkheid_rank)
        return select(*PAGE_COLUMNS).where(condition).limit(LIMIT)

    stmt, params = ZAAK_FILTERS.prepared(page_of_zaken, query, tiebreak=Zaak.id,
                                         key=None if limits is None else tuple(limits))
    return await _answer_list(request, session, stmt=stmt, params=params, expand=query.get("expand", ""))


ZOEK_FILTERS = FilterSet(filters=ZAAK_FILTERS.filters, ordering=ZAAK_ORDERING,
                         reserved=("page", "pageSize", "expand", "zaakgeometrie", "uuid__in", "zaaktype__in"))


def _zoek_query(body: dict) -> dict[str, str]:
    """The body of _zoek as the query of GET /zaken: lists comma-separated, booleans as text."""
    query = {}
    for key, value in body.items():
        if key in ("zaakgeometrie", "uuid__in", "zaaktype__in"):
            continue
        if isinstance(value, bool):
            query[key] = "true" if value else "false"
        elif isinstance(value, list):
            query[key] = ",".join(str(v) for v in value)
        elif value is None:
            query[key] = ""
        else:
            query[key] = str(value)
    return query


def _string_list(body: dict, name: str) -> list[str] | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationProblem([InvalidParam(name, "invalid", "Geef een lijst van teksten.")])
    return value


@router.post("/zaken/_zoek", dependencies=[LEZEN, CRS])
async def zaak_zoek(request: Request, body: Any = Body(...), session: AsyncSession = Depends(get_session)) -> Response:
    """POST search: the filters of GET /zaken in the body, plus uuid__in, zaaktype__in and a
    geographic search ``zaakgeometrie.within`` (see geo.py for how it works without PostGIS)."""
    if not isinstance(body, dict):
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "invalid", "Geef een JSON-object.")])
    stmt = select(Zaak).where(read_condition(request))
    uuids = _string_list(body, "uuid__in")
    if uuids is not None:
        try:
            stmt = stmt.where(Zaak.uuid.in_([UUID(v) for v in uuids]))
        except ValueError:
            raise ValidationProblem([InvalidParam("uuid__in", "invalid", "Geef geldige uuid's.")]) from None
    zaaktypen = _string_list(body, "zaaktype__in")
    if zaaktypen is not None:
        stmt = stmt.where(Zaak.zaaktype.in_(zaaktypen))
    stmt = ZOEK_FILTERS.apply(stmt, _zoek_query(body), tiebreak=Zaak.id)
    expand = body.get("expand") or ""
    if not isinstance(expand, str):
        raise ValidationProblem([InvalidParam("expand", "invalid", "Geef de paden als tekst, gescheiden door komma's.")])
    area = _within(body.get("zaakgeometrie"))
    if area is None:
        return await _answer_list(request, session, stmt=stmt, expand=expand)
    box = geo.bbox(area)
    stmt = stmt.where(Zaak.geo_min_x >= box.min_x, Zaak.geo_max_x <= box.max_x,
                      Zaak.geo_min_y >= box.min_y, Zaak.geo_max_y <= box.max_y)
    candidates = (await session.execute(stmt.with_only_columns(Zaak.id, Zaak.zaakgeometrie))).all()
    ordered = [zaak_id for zaak_id, geometry in candidates if geometry and geo.within(geometry, area)]
    return await _answer_list(request, session, ordered_ids=ordered, expand=expand)


def _within(value: Any) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"within"}:
        raise ValidationProblem([InvalidParam("zaakgeometrie", "invalid", "Geef {\"within\": <GeoJSON>}.")])
    area = value.get("within")
    if area is None:
        return None
    try:
        geo.check(area)
        if area["type"] not in geo.AREAL:
            raise geo.GeometryError("Zoeken met 'within' kan alleen binnen een Polygon of MultiPolygon.")
    except geo.GeometryError as exc:
        raise ValidationProblem([InvalidParam("zaakgeometrie.within", "invalid", str(exc))]) from None
    return area


# --------------------------------------------------------------------------- writes


# Stored as JSON in their wire form (camelCase inside).
_NESTED = ("relevante_andere_zaken", "kenmerken", "verlenging", "opschorting", "processobject")


def _state(body: ZaakIn, sent: set[str]) -> dict[str, Any]:
    data = body.model_dump()
    wire = body.model_dump(by_alias=True)
    for name in _NESTED:
        data[name] = wire[_camel(name)]
    return {name: data[name] for name in sent}


async def _validate(ctx: rules.Context, state: dict, sent: set[str], zaak: Zaak | None) -> tuple[dict | None, Zaak | None]:
    """Every zaak rule on the zaak as it will be; all errors at once. Returns (zaaktype, hoofdzaak)."""
    errors: list[InvalidParam] = []
    zaaktype = None
    if zaak is not None and "zaaktype" in sent:
        errors += rules.check_immutable("zaaktype", zaak.zaaktype, state["zaaktype"])
    if not errors:
        zaaktype, found = await rules.check_zaaktype(ctx, state["zaaktype"])
        if zaak is None or "zaaktype" in sent:
            errors += found
    if "identificatie" in sent and state["identificatie"] and not errors:
        errors += await rules.check_identificatie_unique(ctx, state["bronorganisatie"], state["identificatie"],
                                                         zaak.id if zaak else None)
    if "communicatiekanaal" in sent:
        errors += await rules.check_communicatiekanaal(ctx, state["communicatiekanaal"])
    if "relevante_andere_zaken" in sent:
        errors += await rules.check_relevante_andere_zaken(ctx, state["relevante_andere_zaken"])
    errors += rules.check_opschorting_verlenging(state)
    hoofdzaak = None
    if "hoofdzaak" in sent:
        hoofdzaak, found = await rules.check_hoofdzaak(ctx, state["hoofdzaak"], zaak)
        errors += found
    errors += rules.check_betaling(state, sent)
    if "producten_of_diensten" in sent:
        errors += rules.check_producten_of_diensten(state, zaaktype)
    if sent & {"archiefstatus", "archiefnominatie", "archiefactiedatum"}:
        errors += rules.check_archiefstatus(state)
    if "zaakgeometrie" in sent:
        errors += rules.check_geometrie(state["zaakgeometrie"])
    if "opdrachtgevende_organisatie" in sent:
        errors += rules.check_opdrachtgevende_organisatie(state["opdrachtgevende_organisatie"])
    if errors:
        raise ValidationProblem(errors)
    return zaaktype, hoofdzaak


def _store(zaak: Zaak, state: dict, hoofdzaak: Zaak | None) -> None:
    for name, value in state.items():
        if name == "hoofdzaak":
            zaak.hoofdzaak_id = hoofdzaak.id if hoofdzaak else None
        elif name == "zaakgeometrie":
            zaak.zaakgeometrie = value
            box = geo.bbox(value) if value else None
            zaak.geo_min_x, zaak.geo_min_y = (box.min_x, box.min_y) if box else (None, None)
            zaak.geo_max_x, zaak.geo_max_y = (box.max_x, box.max_y) if box else (None, None)
        elif name == "vertrouwelijkheidaanduiding":
            zaak.vertrouwelijkheidaanduiding = value
            zaak.vertrouwelijkheid_rank = rank(value)
        elif name == "archiefnominatie":
            zaak.archiefnominatie = value or None
        else:
            setattr(zaak, name, value)


@router.post("/zaken", dependencies=[AANMAKEN, CRS])
async def zaak_create(body: ZaakIn, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    ctx = rules.Context(request, session)
    sent = set(ZaakIn.model_fields)
    state = _state(body, sent)
    zaaktype, hoofdzaak = await _validate(ctx, state, sent, None)
    state["vertrouwelijkheidaanduiding"] = rules.derive_vertrouwelijkheid(body.vertrouwelijkheidaanduiding, zaaktype)
    if not rules.may(ctx.principal, ("zaken.aanmaken",), state["zaaktype"], state["vertrouwelijkheidaanduiding"]):
        raise rules.forbidden("Deze applicatie mag geen zaken van dit zaaktype of deze vertrouwelijkheid aanmaken.")
    state["registratiedatum"] = state["registratiedatum"] or rules.today()
    if not state["identificatie"]:
        state["identificatie"] = await rules.generate_identificatie(
            session, request.app.state.autocommit_engine, state["bronorganisatie"], state["registratiedatum"])
    zaak = Zaak(vertrouwelijkheid_rank=0, registratiedatum=state["registratiedatum"], startdatum=state["startdatum"])
    _store(zaak, state, hoofdzaak)
    session.add(zaak)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise ValidationProblem([rules.duplicate_identificatie()]) from None
    base = base_url(request)
    data = zaak_out(base, zaak, new_zaak_relations(zaak, hoofdzaak))
    await changes.record(session, request, zaak_change(zaak, base, "create", "zaak", data["url"], zaak.identificatie,
                                                       None, data))
    await session.commit()
    changes.committed(request)
    return with_crs(json_response(data, 201, {"Location": data["url"]}))


@router.api_route("/zaken/{uuid}", methods=["GET", "HEAD"], dependencies=[LEZEN, CRS])
async def zaak_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    unknown = set(request.query_params) - {"expand"}
    if unknown:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unknown-parameters",
                                              f"Onbekende query-parameters: {', '.join(sorted(unknown))}.")])
    paths = expansion.parse(request.query_params.get("expand", ""))
    zaak = await load_zaak(session, uuid)
    rules.check_read(request.state.principal, zaak)
    base = base_url(request)
    data, bsns = await zaak_data(session, base, zaak)
    shown = [(data["url"], bsns)]
    if paths:
        await expansion.expand(request, session, "zaak", [data], paths, shown)
    await log_bsns(request, "lezen", "zaak", shown)
    return with_crs(detail_response(request, data))


async def _update(uuid: str, body: ZaakIn, sent: set[str], request: Request, session: AsyncSession,
                  actie: str) -> Response:
    zaak = await load_zaak(session, uuid)
    ctx = rules.Context(request, session)
    rules.check_change(ctx.principal, zaak, rules.BIJWERKEN)
    base = base_url(request)
    before, bsns = await zaak_data(session, base, zaak)
    current = {
        "zaaktype": zaak.zaaktype, "bronorganisatie": zaak.bronorganisatie, "identificatie": zaak.identificatie,
        "betalingsindicatie": zaak.betalingsindicatie, "laatste_betaaldatum": zaak.laatste_betaaldatum,
        "opschorting": zaak.opschorting, "archiefstatus": zaak.archiefstatus,
        "archiefnominatie": zaak.archiefnominatie, "archiefactiedatum": zaak.archiefactiedatum,
        "producten_of_diensten": zaak.producten_of_diensten,
    }
    state = {**current, **_state(body, sent)}
    if "bronorganisatie" in sent and "identificatie" not in sent:
        sent = sent | {"identificatie"}
    _zaaktype, hoofdzaak = await _validate(ctx, state, sent, zaak)
    if "vertrouwelijkheidaanduiding" in sent:
        # Not sent (or null): the zaak keeps its vertrouwelijkheidaanduiding (zrc-009 derives it on create only).
        state["vertrouwelijkheidaanduiding"] = state["vertrouwelijkheidaanduiding"] or zaak.vertrouwelijkheidaanduiding
        scopes = ("zaken.geforceerd-bijwerken",) if zaak.einddatum else rules.BIJWERKEN
        if not rules.may(ctx.principal, scopes, zaak.zaaktype, state["vertrouwelijkheidaanduiding"]):
            raise rules.forbidden("Deze applicatie mag zaken van deze vertrouwelijkheid niet beheren.")
    if "identificatie" in state and not state["identificatie"]:
        state["identificatie"] = zaak.identificatie
    if "registratiedatum" in sent and state["registratiedatum"] is None:
        state["registratiedatum"] = zaak.registratiedatum
    _store(zaak, {k: v for k, v in state.items() if k in sent or k == "laatste_betaaldatum"}, hoofdzaak)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise ValidationProblem([rules.duplicate_identificatie()]) from None
    data, _ = await zaak_data(session, base, zaak)
    await changes.record(session, request, zaak_change(zaak, base, actie, "zaak", data["url"], zaak.identificatie,
                                                       before, data))
    await session.commit()
    changes.committed(request)
    await log_bsns(request, "wijzigen", "zaak", [(data["url"], bsns)])
    return with_crs(json_response(data))


@router.put("/zaken/{uuid}", dependencies=[BIJWERKEN, CRS])
async def zaak_update(uuid: str, body: ZaakIn, request: Request,
                      session: AsyncSession = Depends(get_write_session)) -> Response:
    return await _update(uuid, body, set(ZaakIn.model_fields), request, session, "update")


@router.patch("/zaken/{uuid}", dependencies=[BIJWERKEN, CRS])
async def zaak_partial_update(uuid: str, body: ZaakPatch, request: Request,
                              session: AsyncSession = Depends(get_write_session)) -> Response:
    sent = set(body.model_fields_set)
    for required in ("bronorganisatie", "zaaktype", "verantwoordelijke_organisatie", "startdatum", "archiefstatus"):
        if required in sent and getattr(body, required) is None:
            raise ValidationProblem([InvalidParam(_camel(required), "null", "Dit veld mag niet null zijn.")])
    return await _update(uuid, body, sent, request, session, "partial_update")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@router.delete("/zaken/{uuid}", dependencies=[VERWIJDEREN, CRS])
async def zaak_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    """zrc-023: a zaak is deleted with everything under it (statussen, resultaat, rollen,
    zaakobjecten, zaakeigenschappen, zaakinformatieobjecten, klantcontacten ...), by the
    database's ON DELETE CASCADE, in one transaction with its audit trail entry."""
    zaak = await load_zaak(session, uuid)
    principal = request.state.principal
    if not rules.may(principal, ("zaken.verwijderen",), zaak.zaaktype, zaak.vertrouwelijkheidaanduiding):
        raise rules.forbidden()
    base = base_url(request)
    before, bsns = await zaak_data(session, base, zaak)
    await session.delete(zaak)
    await session.flush()
    await changes.record(session, request, zaak_change(zaak, base, "destroy", "zaak", before["url"],
                                                       zaak.identificatie, before, None))
    await session.commit()
    changes.committed(request)
    await log_bsns(request, "verwijderen", "zaak", [(before["url"], bsns)])
    return Response(status_code=204, headers={"Content-Crs": "EPSG:4326"})


# --------------------------------------------------------------------------- audit trail


def audittrail_out(row: AuditTrail) -> dict[str, Any]:
    wijzigingen = {key: value for key, value in (("oud", row.oud), ("nieuw", row.nieuw)) if value is not None}
    return {
        "uuid": str(row.uuid),
        "bron": row.bron.lower(),
        "applicatieId": row.applicatie_id,
        "applicatieWeergave": row.applicatie_weergave,
        "gebruikersId": row.gebruikers_id,
        "gebruikersWeergave": row.gebruikers_weergave,
        "actie": row.actie,
        "actieWeergave": row.actie_weergave,
        "resultaat": row.resultaat,
        "hoofdObject": row.hoofd_object,
        "resource": row.resource,
        "resourceUrl": row.resource_url,
        "toelichting": row.toelichting,
        "resourceWeergave": row.resource_weergave,
        "aanmaakdatum": _datetime(row.aanmaakdatum),
        "wijzigingen": wijzigingen,
    }


async def _audited_zaak(request: Request, session: AsyncSession, zaak_uuid: str) -> Zaak:
    zaak = await load_zaak(session, zaak_uuid)
    if not rules.may(request.state.principal, ("audittrails.lezen",), zaak.zaaktype, zaak.vertrouwelijkheidaanduiding):
        raise rules.forbidden()
    return zaak


@router.get("/zaken/{zaak_uuid}/audittrail", dependencies=[AUDITTRAILS])
async def audittrail_list(zaak_uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    """The audit trail of a zaak: every write on it and on its sub-resources, oldest first."""
    zaak = await _audited_zaak(request, session, zaak_uuid)
    rows = (await session.scalars(
        select(AuditTrail).where(AuditTrail.hoofd_object == url(base_url(request), "zaken", zaak.uuid))
        .order_by(AuditTrail.aanmaakdatum, AuditTrail.id)
    )).all()
    return json_response([audittrail_out(row) for row in rows])


@router.get("/zaken/{zaak_uuid}/audittrail/{uuid}", dependencies=[AUDITTRAILS])
async def audittrail_retrieve(zaak_uuid: str, uuid: str, request: Request,
                              session: AsyncSession = Depends(get_session)) -> Response:
    zaak = await _audited_zaak(request, session, zaak_uuid)
    row = await session.scalar(select(AuditTrail).where(
        AuditTrail.uuid == parse_uuid(uuid, "audittrail"),
        AuditTrail.hoofd_object == url(base_url(request), "zaken", zaak.uuid)))
    if row is None:
        raise not_found("audittrail", uuid)
    return json_response(audittrail_out(row))

