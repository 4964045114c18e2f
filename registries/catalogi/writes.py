"""From a checked request body to rows: references resolved, the rules of rules.py applied.

Each ``write_*`` takes the fields the client sent (``given``, snake_case, as wire.given makes
them) and the row to change (None to create one). ``full`` is a create or a PUT: fields that
were not sent get their defaults. The route flushes, builds the response and records the change.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import Request
from sqlalchemy import delete, exists, false, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth.principal import Principal
from common.errors import invalid
from common.validation import parse_date
from registries.catalogi import rules
from registries.catalogi.auth import may_force_delete, may_force_write
from registries.catalogi.models import (
    BesluitType,
    BesluitTypeInformatieObjectType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    ResultaatTypeBesluitType,
    ResultaatTypeInformatieObjectType,
    RolType,
    StatusType,
    StatusTypeEigenschap,
    ZaakObjectType,
    ZaakType,
    ZaakTypeBesluitType,
    ZaakTypeInformatieObjectType,
    ZaakTypeTrefwoord,
)
from registries.catalogi.urls import uuid_in
from registries.catalogi.wire import check_url

GELDIGHEID = {"einde_geldigheid": None, "begin_object": None, "einde_object": None}


@dataclass
class Write:
    session: AsyncSession
    request: Request
    base: str
    principal: Principal
    method: str  # POST, PUT, PATCH or DELETE

    @property
    def forced_write(self) -> bool:
        return may_force_write(self.principal)

    @property
    def forced_delete(self) -> bool:
        return may_force_delete(self.principal)


def _values(given: dict[str, Any], defaults: dict[str, Any], full: bool) -> dict[str, Any]:
    return {**defaults, **given} if full else dict(given)


def _assign(row, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(row, key, value)


async def _object(write: Write, model, collection: str, url: str, field: str):
    """Our object of ``model`` that ``url`` names; a 400 on ``field`` when there is none."""
    key = uuid_in(url, write.base, collection)
    found = None if key is None else await write.session.scalar(select(model).where(model.uuid == key))
    if found is None:
        raise invalid(field, "bad-url", f"Deze URL wijst niet naar een bestaand object in {collection}.")
    return found


async def _replace_links(write: Write, model, owner_column: str, owner_id: int, rows: list[dict[str, Any]]) -> None:
    await write.session.execute(delete(model).where(getattr(model, owner_column) == owner_id))
    for position, values in enumerate(rows):
        write.session.add(model(**{owner_column: owner_id, "position": position, **values}))


def _distinct(values: list) -> list:
    seen: list = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


async def _names(write: Write, values: list[str], *, model, name_column, collection: str, field: str,
                 catalogus_id: int, own: str | None = None) -> list[str]:
    """The names (omschrijving or identificatie) that ``values`` give, each as a name or as the
    URL of one of its versions. Every name exists in the catalogus (rule ztc-013 refuses URLs
    of another catalogus); ``own`` is the writer's own name, which may not exist yet."""
    names = []
    for index, value in enumerate(values):
        if "://" in value:
            found = await _object(write, model, collection, value, f"{field}.{index}")
            rules.check_same_catalogus(f"{field}.{index}", catalogus_id, found.catalogus_id)
            names.append(getattr(found, name_column.key))
        else:
            names.append(value)
    names = _distinct(names)
    wanted = set(names) - {own}
    if wanted:
        known = set((await write.session.scalars(
            select(name_column).where(model.catalogus_id == catalogus_id, name_column.in_(wanted)))).all())
        unknown = sorted(wanted - known)
        if unknown:
            raise invalid(field, "does-not-exist",
                          f"Deze catalogus heeft geen {collection} met de naam {', '.join(map(repr, unknown))}.")
    return names


# --- zaaktypen ------------------------------------------------------------------------------

ZAAKTYPE_DEFAULTS = {
    "omschrijving_generiek": "", "toelichting": "", "servicenorm": None, "verlengingstermijn": None,
    "trefwoorden": [], "publicatietekst": "", "verantwoordingsrelatie": [], "selectielijst_procestype": "",
    "broncatalogus": None, "bronzaaktype": None, **GELDIGHEID,
}


