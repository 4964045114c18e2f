"""The wire form of every object of both APIs, loaded in batches: a page of producttypen or
producten costs a fixed number of queries, however many objects it holds (never one per object).

Two contradictions of the reference are handled here (see docs/contract-differences.md):
optional fields whose pattern an empty string cannot match (``postcode``, an eigenaar's
``kvk_nummer``) are left out when empty instead of being sent as "".
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.producten.models import (
    Actie,
    Contact,
    JsonSchema,
    Link,
    Locatie,
    Organisatie,
    Prijs,
    PrijsOptie,
    PrijsRegel,
    ProductType,
    ProductTypeThema,
    ProductTypeVertaling,
    Thema,
    UniformeProductNaam,
)

PRODUCTTYPEN_ROOT = "/producttypen/api/v1"
PRODUCTEN_ROOT = "/producten/api/v1"
DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")


def iso_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # SQLite gives back naive datetimes; they were stored in UTC
        value = value.replace(tzinfo=UTC)
    return value.isoformat().replace("+00:00", "Z")


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def money(value: Decimal | None) -> str | None:
    return f"{value:.2f}" if value is not None else None


def gepubliceerd(start: date | None, eind: date | None, today: date) -> bool:
    """prd-004: published from ``publicatie_start_datum`` up to (not including) ``publicatie_eind_datum``."""
    return start is not None and start <= today and (eind is None or eind > today)


def producttype_url(base: str, uuid: UUID) -> str:
    return f"{base}{PRODUCTTYPEN_ROOT}/producttypen/{uuid}"


def bestand_url(base: str, uuid: UUID) -> str:
    """Where a bestand's file is downloaded: the field ``bestand``."""
    return f"{base}{PRODUCTTYPEN_ROOT}/bestanden/{uuid}/download"


def product_url(base: str, uuid: UUID) -> str:
    return f"{base}{PRODUCTEN_ROOT}/producten/{uuid}"


