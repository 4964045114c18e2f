"""Endpoints of the Klantinteracties API. Thin: parse, apply the rules, store, answer.

Fourteen resources share one shape (list, create, read, replace, update, delete), so each is
described once as a ``Resource`` and its six routes are made from that description; what differs
per resource lives in writes.py (how a body changes a row), rules.py and serialize.py. The
special endpoints (``POST /maak-klantcontact`` and ``DELETE /onderwerpobjecten/{uuid}`` with
``cascade``) are written out below.

Every write is one transaction with its audit trail entry and, for partijen, klantcontacten and
interne taken, its notification (the reference's kanalen). Every read or write that shows a
partij with a BSN (or KvK-nummer, RSIN, vestigingsnummer) is written to the processing log, for
all partijen of a page at once.
"""

import json
from contextlib import contextmanager
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from fastapi import APIRouter, Depends, Request
from sqlalchemy import bindparam, delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common import changes
from common.auth.dependencies import JWT, TOKEN, Authorizer
from common.changes import Change
from common.db import get_session, get_write_session
from common.errors import NON_FIELD_ERRORS, InvalidParam, Problem, ValidationProblem
from common.filters import FilterSet
from common.pagination import page_request, paginate
from common.processing import Processed, log_processed
from common.responses import base_url, created_response, detail_response, json_response
from registries.klanten import filters, rules, writes
from registries.klanten.expand import ALLOWED as EXPANDABLE
from registries.klanten.expand import expand, parse_expand
from registries.klanten.models import (
    Actor, ActorKlantcontact, Betrokkene, Bijlage, Categorie, CategorieRelatie, DigitaalAdres, InterneTaak,
    Klantcontact, Onderwerpobject, Partij, PartijIdentificator, Rekeningnummer, Vertegenwoordiging,
)
from registries.klanten.schemas import (
    ActorIn, ActorKlantcontactIn, BetrokkeneIn, BijlageIn, CategorieIn, CategorieRelatieIn, DigitaalAdresIn,
    InterneTaakIn, KlantcontactIn, MaakKlantcontactIn, OnderwerpobjectIn, PartijIdentificatorIn, PartijIn,
    RekeningnummerIn, VertegenwoordigingIn, given, parse, patch_model,
)
from registries.klanten.klantcontactpage import KlantcontactPage
from registries.klanten.serialize import PAGED, SERIALIZERS, Paged, Reader, betrokkenen, klantcontacten, one, url_of

router = APIRouter()
# As Open Klant: API tokens (``Authorization: Token ...``) and 401; ZGW JWTs where a deployment uses them.
kic = Authorizer(component="kic", schemes=(TOKEN, JWT), failure_status=401)
LEZEN = Depends(kic.require("klantinteracties.lezen"))
SCHRIJVEN = Depends(kic.require("klantinteracties.schrijven"))
BRON = "KIC"
COMPONENT = "klantinteracties"


def _flag(value: bool | None) -> str:
    return "" if value is None else str(value).lower()


@dataclass(frozen=True)
class Resource:
    model: type
    path: str
    name: str  # the audit trail's resource name
    body: type
    apply: Callable[..., Awaitable[None]]
    filters: FilterSet
    kanaal: str | None = None  # notified on this channel, as the reference does
    # Notification kenmerken: only fields that carry no personal data (no free text).
    kenmerken: Callable[[Any], dict[str, str]] = field(default=lambda row: {})
    # The main object of the audit trail: the object this one belongs to (a partij, a klantcontact).
    owner: tuple[type, str] | None = None
    before_delete: Callable[[AsyncSession, Any], Awaitable[None]] | None = None

    @property
    def what(self) -> str:
        return rules.NAMES.get(self.model.__name__, self.name)


# --- shared machinery -------------------------------------------------------------------------


async def json_body(request: Request) -> Any:
    try:
        data = json.loads(await request.body() or b"null")
    except ValueError:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "parse_error", "De inhoud is geen geldige JSON.")]) from None
    if not isinstance(data, dict):
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "invalid", "Stuur een JSON-object.")])
    return data


def _not_found(resource: Resource, key: str) -> Problem:
    return Problem(404, f"Er bestaat geen {resource.what} met uuid {key}.")