async def write_zaaktype(write: Write, row: ZaakType | None, given: dict[str, Any], *, full: bool) -> ZaakType:
    if row is not None:
        rules.check_published_type(row.concept, set(given), write.method, write.forced_write)
    values = _values(given, ZAAKTYPE_DEFAULTS, full)
    new = row is None
    row = row or ZaakType(concept=True)
    if "catalogus" in values:
        row.catalogus_id = (await _object(write, Catalogus, "catalogussen", values.pop("catalogus"), "catalogus")).id
    identificatie = values.get("identificatie", row.identificatie)
    rules.check_geldigheid_order(values.get("begin_geldigheid", row.begin_geldigheid),
                                 values.get("einde_geldigheid", row.einde_geldigheid))
    if values.get("selectielijst_procestype"):
        await rules.check_procestype(write, values["selectielijst_procestype"])
    trefwoorden = values.pop("trefwoorden", None)
    besluittypen = values.pop("besluittypen", None)
    if besluittypen is None and not new and "catalogus" in given:  # moved: its names must exist there too
        besluittypen = list((await write.session.scalars(select(ZaakTypeBesluitType.omschrijving).where(
            ZaakTypeBesluitType.zaaktype_id == row.id).order_by(ZaakTypeBesluitType.position))).all())
    if besluittypen is not None:
        besluittypen = await _names(write, besluittypen, model=BesluitType, name_column=BesluitType.omschrijving,
                                    collection="besluittypen", field="besluittypen", catalogus_id=row.catalogus_id)
    if "deelzaaktypen" in values:
        values["deelzaaktypen"] = await _names(
            write, values["deelzaaktypen"], model=ZaakType, name_column=ZaakType.identificatie,
            collection="zaaktypen", field="deelzaaktypen", catalogus_id=row.catalogus_id, own=identificatie)
    if "gerelateerde_zaaktypen" in values:
        values["gerelateerde_zaaktypen"] = await _gerelateerde(write, values["gerelateerde_zaaktypen"],
                                                               row.catalogus_id, identificatie)
    _assign(row, values)
    if new:
        write.session.add(row)
    await write.session.flush()
    if trefwoorden is not None:
        await _replace_links(write, ZaakTypeTrefwoord, "zaaktype_id", row.id,
                             [{"trefwoord": t} for t in _distinct(trefwoorden)])
    if besluittypen is not None:
        await _replace_links(write, ZaakTypeBesluitType, "zaaktype_id", row.id,
                             [{"omschrijving": name} for name in besluittypen])
    if not row.concept:
        await rules.check_no_overlap(write.session, ZaakType, ZaakType.identificatie, row)
    return row


async def _gerelateerde(write: Write, relaties: list[dict[str, Any]], catalogus_id: int,
                        own: str) -> list[dict[str, Any]]:
    """Related zaaktypen: by identificatie in this catalogus, by the URL of one of ours (same
    catalogus, ztc-013), or by the URL of a zaaktype in another Catalogi API."""
    kept = []
    for index, relatie in enumerate(relaties):
        target = relatie["zaaktype"]
        field = f"gerelateerdeZaaktypen.{index}.zaaktype"
        ours = "://" in target and target.startswith(write.base + "/")
        if "://" in target and not ours:
            try:
                check_url(target, 200)
            except ValueError as exc:
                raise invalid(field, "bad-url", str(exc)) from None
        else:
            [target] = await _names(write, [target], model=ZaakType, name_column=ZaakType.identificatie,
                                    collection="zaaktypen", field=field, catalogus_id=catalogus_id, own=own)
        kept.append({"zaaktype": target, "aardRelatie": relatie["aardRelatie"],
                     "toelichting": relatie.get("toelichting") or ""})
    return kept


# --- besluittypen and informatieobjecttypen -------------------------------------------------

BESLUITTYPE_DEFAULTS = {
    "omschrijving": "", "omschrijving_generiek": "", "besluitcategorie": "", "reactietermijn": None,
    "publicatietekst": "", "publicatietermijn": None, "toelichting": "", **GELDIGHEID,
}


