"""Business rules of the Producttypen API and the Producten API, each with its code (prd-NNN).

The rules follow Open Product 1.8, the reference implementation of these APIs; docs/producten.md
lists them for front-end developers. A broken rule is a 400 naming the field it is about
(``nonFieldErrors`` for a rule on the object as a whole).
"""

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common import validation
from common.errors import NON_FIELD_ERRORS, InvalidParam, ValidationProblem
from registries.producten import jsonschemas
from registries.producten.models import (
    ENDABLE,
    STARTABLE,
    JsonSchema,
    Prijs,
    Product,
    ProductType,
    ProductTypeThema,
    Thema,
    UniformeProductNaam,
)

UPL_REQUIRED_FOR = ("burgers", "bedrijven_en_instellingen")
TRANSLATIONS = ("en",)


class Errors:
    """Collects broken rules so one answer names all of them."""

    def __init__(self) -> None:
        self.params: list[InvalidParam] = []

    def add(self, name: str, code: str, reason: str) -> None:
        self.params.append(InvalidParam(name, code, reason))

    def raise_if_any(self) -> None:
        if self.params:
            raise ValidationProblem(self.params)


def fail(name: str, code: str, reason: str) -> ValidationProblem:
    return ValidationProblem([InvalidParam(name, code, reason)])


# --------------------------------------------------------------------------- producttypen


async def check_code_unique(session: AsyncSession, code: str, own_id: int | None) -> None:
    """prd-001: a producttype's code is unique."""
    stmt = select(exists().where(ProductType.code == code, ProductType.id != (own_id or -1)))
    if await session.scalar(stmt):
        raise fail("code", "unique", f"Er bestaat al een producttype met de code {code}.")


def code_taken(code: str) -> ValidationProblem:
    return fail("code", "unique", f"Er bestaat al een producttype met de code {code}.")


def check_no_duplicates(errors: Errors, name: str, values: Sequence[UUID]) -> None:
    """prd-005: a list of uuids names each object once."""
    seen, doubles = set(), []
    for value in values:
        if value in seen:
            doubles.append(str(value))
        seen.add(value)
    if doubles:
        errors.add(name, "invalid", f"Dubbele uuid's: {', '.join(sorted(set(doubles)))}.")


async def ids_of(session: AsyncSession, errors: Errors, name: str, model, uuids: Sequence[UUID]) -> list[int]:
    """prd-005: the ids of the objects these uuids name, in the given order; unknown ones are errors."""
    check_no_duplicates(errors, name, uuids)
    if not uuids:
        return []
    found = dict((await session.execute(select(model.uuid, model.id).where(model.uuid.in_(set(uuids))))).all())
    missing = [str(u) for u in uuids if u not in found]
    if missing:
        errors.add(name, "does_not_exist", f"Onbekende uuid's: {', '.join(missing)}.")
    return [found[u] for u in dict.fromkeys(uuids) if u in found]


def check_themas_given(errors: Errors, thema_uuids: Sequence[UUID]) -> None:
    """prd-002: a producttype belongs to at least one thema."""
    if not thema_uuids:
        errors.add("thema_uuids", "min_length", "Er is minimaal één thema vereist.")


async def upl_id(session: AsyncSession, errors: Errors, naam: str | None, doelgroep: str) -> int | None:
    """prd-003: a UPL name is required for doelgroep burgers and bedrijven_en_instellingen, and
    must be a name of the Uniforme Productnamenlijst the operator loaded (`registries upl import`)."""
    if not naam:
        if doelgroep in UPL_REQUIRED_FOR:
            errors.add("uniforme_product_naam", "required",
                       "Bij de doelgroep burgers of bedrijven_en_instellingen is een uniforme productnaam verplicht.")
        return None
    found = await session.scalar(select(UniformeProductNaam.id).where(
        UniformeProductNaam.naam == naam, UniformeProductNaam.is_verwijderd.is_(False)))
    if found is None:
        errors.add("uniforme_product_naam", "does_not_exist",
                   f"'{naam}' staat niet in de Uniforme Productnamenlijst van deze installatie.")
    return found


