"""The full representation of a page of producttypen: their themas, locaties, organisaties,
contacten, prijzen, links, acties, bestanden, uniforme product naam and JSON schemas read in one
statement built once (jsonrows), plus one for the vertalingen when another language is asked."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Select, String, bindparam, cast, join, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from common import jsonrows
from common.jsonrows import related
from registries.producten.models import (
    Actie,
    Bestand,
    Contact,
    JsonSchema,
    Link,
    Locatie,
    Organisatie,
    Prijs,
    PrijsOptie,
    PrijsRegel,
    ProductType,
    ProductTypeContact,
    ProductTypeLocatie,
    ProductTypeOrganisatie,
    UniformeProductNaam,
)
from registries.producten.productpage import themas_nested, themas_of
from registries.producten.represent import (
    DEFAULT_LANGUAGE,
    _omit_empty,
    _verwijzing,
    bestand_url,
    gepubliceerd,
    iso_date,
    iso_datetime,
    money,
    vertalingen_of,
)

_ADRES = ("naam", "email", "telefoonnummer", "straat", "huisnummer", "postcode", "stad")
_ORGANISATIE = ("naam", "code", "email", "telefoonnummer", "straat", "huisnummer", "postcode", "stad")
_VERBRUIK = aliased(JsonSchema)
_DATA = aliased(JsonSchema)
_OF_TYPE = ProductType.id

# An alias: a filter's subquery on the uniforme product namen stays its own, not correlated to this join.
_UPL = aliased(UniformeProductNaam)
_RELATED = (
    _UPL.naam.label("upl"),
    _VERBRUIK.naam.label("verbruik_naam"), _VERBRUIK.schema_.label("verbruik_schema"),
    _DATA.naam.label("data_naam"), _DATA.schema_.label("data_schema"),
    themas_of(_OF_TYPE).label("themas"),
    related(Locatie.id, Locatie.uuid, *(getattr(Locatie, n) for n in _ADRES),
            where=ProductTypeLocatie.producttype_id == _OF_TYPE,
            joined=join(ProductTypeLocatie, Locatie, Locatie.id == ProductTypeLocatie.locatie_id)).label("locaties"),
    related(Organisatie.id, Organisatie.uuid, *(getattr(Organisatie, n) for n in _ORGANISATIE),
            where=ProductTypeOrganisatie.producttype_id == _OF_TYPE,
            joined=join(ProductTypeOrganisatie, Organisatie,
                        Organisatie.id == ProductTypeOrganisatie.organisatie_id)).label("organisaties"),
    related(Contact.id, Contact.uuid, Contact.naam, Contact.email, Contact.telefoonnummer, Contact.rol,
            Organisatie.uuid, *(getattr(Organisatie, n) for n in _ORGANISATIE),
            where=ProductTypeContact.producttype_id == _OF_TYPE,
            joined=join(ProductTypeContact, Contact, Contact.id == ProductTypeContact.contact_id)
            .outerjoin(Organisatie, Organisatie.id == Contact.organisatie_id)).label("contacten"),
    related(Prijs.actief_vanaf, Prijs.id, Prijs.id, Prijs.uuid, Prijs.actief_vanaf,
            where=Prijs.producttype_id == _OF_TYPE).label("prijzen"),
    related(PrijsOptie.id, PrijsOptie.prijs_id, PrijsOptie.uuid, cast(PrijsOptie.bedrag, String),
            PrijsOptie.beschrijving, where=Prijs.producttype_id == _OF_TYPE,
            joined=join(PrijsOptie, Prijs, Prijs.id == PrijsOptie.prijs_id)).label("prijsopties"),
    related(PrijsRegel.id, PrijsRegel.prijs_id, PrijsRegel.uuid, PrijsRegel.tabel_endpoint,
            PrijsRegel.dmn_tabel_id, PrijsRegel.beschrijving, PrijsRegel.mapping,
            where=Prijs.producttype_id == _OF_TYPE,
            joined=join(PrijsRegel, Prijs, Prijs.id == PrijsRegel.prijs_id)).label("prijsregels"),
    related(Link.id, Link.uuid, Link.naam, Link.url, where=Link.producttype_id == _OF_TYPE).label("links"),
    related(Actie.id, Actie.uuid, Actie.naam, Actie.direct_url, Actie.tabel_endpoint, Actie.dmn_tabel_id,
            Actie.mapping, where=Actie.producttype_id == _OF_TYPE).label("acties"),
    related(Bestand.id, Bestand.uuid, where=Bestand.producttype_id == _OF_TYPE).label("bestanden"),
)


def with_relations(stmt: Select) -> Select:
    """``stmt``, a select of producttypen, with their relations and their schemas' names and contents."""
    return (stmt.add_columns(*_RELATED)
            .outerjoin(_UPL, _UPL.id == ProductType.upl_id)
            .outerjoin(_VERBRUIK, _VERBRUIK.id == ProductType.verbruiksobject_schema_id)
            .outerjoin(_DATA, _DATA.id == ProductType.dataobject_schema_id))


RELATIONS = with_relations(select(ProductType.id)).where(ProductType.id.in_(bindparam("ids", expanding=True)))


def _organisatie(key: str, values: Sequence[Any]) -> dict[str, Any]:
    return _omit_empty({"uuid": jsonrows.uuid(key), **dict(zip(_ORGANISATIE, values, strict=True))}, "postcode")


def _locatie(row: list[Any]) -> dict[str, Any]:
    return _omit_empty({"uuid": jsonrows.uuid(row[0]), **dict(zip(_ADRES, row[1:], strict=True))}, "postcode")