async def write_besluittype(write: Write, row: BesluitType | None, given: dict[str, Any], *, full: bool) -> BesluitType:
    if row is not None:
        rules.check_published_type(row.concept, set(given), write.method, write.forced_write)
    values = _values(given, BESLUITTYPE_DEFAULTS, full)
    new = row is None
    row = row or BesluitType(concept=True)
    if "catalogus" in values:
        row.catalogus_id = (await _object(write, Catalogus, "catalogussen", values.pop("catalogus"), "catalogus")).id
    rules.check_geldigheid_order(values.get("begin_geldigheid", row.begin_geldigheid),
                                 values.get("einde_geldigheid", row.einde_geldigheid))
    informatieobjecttypen = values.pop("informatieobjecttypen", None)
    if informatieobjecttypen is None and not new and "catalogus" in given:
        informatieobjecttypen = list((await write.session.scalars(
            select(BesluitTypeInformatieObjectType.omschrijving)
            .where(BesluitTypeInformatieObjectType.besluittype_id == row.id)
            .order_by(BesluitTypeInformatieObjectType.position))).all())
    if informatieobjecttypen is not None:
        informatieobjecttypen = await _names(
            write, informatieobjecttypen, model=InformatieObjectType, name_column=InformatieObjectType.omschrijving,
            collection="informatieobjecttypen", field="informatieobjecttypen", catalogus_id=row.catalogus_id)
    _assign(row, values)
    if new:
        write.session.add(row)
    await write.session.flush()
    if informatieobjecttypen is not None:
        await _replace_links(write, BesluitTypeInformatieObjectType, "besluittype_id", row.id,
                             [{"omschrijving": name} for name in informatieobjecttypen])
    if not row.concept:
        await rules.check_no_overlap(write.session, BesluitType, BesluitType.omschrijving, row)
    return row


INFORMATIEOBJECTTYPE_DEFAULTS = {"trefwoord": [], "omschrijving_generiek": None, **GELDIGHEID}


async def write_informatieobjecttype(write: Write, row: InformatieObjectType | None, given: dict[str, Any], *,
                                     full: bool) -> InformatieObjectType:
    if row is not None:
        rules.check_published_type(row.concept, set(given), write.method, write.forced_write)
    values = _values(given, INFORMATIEOBJECTTYPE_DEFAULTS, full)
    new = row is None
    row = row or InformatieObjectType(concept=True)
    if "catalogus" in values:
        row.catalogus_id = (await _object(write, Catalogus, "catalogussen", values.pop("catalogus"), "catalogus")).id
    rules.check_geldigheid_order(values.get("begin_geldigheid", row.begin_geldigheid),
                                 values.get("einde_geldigheid", row.einde_geldigheid))
    _assign(row, values)
    if new:
        write.session.add(row)
    await write.session.flush()
    if not row.concept:
        await rules.check_no_overlap(write.session, InformatieObjectType, InformatieObjectType.omschrijving, row)
    return row


async def informatieobjecttype_published(session: AsyncSession, catalogus_id: int, omschrijving: str) -> bool:
    return bool(await session.scalar(select(exists().where(
        InformatieObjectType.catalogus_id == catalogus_id, InformatieObjectType.omschrijving == omschrijving,
        InformatieObjectType.concept == false()))))


# --- the parts of a zaaktype ----------------------------------------------------------------


async def _zaaktype_of_part(write: Write, row, values: dict[str, Any]) -> ZaakType:
    """The zaaktype a part belongs to after this write, with rules ztc-010 (the current
    zaaktype is published) and ztc-011 (the new one is)."""
    current = None if row is None else await write.session.get(ZaakType, row.zaaktype_id)
    if current is not None:
        rules.check_zaaktype_concept(current, existing=True, forced=write.forced_write)
    target = current
    if "zaaktype" in values:
        target = await _object(write, ZaakType, "zaaktypen", values.pop("zaaktype"), "zaaktype")
        if current is None or target.id != current.id:
            rules.check_zaaktype_concept(target, existing=False, forced=write.forced_write)
    return target


async def _check_catalogus(write: Write, values: dict[str, Any], zaaktype: ZaakType) -> None:
    """A part's own ``catalogus``, where the contract lets a client send one, is its zaaktype's (ztc-013)."""
    url = values.pop("catalogus", None)
    if url:
        catalogus = await _object(write, Catalogus, "catalogussen", url, "catalogus")
        rules.check_same_catalogus("catalogus", zaaktype.catalogus_id, catalogus.id)


def _check_part_begin(values: dict[str, Any], zaaktype: ZaakType) -> None:
    """A part's beginGeldigheid, when given, is that of its zaaktype (or the zaaktype's
    versiedatum): the part is valid with its zaaktype version. Without one it follows the zaaktype."""
    begin = values.get("begin_geldigheid")
    if begin is not None and begin not in (zaaktype.begin_geldigheid, zaaktype.versiedatum):
        raise invalid("beginGeldigheid", "date-mismatch",
                      "beginGeldigheid is die van het zaaktype (of zijn versiedatum).")
    rules.check_geldigheid_order(begin or zaaktype.begin_geldigheid, values.get("einde_geldigheid"))