def check_publicatie(errors: Errors, start: date | None, eind: date | None) -> None:
    """prd-004: a publication ends after it starts, and cannot end without a start."""
    if eind is None:
        return
    if start is None:
        errors.add("publicatie_eind_datum", "invalid",
                   "De publicatie-einddatum kan niet zonder een publicatie-startdatum worden gezet.")
    elif eind <= start:
        errors.add("publicatie_eind_datum", "invalid", "De publicatie-einddatum ligt na de publicatie-startdatum.")


def check_unique_names(errors: Errors, name: str, items: Sequence[Any]) -> None:
    """prd-006: the externe codes (and the parameters) of a producttype have distinct names."""
    seen = set()
    for item in items:
        if item.naam in seen:
            errors.add(name, "unique", f"De naam {item.naam} komt meer dan eens voor.")
        seen.add(item.naam)


async def schema_id(session: AsyncSession, errors: Errors, name: str, naam: str | None) -> int | None:
    if naam is None:
        return None
    found = await session.scalar(select(JsonSchema.id).where(JsonSchema.naam == naam))
    if found is None:
        errors.add(name, "does_not_exist", f"Er bestaat geen schema met de naam {naam}.")
    return found


async def check_producttype_unused(session: AsyncSession, producttype: ProductType) -> None:
    """prd-020: a producttype with products cannot be deleted."""
    if await session.scalar(select(exists().where(Product.producttype_id == producttype.id))):
        raise fail(NON_FIELD_ERRORS, "protected", "Dit producttype heeft producten en kan niet worden verwijderd.")


def check_translation_language(taal: str) -> str:
    """prd-021: translations exist for en; Dutch is the producttype itself."""
    taal = taal.lower()
    if taal == "nl":
        raise fail("taal", "invalid", "De Nederlandse tekst pas je aan op het producttype zelf.")
    if taal not in TRANSLATIONS:
        raise fail("taal", "invalid", f"Vertalingen zijn er in: {', '.join(TRANSLATIONS)}.")
    return taal


# --------------------------------------------------------------------------- themas


async def check_hoofd_thema(session: AsyncSession, thema: Thema | None, hoofd: Thema | None) -> None:
    """prd-007: the themas form a tree: no thema is its own (indirect) hoofd_thema."""
    if thema is None or thema.id is None or hoofd is None:
        return
    current: int | None = hoofd.id
    seen = set()
    while current is not None and current not in seen:
        if current == thema.id:
            raise fail("hoofd_thema", "invalid", "Een thema kan niet (via andere thema's) zijn eigen hoofdthema zijn.")
        seen.add(current)
        current = await session.scalar(select(Thema.hoofd_thema_id).where(Thema.id == current))


async def check_thema_publicatie(session: AsyncSession, thema: Thema | None, hoofd: Thema | None, gepubliceerd: bool) -> None:
    """prd-008: a sub-thema is published only under a published hoofd_thema, and a thema with
    published sub-themas stays published."""
    if gepubliceerd and hoofd is not None and not hoofd.gepubliceerd:
        raise fail("hoofd_thema", "invalid", "Publiceer eerst het hoofdthema, dan pas zijn subthema's.")
    if not gepubliceerd and thema is not None and thema.id is not None:
        published_sub = await session.scalar(select(exists().where(Thema.hoofd_thema_id == thema.id, Thema.gepubliceerd.is_(True))))
        if published_sub:
            raise fail("gepubliceerd", "invalid", "Een thema met gepubliceerde subthema's kan niet ongepubliceerd worden.")


