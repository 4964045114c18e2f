"""Business rules of the Contactmomenten API. Find a rule by its code.

* zrc-025: a contactmoment belongs to a zaak when both APIs keep the relation: the Zaken API as
  its ``zaakcontactmoment``, this API as an ``objectcontactmoment`` with objectType ``zaak``. The
  Zaken API makes and removes our side (in-process when it runs in this server, over HTTP with
  the credentials of REGISTRIES_SERVICES when not). An objectcontactmoment whose zaak does not
  have the relation is refused (400 ``inconsistent-relation``); one whose zaak still has it cannot
  be deleted (400 ``remote-relation-exists``).
* cmc-001: ``vorigContactmoment`` is a contactmoment of this API, not the contactmoment itself,
  and is followed by at most one contactmoment (400 ``does_not_exist``, ``invalid``, ``unique``).
* cmc-002: the ``contactmoment`` of a klant- or objectcontactmoment is one of this API
  (400 ``does_not_exist``); a klant has one klantcontactmoment per contactmoment and rol, an
  object one objectcontactmoment per contactmoment (400 ``unique``).
* cmc-003: a ``klant`` URL is checked through its API when that API is known here (400
  ``bad-url``/``invalid-resource``), else by its form.
"""

from urllib.parse import urlsplit
from uuid import UUID

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.errors import NON_FIELD_ERRORS, InvalidParam, ValidationProblem
from common.references import ReferenceError
from common.responses import base_url
from registries.contactmomenten.models import ContactMoment
from registries.contactmomenten.schemas import API_ROOT

COMPONENT = "cmc"


def invalid(name: str, code: str, reason: str) -> ValidationProblem:
    return ValidationProblem([InvalidParam(name, code, reason)])


def local_uuid(request: Request, value: str, collection: str) -> UUID | None:
    prefix = f"{base_url(request)}{API_ROOT}/{collection}/"
    if not value.startswith(prefix):
        return None
    try:
        return UUID(value[len(prefix):])
    except ValueError:
        return None


async def contactmoment_from_url(request: Request, session: AsyncSession, value: str,
                                 name: str = "contactmoment") -> ContactMoment:
    """cmc-002: the contactmoment behind ``value`` must be one of this API."""
    key = local_uuid(request, value, "contactmomenten")
    row = await session.scalar(select(ContactMoment).where(ContactMoment.uuid == key)) if key else None
    if row is None:
        raise invalid(name, "does_not_exist", "Er bestaat geen contactmoment met deze URL.")
    return row


async def check_vorig(request: Request, session: AsyncSession, value: str | None,
                      own: ContactMoment | None) -> int | None:
    """cmc-001: vorigContactmoment is another contactmoment of this API, not yet followed by one."""
    if not value:
        return None
    vorig = await contactmoment_from_url(request, session, value, "vorigContactmoment")
    if own is not None and vorig.id == own.id:
        raise invalid("vorigContactmoment", "invalid", "Een contactmoment volgt niet op zichzelf.")
    taken = await session.scalar(select(ContactMoment.id).where(ContactMoment.vorig_id == vorig.id))
    if taken is not None and (own is None or taken != own.id):
        raise invalid("vorigContactmoment", "unique", "Op dit contactmoment volgt al een ander contactmoment.")
    return vorig.id


def knows_api_of(request: Request, value: str) -> bool:
    references = request.app.state.references
    parts, ours = urlsplit(value), urlsplit(base_url(request))
    if (parts.scheme, parts.netloc) == (ours.scheme, ours.netloc):
        if parts.path.rstrip("/").rpartition("/")[0] in references.local:
            return True
    return any(value.startswith(s.api_root + "/") for s in references.services)


async def check_klant(request: Request, session: AsyncSession, value: str) -> None:
    """cmc-003: a klant in an API known here must exist there."""
    if not knows_api_of(request, value):
        return
    try:
        await request.app.state.references.fetch(request, session, value)
    except ReferenceError as exc:
        raise invalid("klant", exc.code, exc.reason) from None


def zaakcontactmomenten_of(zaak_url: str) -> str:
    """The zaakcontactmomenten collection of the Zaken API that ``zaak_url`` belongs to."""
    root, found, key = zaak_url.rstrip("/").rpartition("/zaken/")
    if not found or not root or "/" in key:
        raise invalid("object", "bad-url", "Geef de URL van een zaak in een Zaken API.")
    return f"{root}/zaakcontactmomenten"


async def zaak_has_relation(request: Request, session: AsyncSession, zaak_url: str, contactmoment_url: str) -> bool:
    """zrc-025: does the Zaken API of this zaak keep the zaakcontactmoment?"""
    collection = zaakcontactmomenten_of(zaak_url)
    relations = request.app.state.relations
    if not relations.knows(request, collection):
        raise invalid("object", "bad-url", "Deze zaak hoort bij geen Zaken API die deze installatie kent.")
    try:
        found = await relations.search(request, session, collection,
                                       {"zaak": zaak_url, "contactmoment": contactmoment_url})
    except ReferenceError as exc:
        raise invalid("object", exc.code, exc.reason) from None
    return any(item.get("contactmoment") == contactmoment_url for item in found)


async def check_object_create(request: Request, session: AsyncSession, zaak_url: str, contactmoment_url: str) -> None:
    """zrc-025: an objectcontactmoment of a zaak exists only when the Zaken API has the relation."""
    if not await zaak_has_relation(request, session, zaak_url, contactmoment_url):
        raise invalid(NON_FIELD_ERRORS, "inconsistent-relation",
                      "De Zaken API kent deze koppeling tussen zaak en contactmoment niet; maak de "
                      "koppeling daar (zaakcontactmomenten).")


async def check_object_destroy(request: Request, session: AsyncSession, zaak_url: str,
                               contactmoment_url: str) -> None:
    """zrc-025: an objectcontactmoment goes only after the Zaken API removed its relation. When
    this installation knows no Zaken API for the zaak, there is nothing to check against."""
    try:
        collection = zaakcontactmomenten_of(zaak_url)
    except ValidationProblem:
        return
    if not request.app.state.relations.knows(request, collection):
        return
    if await zaak_has_relation(request, session, zaak_url, contactmoment_url):
        raise invalid(NON_FIELD_ERRORS, "remote-relation-exists",
                      "De Zaken API heeft deze koppeling nog; verwijder die daar (zaakcontactmomenten).")