async def _part_of(write: Write, model, collection: str, url: str | None, field: str, zaaktype: ZaakType):
    if url is None:
        return None
    found = await _object(write, model, collection, url, field)
    if found.zaaktype_id != zaaktype.id:
        raise invalid(field, "relations-incorrect-zaaktype", "Dit object hoort bij een ander zaaktype.")
    return found


async def _unique_volgnummer(write: Write, model, row, zaaktype: ZaakType, volgnummer: int) -> None:
    conditions = [model.zaaktype_id == zaaktype.id, model.volgnummer == volgnummer]
    if row is not None and row.id is not None:
        conditions.append(model.id != row.id)
    if await write.session.scalar(select(exists().where(*conditions))):
        raise invalid("volgnummer", "unique", "Dit volgnummer is bij dit zaaktype al in gebruik.")


STATUSTYPE_DEFAULTS = {
    "omschrijving_generiek": "", "statustekst": "", "informeren": False, "doorlooptijd": None, "toelichting": None,
    "checklistitem_statustype": [], "eigenschappen": [], "begin_geldigheid": None, **GELDIGHEID,
}


def _checklist(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"itemnaam": item["itemnaam"], "toelichting": item.get("toelichting"),
             "vraagstelling": item["vraagstelling"], "verplicht": bool(item.get("verplicht", False))}
            for item in items]


async def write_statustype(write: Write, row: StatusType | None, given: dict[str, Any], *, full: bool) -> StatusType:
    values = _values(given, STATUSTYPE_DEFAULTS, full)
    zaaktype = await _zaaktype_of_part(write, row, values)
    _check_part_begin(values, zaaktype)
    if "volgnummer" in values or "zaaktype" in given:
        await _unique_volgnummer(write, StatusType, row, zaaktype, values.get("volgnummer", getattr(row, "volgnummer", 0)))
    if "checklistitem_statustype" in values:
        values["checklistitems"] = _checklist(values.pop("checklistitem_statustype"))
    eigenschappen = values.pop("eigenschappen", None)
    if eigenschappen is not None:
        eigenschappen = [await _part_of(write, Eigenschap, "eigenschappen", url, f"eigenschappen.{i}", zaaktype)
                         for i, url in enumerate(_distinct(eigenschappen)) if url is not None]
    row = row or StatusType()
    _assign(row, values)
    row.zaaktype_id = zaaktype.id
    write.session.add(row)
    await write.session.flush()
    if eigenschappen is not None:
        await _replace_links(write, StatusTypeEigenschap, "statustype_id", row.id,
                             [{"eigenschap_id": e.id} for e in eigenschappen])
    elif "zaaktype" in given:  # the eigenschappen of another zaaktype no longer apply
        await write.session.execute(delete(StatusTypeEigenschap).where(StatusTypeEigenschap.statustype_id == row.id))
    return row


ROLTYPE_DEFAULTS = {"begin_geldigheid": None, **GELDIGHEID}


async def write_roltype(write: Write, row: RolType | None, given: dict[str, Any], *, full: bool) -> RolType:
    values = _values(given, ROLTYPE_DEFAULTS, full)
    zaaktype = await _zaaktype_of_part(write, row, values)
    await _check_catalogus(write, values, zaaktype)
    _check_part_begin(values, zaaktype)
    row = row or RolType()
    _assign(row, values)
    row.zaaktype_id = zaaktype.id
    write.session.add(row)
    await write.session.flush()
    return row


EIGENSCHAP_DEFAULTS = {"toelichting": "", "statustype": None, "begin_geldigheid": None, **GELDIGHEID}


async def write_eigenschap(write: Write, row: Eigenschap | None, given: dict[str, Any], *, full: bool) -> Eigenschap:
    values = _values(given, EIGENSCHAP_DEFAULTS, full)
    zaaktype = await _zaaktype_of_part(write, row, values)
    _check_part_begin(values, zaaktype)
    if "statustype" in values:
        statustype = await _part_of(write, StatusType, "statustypen", values.pop("statustype"), "statustype", zaaktype)
        values["statustype_id"] = statustype.id if statustype else None
    elif row is not None and row.statustype_id and "zaaktype" in given:
        current = await write.session.get(StatusType, row.statustype_id)
        if current is not None and current.zaaktype_id != zaaktype.id:
            raise invalid("statustype", "relations-incorrect-zaaktype", "Dit statustype hoort bij een ander zaaktype.")
    if "specificatie" in values:
        spec = values["specificatie"]
        values["specificatie"] = {"groep": spec.get("groep") or "", "formaat": spec["formaat"], "lengte": spec["lengte"],
                                  "kardinaliteit": spec["kardinaliteit"],
                                  "waardenverzameling": list(spec.get("waardenverzameling") or [])}
    row = row or Eigenschap()
    _assign(row, values)
    row.zaaktype_id = zaaktype.id
    write.session.add(row)
    await write.session.flush()
    return row


