"""Business rules of the Zaken API, each with the code of the standard's test inventory.

Find a rule by its code (zrc-001 ... zrc-023). References to other APIs are checked through
common.references: in-process when the other API is mounted here, over HTTP when it is
configured in REGISTRIES_SERVICES. Where the standard refers to an API this deployment does not
know (Documenten, Besluiten, Verzoeken, Contactmomenten, Referentielijsten), the URL's form is
checked and the object itself is not (see docs/zaken.md).
"""

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from fastapi import Request
from sqlalchemy import String, bindparam, cast, exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from common import validation
from common.auth.principal import Principal
from common.counters import counter_upsert, draw
from common.errors import NON_FIELD_ERRORS, InvalidParam, Problem, ValidationProblem
from common.references import ReferenceError
from common.responses import base_url
from registries.zaken import geo
from registries.zaken.models import IdentificatieTeller, Zaak, ZaakEigenschap, ZaakObject
from registries.zaken.schemas import API_ROOT

COMPONENT = "zrc"


# --------------------------------------------------------------------------- references


@dataclass
class Context:
    """What the rules of one request need: the request, its session, and the objects read so far."""

    request: Request
    session: AsyncSession
    fetched: dict[str, dict] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return base_url(self.request)

    @property
    def principal(self) -> Principal:
        return self.request.state.principal

    async def fetch(self, url: str) -> dict[str, Any]:
        if url not in self.fetched:
            self.fetched[url] = await self.request.app.state.references.fetch(self.request, self.session, url)
        return self.fetched[url]

    async def fetch_typed(self, url: str, collection: str) -> dict[str, Any]:
        """The object behind ``url``, which must be one of ``collection`` (zaaktypen, statustypen ...)."""
        found = await self.fetch(url)
        if f"/{collection}/" not in urlsplit(str(found.get("url") or url)).path or not isinstance(found, dict):
            raise ReferenceError("invalid-resource", f"De URL wijst niet naar een object uit {collection}.")
        return found

    def knows_api_of(self, url: str) -> bool:
        """Is the API this URL belongs to mounted here or configured as a service?"""
        references = self.request.app.state.references
        parts = urlsplit(url)
        ours = urlsplit(self.base)
        if (parts.scheme, parts.netloc) == (ours.scheme, ours.netloc):
            collection = parts.path.rstrip("/").rpartition("/")[0]
            if collection in references.local:
                return True
        return any(url.startswith(s.api_root + "/") for s in references.services)


def zaak_url(base: str, zaak: Zaak) -> str:
    return f"{base}{API_ROOT}/zaken/{zaak.uuid}"


def local_uuid(ctx: Context, url: str, collection: str) -> UUID | None:
    """The uuid of an object of this Zaken API behind ``url``; None when the URL is not ours."""
    prefix = f"{ctx.base}{API_ROOT}/{collection}/"
    if not url.startswith(prefix):
        return None
    try:
        return UUID(url[len(prefix):])
    except ValueError:
        return None


async def zaak_from_url(ctx: Context, url: str, name: str = "zaak") -> Zaak:
    """The zaak of this API behind ``url``; 400 on the field ``name`` otherwise."""
    key = local_uuid(ctx, url, "zaken")
    zaak = None
    if key is not None:
        zaak = await ctx.session.scalar(select(Zaak).where(Zaak.uuid == key))
    if zaak is None:
        raise ValidationProblem([InvalidParam(name, "does_not_exist", "Er bestaat geen zaak met deze URL.")])
    return zaak


def _invalid(name: str, error: ReferenceError) -> InvalidParam:
    return InvalidParam(name, error.code, error.reason)


# --------------------------------------------------------------------------- zaak


async def check_zaaktype(ctx: Context, url: str) -> tuple[dict | None, list[InvalidParam]]:
    """zrc-001: the zaaktype is a ZaakType of a Catalogi API (001d: it exists, 001e: it is a
    zaaktype) and is published (001f: a concept zaaktype is refused)."""
    try:
        zaaktype = await ctx.fetch_typed(url, "zaaktypen")
    except ReferenceError as exc:
        return None, [_invalid("zaaktype", exc)]
    if zaaktype.get("concept") is True:
        return zaaktype, [InvalidParam("zaaktype", "not-published", "Het zaaktype is nog niet gepubliceerd.")]
    return zaaktype, []