def _contact(row: list[Any]) -> dict[str, Any]:
    key, naam, email, telefoonnummer, rol, organisatie = row[:6]
    return {
        "uuid": jsonrows.uuid(key),
        "organisatie": _organisatie(organisatie, row[6:]) if organisatie else None,
        "naam": naam,
        "email": email,
        "telefoonnummer": telefoonnummer,
        "rol": rol,
    }


def _actie(row: list[Any]) -> dict[str, Any]:
    key, naam, direct_url, tabel_endpoint, dmn_tabel_id, mapping = row
    url = direct_url or f"{tabel_endpoint.rstrip('/')}/{dmn_tabel_id}"
    return {"uuid": jsonrows.uuid(key), "naam": naam, "url": url, "mapping": mapping}


def _prijzen(row: Any) -> list[dict[str, Any]]:
    if row.prijzen is None:
        return []
    opties: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for prijs_id, key, bedrag, beschrijving in jsonrows.rows(row.prijsopties):
        opties[prijs_id].append({"uuid": jsonrows.uuid(key), "bedrag": money(Decimal(bedrag)),
                                 "beschrijving": beschrijving})
    regels: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for prijs_id, key, tabel_endpoint, dmn_tabel_id, beschrijving, mapping in jsonrows.rows(row.prijsregels):
        regels[prijs_id].append({"uuid": jsonrows.uuid(key), "url": f"{tabel_endpoint.rstrip('/')}/{dmn_tabel_id}",
                                 "beschrijving": beschrijving, "mapping": mapping})
    return [{"uuid": jsonrows.uuid(key), "prijsopties": opties[prijs_id], "prijsregels": regels[prijs_id],
             "actief_vanaf": iso_date(jsonrows.day(actief_vanaf))}
            for prijs_id, key, actief_vanaf in jsonrows.rows(row.prijzen, keys=2)]


def _schema(naam: str | None, schema: Any) -> dict[str, Any] | None:
    return {"naam": naam, "schema": schema} if naam is not None else None


def _represent(pt: ProductType, row: Any, vertaling: Any, taal: str, base: str, today: date,
               themas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "uuid": str(pt.uuid),
        "uniforme_product_naam": row.upl,
        "doelgroep": pt.doelgroep,
        "themas": themas_nested(row.themas, themas),
        "locaties": [_locatie(r) for r in jsonrows.rows(row.locaties)],
        "organisaties": [_organisatie(r[0], r[1:]) for r in jsonrows.rows(row.organisaties)],
        "eigenaar": pt.eigenaar,
        "contacten": [_contact(r) for r in jsonrows.rows(row.contacten)],
        "prijzen": _prijzen(row),
        "links": [{"uuid": jsonrows.uuid(key), "naam": naam, "url": url} for key, naam, url in jsonrows.rows(row.links)],
        "acties": [_actie(r) for r in jsonrows.rows(row.acties)],
        "bestanden": [{"uuid": str(key), "bestand": bestand_url(base, key)}
                      for key in (jsonrows.uuid(k) for (k,) in jsonrows.rows(row.bestanden))],
        "naam": vertaling.naam if vertaling else pt.naam,
        "samenvatting": vertaling.samenvatting if vertaling else pt.samenvatting,
        "taal": taal if vertaling else DEFAULT_LANGUAGE,
        "externe_codes": list(pt.externe_codes),
        "parameters": list(pt.parameters),
        "verbruiksobject_schema": _schema(row.verbruik_naam, row.verbruik_schema),
        "dataobject_schema": _schema(row.data_naam, row.data_schema),
        "gepubliceerd": gepubliceerd(pt.publicatie_start_datum, pt.publicatie_eind_datum, today),
        "publicatie_start_datum": iso_date(pt.publicatie_start_datum),
        "publicatie_eind_datum": iso_date(pt.publicatie_eind_datum),
        "aanmaak_datum": iso_datetime(pt.aanmaak_datum),
        "update_datum": iso_datetime(pt.update_datum),
        "code": pt.code,
        "toegestane_statussen": list(pt.toegestane_statussen),
        "keywords": list(pt.keywords),
        "interne_opmerkingen": pt.interne_opmerkingen,
        "zaaktypen": [_verwijzing(v) for v in pt.zaaktypen],
        "verzoektypen": [_verwijzing(v) for v in pt.verzoektypen],
        "processen": [_verwijzing(v) for v in pt.processen],
    }


async def producttypen_out(session: AsyncSession, producttypen: Sequence[ProductType], taal: str, today: date,
                           base: str = "") -> list[dict]:
    """The full representation; ``base`` (scheme and host) makes the URLs of its bestanden."""
    if not producttypen:
        return []
    rows = {row.id: row for row in (await session.execute(RELATIONS, {"ids": [pt.id for pt in producttypen]})).all()}
    return await _out(session, [(pt, rows[pt.id]) for pt in producttypen], taal, today, base)


# The columns of a producttype as a row: a page is read without building an object per producttype.
COLUMNS = select(*ProductType.__table__.c)


async def page_out(session: AsyncSession, rows: Sequence[Any], taal: str, today: date, base: str) -> list[dict]:
    """The full representation of rows of `with_relations` of `COLUMNS`."""
    # A row's fields taken out once: reading some forty of them by name from a row costs more.
    fields = [SimpleNamespace(**row._asdict()) for row in rows]
    return await _out(session, [(row, row) for row in fields], taal, today, base)


async def _out(session: AsyncSession, pairs: list[tuple[Any, Any]], taal: str, today: date,
               base: str) -> list[dict]:
    vertalingen = await vertalingen_of(session, [pt.id for pt, _ in pairs], taal)
    themas: dict[str, dict[str, Any]] = {}
    return [_represent(pt, row, vertalingen.get(pt.id), taal, base, today, themas) for pt, row in pairs]