RESULTAATTYPE_DEFAULTS = {
    "toelichting": "", "archiefnominatie": "", "archiefactietermijn": None, "brondatum_archiefprocedure": None,
    "procesobjectaard": None, "indicatie_specifiek": None, "procestermijn": None, "besluittypen": [],
    "informatieobjecttypen": [], "begin_geldigheid": None, **GELDIGHEID,
}
_OUTSIDE = {"zaaktype", "resultaattypeomschrijving", "selectielijstklasse", "brondatum_archiefprocedure"}


def _brondatum(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"afleidingswijze": value["afleidingswijze"], "datumkenmerk": value.get("datumkenmerk") or "",
            "einddatumBekend": bool(value.get("einddatumBekend")), "objecttype": value.get("objecttype") or "",
            "registratie": value.get("registratie") or "", "procestermijn": value.get("procestermijn")}


async def write_resultaattype(write: Write, row: ResultaatType | None, given: dict[str, Any], *,
                              full: bool) -> ResultaatType:
    values = _values(given, RESULTAATTYPE_DEFAULTS, full)
    zaaktype = await _zaaktype_of_part(write, row, values)
    await _check_catalogus(write, values, zaaktype)
    _check_part_begin(values, zaaktype)
    if "brondatum_archiefprocedure" in values:
        values["brondatum_archiefprocedure"] = _brondatum(values["brondatum_archiefprocedure"])
    brondatum = values.get("brondatum_archiefprocedure", getattr(row, "brondatum_archiefprocedure", None))
    rules.check_brondatum_archiefprocedure(brondatum)
    if full or _OUTSIDE & set(given):
        state = {"resultaattypeomschrijving": values.get("resultaattypeomschrijving", getattr(row, "resultaattypeomschrijving", "")),
                 "selectielijstklasse": values.get("selectielijstklasse", getattr(row, "selectielijstklasse", ""))}
        klasse = await rules.check_resultaat_lists(write, state, zaaktype, set(given))
        rules.check_afleidingswijze_for_procestermijn(brondatum, klasse)
        values.update({key: state[key] for key in ("omschrijving_generiek", "archiefnominatie", "archiefactietermijn")
                       if key in state})
    besluittypen = values.pop("besluittypen", None)
    if besluittypen is None and row is not None and "zaaktype" in given:
        besluittypen = list((await write.session.scalars(select(ResultaatTypeBesluitType.omschrijving).where(
            ResultaatTypeBesluitType.resultaattype_id == row.id).order_by(ResultaatTypeBesluitType.position))).all())
    if besluittypen is not None:
        besluittypen = await _names(write, [b for b in besluittypen if b is not None], model=BesluitType,
                                    name_column=BesluitType.omschrijving, collection="besluittypen",
                                    field="besluittypen", catalogus_id=zaaktype.catalogus_id)
    informatieobjecttypen = values.pop("informatieobjecttypen", None)
    if informatieobjecttypen is not None:
        found = []
        for index, url in enumerate(u for u in informatieobjecttypen if u is not None):
            iot = await _object(write, InformatieObjectType, "informatieobjecttypen", url, f"informatieobjecttypen.{index}")
            rules.check_same_catalogus(f"informatieobjecttypen.{index}", zaaktype.catalogus_id, iot.catalogus_id)
            found.append(iot)
        informatieobjecttypen = found
    row = row or ResultaatType()
    _assign(row, values)
    row.zaaktype_id = zaaktype.id
    write.session.add(row)
    await write.session.flush()
    if besluittypen is not None:
        await _replace_links(write, ResultaatTypeBesluitType, "resultaattype_id", row.id,
                             [{"omschrijving": name} for name in besluittypen])
    if informatieobjecttypen is not None:
        await _replace_links(write, ResultaatTypeInformatieObjectType, "resultaattype_id", row.id,
                             [{"informatieobjecttype_id": iot.id} for iot in informatieobjecttypen])
    return row