def check_immutable(name: str, old: Any, new: Any) -> list[InvalidParam]:
    """A zaak keeps its zaaktype (and a sub-resource its zaak): changing it is refused."""
    if old != new:
        return [InvalidParam(name, "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")]
    return []


async def check_identificatie_unique(ctx: Context, bronorganisatie: str, identificatie: str,
                                     own_id: int | None) -> list[InvalidParam]:
    """zrc-002a..c: identificatie is unique within a bronorganisatie."""
    stmt = select(Zaak.id).where(Zaak.bronorganisatie == bronorganisatie, Zaak.identificatie == identificatie)
    if own_id is not None:
        stmt = stmt.where(Zaak.id != own_id)
    if await ctx.session.scalar(stmt.limit(1)) is not None:
        return [duplicate_identificatie()]
    return []


def duplicate_identificatie() -> InvalidParam:
    return InvalidParam("identificatie", "identificatie-niet-uniek",
                        "Deze identificatie bestaat al voor deze bronorganisatie.")


def _draw_statement(insert):
    """Raise the counter of (bronorganisatie, jaar) by one, or start it at 1; returns the number."""
    return counter_upsert(insert, IdentificatieTeller.__table__.c.laatste,
                          {"bronorganisatie": bindparam("bronorganisatie"), "jaar": bindparam("jaar")})


def _draw_and_check_statement():
    """PostgreSQL: the number drawn and whether a zaak of the bronorganisatie already has its
    identificatie (``ZAAK-<jaar>-<number, at least 10 digits>``), in one statement."""
    drawn = _draw_statement(pg_insert).cte("drawn")
    number = cast(drawn.c.laatste, String)
    candidate = "ZAAK-" + cast(bindparam("jaar"), String) + "-" + func.lpad(
        number, func.greatest(10, func.length(number)), "0")
    taken = exists().where(Zaak.bronorganisatie == bindparam("bronorganisatie"), Zaak.identificatie == candidate)
    return select(drawn.c.laatste, taken)


# Built once, like every statement run on each create.
DRAW = _draw_statement(sqlite_insert)
DRAW_AND_CHECK = _draw_and_check_statement()
TAKEN = select(Zaak.id).where(Zaak.bronorganisatie == bindparam("bronorganisatie"),
                              Zaak.identificatie == bindparam("identificatie")).limit(1)


async def generate_identificatie(session: AsyncSession, own: AsyncEngine | None, bronorganisatie: str,
                                 on: date) -> str:
    """zrc-002d: ``ZAAK-<year>-<10 digits>``, unique within the bronorganisatie.

    One atomic upsert raises the counter row of (bronorganisatie, year). On PostgreSQL it commits
    on its own (``own``, common.db.autocommit_engine), together with the check that a client did
    not choose the number by hand: the row is locked only while that statement runs, so
    concurrent creates never wait for each other's transactions, and never draw the same number.
    A create that fails afterwards leaves its number unused (identificaties are unique, not
    gapless). On SQLite the write transaction holds the database lock, and the upsert runs in it.
    A number a client already chose by hand is skipped.
    """
    params = {"bronorganisatie": bronorganisatie, "jaar": on.year}
    while True:
        taken = None
        if own is not None:
            number, taken = await draw(session, own, DRAW_AND_CHECK, params)
        else:
            number, = await draw(session, None, DRAW, params)
        candidate = f"ZAAK-{on.year}-{number:010d}"
        if taken is None:
            taken = await session.scalar(TAKEN, {**params, "identificatie": candidate}) is not None
        if not taken:
            return candidate


def derive_vertrouwelijkheid(given: str | None, zaaktype: dict | None) -> str:
    """zrc-009: an explicit vertrouwelijkheidaanduiding is kept (009a-c); without one the
    zaaktype's applies (009d)."""
    if given:
        return given
    from_type = (zaaktype or {}).get("vertrouwelijkheidaanduiding")
    return from_type if isinstance(from_type, str) and from_type else "openbaar"