async def found(session: AsyncSession, resource: Resource, key: str, paged: Paged | None = None) -> Any:
    """The row with uuid ``key``: an ORM object, or with ``paged`` a row of its one statement."""
    try:
        uuid = UUID(key)
    except ValueError:
        raise _not_found(resource, key) from None
    if paged is None:
        row = await session.scalar(BY_UUID[resource.model], {"uuid": uuid})
    else:
        row = (await session.execute(paged.by_uuid, {"uuid": uuid})).first()
    if row is None:
        raise _not_found(resource, key)
    return row


def only_known_parameters(request: Request, known: set[str]) -> None:
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unknown-parameters",
                                              f"Onbekende query-parameters: {', '.join(unknown)}.")])


async def log_shown(request: Request, reader: Reader, activiteit: str = "lezen") -> None:
    """The processing log for every partij this answer shows: one record per partij and subject.

    The records of one answer are written together (the processing log commits whatever waits
    at the same moment in one insert).
    """
    await log_processed(request, component=COMPONENT, activiteit=activiteit, items=(
        Processed("partij" if "/partijen/" in url else "partijidentificator", url, subjects)
        for url, subjects in reader.subjects.items()
    ))


async def owner_url(reader: Reader, resource: Resource, row: Any) -> str:
    if resource.owner is not None:
        model, attribute = resource.owner
        owner_id = getattr(row, attribute)
        if owner_id is not None:
            uuids = await reader.uuids(model, [owner_id])
            if owner_id in uuids:
                return reader.url(model, uuids[owner_id])
    return reader.url(resource.model, row.uuid)


async def record(session: AsyncSession, request: Request, reader: Reader, resource: Resource, actie: str, row: Any,
                 oud: dict | None, nieuw: dict | None) -> None:
    url = reader.url(resource.model, row.uuid)
    await changes.record(session, request, Change(
        bron=BRON, actie=actie, resource=resource.name, resource_url=url,
        hoofd_object=await owner_url(reader, resource, row) if resource.kanaal is None else url,
        resource_weergave=f"{resource.what} {row.uuid}", oud=oud, nieuw=nieuw,
        kanaal=resource.kanaal, kenmerken=resource.kenmerken(row),
    ))


async def commit(session: AsyncSession, request: Request) -> None:
    try:
        await session.commit()
    except IntegrityError:
        # A concurrent write took the same identifier or pair between our checks and our commit.
        await session.rollback()
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unique",
                                              "Dit botst met gegevens die zojuist zijn vastgelegd.")]) from None
    changes.committed(request)


def _clash() -> ValidationProblem:
    return ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "unique", "Dit botst met gegevens die al zijn vastgelegd.")])


async def flush(session: AsyncSession, rows: list[Any] | None = None) -> None:
    """Write what waits (only ``rows``, when given); a unique index that refuses is a 400."""
    try:
        await session.flush(rows)
    except IntegrityError:
        await session.rollback()
        raise _clash() from None


async def apply(resource: Resource, session: AsyncSession, row: Any, body: Any, method: str) -> None:
    """Change ``row`` as ``body`` says. The rules check before each write; a unique index that still
    refuses (a concurrent request was faster) is the same 400 as the rule would have given."""
    try:
        await resource.apply(session, row, body, method)
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise _clash() from None


# --- the six operations -----------------------------------------------------------------------


async def list_objects(resource: Resource, request: Request, session: AsyncSession) -> Response:
    settings = request.app.state.settings
    query = dict(request.query_params)
    page = page_request(query, settings.page_size, settings.max_page_size)
    wanted = parse_expand(resource.model, query.get("expand")) if resource.model in EXPANDABLE else set()
    paged = PAGED.get(resource.model)
    params = None
    if paged is None:
        stmt = resource.filters.apply(select(resource.model), query, tiebreak=resource.model.id.desc())
    else:  # prepared once per shape of the query, the values bound (common/filters.py)
        stmt, params = resource.filters.prepared(lambda: paged.list, query, tiebreak=resource.model.id.desc())
    base = base_url(request)
    reader = Reader(session, base)

    async def serialize(rows):
        if paged is None:
            items = await SERIALIZERS[resource.model](reader, rows)
        else:
            items = await SERIALIZERS[resource.model](reader, rows, paged.page(rows))
        await expand(reader, resource.model, rows, items, wanted)
        return items

    body = await paginate(session, stmt, request, page, base, serialize, params=params)
    await log_shown(request, reader)
    return json_response(body)