async def check_thema_removable(session: AsyncSession, thema: Thema) -> None:
    """prd-009: a thema with sub-themas, or the last thema of a producttype, cannot be deleted."""
    if await session.scalar(select(exists().where(Thema.hoofd_thema_id == thema.id))):
        raise fail(NON_FIELD_ERRORS, "protected", "Dit thema heeft subthema's en kan niet worden verwijderd.")
    only_thema = (
        select(ProductTypeThema.producttype_id)
        .where(ProductTypeThema.producttype_id.in_(select(ProductTypeThema.producttype_id).where(ProductTypeThema.thema_id == thema.id)))
        .group_by(ProductTypeThema.producttype_id)
        .having(func.count() == 1)
    )
    codes = (await session.scalars(select(ProductType.code).where(ProductType.id.in_(only_thema)))).all()
    if codes:
        raise fail(NON_FIELD_ERRORS, "protected",
                   f"Dit thema is het enige thema van de producttypen {', '.join(sorted(codes))}; geef die eerst een ander thema.")


async def check_producttypen_keep_a_thema(session: AsyncSession, thema: Thema, remaining_ids: Iterable[int]) -> None:
    """prd-002 seen from a thema: taking producttypen out of a thema leaves each at least one thema."""
    current = set((await session.scalars(select(ProductTypeThema.producttype_id).where(ProductTypeThema.thema_id == thema.id))).all())
    removed = current - set(remaining_ids)
    if not removed:
        return
    only_thema = (
        select(ProductTypeThema.producttype_id)
        .where(ProductTypeThema.producttype_id.in_(removed))
        .group_by(ProductTypeThema.producttype_id)
        .having(func.count() == 1)
    )
    codes = (await session.scalars(select(ProductType.code).where(ProductType.id.in_(only_thema)))).all()
    if codes:
        raise fail("producttype_uuids", "invalid",
                   f"Dit is het enige thema van de producttypen {', '.join(sorted(codes))}; die moeten een thema houden.")


# --------------------------------------------------------------------------- prijzen


def check_prijs(errors: Errors, actief_vanaf: date | None, opties: Sequence[Any], regels: Sequence[Any],
                today: date, *, check_date: bool) -> None:
    """prd-010 and prd-012: a price starts today or later and has options or rules (not both)."""
    if check_date and actief_vanaf is not None and actief_vanaf < today:
        errors.add("actief_vanaf", "min_value", "Een prijs gaat vandaag of later in.")
    if opties and regels:
        errors.add(NON_FIELD_ERRORS, "invalid", "Een prijs heeft prijsopties of prijsregels, niet beide.")
    elif not opties and not regels:
        errors.add(NON_FIELD_ERRORS, "invalid", "Een prijs heeft één of meer prijsopties of prijsregels.")
    for index, optie in enumerate(opties):
        if optie.bedrag < Decimal("0.01"):
            errors.add(f"prijsopties.{index}.bedrag", "min_value", "Een bedrag is minstens 0.01.")


async def check_actief_vanaf_unique(session: AsyncSession, producttype_id: int, actief_vanaf: date, own_id: int | None) -> None:
    """prd-011: one price per producttype per day it takes effect."""
    taken = await session.scalar(select(exists().where(
        Prijs.producttype_id == producttype_id, Prijs.actief_vanaf == actief_vanaf, Prijs.id != (own_id or -1))))
    if taken:
        raise actief_vanaf_taken()


def actief_vanaf_taken() -> ValidationProblem:
    return fail(NON_FIELD_ERRORS, "unique", "Dit producttype heeft al een prijs die op deze dag ingaat.")


def check_actie(errors: Errors, direct_url: str | None, tabel_endpoint: str | None, dmn_tabel_id: str | None) -> None:
    """prd-022: an actie is a direct URL or a DMN table (tabel_endpoint with dmn_tabel_id), not both."""
    dmn = bool(tabel_endpoint) or bool(dmn_tabel_id)
    if direct_url and dmn:
        errors.add(NON_FIELD_ERRORS, "invalid", "Een actie heeft een direct_url of een DMN-tabel, niet beide.")
    elif not direct_url and not (tabel_endpoint and dmn_tabel_id):
        errors.add(NON_FIELD_ERRORS, "invalid",
                   "Een actie heeft een direct_url, of een tabel_endpoint met een dmn_tabel_id.")


# --------------------------------------------------------------------------- producten


