"""Business rules of the Catalogi API 1.3.1, by their codes in the standard.

Search for a code (ztc-009) to find its rule. Each check raises a 400 (ValidationProblem)
naming the field it is about, or ``nonFieldErrors`` for a rule about the whole object. The
codes of the standard's test inventory (gemma-postman-tests) that a rule covers are named in
its docstring; docs/catalogi.md lists them all, and the ones we do not follow, with the reason.
"""

from datetime import date
from typing import Any

from sqlalchemy import exists, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from common.errors import NON_FIELD_ERRORS, InvalidParam, ValidationProblem, invalid
from registries.catalogi import selectielijst
from registries.catalogi.models import (
    BesluitType,
    Catalogus,
    InformatieObjectType,
    ZaakType,
    ZaakTypeBesluitType,
    ZaakTypeInformatieObjectType,
)


# --- catalogussen -----------------------------------------------------------------------------


def duplicate_catalogus() -> ValidationProblem:
    return ValidationProblem(
        [InvalidParam(NON_FIELD_ERRORS, "unique", "Er bestaat al een catalogus met dit domein en dit RSIN.")]
    )


async def check_unique_domein_rsin(session: AsyncSession, domein: str, rsin: str) -> None:
    """A catalogus is identified by its domein within the organisation (rsin): the pair is unique."""
    taken = await session.scalar(select(exists().where(Catalogus.domein == domein, Catalogus.rsin == rsin)))
    if taken:
        raise duplicate_catalogus()


# --- ztc-001, ztc-002: the outside lists ----------------------------------------------------------


async def check_procestype(write, url: str) -> None:
    """ztc-001 (ztc-001a, ztc-001b): ``Zaaktype.selectielijstProcestype``, when given, is the URL
    of a procestype in the Selectielijst API. The contract checks the URL's form; that it leads
    to a procestype is checked when the Selectielijst API is configured (selectielijst.py)."""
    if url:
        await selectielijst.lookup(write, url, "selectielijstProcestype", "procestypen")


async def check_resultaat_lists(write, values: dict[str, Any], zaaktype: ZaakType,
                                given: set[str]) -> dict[str, Any] | None:
    """ztc-002 (ztc-002a..ztc-002g): a resultaattype and the outside lists.

    * ``resultaattypeomschrijving`` leads to a resultaattypeomschrijving (002c), whose
      ``omschrijving`` becomes the resultaattype's ``omschrijvingGeneriek`` (002b);
    * ``selectielijstklasse`` leads to a resultaat of the Selectielijst API (002d) of the
      procestype of the zaaktype's ``selectielijstProcestype`` (002e);
    * without an explicit ``archiefnominatie`` it is the klasse's ``waardering`` (002f), without
      an explicit ``archiefactietermijn`` the klasse's ``bewaartermijn`` (002g).

    Without those lists configured only the form of the URLs is checked and nothing is derived.
    Returns the selectielijstklasse (None when unknown) for rule ztc-003.
    """
    omschrijving = await selectielijst.lookup(write, values.get("resultaattypeomschrijving", ""),
                                              "resultaattypeomschrijving", "resultaattypeomschrijvingen")
    if omschrijving is not None:
        values["omschrijving_generiek"] = str(omschrijving.get("omschrijving") or "")[:80]
    klasse = await selectielijst.lookup(write, values.get("selectielijstklasse", ""), "selectielijstklasse",
                                        "resultaten")
    if klasse is None:
        return None
    procestype = zaaktype.selectielijst_procestype
    if procestype and klasse.get("procesType") != procestype:
        raise invalid("selectielijstklasse", "procestype-mismatch",
                      "ztc-002: deze selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype.")
    if "archiefnominatie" not in given and klasse.get("waardering") in ("blijvend_bewaren", "vernietigen"):
        values["archiefnominatie"] = klasse["waardering"]
    if "archiefactietermijn" not in given and klasse.get("bewaartermijn"):
        values["archiefactietermijn"] = klasse["bewaartermijn"]
    return klasse


# --- ztc-003 .. ztc-008: brondatumArchiefprocedure ----------------------------------------------

# For each afleidingswijze: which parts of brondatumArchiefprocedure must have a value (True)
# and which must be empty (False). ztc-004 datumkenmerk, ztc-005 einddatumBekend, ztc-006
# objecttype, ztc-007 registratie, ztc-008 procestermijn.
_NEEDS = {
    "afgehandeld":          {"datumkenmerk": False, "einddatumBekend": False, "objecttype": False, "registratie": False, "procestermijn": False},
    "termijn":              {"datumkenmerk": False, "einddatumBekend": False, "objecttype": False, "registratie": False, "procestermijn": True},
    "ander_datumkenmerk":   {"datumkenmerk": True, "objecttype": True, "registratie": True, "procestermijn": False},
    "eigenschap":           {"datumkenmerk": True, "objecttype": False, "registratie": False, "procestermijn": False},
    "zaakobject":           {"datumkenmerk": True, "objecttype": True, "registratie": False, "procestermijn": False},
    "gerelateerde_zaak":    {"datumkenmerk": False, "objecttype": False, "registratie": False, "procestermijn": False},
    "hoofdzaak":            {"datumkenmerk": False, "objecttype": False, "registratie": False, "procestermijn": False},
    "ingangsdatum_besluit": {"datumkenmerk": False, "objecttype": False, "registratie": False, "procestermijn": False},
    "vervaldatum_besluit":  {"datumkenmerk": False, "objecttype": False, "registratie": False, "procestermijn": False},
}
_RULE = {"datumkenmerk": "ztc-004", "einddatumBekend": "ztc-005", "objecttype": "ztc-006", "registratie": "ztc-007",
         "procestermijn": "ztc-008"}