async def retrieve_object(resource: Resource, key: str, request: Request, session: AsyncSession) -> Response:
    expandable = resource.model in EXPANDABLE
    only_known_parameters(request, {"expand"} if expandable else set())
    wanted = parse_expand(resource.model, request.query_params.get("expand")) if expandable else set()
    paged = PAGED.get(resource.model)
    row = await found(session, resource, key, paged)
    reader = Reader(session, base_url(request))
    if paged is None:
        item = await one(reader, row)
    else:
        item = (await SERIALIZERS[resource.model](reader, [row], paged.page([row])))[0]
    await expand(reader, resource.model, [row], [item], wanted)
    await log_shown(request, reader)
    return detail_response(request, item)


async def create_object(resource: Resource, request: Request, session: AsyncSession) -> Response:
    body = parse(resource.body, await json_body(request))
    row = resource.model()
    await apply(resource, session, row, body, "POST")
    reader = Reader(session, base_url(request))
    nieuw = await one(reader, row)
    await record(session, request, reader, resource, "create", row, None, nieuw)
    await commit(session, request)
    await log_shown(request, reader, "aanmaken")
    return created_response(nieuw)


async def update_object(resource: Resource, key: str, request: Request, session: AsyncSession) -> Response:
    method = request.method
    data = await json_body(request)
    row = await found(session, resource, key)
    oud = await one(Reader(session, base_url(request)), row)
    body = parse(resource.body if method == "PUT" else patch_model(resource.body), data)
    await apply(resource, session, row, body, method)
    reader = Reader(session, base_url(request))
    nieuw = await one(reader, row)
    await record(session, request, reader, resource, "update" if method == "PUT" else "partial_update", row,
                 oud, nieuw)
    await commit(session, request)
    await log_shown(request, reader, "wijzigen")
    return json_response(nieuw)


async def destroy_object(resource: Resource, key: str, request: Request, session: AsyncSession,
                         parameters: frozenset[str] = frozenset()) -> Response:
    only_known_parameters(request, set(parameters))
    row = await found(session, resource, key)
    reader = Reader(session, base_url(request))
    oud = await one(reader, row)
    if resource.before_delete is not None:
        await resource.before_delete(session, row)
    await record(session, request, reader, resource, "destroy", row, oud, None)
    await session.execute(delete(resource.model).where(resource.model.id == row.id))
    await flush(session)
    await commit(session, request)
    await log_shown(request, reader, "verwijderen")
    return Response(status_code=204)


# --- what differs per resource ----------------------------------------------------------------


async def _partij_before_delete(session: AsyncSession, row: Partij) -> None:
    """kic-005: a partij whose identifier is the parent of another partij's cannot go."""
    own = (await session.scalars(select(PartijIdentificator.id).where(PartijIdentificator.partij_id == row.id))).all()
    await rules.check_no_children(session, own)


async def _identificator_before_delete(session: AsyncSession, row: PartijIdentificator) -> None:
    await rules.check_no_children(session, [row.id])


async def _adres_before_delete(session: AsyncSession, row: DigitaalAdres) -> None:
    await rules.forget_voorkeur(session, Partij.voorkeurs_digitaal_adres_id, row.id)


async def _rekening_before_delete(session: AsyncSession, row: Rekeningnummer) -> None:
    await rules.forget_voorkeur(session, Partij.voorkeurs_rekeningnummer_id, row.id)