def check_eigenaren(errors: Errors, eigenaren: Sequence[Any]) -> None:
    """prd-014: at least one eigenaar; each is a person (bsn and/or klantnummer) or an organisation
    (kvk_nummer, optionally with vestigingsnummer), never both; a BSN passes the 11-proef and a
    KvK-nummer has 8 digits."""
    if not eigenaren:
        errors.add("eigenaren", "min_length", "Er is minimaal één eigenaar vereist.")
    for index, eigenaar in enumerate(eigenaren):
        where = f"eigenaren.{index}"
        person = bool(eigenaar.bsn or eigenaar.klantnummer)
        if person == bool(eigenaar.kvk_nummer):
            errors.add(where, "invalid", "Een eigenaar heeft een bsn (en/of klantnummer) of een kvk_nummer "
                                         "(met of zonder vestigingsnummer), niet beide.")
        if eigenaar.vestigingsnummer and not eigenaar.kvk_nummer:
            errors.add(f"{where}.vestigingsnummer", "invalid", "Een vestigingsnummer hoort bij een kvk_nummer.")
        if eigenaar.bsn:
            try:
                validation.validate_bsn(eigenaar.bsn)
            except ValueError as exc:
                errors.add(f"{where}.bsn", "invalid", str(exc))
        if eigenaar.kvk_nummer:
            try:
                validation.validate_kvk_nummer(eigenaar.kvk_nummer)
            except ValueError as exc:
                errors.add(f"{where}.kvk_nummer", "invalid", str(exc))


def check_status(errors: Errors, status: str, producttype: ProductType) -> None:
    """prd-015: a product's status is initieel or one of its producttype's toegestane_statussen."""
    if status != "initieel" and status not in producttype.toegestane_statussen:
        errors.add("status", "invalid_choice", f"De status {status} is niet toegestaan voor producttype {producttype.code}.")


def check_dates(errors: Errors, start: date | None, eind: date | None, producttype: ProductType,
                *, start_changed: bool, eind_changed: bool) -> None:
    """prd-016: a start_datum only when actief is allowed, an eind_datum only when verlopen is
    allowed (checked when set or when the producttype changes), and the end after the start."""
    if start is not None and start_changed and "actief" not in producttype.toegestane_statussen:
        errors.add("start_datum", "invalid", "Een start_datum kan alleen als het producttype de status actief toestaat.")
    if eind is not None and eind_changed and "verlopen" not in producttype.toegestane_statussen:
        errors.add("eind_datum", "invalid", "Een eind_datum kan alleen als het producttype de status verlopen toestaat.")
    if start is not None and eind is not None and eind <= start:
        errors.add("eind_datum", "invalid", "De eind_datum ligt na de start_datum.")


def check_json(errors: Errors, name: str, value: Any, schema: JsonSchema | None) -> None:
    """prd-017: verbruiksobject and dataobject match their producttype's JSON Schema (draft
    2020-12, formats enforced)."""
    if value is None or schema is None:
        return
    key = (schema.id, schema.update_datum.isoformat() if schema.update_datum else "")
    found = jsonschemas.errors(key, schema.schema_, value)
    if found:
        errors.add(name, "invalid", f"Het {name} past niet bij het schema {schema.naam} van het producttype: "
                                    + "; ".join(found))


def status_by_date(status: str, start: date | None, eind: date | None, today: date) -> str:
    """prd-018: from its start_datum on a product is actief, from its eind_datum on verlopen
    (only from the statuses that lead there: initieel, in_aanvraag, gereed, and actief for the end)."""
    if start is not None and start <= today and status in STARTABLE:
        status = "actief"
    if eind is not None and eind <= today and status in ENDABLE:
        status = "verlopen"
    return status


def check_content_owner(producttype_id: int | None, thema_id: int | None) -> None:
    """prd-023: a content element belongs to a producttype or to a thema, exactly one of them."""
    if producttype_id is not None and thema_id is not None:
        raise fail(NON_FIELD_ERRORS, "invalid", "Een tekstblok hoort bij een producttype of bij een thema, niet bij beide.")
    if producttype_id is None and thema_id is None:
        raise fail(NON_FIELD_ERRORS, "invalid", "Geef het producttype of het thema van dit tekstblok.")