def check_brondatum_archiefprocedure(brondatum: dict[str, Any] | None) -> None:
    """ztc-004 .. ztc-008 (ztc-004a..l, 005a..k, 006a..k, 007a..j, 008a..j): which parts of
    ``brondatumArchiefprocedure`` an afleidingswijze needs, and which it must leave empty.

    * datumkenmerk (ztc-004): needed for eigenschap, zaakobject and ander_datumkenmerk, else empty;
    * einddatumBekend (ztc-005): not true for afgehandeld and termijn;
    * objecttype (ztc-006): needed for zaakobject and ander_datumkenmerk, else empty;
    * registratie (ztc-007): needed for ander_datumkenmerk, else empty;
    * procestermijn (ztc-008): needed for termijn, else empty.
    """
    if not brondatum:
        return
    needs = _NEEDS[brondatum["afleidingswijze"]]
    errors = []
    for part, needed in needs.items():
        value = brondatum.get(part)
        has_value = bool(value) if part != "einddatumBekend" else value is True
        name = f"brondatumArchiefprocedure.{part}"
        if needed and not has_value:
            errors.append(InvalidParam(name, "required",
                                       f"{_RULE[part]}: bij afleidingswijze {brondatum['afleidingswijze']} is {part} verplicht."))
        elif not needed and has_value:
            errors.append(InvalidParam(name, "must-be-empty",
                                       f"{_RULE[part]}: bij afleidingswijze {brondatum['afleidingswijze']} blijft {part} leeg."))
    if errors:
        raise ValidationProblem(errors)


def check_afleidingswijze_for_procestermijn(brondatum: dict[str, Any] | None, klasse: dict[str, Any] | None) -> None:
    """ztc-003 (ztc-003a..ztc-003t): the afleidingswijze fits the procestermijn of the
    selectielijstklasse.

    * procestermijn ``nihil``: the afleidingswijze is ``afgehandeld``;
    * procestermijn ``ingeschatte_bestaansduur_procesobject``: the afleidingswijze is ``termijn``,
      and ``termijn`` needs that procestermijn (so not an empty one, ztc-003t);
    * any other procestermijn, empty included, allows every other afleidingswijze (ztc-003s).

    Needs the selectielijstklasse's content: only checked when the Selectielijst API is configured.
    """
    if not brondatum or klasse is None:
        return
    procestermijn = klasse.get("procestermijn") or ""
    afleidingswijze = brondatum["afleidingswijze"]
    wrong = (
        (procestermijn == "nihil" and afleidingswijze != "afgehandeld")
        or (procestermijn == "ingeschatte_bestaansduur_procesobject") != (afleidingswijze == "termijn")
    )
    if wrong:
        raise invalid("brondatumArchiefprocedure.afleidingswijze", "invalid-afleidingswijze-for-procestermijn",
                      f"ztc-003: afleidingswijze {afleidingswijze} past niet bij de procestermijn "
                      f"'{procestermijn}' van de selectielijstklasse.")


# --- ztc-009 .. ztc-011: what is published stays as it is ------------------------------------------


def check_published_type(concept: bool, given: set[str], method: str, forced: bool) -> None:
    """ztc-009 (ztc-009a..l, ztc-010a, ztc-010c, ztc-010h): a published zaaktype, besluittype or
    informatieobjecttype (``concept`` false) may not be replaced (PUT), changed (PATCH) except
    for ``eindeGeldigheid`` alone, or removed (DELETE) - unless the application has the scope
    for a correction (catalogi.geforceerd-schrijven, catalogi.geforceerd-verwijderen), passed as
    ``forced``."""
    if concept or forced:
        return
    if method == "PATCH" and given == {"einde_geldigheid"}:
        return
    what = {"PUT": "vervangen", "PATCH": "gewijzigd (behalve eindeGeldigheid)", "DELETE": "verwijderd"}[method]
    raise invalid(NON_FIELD_ERRORS, "non-concept-object",
                  f"ztc-009: een gepubliceerd type kan niet worden {what}.")


