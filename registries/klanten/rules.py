"""Business rules of the Klantinteracties API that live outside the contract.

VNG never adopted a formal standard with rule codes for this API, so the codes (kic-001 ...) are
ours; docs/klanten.md lists them. Each rule answers 400 with the fields it concerns.

- kic-001 a partij-identificator combines register, objecttype and soort as the basisregistraties
  do: brp/natuurlijk_persoon/bsn; hr/niet_natuurlijk_persoon/rsin or kvk_nummer;
  hr/vestiging/vestigingsnummer.
- kic-002 its objectId is a real one: BSN and RSIN pass the 11-proef, a KvK-nummer has 8 digits, a
  vestigingsnummer 12.
- kic-003 an identifier exists once (at the top level, and once within its parent), and a partij
  has at most one identifier of each soort.
- kic-004 a vestigingsnummer is a sub-identifier of a KvK-nummer (``subIdentificatorVan``), and
  only a vestigingsnummer has one.
- kic-005 an identifier that is the parent of another cannot be deleted (nor its partij) or changed.
- kic-006 nested writes of a partij: identifiers left out of ``partijIdentificatoren`` are deleted;
  digital addresses and bank accounts left out of their lists are unlinked.
- kic-007 ``voorkeursDigitaalAdres`` and ``voorkeursRekeningnummer`` belong to the partij.
- kic-008 a digital address of soort email is an e-mail address, of soort telefoonnummer a Dutch
  or international number (not 0800, 0900, 1400 or 140xx).
- kic-009 ``isStandaardAdres`` is true for at most one address per partij and soort; marking one
  unmarks the others.
- kic-010 a contactpersoon works for an organisatie (``werkteVoorPartij``).
- kic-011 a reference (``{"uuid": ...}``) names an existing object.
- kic-012 ``DELETE /onderwerpobjecten/{uuid}?cascade=true`` also deletes its klantcontacten that no
  other onderwerpobject uses, and lists those it kept in ``behouden``.
- kic-013 an interne taak that becomes ``verwerkt`` gets ``afgehandeldOp`` (now, unless given);
  one that is ``te_verwerken`` has none.
- kic-014 an IBAN passes its check digits (ISO 13616, mod 97).
- kic-015 a vertegenwoordiging links two different partijen, once.
- kic-016 ``nummer`` of a partij, klantcontact or interne taak, when not given, is the next
  ten-digit number (unique, gaps possible); a nummer is unique per kind.
"""

import re
from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import BigInteger, Integer, cast, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from common import validation
from common.counters import counter_upsert, draw
from common.errors import NON_FIELD_ERRORS, InvalidParam, Problem, ValidationProblem
from registries.klanten.models import (
    DigitaalAdres, InterneTaak, Klantcontact, NummerTeller, Partij, PartijIdentificator, Rekeningnummer,
)
from registries.klanten.schemas import PartijIdentificatorGroep, Ref

NAMES = {
    "Partij": "partij",
    "PartijIdentificator": "partij-identificator",
    "DigitaalAdres": "digitaal adres",
    "Rekeningnummer": "rekeningnummer",
    "Categorie": "categorie",
    "Klantcontact": "klantcontact",
    "Betrokkene": "betrokkene",
    "Actor": "actor",
}


def problem(name: str, code: str, reason: str) -> ValidationProblem:
    return ValidationProblem([InvalidParam(name, code, reason)])


# --- kic-011 references -----------------------------------------------------------------------


async def resolve(session: AsyncSession, model: type, ref: Ref | None, name: str) -> Any | None:
    """kic-011: the object a reference names; 400 when there is none."""
    if ref is None:
        return None
    row = await session.scalar(select(model).where(model.uuid == ref.uuid))
    if row is None:
        what = NAMES.get(model.__name__, model.__name__.lower())
        raise problem(f"{name}.uuid", "does_not_exist", f"Er bestaat geen {what} met uuid {ref.uuid}.")
    return row


async def resolve_many(session: AsyncSession, model: type, refs: Sequence[Ref], name: str) -> list[Any]:
    """kic-011 for a list: the objects, in the client's order, in one query."""
    if not refs:
        return []
    wanted = [ref.uuid for ref in refs]
    found = {row.uuid: row for row in (await session.scalars(select(model).where(model.uuid.in_(set(wanted))))).all()}
    missing = [InvalidParam(f"{name}.{i}.uuid", "does_not_exist",
                            f"Er bestaat geen {NAMES.get(model.__name__, model.__name__.lower())} met uuid {u}.")
               for i, u in enumerate(wanted) if u not in found]
    if missing:
        raise ValidationProblem(missing)
    unique: dict[UUID, Any] = {}
    for u in wanted:
        unique.setdefault(u, found[u])
    return list(unique.values())