async def check_communicatiekanaal(ctx: Context, url: str) -> list[InvalidParam]:
    """zrc-010: communicatiekanaal is a communicatiekanaal of the Referentielijsten API
    (010d-f) when that API is known here; otherwise only its form is checked (010a-c)."""
    if not url or not ctx.knows_api_of(url):
        return []
    try:
        found = await ctx.fetch_typed(url, "communicatiekanalen")
    except ReferenceError as exc:
        return [_invalid("communicatiekanaal", exc)]
    if "naam" not in found:
        return [InvalidParam("communicatiekanaal", "invalid-resource", "De URL wijst niet naar een communicatiekanaal.")]
    return []


async def check_relevante_andere_zaken(ctx: Context, relaties: list[dict]) -> list[InvalidParam]:
    """zrc-011: every relevanteAndereZaken.url is a zaak (a zaak of this API, or of a Zaken API
    configured as a service)."""
    errors = []
    for index, relatie in enumerate(relaties):
        name = f"relevanteAndereZaken.{index}.url"
        target = relatie["url"]
        key = local_uuid(ctx, target, "zaken")
        if key is not None:
            if await ctx.session.scalar(select(Zaak.id).where(Zaak.uuid == key)) is None:
                errors.append(InvalidParam(name, "bad-url", "Er bestaat geen zaak met deze URL."))
            continue
        try:
            await ctx.fetch_typed(target, "zaken")
        except ReferenceError as exc:
            errors.append(_invalid(name, exc))
    return errors


def check_opschorting_verlenging(state: dict) -> list[InvalidParam]:
    """zrc-012: opschorting needs indicatie and reden, verlenging needs reden and duur; null is
    allowed for both. The shapes (schemas.Opschorting, schemas.Verlenging) demand the fields;
    this rule only refuses an opschorting with the indicatie set and no reden."""
    opschorting = state.get("opschorting")
    if opschorting and opschorting.get("indicatie") and not opschorting.get("reden", "").strip():
        return [InvalidParam("opschorting.reden", "required", "Geef de reden van de opschorting.")]
    return []


async def check_hoofdzaak(ctx: Context, url: str | None, own: Zaak | None) -> tuple[Zaak | None, list[InvalidParam]]:
    """zrc-013: hoofdzaak is a zaak of this API (013a), not the zaak itself (013c/d), and not a
    deelzaak itself (a deelzaak has no deelzaken of its own); a zaak with deelzaken cannot
    become a deelzaak."""
    if url is None:
        return None, []
    key = local_uuid(ctx, url, "zaken")
    hoofdzaak = await ctx.session.scalar(select(Zaak).where(Zaak.uuid == key)) if key is not None else None
    if hoofdzaak is None:
        return None, [InvalidParam("hoofdzaak", "invalid-resource", "De hoofdzaak moet een zaak van deze API zijn.")]
    if own is not None and hoofdzaak.id == own.id:
        return None, [InvalidParam("hoofdzaak", "self-forbidden", "Een zaak kan niet zijn eigen hoofdzaak zijn.")]
    if hoofdzaak.hoofdzaak_id is not None:
        return None, [InvalidParam("hoofdzaak", "deelzaak-als-hoofdzaak",
                                   "Een deelzaak kan zelf geen hoofdzaak zijn.")]
    if own is not None and await ctx.session.scalar(select(Zaak.id).where(Zaak.hoofdzaak_id == own.id).limit(1)):
        return None, [InvalidParam("hoofdzaak", "hoofdzaak-als-deelzaak",
                                   "Een zaak met deelzaken kan zelf geen deelzaak worden.")]
    return hoofdzaak, []


def check_betaling(state: dict, sent: set[str]) -> list[InvalidParam]:
    """zrc-014: with betalingsindicatie nvt there is no laatsteBetaaldatum (014a-c); setting
    nvt without sending a date empties it (014d/e)."""
    if state.get("betalingsindicatie") != "nvt":
        return []
    if state.get("laatste_betaaldatum") is not None and "laatste_betaaldatum" in sent:
        return [InvalidParam("laatsteBetaaldatum", "betaling-nvt",
                             "Bij betalingsindicatie nvt hoort geen laatste betaaldatum.")]
    state["laatste_betaaldatum"] = None
    return []