def check_zaaktype_concept(zaaktype: ZaakType, *, existing: bool, forced: bool) -> None:
    """ztc-010 and ztc-011: the parts of a published zaaktype are fixed with it.

    * ztc-010 (ztc-010b, 010d, 010e, 010f): a statustype, roltype, resultaattype, eigenschap or
      zaakobjecttype of a published zaaktype may not be replaced, changed or removed
      (``existing``: the part as it is);
    * ztc-011 (ztc-011b, 011c, 011d, 011e): none may be made for, or moved to, a published
      zaaktype.

    With the scope for a correction (``forced``) both are allowed. Zaaktype-informatieobjecttypen
    follow check_koppeling_concept instead.
    """
    if zaaktype.concept or forced:
        return
    if existing:
        raise invalid(NON_FIELD_ERRORS, "non-concept-zaaktype",
                      "ztc-010: het zaaktype is gepubliceerd; zijn onderdelen liggen vast.")
    raise invalid("zaaktype", "non-concept-zaaktype",
                  "ztc-011: een onderdeel kan niet bij een gepubliceerd zaaktype worden gemaakt of erheen verhuizen.")


def check_koppeling_concept(zaaktype: ZaakType, informatieobjecttype_published: bool, *, existing: bool,
                            forced: bool) -> None:
    """ztc-010 and ztc-011 for zaaktype-informatieobjecttypen (ztc-010g, ztc-011f): the coupling
    is fixed only when both its zaaktype and its informatieobjecttype are published; while one
    of them is a concept it may be made, changed and removed."""
    if zaaktype.concept or not informatieobjecttype_published or forced:
        return
    rule = "ztc-010" if existing else "ztc-011"
    raise invalid(NON_FIELD_ERRORS, "non-concept-relation",
                  f"{rule}: zaaktype en informatieobjecttype zijn allebei gepubliceerd; hun koppeling ligt vast.")


# --- ztc-012: publishing a zaaktype -----------------------------------------------------------------


async def check_zaaktype_publishable(session: AsyncSession, zaaktype: ZaakType) -> None:
    """ztc-012 (ztc-012a, ztc-012b): a zaaktype is published only when the besluittypen and
    informatieobjecttypen it names are published: each name has a published version in the
    catalogus."""
    errors = []
    besluittypen = set((await session.scalars(
        select(ZaakTypeBesluitType.omschrijving).where(ZaakTypeBesluitType.zaaktype_id == zaaktype.id))).all())
    iots = set((await session.scalars(
        select(ZaakTypeInformatieObjectType.informatieobjecttype)
        .where(ZaakTypeInformatieObjectType.zaaktype_id == zaaktype.id))).all())
    for field, model, names in (("besluittypen", BesluitType, besluittypen),
                                ("informatieobjecttypen", InformatieObjectType, iots)):
        if not names:
            continue
        published = set((await session.scalars(
            select(model.omschrijving).where(model.catalogus_id == zaaktype.catalogus_id,
                                             model.omschrijving.in_(names), model.concept == false()))).all())
        for name in sorted(names - published):
            errors.append(InvalidParam(field, "concept-relation",
                                       f"ztc-012: er is nog geen gepubliceerde versie van '{name}'."))
    if errors:
        raise ValidationProblem(errors, detail="ztc-012: publiceer eerst de besluittypen en informatieobjecttypen "
                                               "van dit zaaktype.")


# --- ztc-013: no relations across catalogi -----------------------------------------------------------


def check_same_catalogus(field: str, catalogus_id: int, other_catalogus_id: int) -> None:
    """ztc-013 (ztc-013a..l): types relate only within one catalogus. A relation to an object
    of another catalogus - even one served at another address - is refused."""
    if catalogus_id != other_catalogus_id:
        raise invalid(field, "relations-incorrect-catalogus",
                      "ztc-013: dit object hoort bij een andere catalogus; relaties blijven binnen één catalogus.")


# --- geldigheid ----------------------------------------------------------------------------------------


def check_geldigheid_order(begin: date | None, einde: date | None, field: str = "eindeGeldigheid") -> None:
    """A version ends on or after the day it begins."""
    if begin is not None and einde is not None and einde < begin:
        raise invalid(field, "date-mismatch", "eindeGeldigheid ligt voor beginGeldigheid.")


async def check_no_overlap(session: AsyncSession, model, name_column, row) -> None:
    """Published versions of one type (same catalogus, same identificatie or omschrijving) are
    never valid on the same day, so a day picks at most one version. (The standard numbers this
    rule ztc-016 from version 1.3.2 on; its reference implementation checked it before.)"""
    conditions = [
        model.catalogus_id == row.catalogus_id,
        name_column == getattr(row, name_column.key),
        model.concept == false(),
        model.id != row.id,
        or_(model.einde_geldigheid.is_(None), model.einde_geldigheid >= row.begin_geldigheid),
        model.begin_geldigheid <= row.einde_geldigheid if row.einde_geldigheid is not None else true(),
    ]
    if await session.scalar(select(exists().where(*conditions))):
        raise invalid("beginGeldigheid", "overlap",
                      "Een andere gepubliceerde versie is (deels) in dezelfde periode geldig; "
                      "zet eerst de eindeGeldigheid van die versie.")