# --- kic-001, kic-002 partij-identificatoren ---------------------------------------------------

ALLOWED = {
    "brp": {"natuurlijk_persoon": ("bsn",)},
    "hr": {"niet_natuurlijk_persoon": ("rsin", "kvk_nummer"), "vestiging": ("vestigingsnummer",)},
}
OBJECT_ID_CHECKS = {
    "bsn": validation.validate_bsn,
    "rsin": validation.validate_rsin,
    "kvk_nummer": validation.validate_kvk_nummer,
    "vestigingsnummer": validation.validate_vestigingsnummer,
}


def check_identificator(groep: PartijIdentificatorGroep, name: str) -> None:
    """kic-001 and kic-002 for one ``partijIdentificator`` (``name``: where it is in the body)."""
    objecttypen = ALLOWED[groep.code_register]
    if groep.code_objecttype not in objecttypen:
        raise problem(f"{name}.codeObjecttype", "invalid",
                      f"Bij codeRegister {groep.code_register} hoort codeObjecttype "
                      f"{' of '.join(objecttypen)}.")
    soorten = objecttypen[groep.code_objecttype]
    if groep.code_soort_object_id not in soorten:
        raise problem(f"{name}.codeSoortObjectId", "invalid",
                      f"Bij codeObjecttype {groep.code_objecttype} hoort codeSoortObjectId {' of '.join(soorten)}.")
    try:
        OBJECT_ID_CHECKS[groep.code_soort_object_id](groep.object_id)
    except ValueError as exc:
        raise problem(f"{name}.objectId", "invalid", str(exc)) from None


def check_parent(soort: str, parent: PartijIdentificator | None, own_id: int | None, name: str) -> None:
    """kic-004: a vestigingsnummer hangs under a KvK-nummer, and nothing else hangs under anything."""
    if soort == "vestigingsnummer":
        if parent is None:
            raise problem(name, "required",
                          "Een vestigingsnummer hoort bij een KvK-nummer: geef subIdentificatorVan.")
        if parent.code_soort_object_id != "kvk_nummer":
            raise problem(name, "invalid", "subIdentificatorVan moet een identificator met een KvK-nummer zijn.")
        if own_id is not None and parent.id == own_id:
            raise problem(name, "invalid", "Een identificator kan niet zijn eigen subIdentificatorVan zijn.")
    elif parent is not None:
        raise problem(name, "invalid", "Alleen een vestigingsnummer kan een subIdentificatorVan hebben.")


def duplicate_identificator(name: str = NON_FIELD_ERRORS) -> ValidationProblem:
    return problem(name, "unique", "Deze partij-identificator bestaat al (kic-003).")


async def check_unique(
    session: AsyncSession,
    groep: PartijIdentificatorGroep,
    parent_id: int | None,
    partij_id: int | None,
    leaving: Iterable[int],
    name: str,
) -> None:
    """kic-003 against the stored identifiers, except those this write replaces (``leaving``)."""
    leaving = set(leaving)
    same = select(PartijIdentificator.id).where(
        PartijIdentificator.code_soort_object_id == groep.code_soort_object_id,
        PartijIdentificator.object_id == groep.object_id,
        PartijIdentificator.code_objecttype == groep.code_objecttype,
        PartijIdentificator.code_register == groep.code_register,
        PartijIdentificator.sub_identificator_van_id.is_(None) if parent_id is None
        else PartijIdentificator.sub_identificator_van_id == parent_id,
    )
    if set((await session.scalars(same)).all()) - leaving:
        raise duplicate_identificator()
    if partij_id is not None:
        same_kind = select(PartijIdentificator.id).where(
            PartijIdentificator.partij_id == partij_id,
            PartijIdentificator.code_soort_object_id == groep.code_soort_object_id,
        )
        if set((await session.scalars(same_kind)).all()) - leaving:
            raise problem(f"{name}.codeSoortObjectId", "unique",
                          f"Deze partij heeft al een identificator met codeSoortObjectId "
                          f"{groep.code_soort_object_id} (kic-003).")