ZAAKOBJECTTYPE_DEFAULTS = {**GELDIGHEID}


async def write_zaakobjecttype(write: Write, row: ZaakObjectType | None, given: dict[str, Any], *,
                               full: bool) -> ZaakObjectType:
    values = _values(given, ZAAKOBJECTTYPE_DEFAULTS, full)
    zaaktype = await _zaaktype_of_part(write, row, values)
    await _check_catalogus(write, values, zaaktype)
    if "begin_geldigheid" in values or "einde_geldigheid" in values:
        _check_part_begin({"begin_geldigheid": values.get("begin_geldigheid", getattr(row, "begin_geldigheid", None)),
                           "einde_geldigheid": values.get("einde_geldigheid", getattr(row, "einde_geldigheid", None))},
                          zaaktype)
    row = row or ZaakObjectType()
    _assign(row, values)
    row.zaaktype_id = zaaktype.id
    write.session.add(row)
    await write.session.flush()
    return row


async def write_zaaktype_informatieobjecttype(write: Write, row: ZaakTypeInformatieObjectType | None,
                                              given: dict[str, Any], *, full: bool) -> ZaakTypeInformatieObjectType:
    values = _values(given, {"statustype": None}, full)
    session = write.session
    current = None if row is None else await session.get(ZaakType, row.zaaktype_id)
    if current is not None:
        rules.check_koppeling_concept(
            current, await informatieobjecttype_published(session, current.catalogus_id, row.informatieobjecttype),
            existing=True, forced=write.forced_write)
    zaaktype = current
    if "zaaktype" in values:
        zaaktype = await _object(write, ZaakType, "zaaktypen", values.pop("zaaktype"), "zaaktype")
    name = row.informatieobjecttype if row is not None else None
    if "informatieobjecttype" in values or (current is not None and zaaktype.id != current.id):
        [name] = await _names(write, [values.pop("informatieobjecttype", name)], model=InformatieObjectType,
                              name_column=InformatieObjectType.omschrijving, collection="informatieobjecttypen",
                              field="informatieobjecttype", catalogus_id=zaaktype.catalogus_id)
        values["informatieobjecttype"] = name
    if current is None or zaaktype.id != current.id or name != row.informatieobjecttype:
        rules.check_koppeling_concept(
            zaaktype, await informatieobjecttype_published(session, zaaktype.catalogus_id, name),
            existing=False, forced=write.forced_write)
    if "volgnummer" in values or "zaaktype" in given:
        await _unique_volgnummer(write, ZaakTypeInformatieObjectType, row, zaaktype,
                                 values.get("volgnummer", getattr(row, "volgnummer", 0)))
    if "statustype" in values:
        statustype = await _part_of(write, StatusType, "statustypen", values.pop("statustype"), "statustype", zaaktype)
        values["statustype_id"] = statustype.id if statustype else None
    elif row is not None and row.statustype_id and zaaktype.id != row.zaaktype_id:
        values["statustype_id"] = None  # a statustype of the former zaaktype
    row = row or ZaakTypeInformatieObjectType()
    _assign(row, values)
    row.zaaktype_id = zaaktype.id
    session.add(row)
    await session.flush()
    return row


# --- removing ------------------------------------------------------------------------------------


async def check_destroy(write: Write, kind: str, row) -> None:
    """Rules ztc-009 (a published type) and ztc-010 (a part of a published zaaktype, a coupling
    of two published types) for DELETE; the scope catalogi.geforceerd-verwijderen overrides them."""
    forced = write.forced_delete
    if kind in ("zaaktype", "besluittype", "informatieobjecttype"):
        rules.check_published_type(row.concept, set(), "DELETE", forced)
        return
    zaaktype = await write.session.get(ZaakType, row.zaaktype_id)
    if kind == "zaakinformatieobjecttype":
        published = await informatieobjecttype_published(write.session, zaaktype.catalogus_id, row.informatieobjecttype)
        rules.check_koppeling_concept(zaaktype, published, existing=True, forced=forced)
    else:
        rules.check_zaaktype_concept(zaaktype, existing=True, forced=forced)


def parse_day(value: str | None, name: str = "datumGeldigheid") -> date | None:
    """The day of a ``datumGeldigheid`` parameter; None without one."""
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise invalid(name, "invalid", str(exc)) from None