def _omit_empty(data: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        if data.get(name) == "":
            del data[name]
    return data


# --------------------------------------------------------------------------- simple objects


def thema_nested(thema: Thema, hoofd_uuid: UUID | None) -> dict[str, Any]:
    return {
        "uuid": str(thema.uuid),
        "naam": thema.naam,
        "beschrijving": thema.beschrijving,
        "gepubliceerd": thema.gepubliceerd,
        "aanmaak_datum": iso_datetime(thema.aanmaak_datum),
        "update_datum": iso_datetime(thema.update_datum),
        "hoofd_thema": str(hoofd_uuid) if hoofd_uuid else None,
    }


def locatie_out(locatie: Locatie) -> dict[str, Any]:
    return _omit_empty({
        "uuid": str(locatie.uuid),
        "naam": locatie.naam,
        "email": locatie.email,
        "telefoonnummer": locatie.telefoonnummer,
        "straat": locatie.straat,
        "huisnummer": locatie.huisnummer,
        "postcode": locatie.postcode,
        "stad": locatie.stad,
    }, "postcode")


def organisatie_out(organisatie: Organisatie) -> dict[str, Any]:
    return _omit_empty({
        "uuid": str(organisatie.uuid),
        "naam": organisatie.naam,
        "code": organisatie.code,
        "email": organisatie.email,
        "telefoonnummer": organisatie.telefoonnummer,
        "straat": organisatie.straat,
        "huisnummer": organisatie.huisnummer,
        "postcode": organisatie.postcode,
        "stad": organisatie.stad,
    }, "postcode")


def contact_out(contact: Contact, organisatie: Organisatie | None) -> dict[str, Any]:
    return {
        "uuid": str(contact.uuid),
        "organisatie": organisatie_out(organisatie) if organisatie is not None else None,
        "naam": contact.naam,
        "email": contact.email,
        "telefoonnummer": contact.telefoonnummer,
        "rol": contact.rol,
    }


def jsonschema_out(schema: JsonSchema | None) -> dict[str, Any] | None:
    if schema is None:
        return None
    return {"naam": schema.naam, "schema": schema.schema_}


def link_out(link: Link, producttype_uuid: UUID | None = None) -> dict[str, Any]:
    data = {"uuid": str(link.uuid), "naam": link.naam, "url": link.url}
    if producttype_uuid is not None:
        data["producttype_uuid"] = str(producttype_uuid)
    return data


def actie_url(actie: Actie) -> str:
    if actie.direct_url:
        return actie.direct_url
    return f"{actie.tabel_endpoint.rstrip('/')}/{actie.dmn_tabel_id}"


def actie_out(actie: Actie, producttype_uuid: UUID | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"uuid": str(actie.uuid), "naam": actie.naam, "url": actie_url(actie)}
    if producttype_uuid is not None:
        data["producttype_uuid"] = str(producttype_uuid)
    data["mapping"] = actie.mapping
    return data


def prijsoptie_out(optie: PrijsOptie) -> dict[str, Any]:
    return {"uuid": str(optie.uuid), "bedrag": money(optie.bedrag), "beschrijving": optie.beschrijving}


def prijsregel_out(regel: PrijsRegel) -> dict[str, Any]:
    return {
        "uuid": str(regel.uuid),
        "url": f"{regel.tabel_endpoint.rstrip('/')}/{regel.dmn_tabel_id}",
        "beschrijving": regel.beschrijving,
        "mapping": regel.mapping,
    }


def prijs_nested(prijs: Prijs, opties: Sequence[PrijsOptie], regels: Sequence[PrijsRegel]) -> dict[str, Any]:
    return {
        "uuid": str(prijs.uuid),
        "prijsopties": [prijsoptie_out(o) for o in opties],
        "prijsregels": [prijsregel_out(r) for r in regels],
        "actief_vanaf": iso_date(prijs.actief_vanaf),
    }


def prijs_out(prijs: Prijs, producttype_uuid: UUID, opties, regels) -> dict[str, Any]:
    nested = prijs_nested(prijs, opties, regels)
    return {"uuid": nested["uuid"], "producttype_uuid": str(producttype_uuid), **{k: v for k, v in nested.items() if k != "uuid"}}


# --------------------------------------------------------------------------- batch loading


async def _by_key(session: AsyncSession, stmt, key) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    for row in (await session.execute(stmt)).all():
        grouped[key(row)].append(row)
    return grouped


class Prijzen:
    """The prijzen of some producttypen with their opties and regels: three queries."""

    def __init__(self) -> None:
        self.by_producttype: dict[int, list[Prijs]] = defaultdict(list)
        self.opties: dict[int, list[PrijsOptie]] = defaultdict(list)
        self.regels: dict[int, list[PrijsRegel]] = defaultdict(list)

    @classmethod
    async def load(cls, session: AsyncSession, producttype_ids: Iterable[int] | None = None,
                   prijs_ids: Iterable[int] | None = None) -> "Prijzen":
        loaded = cls()
        stmt = select(Prijs).order_by(Prijs.actief_vanaf, Prijs.id)
        if producttype_ids is not None:
            stmt = stmt.where(Prijs.producttype_id.in_(list(producttype_ids)))
        if prijs_ids is not None:
            stmt = stmt.where(Prijs.id.in_(list(prijs_ids)))
        prijzen = (await session.scalars(stmt)).all()
        for prijs in prijzen:
            loaded.by_producttype[prijs.producttype_id].append(prijs)
        ids = [p.id for p in prijzen]
        if ids:
            for optie in (await session.scalars(select(PrijsOptie).where(PrijsOptie.prijs_id.in_(ids)).order_by(PrijsOptie.id))).all():
                loaded.opties[optie.prijs_id].append(optie)
            for regel in (await session.scalars(select(PrijsRegel).where(PrijsRegel.prijs_id.in_(ids)).order_by(PrijsRegel.id))).all():
                loaded.regels[regel.prijs_id].append(regel)
        return loaded

    def nested(self, prijs: Prijs) -> dict[str, Any]:
        return prijs_nested(prijs, self.opties[prijs.id], self.regels[prijs.id])

    def current(self, producttype_id: int, today: date) -> Prijs | None:
        """prd-013: the latest price already in effect."""
        current = None
        for prijs in self.by_producttype[producttype_id]:
            if prijs.actief_vanaf <= today:
                current = prijs
        return current


async def upl_of(session: AsyncSession, upl_ids: Iterable[int | None]) -> dict[int, UniformeProductNaam]:
    ids = {i for i in upl_ids if i is not None}
    if not ids:
        return {}
    return {u.id: u for u in (await session.scalars(select(UniformeProductNaam).where(UniformeProductNaam.id.in_(ids)))).all()}


async def vertalingen_of(session: AsyncSession, producttype_ids: Sequence[int], taal: str) -> dict[int, ProductTypeVertaling]:
    if taal == DEFAULT_LANGUAGE or not producttype_ids:
        return {}
    rows = (await session.scalars(select(ProductTypeVertaling).where(
        ProductTypeVertaling.producttype_id.in_(producttype_ids), ProductTypeVertaling.taal == taal))).all()
    return {row.producttype_id: row for row in rows}


def producttype_nested(pt: ProductType, upl: UniformeProductNaam | None, today: date, *, taal: str = "nl",
                       vertaling: ProductTypeVertaling | None = None, themas: list | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uuid": str(pt.uuid),
        "code": pt.code,
        "naam": vertaling.naam if vertaling else pt.naam,
        "keywords": list(pt.keywords),
        "uniforme_product_naam": upl.naam if upl else None,
        "toegestane_statussen": list(pt.toegestane_statussen),
        "gepubliceerd": gepubliceerd(pt.publicatie_start_datum, pt.publicatie_eind_datum, today),
        "publicatie_start_datum": iso_date(pt.publicatie_start_datum),
        "publicatie_eind_datum": iso_date(pt.publicatie_eind_datum),
        "aanmaak_datum": iso_datetime(pt.aanmaak_datum),
        "update_datum": iso_datetime(pt.update_datum),
    }
    if themas is not None:
        data["themas"] = themas
    data["taal"] = taal if vertaling else DEFAULT_LANGUAGE
    return data


def _verwijzing(value: dict[str, Any]) -> dict[str, Any]:
    return {"urn": value.get("urn"), "url": value.get("url")}


async def organisaties_by_id(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, Organisatie]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {o.id: o for o in (await session.scalars(select(Organisatie).where(Organisatie.id.in_(wanted)))).all()}


async def themas_out(session: AsyncSession, themas: Sequence[Thema], today: date) -> list[dict[str, Any]]:
    """Thema's with their producttypen (NestedProductType), four queries for a page."""
    ids = [t.id for t in themas]
    hoofd_ids = {t.hoofd_thema_id for t in themas if t.hoofd_thema_id}
    hoofd_uuids = dict((await session.execute(select(Thema.id, Thema.uuid).where(Thema.id.in_(hoofd_ids)))).all()) if hoofd_ids else {}
    producttypen: dict[int, list[ProductType]] = defaultdict(list)
    if ids:
        for thema_id, pt in (await session.execute(
            select(ProductTypeThema.thema_id, ProductType).join(ProductType, ProductType.id == ProductTypeThema.producttype_id)
            .where(ProductTypeThema.thema_id.in_(ids)).order_by(ProductType.id))).all():
            producttypen[thema_id].append(pt)
    upl = await upl_of(session, (pt.upl_id for pts in producttypen.values() for pt in pts))
    result = []
    for thema in themas:
        data = thema_nested(thema, hoofd_uuids.get(thema.hoofd_thema_id))
        data["producttypen"] = [producttype_nested(pt, upl.get(pt.upl_id), today) for pt in producttypen[thema.id]]
        result.append(data)
    return result