def check_unique_within(items: Sequence[tuple[PartijIdentificatorGroep, int | None]], name: str) -> None:
    """kic-003 among the identifiers of one body (a partij's ``partijIdentificatoren``)."""
    seen_kinds: set[str] = set()
    seen: set[tuple] = set()
    for index, (groep, parent_id) in enumerate(items):
        key = (groep.code_register, groep.code_objecttype, groep.code_soort_object_id, groep.object_id, parent_id)
        if key in seen:
            raise duplicate_identificator(f"{name}.{index}")
        seen.add(key)
        if groep.code_soort_object_id in seen_kinds:
            raise problem(f"{name}.{index}.partijIdentificator.codeSoortObjectId", "unique",
                          f"Een partij heeft hoogstens één identificator met codeSoortObjectId "
                          f"{groep.code_soort_object_id} (kic-003).")
        seen_kinds.add(groep.code_soort_object_id)


PROTECTED = "Deze partij-identificator is de subIdentificatorVan van een andere (kic-005)."


async def check_no_children(session: AsyncSession, identificator_ids: Iterable[int],
                            name: str = NON_FIELD_ERRORS) -> None:
    """kic-005: none of these identifiers, about to be deleted, is the parent of one that stays."""
    ids = set(identificator_ids)
    if not ids:
        return
    children = select(PartijIdentificator.id).where(PartijIdentificator.sub_identificator_van_id.in_(ids))
    if set((await session.scalars(children)).all()) - ids:
        raise problem(name, "protected", PROTECTED + " Verwijder of verhang eerst die andere.")


async def check_children_stay_attached(session: AsyncSession, leaving: Sequence[int],
                                       future_parents: dict[int, int | None],
                                       new_parents: Sequence[tuple[str, int]]) -> None:
    """kic-005 for a partij's new list: what leaves is nobody's parent afterwards."""
    gone = set(leaving)
    for name, parent_id in new_parents:
        if parent_id in gone:
            raise problem(name, "invalid", "Deze subIdentificatorVan wordt in hetzelfde verzoek verwijderd (kic-005).")
    if not gone:
        return
    children = await session.execute(select(PartijIdentificator.id, PartijIdentificator.sub_identificator_van_id)
                                      .where(PartijIdentificator.sub_identificator_van_id.in_(gone)))
    for child, parent in children:
        if child in gone:
            continue
        if future_parents.get(child, parent) in gone:
            raise problem("partijIdentificatoren", "protected", PROTECTED + " Verwijder of verhang eerst die andere.")


async def check_unchanged_parent(session: AsyncSession, row: PartijIdentificator, groep: PartijIdentificatorGroep,
                                 name: str) -> None:
    """kic-005: an identifier with sub-identifiers keeps its register, objecttype, soort and number."""
    same = (row.code_register, row.code_objecttype, row.code_soort_object_id, row.object_id) == (
        groep.code_register, groep.code_objecttype, groep.code_soort_object_id, groep.object_id)
    if same:
        return
    child = await session.scalar(select(PartijIdentificator.id)
                                 .where(PartijIdentificator.sub_identificator_van_id == row.id).limit(1))
    if child is not None:
        raise problem(name, "protected", PROTECTED + " Zolang dat zo is, verandert zij niet.")


# --- kic-008, kic-009 digitale adressen --------------------------------------------------------

# The checks of Django's EmailValidator, which the reference uses.
_EMAIL_USER = re.compile(
    r"(^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\Z"
    r'|^"([\001-\010\013\014\016-\037!#-\[\]-\177]|\\[\001-\011\013\014\016-\177])*"\Z)',
    re.IGNORECASE,
)
_EMAIL_DOMAIN = re.compile(
    r"((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\Z", re.IGNORECASE
)
PHONE = re.compile(r"(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})")
PHONE_REFUSED = ("0800", "0900")  # free and paid service numbers; 1400 and 140xx never match PHONE


def valid_email(value: str) -> bool:
    if not value or "@" not in value or len(value) > 320:
        return False
    user, _, domain = value.rpartition("@")
    if not _EMAIL_USER.match(user):
        return False
    if domain == "localhost" or _EMAIL_DOMAIN.match(domain):
        return True
    try:
        return bool(_EMAIL_DOMAIN.match(domain.encode("idna").decode("ascii")))
    except UnicodeError:
        return False