RESOURCES = [
    Resource(Partij, "/partijen", "partij", PartijIn, writes.apply_partij, filters.PARTIJ_FILTERS,
             kanaal="partijen", kenmerken=lambda r: {"nummer": r.nummer or "", "soortPartij": r.soort_partij},
             before_delete=_partij_before_delete),
    Resource(PartijIdentificator, "/partij-identificatoren", "partijidentificator", PartijIdentificatorIn,
             writes.apply_partij_identificator, filters.PARTIJ_IDENTIFICATOR_FILTERS,
             owner=(Partij, "partij_id"), before_delete=_identificator_before_delete),
    Resource(DigitaalAdres, "/digitaleadressen", "digitaaladres", DigitaalAdresIn, writes.apply_digitaal_adres,
             filters.DIGITAAL_ADRES_FILTERS, owner=(Partij, "partij_id"), before_delete=_adres_before_delete),
    Resource(Rekeningnummer, "/rekeningnummers", "rekeningnummer", RekeningnummerIn, writes.apply_rekeningnummer,
             filters.REKENINGNUMMER_FILTERS, owner=(Partij, "partij_id"), before_delete=_rekening_before_delete),
    Resource(Vertegenwoordiging, "/vertegenwoordigingen", "vertegenwoordigden", VertegenwoordigingIn,
             writes.apply_vertegenwoordiging, filters.VERTEGENWOORDIGING_FILTERS,
             owner=(Partij, "vertegenwoordigde_partij_id")),
    Resource(Categorie, "/categorieen", "categorie", CategorieIn, writes.apply_categorie, filters.CATEGORIE_FILTERS),
    Resource(CategorieRelatie, "/categorie-relaties", "categorierelatie", CategorieRelatieIn,
             writes.apply_categorie_relatie, filters.CATEGORIE_RELATIE_FILTERS, owner=(Partij, "partij_id")),
    Resource(Klantcontact, "/klantcontacten", "klantcontact", KlantcontactIn, writes.apply_klantcontact,
             filters.KLANTCONTACT_FILTERS, kanaal="klantcontacten",
             kenmerken=lambda r: {"hoofdOnderwerpType": r.hoofd_onderwerp_type,
                                  "indicatieContactGelukt": _flag(r.indicatie_contact_gelukt),
                                  "verdereActieOndernomen": _flag(r.verdere_actie_ondernomen)}),
    Resource(Betrokkene, "/betrokkenen", "betrokkene", BetrokkeneIn, writes.apply_betrokkene,
             filters.BETROKKENE_FILTERS, owner=(Klantcontact, "klantcontact_id")),
    Resource(Onderwerpobject, "/onderwerpobjecten", "onderwerpobject", OnderwerpobjectIn,
             writes.apply_onderwerpobject, filters.ONDERWERPOBJECT_FILTERS, owner=(Klantcontact, "klantcontact_id")),
    Resource(Bijlage, "/bijlagen", "bijlage", BijlageIn, writes.apply_bijlage, filters.BIJLAGE_FILTERS,
             owner=(Klantcontact, "klantcontact_id")),
    Resource(Actor, "/actoren", "actor", ActorIn, writes.apply_actor, filters.ACTOR_FILTERS),
    Resource(ActorKlantcontact, "/actorklantcontacten", "actorklantcontact", ActorKlantcontactIn,
             writes.apply_actorklantcontact, filters.ACTOR_KLANTCONTACT_FILTERS,
             owner=(Klantcontact, "klantcontact_id")),
    Resource(InterneTaak, "/internetaken", "internetaak", InterneTaakIn, writes.apply_internetaak,
             filters.INTERNE_TAAK_FILTERS, kanaal="internetaken",
             kenmerken=lambda r: {"nummer": r.nummer or "", "status": r.status}),
]
BY_MODEL = {resource.model: resource for resource in RESOURCES}
BY_UUID = {resource.model: select(resource.model).where(resource.model.uuid == bindparam("uuid"))
           for resource in RESOURCES}