def check_producten_of_diensten(state: dict, zaaktype: dict | None) -> list[InvalidParam]:
    """zrc-015: every productenOfDiensten is one of the zaaktype's productenOfDiensten."""
    allowed = set((zaaktype or {}).get("productenOfDiensten") or [])
    if zaaktype is None or not state.get("producten_of_diensten"):
        return []
    if not set(state["producten_of_diensten"]) <= allowed:
        return [InvalidParam("productenOfDiensten", "invalid-products-services",
                             "Niet alle producten of diensten horen bij het zaaktype.")]
    return []


def check_archiefstatus(state: dict) -> list[InvalidParam]:
    """zrc-022: a new zaak is nog_te_archiveren (022a); another archiefstatus needs an
    archiefnominatie (022d/e) and an archiefactiedatum (022f/g)."""
    if state.get("archiefstatus", "nog_te_archiveren") == "nog_te_archiveren":
        return []
    errors = []
    if not state.get("archiefnominatie"):
        errors.append(InvalidParam("archiefnominatie", "archiefnominatie-not-set",
                                   "Zet eerst de archiefnominatie voor een andere archiefstatus."))
    if not state.get("archiefactiedatum"):
        errors.append(InvalidParam("archiefactiedatum", "archiefactiedatum-not-set",
                                   "Zet eerst de archiefactiedatum voor een andere archiefstatus."))
    return errors


def check_geometrie(value: Any) -> list[InvalidParam]:
    if value is None:
        return []
    try:
        geo.check(value)
    except geo.GeometryError as exc:
        return [InvalidParam("zaakgeometrie", "invalid", str(exc))]
    return []


def check_opdrachtgevende_organisatie(value: str) -> list[InvalidParam]:
    if value:
        try:
            validation.validate_rsin(value)
        except ValueError as exc:
            return [InvalidParam("opdrachtgevendeOrganisatie", "invalid", str(exc))]
    return []


# --------------------------------------------------------------------------- authorisation


def may(principal: Principal, scopes: tuple[str, ...], zaaktype: str, vertrouwelijkheidaanduiding: str) -> bool:
    return principal.allows(COMPONENT, scopes, type_field="zaaktype", type_url=zaaktype,
                            vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)


def forbidden(detail: str = "Deze applicatie mag deze zaak niet zien of wijzigen.") -> Problem:
    return Problem(403, detail, code="permission_denied")


def check_read(principal: Principal, zaak: Zaak) -> None:
    """zrc-006: a zaak outside the caller's zaaktypen or above its maximum confidentiality is 403."""
    if not may(principal, ("zaken.lezen",), zaak.zaaktype, zaak.vertrouwelijkheidaanduiding):
        raise forbidden()


def check_change(principal: Principal, zaak: Zaak, scopes: tuple[str, ...]) -> None:
    """zrc-006 and zrc-007: a write needs its scope for this zaaktype and confidentiality; on a
    closed zaak (einddatum set) only zaken.geforceerd-bijwerken may change anything."""
    if zaak.einddatum is not None:
        if not may(principal, ("zaken.geforceerd-bijwerken",), zaak.zaaktype, zaak.vertrouwelijkheidaanduiding):
            raise forbidden("Deze zaak is afgesloten; wijzigen kan alleen met de scope zaken.geforceerd-bijwerken.")
        return
    if not may(principal, scopes, zaak.zaaktype, zaak.vertrouwelijkheidaanduiding):
        raise forbidden()


BIJWERKEN = ("zaken.bijwerken", "zaken.geforceerd-bijwerken")


# --------------------------------------------------------------------------- sub-resources


def zaaktype_mismatch(name: str = NON_FIELD_ERRORS) -> ValidationProblem:
    return ValidationProblem([InvalidParam(name, "zaaktype-mismatch",
                                           "Dit type hoort niet bij het zaaktype van de zaak.")])


async def check_type_of_zaak(ctx: Context, zaak: Zaak, url: str, collection: str, name: str) -> dict:
    """zrc-016 (statustype), zrc-018 (eigenschap), zrc-019 (roltype), zrc-020 (resultaattype):
    the type belongs to the zaak's zaaktype."""
    try:
        found = await ctx.fetch_typed(url, collection)
    except ReferenceError as exc:
        raise ValidationProblem([_invalid(name, exc)]) from None
    if found.get("zaaktype") != zaak.zaaktype:
        raise zaaktype_mismatch()
    return found


