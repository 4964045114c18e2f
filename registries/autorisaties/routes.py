"""Endpoints of the Autorisaties API. Thin: parse, apply the rules, store, answer.

Every write ends by emptying this process's cache of applications, so a changed autorisatie
holds at once here; other server processes see it within ``auth_cache_seconds``.
"""

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
from common.errors import Problem, invalid
from common.pagination import page_request, paginate
from common.responses import base_url, created_response, json_response
from registries.autorisaties import rules, store
from registries.autorisaties.filters import APPLICATIE_FILTERS, CONSUMER_FILTERS
from registries.autorisaties.models import Applicatie
from registries.autorisaties.schemas import ApplicatieIn, ApplicatiePatch

router = APIRouter()
ac = Authorizer(component="ac")
LEZEN = Depends(ac.require("autorisaties.lezen"))
BIJWERKEN = Depends(ac.require("autorisaties.bijwerken"))


def _not_found(key: str) -> Problem:
    return Problem(404, f"Er bestaat geen applicatie met uuid {key}.")


async def _applicatie(session: AsyncSession, key: str) -> Applicatie:
    try:
        uuid = UUID(key)
    except ValueError:
        raise _not_found(key) from None
    applicatie = await store.by_uuid(session, uuid)
    if applicatie is None:
        raise _not_found(key)
    return applicatie


async def _save(
    session: AsyncSession, request: Request, applicatie: Applicatie, body: ApplicatiePatch, *, creating: bool
) -> dict[str, Any]:
    """Apply the ac-* rules to what the applicatie will be, store it, and return its wire form."""
    given = body.model_fields_set
    if "client_ids" in given:
        rules.check_client_ids_listed_once(body.client_ids)
        await rules.check_client_ids_free(session, body.client_ids, None if creating else applicatie.id)
    if "autorisaties" in given:
        rules.check_autorisaties_per_component(body.autorisaties)
    heeft_alle = body.heeft_alle_autorisaties if "heeft_alle_autorisaties" in given else applicatie.heeft_alle_autorisaties
    if "autorisaties" in given:
        autorisaties: list[Any] = body.autorisaties
    else:
        autorisaties = [] if creating else (await store.represent_one(session, "", applicatie))["autorisaties"]
    kept_elsewhere = not creating and await store.has_other_autorisaties(session, applicatie.id)
    rules.check_alle_autorisaties_or_explicit(heeft_alle, autorisaties, kept_elsewhere)

    if "label" in given:
        applicatie.label = body.label
    applicatie.heeft_alle_autorisaties = heeft_alle
    session.add(applicatie)
    try:
        await session.flush()
        if "client_ids" in given:
            await store.save_client_ids(session, applicatie, body.client_ids)
        if "autorisaties" in given:
            await store.replace_autorisaties(session, applicatie, body.autorisaties)
    except IntegrityError:
        # Another request took one of these client ids between our check and our write.
        await session.rollback()
        raise rules.client_ids_taken() from None
    return await store.represent_one(session, base_url(request), applicatie)


async def _commit(session: AsyncSession, request: Request, change: Change) -> None:
    await changes.record(session, request, change)
    await session.commit()
    changes.committed(request)
    request.app.state.accounts.clear()


def _change(actie: str, data: dict[str, Any], *, oud: dict | None = None, nieuw: dict | None = None) -> Change:
    return Change(
        bron="AC", actie=actie, resource="applicatie", resource_url=data["url"], hoofd_object=data["url"],
        resource_weergave=data["label"], oud=oud, nieuw=nieuw, kanaal="autorisaties", kenmerken={},
    )


@router.get("/applicaties", dependencies=[LEZEN])
async def applicatie_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    settings = request.app.state.settings
    query = dict(request.query_params)
    page = page_request(query, settings.page_size, settings.max_page_size)
    stmt = APPLICATIE_FILTERS.apply(select(Applicatie), query, tiebreak=Applicatie.id)
    base = base_url(request)

    async def serialize(rows):
        return await store.represent(session, base, rows)

    return json_response(await paginate(session, stmt, request, page, base, serialize))


@router.post("/applicaties", dependencies=[BIJWERKEN])
async def applicatie_create(
    body: ApplicatieIn, request: Request, session: AsyncSession = Depends(get_write_session)
) -> Response:
    applicatie = Applicatie(label=body.label, heeft_alle_autorisaties=False)
    data = await _save(session, request, applicatie, body, creating=True)
    await _commit(session, request, _change("create", data, nieuw=data))
    return created_response(data)


# Registered before /applicaties/{uuid}, which would otherwise take "consumer" for a uuid.
@router.get("/applicaties/consumer", dependencies=[LEZEN])
async def applicatie_consumer(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    query = dict(request.query_params)
    stmt = CONSUMER_FILTERS.apply(select(Applicatie), query, tiebreak=Applicatie.id)
    client_id = query.get("clientId", "")
    if not client_id:
        raise invalid("clientId", "required", "Geef de client id waarvan je de applicatie zoekt.")
    applicatie = (await session.scalars(stmt.limit(1))).first()
    if applicatie is None:
        raise Problem(404, f"Geen applicatie heeft de client id {client_id}.")
    # The contract answers a list (of the one applicatie that has this client id).
    return json_response(await store.represent(session, base_url(request), [applicatie]))


@router.get("/applicaties/{uuid}", dependencies=[LEZEN])
async def applicatie_read(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    applicatie = await _applicatie(session, uuid)
    return json_response(await store.represent_one(session, base_url(request), applicatie))


@router.put("/applicaties/{uuid}", dependencies=[BIJWERKEN])
async def applicatie_update(
    uuid: str, body: ApplicatieIn, request: Request, session: AsyncSession = Depends(get_write_session)
) -> Response:
    applicatie = await _applicatie(session, uuid)
    oud = await store.represent_one(session, base_url(request), applicatie)
    data = await _save(session, request, applicatie, body, creating=False)
    await _commit(session, request, _change("update", data, oud=oud, nieuw=data))
    return json_response(data)


@router.patch("/applicaties/{uuid}", dependencies=[BIJWERKEN])
async def applicatie_partial_update(
    uuid: str, body: ApplicatiePatch, request: Request, session: AsyncSession = Depends(get_write_session)
) -> Response:
    applicatie = await _applicatie(session, uuid)
    oud = await store.represent_one(session, base_url(request), applicatie)
    data = await _save(session, request, applicatie, body, creating=False)
    await _commit(session, request, _change("partial_update", data, oud=oud, nieuw=data))
    return json_response(data)


@router.delete("/applicaties/{uuid}", dependencies=[BIJWERKEN])
async def applicatie_delete(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    applicatie = await _applicatie(session, uuid)
    oud = await store.represent_one(session, base_url(request), applicatie)
    await store.remove(session, applicatie)
    await _commit(session, request, _change("destroy", oud, oud=oud))
    return Response(status_code=204)
