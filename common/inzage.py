"""The inzage endpoint: the processing log of one data subject over HTTP, for a portal's "who used my data".

``GET /inzage/verwerkingen?bsn=...`` (or ``?kvk=...``) lists, newest first and page-numbered like
every list, which application read or changed that person's or organisation's data, when, why
and in which trace. It is the HTTP form of ``registries inzage``.

The log is about every registry of the deployment, so it is not part of one registry's API and
has no contract of its own; the caller needs the scope ``verwerkingen.lezen`` (component ``ac``,
the platform's Autorisaties). A portal calls it from its backend, for the resident who logged in
there, never straight from a browser.
"""

from datetime import UTC
from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common import validation
from common.auth.dependencies import Authorizer
from common.db import get_session
from common.errors import InvalidParam, ValidationProblem
from common.pagination import page_request, paginate
from common.platform.models import Verwerking
from common.responses import base_url, json_response

PATH = "/inzage/verwerkingen"
SCOPE = "verwerkingen.lezen"
_SUBJECTS = {"bsn": validation.validate_bsn, "kvk": validation.validate_kvk_nummer}
_ALLOWED = {*_SUBJECTS, "page", "pageSize"}

router = APIRouter()
_auth = Authorizer(component="ac")


def verwerking_json(record: Verwerking) -> dict[str, Any]:
    """One record as the endpoint and ``registries inzage`` show it."""
    moment = record.tijdstip if record.tijdstip.tzinfo else record.tijdstip.replace(tzinfo=UTC)  # SQLite: naive, UTC
    return {
        "tijdstip": moment.isoformat(), "register": record.component, "activiteit": record.activiteit,
        "resource": record.resource, "resourceUrl": record.resource_url, "applicatie": record.applicatie_weergave,
        "gebruiker": record.gebruikers_id, "doel": record.doel, "traceId": record.trace_id,
    }


def _subject(query) -> tuple[str, str]:
    unknown = sorted(set(query) - _ALLOWED)
    if unknown:
        raise ValidationProblem([InvalidParam(name, "unknown-parameters", "Deze parameter bestaat niet.")
                                 for name in unknown])
    given = [kind for kind in _SUBJECTS if query.get(kind)]
    if len(given) != 1:
        raise ValidationProblem([InvalidParam("nonFieldErrors", "invalid", "Geef precies een van bsn en kvk.")])
    kind = given[0]
    try:
        return kind, _SUBJECTS[kind](query[kind])
    except ValueError as exc:
        raise ValidationProblem([InvalidParam(kind, "invalid", str(exc))]) from None


@router.get(PATH, include_in_schema=False)
async def verwerkingen(
    request: Request,
    session: AsyncSession = Depends(get_session),
    _principal=Depends(_auth.require(SCOPE)),
):
    kind, subject_id = _subject(request.query_params)
    settings = request.app.state.settings
    page = page_request(request.query_params, settings.page_size, settings.max_page_size)
    stmt = (
        select(Verwerking)
        .where(Verwerking.subject_type == kind, Verwerking.subject_id == subject_id)
        .order_by(Verwerking.tijdstip.desc(), Verwerking.id.desc())
    )
    body = await paginate(session, stmt, request, page, base_url(request),
                          lambda rows: [verwerking_json(r) for r in rows])
    return json_response(body)