async def check_informatieobject(ctx: Context, zaak: Zaak, url: str) -> None:
    """zrc-003: informatieobject is an EnkelvoudigInformatieObject of a Documenten API when that
    API is known here (003d), else its form only; zrc-017: its informatieobjecttype is one of
    the zaaktype's informatieobjecttypen."""
    if not ctx.knows_api_of(url):
        return
    try:
        document = await ctx.fetch_typed(url, "enkelvoudiginformatieobjecten")
    except ReferenceError as exc:
        raise ValidationProblem([_invalid("informatieobject", exc)]) from None
    try:
        zaaktype = await ctx.fetch(zaak.zaaktype)
    except ReferenceError:
        return
    allowed = set(zaaktype.get("informatieobjecttypen") or [])
    if document.get("informatieobjecttype") not in allowed:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "missing-zaaktype-informatieobjecttype-relation",
                                              "Het informatieobjecttype hoort niet bij het zaaktype.")])


async def check_known_object(ctx: Context, url: str, collection: str, name: str) -> None:
    """zrc-024/zrc-025 and the like: a besluit, contactmoment or verzoek is checked through its
    API when that API is known here, else by the form of its URL."""
    if not ctx.knows_api_of(url):
        return
    try:
        await ctx.fetch_typed(url, collection)
    except ReferenceError as exc:
        raise ValidationProblem([_invalid(name, exc)]) from None


class ObjectContactMomenten:
    """zrc-025: the Contactmomenten API keeps its side of a zaakcontactmoment, an
    objectcontactmoment (objectType zaak), which this API makes and removes. Through
    common.references.Relations: in-process when that API runs in this server (the caller's
    transaction), over HTTP with the credentials of REGISTRIES_SERVICES when not. When the
    contactmoment's API is not known here, there is nothing to keep in step."""

    def __init__(self, ctx: Context, contactmoment: str) -> None:
        self.ctx = ctx
        self.contactmoment = contactmoment
        root, found, _key = contactmoment.rstrip("/").rpartition("/contactmomenten/")
        self.collection = f"{root}/objectcontactmomenten" if found and root else ""
        relations = ctx.request.app.state.relations
        self.known = bool(self.collection) and relations.knows(ctx.request, self.collection)
        self.local = self.known and relations.is_local(ctx.request, self.collection)

    def _refused(self, exc: ReferenceError) -> ValidationProblem:
        return ValidationProblem([InvalidParam("contactmoment", exc.code, exc.reason)])

    async def create(self, zaak: Zaak) -> None:
        body = {"contactmoment": self.contactmoment, "object": zaak_url(self.ctx.base, zaak), "objectType": "zaak"}
        try:
            await self.ctx.request.app.state.relations.create(self.ctx.request, self.ctx.session, self.collection, body)
        except ReferenceError as exc:
            raise self._refused(exc) from None

    async def destroy(self, zaak: Zaak) -> None:
        relations = self.ctx.request.app.state.relations
        try:
            found = await relations.search(self.ctx.request, self.ctx.session, self.collection,
                                           {"object": zaak_url(self.ctx.base, zaak), "contactmoment": self.contactmoment})
            for item in found:
                await relations.delete(self.ctx.request, self.ctx.session, item["url"])
        except (ReferenceError, KeyError, TypeError) as exc:
            raise self._refused(exc if isinstance(exc, ReferenceError)
                                else ReferenceError("invalid-resource", "Onverwacht antwoord.")) from None


# --------------------------------------------------------------------------- statussen


async def eindstatus_of(ctx: Context, zaak: Zaak) -> str | None:
    """zrc-007: the eindstatus is the statustype with the highest volgnummer of the zaaktype."""
    zaaktype = await ctx.fetch(zaak.zaaktype)
    best: tuple[int, str] | None = None
    for url in zaaktype.get("statustypen") or []:
        try:
            statustype = await ctx.fetch(url)
        except ReferenceError:
            continue
        volgnummer = statustype.get("volgnummer")
        if isinstance(volgnummer, int) and (best is None or volgnummer > best[0]):
            best = (volgnummer, url)
    return best[1] if best else None