def check_adres(soort: str, adres: str, name: str = "adres") -> None:
    """kic-008."""
    if adres == "":
        raise problem(name, "blank", "Dit veld mag niet leeg zijn.")
    if soort == "email" and not valid_email(adres):
        raise problem(name, "invalid", "Geef een geldig e-mailadres.")
    if soort == "telefoonnummer":
        if not PHONE.fullmatch(adres):
            raise problem(name, "invalid", "Geef een telefoonnummer als 0612345678, +31612345678 of 0031612345678.")
        if adres.startswith(PHONE_REFUSED):
            raise problem(name, "invalid", "Nummers die beginnen met 0800 of 0900 zijn niet toegestaan.")


async def only_standaard(session: AsyncSession, adres: DigitaalAdres) -> None:
    """kic-009: this address is now the partij's standaard for its soort, no other one is."""
    if adres.is_standaard_adres and adres.partij_id is not None:
        await session.execute(
            update(DigitaalAdres)
            .where(DigitaalAdres.partij_id == adres.partij_id,
                   DigitaalAdres.soort_digitaal_adres == adres.soort_digitaal_adres,
                   DigitaalAdres.id != adres.id, DigitaalAdres.is_standaard_adres.is_(True))
            .values(is_standaard_adres=False)
        )


async def drop_stale_voorkeur(session: AsyncSession, partij_ids: Iterable[int | None]) -> None:
    """kic-007: a preference that no longer belongs to its partij is cleared."""
    ids = {i for i in partij_ids if i is not None}
    if not ids:
        return
    for column, model in ((Partij.voorkeurs_digitaal_adres_id, DigitaalAdres),
                          (Partij.voorkeurs_rekeningnummer_id, Rekeningnummer)):
        owned = exists().where(model.id == column, model.partij_id == Partij.id)
        await session.execute(
            update(Partij).where(Partij.id.in_(ids), column.is_not(None), ~owned).values({column.key: None})
        )


async def forget_voorkeur(session: AsyncSession, column: Any, removed_id: int) -> None:
    """kic-007: an address or account that is deleted is nobody's preference any more."""
    await session.execute(update(Partij).where(column == removed_id).values({column.key: None}))


# --- kic-014, kic-016 -------------------------------------------------------------------------


def check_iban(iban: str, name: str = "iban") -> None:
    """kic-014: the check digits of an IBAN (ISO 13616)."""
    moved = (iban[4:] + iban[:4]).upper()
    digits = "".join(str(int(ch, 36)) for ch in moved)
    if int(digits) % 97 != 1:
        raise problem(name, "invalid", "Dit IBAN klopt niet: de controlecijfers kloppen niet.")


def _draw_statement(model: type, insert: Any):
    """kic-016: raise the counter of ``model``'s table by one, and at least to one past the highest
    ten-digit nummer stored; returns the number."""
    if insert is pg_insert:
        ten_digits, as_number = model.nummer.op("~")("^[0-9]{10}$"), cast(model.nummer, BigInteger)
    else:
        ten_digits, as_number = model.nummer.op("GLOB")("[0-9]" * 10), cast(model.nummer, Integer)
    highest = select(as_number).where(ten_digits).order_by(model.nummer.desc()).limit(1).scalar_subquery()
    return counter_upsert(insert, NummerTeller.__table__.c.laatste, {"tabel": model.__tablename__},
                          start=func.coalesce(highest, 0) + 1, catch_up=True)


# Built once per table and database, like every statement run on each create.
DRAWS = {(model, dialect): _draw_statement(model, insert) for model in (Partij, Klantcontact, InterneTaak)
         for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))}


async def next_nummer(session: AsyncSession, own: AsyncEngine | None, model: type) -> str:
    """kic-016: one more than the last nummer handed out, and than the highest ten-digit nummer stored.

    One atomic upsert raises the counter row of the table (common.counters). On PostgreSQL it
    commits on its own (``own``, the autocommit engine): its row is locked only while that
    statement runs, so concurrent creates never wait for each other's transactions, and never draw
    the same number. A create that fails afterwards leaves its number unused (nummers are unique,
    not gapless). On SQLite the write transaction holds the database lock, and the upsert runs in
    it. A nummer chosen by hand that is later drawn is refused by the unique index (400 unique).
    """
    number, = await draw(session, own, DRAWS[model, session.bind.dialect.name], None)
    if number > LAST_NUMMER:  # a nummer of ten nines was stored (by hand): none left to draw
        what = NAMES.get(model.__name__, model.__name__.lower())
        raise Problem(409, f"Er is geen tiencijferig nummer meer vrij voor een {what}; geef zelf een nummer mee.",
                      code="nummers-op")
    return f"{number:010d}"


LAST_NUMMER = 9_999_999_999  # kic-016: a nummer has ten digits
