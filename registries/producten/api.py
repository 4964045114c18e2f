"""What the routes of both APIs share: reading a key from the path, lists, and committing a write
with its audit trail entry (and notification)."""

from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from fastapi import Request
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from starlette.responses import Response

from common import changes
from common.changes import Change
from common.errors import Problem
from common.pagination import paginate
from common.responses import base_url, json_response
from registries.producten.querying import MultiFilterSet, page_request

BRON = "PRD"


def today() -> date:
    return date.today()


def not_found(what: str, key: Any) -> Problem:
    return Problem(404, f"Er bestaat geen {what} met {'id' if isinstance(key, int) else 'uuid'} {key}.")


def parse_uuid(key: str, what: str) -> UUID:
    try:
        return UUID(key)
    except ValueError:
        raise not_found(what, key) from None


async def by_uuid(session: AsyncSession, model, key: str, what: str):
    found = await session.scalar(select(model).where(model.uuid == parse_uuid(key, what)))
    if found is None:
        raise not_found(what, key)
    return found


async def list_response(
    request: Request,
    session: AsyncSession,
    filters: MultiFilterSet,
    stmt: Select,
    tiebreak: ColumnElement | Sequence[ColumnElement],
    serialize: Callable[[Sequence[Any]], Awaitable[list[dict]]],
) -> Response:
    page = page_request(request)
    stmt = filters.apply_request(stmt, request, tiebreak)
    return json_response(await paginate(session, stmt, request, page, base_url(request), serialize))


async def commit(session: AsyncSession, request: Request, change: Change) -> None:
    """The audit trail entry (and outbox message) in the same transaction as the change."""
    await changes.record(session, request, change)
    await session.commit()
    changes.committed(request)


def change(actie: str, resource: str, url: str, *, hoofd: str | None = None, weergave: str = "",
           oud: dict | None = None, nieuw: dict | None = None, kanaal: str | None = None,
           kenmerken: dict[str, str] | None = None) -> Change:
    return Change(bron=BRON, actie=actie, resource=resource, resource_url=url, hoofd_object=hoofd or url,
                  resource_weergave=weergave, oud=oud, nieuw=nieuw, kanaal=kanaal, kenmerken=kenmerken or {})