async def check_documents_gebruiksrechten(ctx: Context, informatieobjecten: list[str]) -> None:
    """zrc-007q: a zaak is closed only when every document has indicatieGebruiksrecht set,
    checked for the documents whose Documenten API is known here."""
    for url in informatieobjecten:
        if not ctx.knows_api_of(url):
            continue
        try:
            document = await ctx.fetch(url)
        except ReferenceError:
            continue
        if document.get("indicatieGebruiksrecht") is None:
            raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "indicatiegebruiksrecht-unset",
                                                  "Zet indicatieGebruiksrecht van elk document voor het afsluiten.")])


# --------------------------------------------------------------------------- archiving


_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$")


def add_duration(start: date, duration: str | None) -> date | None:
    """``start`` plus an ISO 8601 duration of years, months, weeks and days (times are ignored)."""
    if not duration:
        return None
    match = _DURATION.fullmatch(duration)
    if not match:
        return None
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    month_index = start.month - 1 + months + 12 * years
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day) + timedelta(weeks=weeks, days=days)


def _as_date(value: Any) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value:
        try:
            return validation.parse_date(value[:10])
        except ValueError:
            return None
    return None


async def brondatum(ctx: Context, zaak: Zaak, procedure: dict, einddatum: date) -> date | None:
    """zrc-021: the brondatum of the archiefprocedure, per afleidingswijze."""
    wijze = procedure.get("afleidingswijze")
    if wijze == "afgehandeld":  # zrc-021a
        return einddatum
    if wijze == "termijn":
        return add_duration(einddatum, procedure.get("procestermijn"))
    if wijze == "hoofdzaak":
        if zaak.hoofdzaak_id is None:
            return None
        return await ctx.session.scalar(select(Zaak.einddatum).where(Zaak.id == zaak.hoofdzaak_id))
    if wijze == "gerelateerde_zaak":
        dates = []
        for relatie in zaak.relevante_andere_zaken or []:
            key = local_uuid(ctx, relatie.get("url", ""), "zaken")
            if key is not None:
                dates.append(await ctx.session.scalar(select(Zaak.einddatum).where(Zaak.uuid == key)))
        dates = [d for d in dates if d]
        return max(dates) if dates else None
    if wijze == "eigenschap":  # zrc-021c
        naam = procedure.get("datumkenmerk")
        waarde = await ctx.session.scalar(
            select(ZaakEigenschap.waarde).where(ZaakEigenschap.zaak_id == zaak.id, ZaakEigenschap.naam == naam)
        )
        return _as_date(waarde)
    if wijze == "zaakobject":  # zrc-021h
        objecttype, kenmerk = procedure.get("objecttype"), procedure.get("datumkenmerk")
        rows = (await ctx.session.scalars(
            select(ZaakObject).where(ZaakObject.zaak_id == zaak.id, ZaakObject.object_type == objecttype)
        )).all()
        for row in rows:
            found = _as_date((row.object_identificatie or {}).get(kenmerk))
            if found is None and row.object and ctx.knows_api_of(row.object):
                try:
                    found = _as_date((await ctx.fetch(row.object)).get(kenmerk))
                except ReferenceError:
                    found = None
            if found is not None:
                return found
        return None
    # ander_datumkenmerk (zrc-021g), ingangsdatum_besluit, vervaldatum_besluit: the brondatum
    # is registered elsewhere; the archiefactiedatum is left to the archivist.
    return None


async def apply_archiving(ctx: Context, zaak: Zaak, resultaattype: dict, einddatum: date) -> None:
    """zrc-021: on closing, archiefnominatie follows the resultaattype when the zaak has none,
    and archiefactiedatum is brondatum plus the archiefactietermijn."""
    if not zaak.archiefnominatie:
        zaak.archiefnominatie = resultaattype.get("archiefnominatie") or None
    procedure = resultaattype.get("brondatumArchiefprocedure") or {}
    start = await brondatum(ctx, zaak, procedure, einddatum)
    if start is not None:
        zaak.startdatum_bewaartermijn = start
    termijn = resultaattype.get("archiefactietermijn")
    if zaak.archiefactiedatum is None and start is not None and termijn:
        zaak.archiefactiedatum = add_duration(start, termijn)


def reopen(zaak: Zaak) -> None:
    """zrc-008b: reopening empties einddatum, archiefactiedatum and archiefnominatie."""
    zaak.einddatum = None
    zaak.archiefactiedatum = None
    zaak.archiefnominatie = None


def today() -> date:
    return datetime.now(UTC).date()