def _routes(resource: Resource, custom_destroy: Callable | None = None) -> None:
    async def list_(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
        return await list_objects(resource, request, session)

    async def create(request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        return await create_object(resource, request, session)

    async def retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
        return await retrieve_object(resource, uuid, request, session)

    async def update(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        return await update_object(resource, uuid, request, session)

    async def destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
        return await destroy_object(resource, uuid, request, session)

    name = resource.path.strip("/").replace("-", "_")
    detail = f"{resource.path}/{{uuid}}"
    router.add_api_route(resource.path, list_, methods=["GET"], dependencies=[LEZEN], name=f"{name}_list")
    router.add_api_route(resource.path, create, methods=["POST"], dependencies=[SCHRIJVEN], name=f"{name}_create")
    router.add_api_route(detail, retrieve, methods=["GET"], dependencies=[LEZEN], name=f"{name}_retrieve")
    router.add_api_route(detail, update, methods=["PUT", "PATCH"], dependencies=[SCHRIJVEN], name=f"{name}_update")
    router.add_api_route(detail, custom_destroy or destroy, methods=["DELETE"], dependencies=[SCHRIJVEN],
                         name=f"{name}_destroy")


# --- onderwerpobjecten: delete with cascade (kic-012) -----------------------------------------


async def destroy_onderwerpobject(uuid: str, request: Request,
                                  session: AsyncSession = Depends(get_write_session)) -> Response:
    """kic-012: with ``cascade=true`` the klantcontacten of this onderwerpobject go too, unless
    another onderwerpobject still uses them; those are listed in ``behouden`` (200)."""
    resource = BY_MODEL[Onderwerpobject]
    only_known_parameters(request, {"cascade"})
    raw = request.query_params.get("cascade", "false").lower()
    if raw not in ("true", "false", "1", "0"):
        raise ValidationProblem([InvalidParam("cascade", "invalid", "Geef true of false.")])
    cascade = raw in ("true", "1")
    if not cascade:
        return await destroy_object(resource, uuid, request, session, frozenset({"cascade"}))
    row = await found(session, resource, uuid)
    reader = Reader(session, base_url(request))
    oud = await one(reader, row)
    await record(session, request, reader, resource, "destroy", row, oud, None)
    contact_ids = {i for i in (row.klantcontact_id, row.was_klantcontact_id) if i is not None}
    await session.execute(delete(Onderwerpobject).where(Onderwerpobject.id == row.id))
    behouden = []
    for contact in (await session.scalars(select(Klantcontact).where(Klantcontact.id.in_(contact_ids))
                                          .order_by(Klantcontact.id))).all() if contact_ids else []:
        used = await session.scalar(select(Onderwerpobject.id).where(
            or_(Onderwerpobject.klantcontact_id == contact.id, Onderwerpobject.was_klantcontact_id == contact.id)
        ).limit(1))
        if used is not None:
            behouden.append(reader.url(Klantcontact, contact.uuid))
            continue
        contact_resource = BY_MODEL[Klantcontact]
        await record(session, request, reader, contact_resource, "destroy", contact,
                     await one(reader, contact), None)
        await session.execute(delete(Klantcontact).where(Klantcontact.id == contact.id))
    await flush(session)
    await commit(session, request)
    return json_response({"behouden": behouden})


# --- maak-klantcontact ------------------------------------------------------------------------


@contextmanager
def errors_under(prefix: str):
    """Name the fields of a nested part of the body by their path: ``betrokkene.wasPartij.uuid``."""
    try:
        yield
    except ValidationProblem as problem:
        raise ValidationProblem([InvalidParam(f"{prefix}.{p.name}" if p.name != NON_FIELD_ERRORS else prefix,
                                              p.code, p.reason) for p in problem.invalid_params or []]) from None


@router.post("/maak-klantcontact", dependencies=[SCHRIJVEN], name="maak_klantcontact")
async def maak_klantcontact(request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    """A klantcontact with its betrokkene and onderwerpobject, in one transaction.

    The parts are checked first and the klantcontact's nummer is handed out last (kic-016), so
    that a body refused by a rule uses no nummer.
    """
    body = parse(MaakKlantcontactIn, await json_body(request))
    contact = Klantcontact()
    parts: list[tuple[Resource, Any]] = []
    betrokkene = None
    with session.no_autoflush:  # the parts wait for the klantcontact's id
        if given(body, "betrokkene") and body.betrokkene is not None:
            betrokkene = Betrokkene()
            with errors_under("betrokkene"):
                await writes.apply_betrokkene(session, betrokkene, body.betrokkene, "POST")
            parts.append((BY_MODEL[Betrokkene], betrokkene))
        if given(body, "onderwerpobject") and body.onderwerpobject is not None:
            onderwerp = Onderwerpobject()
            with errors_under("onderwerpobject"):
                await writes.apply_onderwerpobject(session, onderwerp, body.onderwerpobject, "POST")
            parts.append((BY_MODEL[Onderwerpobject], onderwerp))
        await writes.apply_klantcontact(session, contact, body.klantcontact, "POST")
        await flush(session, [contact])
    for _resource, row in parts:
        row.klantcontact_id = contact.id
    await flush(session)
    reader = Reader(session, base_url(request))
    if betrokkene is not None and body.betrokkene.was_partij is not None:
        reader.know(Partij, betrokkene.partij_id, body.betrokkene.was_partij.uuid)
    made = [row for _resource, row in parts]
    answer: dict[str, Any] = {"klantcontact": (await klantcontacten(
        reader, [contact], KlantcontactPage.made(contact, made)))[0]}
    await record(session, request, reader, BY_MODEL[Klantcontact], "create", contact, None, answer["klantcontact"])
    for resource, row in parts:
        item = (await betrokkenen(reader, [row], made=True))[0] if resource.model is Betrokkene else await one(reader, row)
        answer[resource.name] = item
        await record(session, request, reader, resource, "create", row, None, item)
    await commit(session, request)
    await log_shown(request, reader, "aanmaken")
    return json_response(answer, 201, {"Location": answer["klantcontact"]["url"]})


for _resource in RESOURCES:
    _routes(_resource, destroy_onderwerpobject if _resource.model is Onderwerpobject else None)

__all__ = ["router", "RESOURCES", "url_of"]
