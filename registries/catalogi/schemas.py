"""Wire shapes of the Catalogi API (see openapi/catalogi-1.3.1.yaml).

Requests are checked against the contract itself (wire.py), except the catalogus, whose own
model below adds the RSIN check. Responses are built here, a page at a time: every relation is
loaded for the whole page with one query (relations.py), never one query per object.

Optional fields the contract types as a URL or an object, and that are not nullable
(``selectielijstProcestype``, ``referentieproces.link``, ``broncatalogus``, ``bronzaaktype``,
``omschrijvingGeneriek`` of an informatieobjecttype), are left out of a response when they have
no value: the contract allows neither ``""`` nor ``null`` there.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import Field
from sqlalchemy.ext.asyncio import AsyncSession

from common.fields import Date, Email, NotBlank, Rsin, WireModel
from registries.catalogi import relations
from registries.catalogi.models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from registries.catalogi.urls import ROOT, today, url_of


class CatalogusIn(WireModel):
    domein: NotBlank = Field(max_length=5)
    rsin: Rsin = Field(max_length=9)
    contactpersoon_beheer_naam: NotBlank = Field(max_length=40)
    contactpersoon_beheer_telefoonnummer: str = Field("", max_length=20)
    contactpersoon_beheer_emailadres: Email = Field("", max_length=254)
    naam: str | None = Field(None, max_length=200)
    versie: str | None = Field(None, max_length=20)
    begindatum_versie: Date | None = None


@dataclass(frozen=True)
class Context:
    """What building a response needs: the session, the base URL and the day on which
    relations by name resolve to versions."""

    session: AsyncSession
    base: str
    day: date

    @classmethod
    def of(cls, session: AsyncSession, base: str, day: date | None = None) -> "Context":
        return cls(session, base, day or today())

    def url(self, collection: str, key) -> str:
        return url_of(self.base, collection, key)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def catalogus_url(base: str, catalogus: Catalogus) -> str:
    return f"{base}{ROOT}/catalogussen/{catalogus.uuid}"


async def catalogussen_out(ctx: Context, rows: Sequence[Catalogus]) -> list[dict[str, Any]]:
    types = await relations.types_per_catalogus(ctx.session, [row.id for row in rows])
    return [
        {
            "url": ctx.url("catalogussen", row.uuid),
            "domein": row.domein,
            "rsin": row.rsin,
            "contactpersoonBeheerNaam": row.contactpersoon_beheer_naam,
            "contactpersoonBeheerTelefoonnummer": row.contactpersoon_beheer_telefoonnummer,
            "contactpersoonBeheerEmailadres": row.contactpersoon_beheer_emailadres,
            "zaaktypen": [ctx.url("zaaktypen", key) for key in types[row.id]["zaaktypen"]],
            "besluittypen": [ctx.url("besluittypen", key) for key in types[row.id]["besluittypen"]],
            "informatieobjecttypen": [
                ctx.url("informatieobjecttypen", key) for key in types[row.id]["informatieobjecttypen"]
            ],
            "naam": row.naam,
            "versie": row.versie,
            "begindatumVersie": _day(row.begindatum_versie),
        }
        for row in rows
    ]


# --- zaaktypen ------------------------------------------------------------------------------


def _referentieproces(value: dict[str, Any]) -> dict[str, Any]:
    shown = {"naam": value.get("naam", "")}
    if value.get("link"):
        shown["link"] = value["link"]
    return shown


async def zaaktypen_out(ctx: Context, rows: Sequence[ZaakType]) -> list[dict[str, Any]]:
    s, ids = ctx.session, [row.id for row in rows]
    catalogi = await relations.catalogus_uuids(s, {row.catalogus_id for row in rows})
    trefwoorden = await relations.zaaktype_trefwoorden(s, ids)
    parts = await relations.zaaktype_parts(s, ids)
    besluittypen = await relations.zaaktype_besluittypen(s, ids)
    iot_names = await relations.zaaktype_informatieobjecttype_names(s, ids)
    resolved_bt = await relations.resolve(s, BesluitType, BesluitType.omschrijving, ctx.day, {
        (row.catalogus_id, name) for row in rows for name in besluittypen[row.id]})
    resolved_iot = await relations.resolve(s, InformatieObjectType, InformatieObjectType.omschrijving, ctx.day, {
        (row.catalogus_id, name) for row in rows for name in iot_names[row.id]})
    related = {
        (row.catalogus_id, identificatie)
        for row in rows
        for identificatie in [*row.deelzaaktypen, *(r["zaaktype"] for r in row.gerelateerde_zaaktypen)]
        if "://" not in identificatie
    }
    resolved_zt = await relations.resolve(s, ZaakType, ZaakType.identificatie, ctx.day, related)

    def urls(collection: str, resolved, catalogus_id: int, names) -> list[str]:
        found: list[str] = []
        for name in names:
            for key in resolved.get((catalogus_id, name), ()):
                url = ctx.url(collection, key)
                if url not in found:
                    found.append(url)
        return found

    def gerelateerd(row: ZaakType) -> list[dict[str, Any]]:
        shown = []
        for relatie in row.gerelateerde_zaaktypen:
            target = relatie["zaaktype"]
            targets = [target] if "://" in target else urls("zaaktypen", resolved_zt, row.catalogus_id, [target])
            shown += [{"zaaktype": url, "aardRelatie": relatie["aardRelatie"],
                       "toelichting": relatie.get("toelichting", "")} for url in targets]
        return shown

    out = []
    for row in rows:
        data: dict[str, Any] = {
            "url": ctx.url("zaaktypen", row.uuid),
            "identificatie": row.identificatie,
            "omschrijving": row.omschrijving,
            "omschrijvingGeneriek": row.omschrijving_generiek,
            "vertrouwelijkheidaanduiding": row.vertrouwelijkheidaanduiding,
            "doel": row.doel,
            "aanleiding": row.aanleiding,
            "toelichting": row.toelichting,
            "indicatieInternOfExtern": row.indicatie_intern_of_extern,
            "handelingInitiator": row.handeling_initiator,
            "onderwerp": row.onderwerp,
            "handelingBehandelaar": row.handeling_behandelaar,
            "doorlooptijd": row.doorlooptijd,
            "servicenorm": row.servicenorm,
            "opschortingEnAanhoudingMogelijk": row.opschorting_en_aanhouding_mogelijk,
            "verlengingMogelijk": row.verlenging_mogelijk,
            "verlengingstermijn": row.verlengingstermijn,
            "trefwoorden": trefwoorden[row.id],
            "publicatieIndicatie": row.publicatie_indicatie,
            "publicatietekst": row.publicatietekst,
            "verantwoordingsrelatie": list(row.verantwoordingsrelatie),
            "productenOfDiensten": list(row.producten_of_diensten),
        }
        if row.selectielijst_procestype:
            data["selectielijstProcestype"] = row.selectielijst_procestype
        data["referentieproces"] = _referentieproces(row.referentieproces)
        data["verantwoordelijke"] = row.verantwoordelijke
        data["zaakobjecttypen"] = [ctx.url("zaakobjecttypen", k) for k in parts["zaakobjecttypen"][row.id]]
        if row.broncatalogus:
            data["broncatalogus"] = dict(row.broncatalogus)
        if row.bronzaaktype:
            data["bronzaaktype"] = dict(row.bronzaaktype)
        data.update({
            "catalogus": ctx.url("catalogussen", catalogi[row.catalogus_id]),
            "statustypen": [ctx.url("statustypen", k) for k in parts["statustypen"][row.id]],
            "resultaattypen": [ctx.url("resultaattypen", k) for k in parts["resultaattypen"][row.id]],
            "eigenschappen": [ctx.url("eigenschappen", k) for k in parts["eigenschappen"][row.id]],
            "informatieobjecttypen": urls("informatieobjecttypen", resolved_iot, row.catalogus_id, iot_names[row.id]),
            "roltypen": [ctx.url("roltypen", k) for k in parts["roltypen"][row.id]],
            "besluittypen": urls("besluittypen", resolved_bt, row.catalogus_id, besluittypen[row.id]),
            "deelzaaktypen": urls("zaaktypen", resolved_zt, row.catalogus_id, row.deelzaaktypen),
            "gerelateerdeZaaktypen": gerelateerd(row),
            "beginGeldigheid": _day(row.begin_geldigheid),
            "eindeGeldigheid": _day(row.einde_geldigheid),
            "beginObject": _day(row.begin_object),
            "eindeObject": _day(row.einde_object),
            "versiedatum": _day(row.versiedatum),
            "concept": row.concept,
        })
        out.append(data)
    return out


# --- informatieobjecttypen and besluittypen -------------------------------------------------


async def informatieobjecttypen_out(ctx: Context, rows: Sequence[InformatieObjectType]) -> list[dict[str, Any]]:
    s = ctx.session
    catalogi = await relations.catalogus_uuids(s, {row.catalogus_id for row in rows})
    keys = {(row.catalogus_id, row.omschrijving) for row in rows}
    zaaktypen = await relations.zaaktypen_with_informatieobjecttype(s, keys, ctx.day)
    besluittypen = await relations.besluittypen_with_informatieobjecttype(s, keys, ctx.day)
    out = []
    for row in rows:
        key = (row.catalogus_id, row.omschrijving)
        data: dict[str, Any] = {
            "url": ctx.url("informatieobjecttypen", row.uuid),
            "catalogus": ctx.url("catalogussen", catalogi[row.catalogus_id]),
            "omschrijving": row.omschrijving,
            "vertrouwelijkheidaanduiding": row.vertrouwelijkheidaanduiding,
            "beginGeldigheid": _day(row.begin_geldigheid),
            "eindeGeldigheid": _day(row.einde_geldigheid),
            "beginObject": _day(row.begin_object),
            "eindeObject": _day(row.einde_object),
            "concept": row.concept,
            "zaaktypen": [ctx.url("zaaktypen", k) for k in zaaktypen.get(key, [])],
            "besluittypen": [ctx.url("besluittypen", k) for k in besluittypen.get(key, [])],
            "informatieobjectcategorie": row.informatieobjectcategorie,
            "trefwoord": list(row.trefwoord),
        }
        if row.omschrijving_generiek:
            data["omschrijvingGeneriek"] = dict(row.omschrijving_generiek)
        out.append(data)
    return out


async def besluittypen_out(ctx: Context, rows: Sequence[BesluitType]) -> list[dict[str, Any]]:
    s, ids = ctx.session, [row.id for row in rows]
    catalogi = await relations.catalogus_uuids(s, {row.catalogus_id for row in rows})
    iot_names = await relations.besluittype_informatieobjecttypen(s, ids)
    resolved_iot = await relations.resolve(s, InformatieObjectType, InformatieObjectType.omschrijving, ctx.day, {
        (row.catalogus_id, name) for row in rows for name in iot_names[row.id]})
    keys = {(row.catalogus_id, row.omschrijving) for row in rows}
    zaaktypen = await relations.zaaktypen_with_besluittype(s, keys, ctx.day)
    resultaattypen = await relations.resultaattypen_with_besluittype(s, keys, ctx.day)
    out = []
    for row in rows:
        key = (row.catalogus_id, row.omschrijving)
        iot_urls: list[str] = []
        for name in iot_names[row.id]:
            for k in resolved_iot.get((row.catalogus_id, name), ()):
                url = ctx.url("informatieobjecttypen", k)
                if url not in iot_urls:
                    iot_urls.append(url)
        results = resultaattypen.get(key, [])
        out.append({
            "url": ctx.url("besluittypen", row.uuid),
            "catalogus": ctx.url("catalogussen", catalogi[row.catalogus_id]),
            "zaaktypen": [ctx.url("zaaktypen", k) for k in zaaktypen.get(key, [])],
            "omschrijving": row.omschrijving,
            "omschrijvingGeneriek": row.omschrijving_generiek,
            "besluitcategorie": row.besluitcategorie,
            "reactietermijn": row.reactietermijn,
            "publicatieIndicatie": row.publicatie_indicatie,
            "publicatietekst": row.publicatietekst,
            "publicatietermijn": row.publicatietermijn,
            "toelichting": row.toelichting,
            "informatieobjecttypen": iot_urls,
            "beginGeldigheid": _day(row.begin_geldigheid),
            "eindeGeldigheid": _day(row.einde_geldigheid),
            "beginObject": _day(row.begin_object),
            "eindeObject": _day(row.einde_object),
            "concept": row.concept,
            "resultaattypen": [ctx.url("resultaattypen", k) for k, _name in results],
            "resultaattypenOmschrijving": _distinct(name for _k, name in results),
            "vastgelegdIn": _distinct(iot_names[row.id]),
        })
    return out


def _distinct(values) -> list:
    seen: list = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


# --- the parts of a zaaktype ----------------------------------------------------------------


def _geldigheid(row, zaaktype: ZaakType) -> dict[str, Any]:
    """A part's own geldigheid where it has one, else its zaaktype's (the standard calls them
    derived values)."""
    return {
        "beginGeldigheid": _day(row.begin_geldigheid or zaaktype.begin_geldigheid),
        "eindeGeldigheid": _day(row.einde_geldigheid or zaaktype.einde_geldigheid),
        "beginObject": _day(row.begin_object or zaaktype.begin_object),
        "eindeObject": _day(row.einde_object or zaaktype.einde_object),
    }


async def statustypen_out(ctx: Context, rows: Sequence[StatusType]) -> list[dict[str, Any]]:
    s = ctx.session
    zaaktypen = await relations.zaaktypen_by_id(s, {row.zaaktype_id for row in rows})
    catalogi = await relations.catalogus_uuids(s, {zt.catalogus_id for zt in zaaktypen.values()})
    last = await relations.last_volgnummer(s, set(zaaktypen))
    eigenschappen = await relations.statustype_eigenschappen(s, [row.id for row in rows])
    out = []
    for row in rows:
        zaaktype = zaaktypen[row.zaaktype_id]
        out.append({
            "url": ctx.url("statustypen", row.uuid),
            "omschrijving": row.omschrijving,
            "omschrijvingGeneriek": row.omschrijving_generiek,
            "statustekst": row.statustekst,
            "zaaktype": ctx.url("zaaktypen", zaaktype.uuid),
            "catalogus": ctx.url("catalogussen", catalogi[zaaktype.catalogus_id]),
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "volgnummer": row.volgnummer,
            "isEindstatus": row.volgnummer == last.get(row.zaaktype_id),
            "informeren": row.informeren,
            "doorlooptijd": row.doorlooptijd,
            "toelichting": row.toelichting,
            "checklistitemStatustype": [dict(item) for item in row.checklistitems],
            "eigenschappen": [ctx.url("eigenschappen", k) for k in eigenschappen[row.id]],
            **_geldigheid(row, zaaktype),
        })
    return out


async def roltypen_out(ctx: Context, rows: Sequence[RolType]) -> list[dict[str, Any]]:
    s = ctx.session
    zaaktypen = await relations.zaaktypen_by_id(s, {row.zaaktype_id for row in rows})
    catalogi = await relations.catalogus_uuids(s, {zt.catalogus_id for zt in zaaktypen.values()})
    out = []
    for row in rows:
        zaaktype = zaaktypen[row.zaaktype_id]
        out.append({
            "url": ctx.url("roltypen", row.uuid),
            "zaaktype": ctx.url("zaaktypen", zaaktype.uuid),
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "omschrijving": row.omschrijving,
            "omschrijvingGeneriek": row.omschrijving_generiek,
            "catalogus": ctx.url("catalogussen", catalogi[zaaktype.catalogus_id]),
            **_geldigheid(row, zaaktype),
        })
    return out


async def eigenschappen_out(ctx: Context, rows: Sequence[Eigenschap]) -> list[dict[str, Any]]:
    s = ctx.session
    zaaktypen = await relations.zaaktypen_by_id(s, {row.zaaktype_id for row in rows})
    catalogi = await relations.catalogus_uuids(s, {zt.catalogus_id for zt in zaaktypen.values()})
    statustypen = await relations.uuids_by_id(s, StatusType, {row.statustype_id for row in rows if row.statustype_id})
    out = []
    for row in rows:
        zaaktype = zaaktypen[row.zaaktype_id]
        specificatie = row.specificatie
        out.append({
            "url": ctx.url("eigenschappen", row.uuid),
            "naam": row.naam,
            "catalogus": ctx.url("catalogussen", catalogi[zaaktype.catalogus_id]),
            "definitie": row.definitie,
            "specificatie": {
                "groep": specificatie.get("groep", ""),
                "formaat": specificatie["formaat"],
                "lengte": specificatie["lengte"],
                "kardinaliteit": specificatie["kardinaliteit"],
                "waardenverzameling": list(specificatie.get("waardenverzameling") or []),
            },
            "toelichting": row.toelichting,
            "zaaktype": ctx.url("zaaktypen", zaaktype.uuid),
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "statustype": ctx.url("statustypen", statustypen[row.statustype_id]) if row.statustype_id else None,
            **_geldigheid(row, zaaktype),
        })
    return out


BRONDATUM_DEFAULTS = {"datumkenmerk": "", "einddatumBekend": False, "objecttype": "", "registratie": "",
                      "procestermijn": None}


def brondatum_out(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if not value:
        return None
    return {"afleidingswijze": value["afleidingswijze"],
            **{key: value.get(key, default) if value.get(key) is not None else default
               for key, default in BRONDATUM_DEFAULTS.items()}}


async def resultaattypen_out(ctx: Context, rows: Sequence[ResultaatType]) -> list[dict[str, Any]]:
    s, ids = ctx.session, [row.id for row in rows]
    zaaktypen = await relations.zaaktypen_by_id(s, {row.zaaktype_id for row in rows})
    catalogi = await relations.catalogus_uuids(s, {zt.catalogus_id for zt in zaaktypen.values()})
    besluittypen = await relations.resultaattype_besluittypen(s, ids)
    resolved_bt = await relations.resolve(s, BesluitType, BesluitType.omschrijving, ctx.day, {
        (zaaktypen[row.zaaktype_id].catalogus_id, name) for row in rows for name in besluittypen[row.id]})
    iots = await relations.resultaattype_informatieobjecttypen(s, ids)
    out = []
    for row in rows:
        zaaktype = zaaktypen[row.zaaktype_id]
        bt_urls: list[str] = []
        for name in besluittypen[row.id]:
            for k in resolved_bt.get((zaaktype.catalogus_id, name), ()):
                url = ctx.url("besluittypen", k)
                if url not in bt_urls:
                    bt_urls.append(url)
        geldigheid = _geldigheid(row, zaaktype)
        out.append({
            "url": ctx.url("resultaattypen", row.uuid),
            "zaaktype": ctx.url("zaaktypen", zaaktype.uuid),
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "omschrijving": row.omschrijving,
            "resultaattypeomschrijving": row.resultaattypeomschrijving,
            "omschrijvingGeneriek": row.omschrijving_generiek,
            "selectielijstklasse": row.selectielijstklasse,
            "toelichting": row.toelichting,
            "archiefnominatie": row.archiefnominatie,
            "archiefactietermijn": row.archiefactietermijn,
            "brondatumArchiefprocedure": brondatum_out(row.brondatum_archiefprocedure),
            "procesobjectaard": row.procesobjectaard,
            "catalogus": ctx.url("catalogussen", catalogi[zaaktype.catalogus_id]),
            "beginGeldigheid": geldigheid["beginGeldigheid"],
            "eindeGeldigheid": geldigheid["eindeGeldigheid"],
            "beginObject": geldigheid["beginObject"],
            "eindeObject": geldigheid["eindeObject"],
            "indicatieSpecifiek": row.indicatie_specifiek,
            "procestermijn": row.procestermijn,
            "besluittypen": bt_urls,
            "besluittypeOmschrijving": _distinct(besluittypen[row.id]),
            "informatieobjecttypen": [ctx.url("informatieobjecttypen", k) for k, _name in iots[row.id]],
            "informatieobjecttypeOmschrijving": _distinct(name for _k, name in iots[row.id]),
        })
    return out


async def zaakobjecttypen_out(ctx: Context, rows: Sequence[ZaakObjectType]) -> list[dict[str, Any]]:
    s = ctx.session
    zaaktypen = await relations.zaaktypen_by_id(s, {row.zaaktype_id for row in rows})
    catalogi = await relations.catalogus_uuids(s, {zt.catalogus_id for zt in zaaktypen.values()})
    out = []
    for row in rows:
        zaaktype = zaaktypen[row.zaaktype_id]
        out.append({
            "url": ctx.url("zaakobjecttypen", row.uuid),
            "anderObjecttype": row.ander_objecttype,
            **_geldigheid(row, zaaktype),
            "objecttype": row.objecttype,
            "relatieOmschrijving": row.relatie_omschrijving,
            "zaaktype": ctx.url("zaaktypen", zaaktype.uuid),
            "zaaktypeIdentificatie": zaaktype.identificatie,
            # Statustypen and resultaattypen of 1.3.1 do not point at a zaakobjecttype.
            "resultaattypen": [],
            "statustypen": [],
            "catalogus": ctx.url("catalogussen", catalogi[zaaktype.catalogus_id]),
        })
    return out


async def zaaktype_informatieobjecttypen_out(
    ctx: Context, rows: Sequence[ZaakTypeInformatieObjectType]
) -> list[dict[str, Any]]:
    s = ctx.session
    zaaktypen = await relations.zaaktypen_by_id(s, {row.zaaktype_id for row in rows})
    catalogi = await relations.catalogus_uuids(s, {zt.catalogus_id for zt in zaaktypen.values()})
    resolved = await relations.resolve(s, InformatieObjectType, InformatieObjectType.omschrijving, ctx.day, {
        (zaaktypen[row.zaaktype_id].catalogus_id, row.informatieobjecttype) for row in rows})
    statustypen = await relations.uuids_by_id(s, StatusType, {row.statustype_id for row in rows if row.statustype_id})
    out = []
    for row in rows:
        zaaktype = zaaktypen[row.zaaktype_id]
        versions = resolved.get((zaaktype.catalogus_id, row.informatieobjecttype), [])
        out.append({
            "url": ctx.url("zaaktype-informatieobjecttypen", row.uuid),
            "zaaktype": ctx.url("zaaktypen", zaaktype.uuid),
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "catalogus": ctx.url("catalogussen", catalogi[zaaktype.catalogus_id]),
            # The valid published version's URL; its omschrijving while there is none.
            "informatieobjecttype": ctx.url("informatieobjecttypen", versions[0]) if versions else row.informatieobjecttype,
            "volgnummer": row.volgnummer,
            "richting": row.richting,
            "statustype": ctx.url("statustypen", statustypen[row.statustype_id]) if row.statustype_id else None,
        })
    return out
