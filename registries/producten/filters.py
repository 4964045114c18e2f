"""The filters the contracts offer on each list; an index stands behind each (tests check it).

Filters on related objects (a product's eigenaren, a producttype's themas) select the ids of
the objects that match in the related table and keep those (``id IN (...)``): the related
table's index serves the lookup and no join multiplies the rows.
"""

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from common.filters import (
    Filter,
    column_filters,
    parse_bool,
    parse_choice,
    parse_date,
    parse_datetime,
    parse_uuid,
)
from registries.producten import jsonfilter
from registries.producten.models import (
    Actie,
    Bestand,
    Contact,
    ContentElement,
    ContentElementLabel,
    ContentLabel,
    Eigenaar,
    JsonSchema,
    Link,
    Locatie,
    Organisatie,
    Prijs,
    PrijsOptie,
    PrijsRegel,
    Product,
    ProductType,
    ProductTypeContact,
    ProductTypeLocatie,
    ProductTypeOrganisatie,
    ProductTypeThema,
    ProductTypeWaarde,
    ProductVerwijzing,
    Thema,
    UniformeProductNaam,
)
from registries.producten.querying import MultiFilterSet, RepeatableFilter
from registries.producten.schemas import DOELGROEPEN, STATUSSEN

Condition = Callable[[Any], ColumnElement]


def _where(stmt: Select, value: Any, condition: Condition) -> Select:
    return stmt.where(condition(value))


def flt(name: str, column: ColumnElement, condition: Condition, parse=lambda v: v, many: bool = False,
        bindable: bool = False) -> Filter:
    """``bindable``: ``condition`` only compares with its value, so it may be a bound parameter."""
    return Filter(name, partial(_where, condition=condition), parse, many=many, column=column, bindable=bindable)


def repeatable(name: str, column: ColumnElement, condition: Condition, parse) -> Filter:
    def apply(stmt: Select, values: list) -> Select:
        for value in values:
            stmt = stmt.where(condition(value))
        return stmt

    return RepeatableFilter(name, apply, parse, column=column)


def contains(column: ColumnElement) -> Condition:
    return lambda value: column.contains(value, autoescape=True)


def icontains(column: ColumnElement) -> Condition:
    return lambda value: func.lower(column).contains(value.lower(), autoescape=True)


def iexact(column: ColumnElement) -> Condition:
    return lambda value: func.lower(column) == value.lower()


def istartswith(column: ColumnElement) -> Condition:
    return lambda value: func.lower(column).startswith(value.lower(), autoescape=True)


def dates(name: str, column: ColumnElement, parse=parse_date) -> list[Filter]:
    return column_filters(name, column, ("exact", "gte", "lte"), parse)


def _key_value(value: str) -> tuple[str, str]:
    """``[naam:waarde]`` as the externe_code and parameter filters take it."""
    if not (value.startswith("[") and value.endswith("]")) or value.count(":") != 1:
        raise ValueError("Geef de waarde als [naam:waarde].")
    naam, waarde = value[1:-1].split(":")
    if not naam or not waarde or any(c in naam + waarde for c in "[]"):
        raise ValueError("Geef de waarde als [naam:waarde].")
    return naam, waarde


def parse_decimal(value: str) -> float:
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError("Geef een getal.")
    return number


# --------------------------------------------------------------------------- producttypen


def _producttype_has(condition: ColumnElement) -> ColumnElement:
    return ProductType.id.in_(select(ProductTypeWaarde.producttype_id).where(condition))


def _waarde(soort: str, **where) -> Condition:
    def condition(value: Any) -> ColumnElement:
        parts = [ProductTypeWaarde.soort == soort]
        for key, build in where.items():
            parts.append(build(value))
        return _producttype_has(and_(*parts))

    return condition


def _verwijzing_filters(prefix: str, soort: str) -> list[Filter]:
    made = []
    for part in ("url", "urn"):
        kind = f"{soort}_{part}"
        made.append(flt(f"{prefix}__{part}", ProductTypeWaarde.waarde,
                        _waarde(kind, w=lambda v: ProductTypeWaarde.waarde == v)))
        made.append(flt(f"{prefix}__{part}__contains", ProductTypeWaarde.waarde,
                        _waarde(kind, w=lambda v: ProductTypeWaarde.waarde.contains(v, autoescape=True))))
    return made


def _linked(link_table, link_column, target, condition: Condition) -> Condition:
    """Producttypen linked (through ``link_table``) to a ``target`` that meets ``condition``."""
    return lambda value: ProductType.id.in_(
        select(link_table.producttype_id).join(target, target.id == link_column).where(condition(value))
    )


def gepubliceerd_condition(start: ColumnElement, eind: ColumnElement, today: date) -> ColumnElement:
    return and_(start.is_not(None), start <= today, or_(eind.is_(None), eind > today))


def _gepubliceerd(value: bool) -> ColumnElement:
    published = gepubliceerd_condition(ProductType.publicatie_start_datum, ProductType.publicatie_eind_datum, date.today())
    return published if value else ~published


PRODUCTTYPE_FILTERS = MultiFilterSet(
    filters=[
        *dates("aanmaak_datum", ProductType.aanmaak_datum, parse_datetime),
        flt("code", ProductType.code, lambda v: ProductType.code == v, bindable=True),
        flt("contacten__naam__contains", Contact.naam, _linked(ProductTypeContact, ProductTypeContact.contact_id, Contact, contains(Contact.naam))),
        flt("contacten__uuid", Contact.uuid, _linked(ProductTypeContact, ProductTypeContact.contact_id, Contact, lambda v: Contact.uuid == v), parse_uuid),
        flt("contacten__uuid__in", Contact.uuid, _linked(ProductTypeContact, ProductTypeContact.contact_id, Contact, lambda v: Contact.uuid.in_(v)), parse_uuid, many=True),
        flt("doelgroep", ProductType.doelgroep, lambda v: ProductType.doelgroep == v, parse_choice(DOELGROEPEN)),
        repeatable("externe_code", ProductTypeWaarde.naam,
                   _waarde("externe_code", n=lambda v: ProductTypeWaarde.naam == v[0], w=lambda v: ProductTypeWaarde.waarde == v[1]),
                   _key_value),
        flt("gepubliceerd", ProductType.publicatie_start_datum, _gepubliceerd, parse_bool),
        flt("keywords", ProductTypeWaarde.waarde, _waarde("keyword", w=lambda v: ProductTypeWaarde.waarde.in_(v)), many=True),
        flt("letter", ProductType.naam, istartswith(ProductType.naam)),
        flt("locaties__naam__contains", Locatie.naam, _linked(ProductTypeLocatie, ProductTypeLocatie.locatie_id, Locatie, contains(Locatie.naam))),
        flt("locaties__uuid", Locatie.uuid, _linked(ProductTypeLocatie, ProductTypeLocatie.locatie_id, Locatie, lambda v: Locatie.uuid == v), parse_uuid),
        flt("locaties__uuid__in", Locatie.uuid, _linked(ProductTypeLocatie, ProductTypeLocatie.locatie_id, Locatie, lambda v: Locatie.uuid.in_(v)), parse_uuid, many=True),
        flt("naam", ProductType.naam, lambda v: ProductType.naam == v),
        flt("naam__icontains", ProductType.naam, icontains(ProductType.naam)),
        flt("organisaties__code", Organisatie.code, _linked(ProductTypeOrganisatie, ProductTypeOrganisatie.organisatie_id, Organisatie, lambda v: Organisatie.code == v)),
        flt("organisaties__naam__contains", Organisatie.naam, _linked(ProductTypeOrganisatie, ProductTypeOrganisatie.organisatie_id, Organisatie, contains(Organisatie.naam))),
        flt("organisaties__uuid", Organisatie.uuid, _linked(ProductTypeOrganisatie, ProductTypeOrganisatie.organisatie_id, Organisatie, lambda v: Organisatie.uuid == v), parse_uuid),
        flt("organisaties__uuid__in", Organisatie.uuid, _linked(ProductTypeOrganisatie, ProductTypeOrganisatie.organisatie_id, Organisatie, lambda v: Organisatie.uuid.in_(v)), parse_uuid, many=True),
        repeatable("parameter", ProductTypeWaarde.naam,
                   _waarde("parameter", n=lambda v: ProductTypeWaarde.naam == v[0], w=lambda v: ProductTypeWaarde.waarde == v[1]),
                   _key_value),
        *_verwijzing_filters("processen", "proces"),
        *dates("publicatie_eind_datum", ProductType.publicatie_eind_datum),
        *dates("publicatie_start_datum", ProductType.publicatie_start_datum),
        flt("themas__naam", Thema.naam, _linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.naam == v)),
        flt("themas__naam__in", Thema.naam, _linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.naam.in_(v)), many=True),
        flt("themas__uuid", Thema.uuid, _linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.uuid == v), parse_uuid, bindable=True),
        flt("themas__uuid__in", Thema.uuid, _linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.uuid.in_(v)), parse_uuid, many=True),
        flt("toegestane_statussen", ProductTypeWaarde.waarde, _waarde("status", w=lambda v: ProductTypeWaarde.waarde.in_(v)),
            parse_choice(STATUSSEN), many=True),
        flt("uniforme_product_naam", UniformeProductNaam.naam,
            lambda v: ProductType.upl_id.in_(select(UniformeProductNaam.id).where(UniformeProductNaam.naam == v))),
        *dates("update_datum", ProductType.update_datum, parse_datetime),
        flt("verbruiksobject_schema__naam", JsonSchema.naam,
            lambda v: ProductType.verbruiksobject_schema_id.in_(select(JsonSchema.id).where(JsonSchema.naam == v))),
        *_verwijzing_filters("verzoektypen", "verzoektype"),
        *_verwijzing_filters("zaaktypen", "zaaktype"),
    ],
    reserved=("page", "page_size"),
)


# --------------------------------------------------------------------------- objects of one producttype


def _of_producttype(owner_column: ColumnElement, condition: Callable[[Any], ColumnElement]) -> Condition:
    return lambda value: owner_column.in_(select(ProductType.id).where(condition(value)))


def producttype_filters(owner_column: ColumnElement) -> list[Filter]:
    """``producttype__code``, ``__naam``, ``__naam__icontains``, ``__uuid`` and
    ``uniforme_product_naam`` of objects that belong to one producttype."""
    return [
        flt("producttype__code", ProductType.code, _of_producttype(owner_column, lambda v: ProductType.code == v)),
        flt("producttype__naam", ProductType.naam, _of_producttype(owner_column, lambda v: ProductType.naam == v)),
        flt("producttype__naam__icontains", ProductType.naam, _of_producttype(owner_column, icontains(ProductType.naam))),
        flt("producttype__uuid", ProductType.uuid, _of_producttype(owner_column, lambda v: ProductType.uuid == v), parse_uuid),
        flt("uniforme_product_naam", UniformeProductNaam.naam, _of_producttype(owner_column, lambda v: ProductType.upl_id.in_(
            select(UniformeProductNaam.id).where(UniformeProductNaam.naam == v)))),
    ]


def _prijs_with(model, condition: Condition) -> Condition:
    return lambda value: Prijs.id.in_(select(model.prijs_id).where(condition(value)))


PRIJS_FILTERS = MultiFilterSet(
    filters=[
        *dates("actief_vanaf", Prijs.actief_vanaf),
        flt("prijsopties__bedrag", PrijsOptie.bedrag, _prijs_with(PrijsOptie, lambda v: PrijsOptie.bedrag == v), parse_decimal),
        flt("prijsopties__bedrag__gte", PrijsOptie.bedrag, _prijs_with(PrijsOptie, lambda v: PrijsOptie.bedrag >= v), parse_decimal),
        flt("prijsopties__bedrag__lte", PrijsOptie.bedrag, _prijs_with(PrijsOptie, lambda v: PrijsOptie.bedrag <= v), parse_decimal),
        flt("prijsopties__beschrijving", PrijsOptie.beschrijving, _prijs_with(PrijsOptie, lambda v: PrijsOptie.beschrijving == v)),
        flt("prijsregels__beschrijving", PrijsRegel.beschrijving, _prijs_with(PrijsRegel, lambda v: PrijsRegel.beschrijving == v)),
        flt("prijsregels__dmn_tabel_id", PrijsRegel.dmn_tabel_id, _prijs_with(PrijsRegel, lambda v: PrijsRegel.dmn_tabel_id == v)),
        *producttype_filters(Prijs.producttype_id),
    ],
    reserved=("page", "page_size"),
)

LINK_FILTERS = MultiFilterSet(
    filters=[
        flt("naam", Link.naam, lambda v: Link.naam == v),
        flt("naam__contains", Link.naam, contains(Link.naam)),
        *producttype_filters(Link.producttype_id),
        flt("url", Link.url, lambda v: Link.url == v),
        flt("url__contains", Link.url, contains(Link.url)),
    ],
    reserved=("page", "page_size"),
)

BESTAND_FILTERS = MultiFilterSet(
    filters=[
        flt("naam__contains", Bestand.naam, contains(Bestand.naam)),
        *producttype_filters(Bestand.producttype_id),
    ],
    reserved=("page", "page_size"),
)

ACTIE_FILTERS = MultiFilterSet(
    filters=[
        flt("direct_url", Actie.direct_url, lambda v: Actie.direct_url == v),
        # We keep no named DMN configurations: a DMN engine is known by its tabel_endpoint,
        # which is also its name.
        flt("dmn_config__naam", Actie.tabel_endpoint, lambda v: Actie.tabel_endpoint == v),
        flt("dmn_config__tabel_endpoint", Actie.tabel_endpoint, lambda v: Actie.tabel_endpoint == v),
        flt("dmn_tabel_id", Actie.dmn_tabel_id, lambda v: Actie.dmn_tabel_id == v),
        flt("naam", Actie.naam, lambda v: Actie.naam == v),
        flt("naam__contains", Actie.naam, contains(Actie.naam)),
        *producttype_filters(Actie.producttype_id),
    ],
    reserved=("page", "page_size"),
)


def _adres_filters(model) -> list[Filter]:
    return [
        flt("email__iexact", model.email, iexact(model.email)),
        flt("huisnummer__iexact", model.huisnummer, iexact(model.huisnummer)),
        flt("naam__iexact", model.naam, iexact(model.naam)),
        flt("postcode", model.postcode, lambda v: model.postcode == v),
        flt("stad", model.stad, lambda v: model.stad == v),
        flt("straat__iexact", model.straat, iexact(model.straat)),
        flt("telefoonnummer__contains", model.telefoonnummer, contains(model.telefoonnummer)),
    ]


LOCATIE_FILTERS = MultiFilterSet(filters=_adres_filters(Locatie), reserved=("page", "page_size"))
ORGANISATIE_FILTERS = MultiFilterSet(
    filters=[flt("code", Organisatie.code, lambda v: Organisatie.code == v), *_adres_filters(Organisatie)],
    reserved=("page", "page_size"),
)
CONTACT_FILTERS = MultiFilterSet(
    filters=[
        flt("email__iexact", Contact.email, iexact(Contact.email)),
        flt("naam", Contact.naam, lambda v: Contact.naam == v),
        flt("organisatie__naam", Organisatie.naam,
            lambda v: Contact.organisatie_id.in_(select(Organisatie.id).where(Organisatie.naam == v))),
        flt("organisatie__uuid", Organisatie.uuid,
            lambda v: Contact.organisatie_id.in_(select(Organisatie.id).where(Organisatie.uuid == v)), parse_uuid),
        flt("rol", Contact.rol, lambda v: Contact.rol == v),
        flt("telefoonnummer__contains", Contact.telefoonnummer, contains(Contact.telefoonnummer)),
    ],
    reserved=("page", "page_size"),
)
SCHEMA_FILTERS = MultiFilterSet(
    filters=[
        flt("naam", JsonSchema.naam, lambda v: JsonSchema.naam == v),
        flt("naam__contains", JsonSchema.naam, contains(JsonSchema.naam)),
    ],
    reserved=("page", "page_size"),
)


def _thema_producttype(condition: Condition) -> Condition:
    return lambda value: Thema.id.in_(
        select(ProductTypeThema.thema_id).join(ProductType, ProductType.id == ProductTypeThema.producttype_id)
        .where(condition(value)))


_HOOFD = Thema.__table__.alias("hoofd")

THEMA_FILTERS = MultiFilterSet(
    filters=[
        *dates("aanmaak_datum", Thema.aanmaak_datum, parse_datetime),
        flt("gepubliceerd", Thema.gepubliceerd, lambda v: Thema.gepubliceerd.is_(v), parse_bool),
        flt("hoofd_thema__naam", Thema.naam, lambda v: Thema.hoofd_thema_id.in_(select(_HOOFD.c.id).where(_HOOFD.c.naam == v))),
        flt("hoofd_thema__uuid", Thema.uuid, lambda v: Thema.hoofd_thema_id.in_(select(_HOOFD.c.id).where(_HOOFD.c.uuid == v)), parse_uuid),
        flt("naam", Thema.naam, lambda v: Thema.naam == v),
        flt("producttypen__uuid", ProductType.uuid, _thema_producttype(lambda v: ProductType.uuid == v), parse_uuid),
        flt("producttypen__uuid__in", ProductType.uuid, _thema_producttype(lambda v: ProductType.uuid.in_(v)), parse_uuid, many=True),
        *dates("update_datum", Thema.update_datum, parse_datetime),
    ],
    reserved=("page", "page_size"),
)


# --------------------------------------------------------------------------- producten


def _product_has(model, condition: Condition) -> Condition:
    return lambda value: Product.id.in_(select(model.product_id).where(condition(value)))


def _product_verwijzing(soort: str, prefix: str) -> list[Filter]:
    made = []
    for part in ("url", "urn"):
        column = getattr(ProductVerwijzing, part)
        made.append(flt(f"{prefix}__{part}", column,
                        _product_has(ProductVerwijzing, lambda v, c=column: and_(c == v, ProductVerwijzing.soort == soort))))
        made.append(flt(f"{prefix}__{part}__contains", column,
                        _product_has(ProductVerwijzing, lambda v, c=column: and_(c.contains(v, autoescape=True), ProductVerwijzing.soort == soort))))
    return made


def _of_type(condition: Condition) -> Condition:
    return lambda value: Product.producttype_id.in_(select(ProductType.id).where(condition(value)))


def _of_type_linked(link_table, link_column, target, condition: Condition) -> Condition:
    return lambda value: Product.producttype_id.in_(
        select(link_table.producttype_id).join(target, target.id == link_column).where(condition(value)))


def _json_attr(column: ColumnElement) -> Condition:
    return lambda attr: jsonfilter.JsonCondition(column, attr)


def _producttype_gepubliceerd(value: bool) -> ColumnElement:
    return Product.producttype_id.in_(select(ProductType.id).where(_gepubliceerd(value)))


PRODUCT_FILTERS = MultiFilterSet(
    filters=[
        *dates("aanmaak_datum", Product.aanmaak_datum, parse_datetime),
        flt("aanvraag_zaak_url", Product.aanvraag_zaak_url, lambda v: Product.aanvraag_zaak_url == v),
        flt("aanvraag_zaak_url__contains", Product.aanvraag_zaak_url, contains(Product.aanvraag_zaak_url)),
        flt("aanvraag_zaak_urn", Product.aanvraag_zaak_urn, lambda v: Product.aanvraag_zaak_urn == v),
        flt("aanvraag_zaak_urn__contains", Product.aanvraag_zaak_urn, contains(Product.aanvraag_zaak_urn)),
        repeatable("dataobject_attr", Product.dataobject, _json_attr(Product.dataobject), jsonfilter.parse),
        *_product_verwijzing("document", "documenten"),
        flt("eigenaren__bsn", Eigenaar.bsn, _product_has(Eigenaar, lambda v: Eigenaar.bsn == v), bindable=True),
        flt("eigenaren__klantnummer", Eigenaar.klantnummer, _product_has(Eigenaar, lambda v: Eigenaar.klantnummer == v), bindable=True),
        flt("eigenaren__kvk_nummer", Eigenaar.kvk_nummer, _product_has(Eigenaar, lambda v: Eigenaar.kvk_nummer == v), bindable=True),
        flt("eigenaren__uuid", Eigenaar.uuid, _product_has(Eigenaar, lambda v: Eigenaar.uuid == v), parse_uuid, bindable=True),
        flt("eigenaren__vestigingsnummer", Eigenaar.vestigingsnummer,
            _product_has(Eigenaar, lambda v: Eigenaar.vestigingsnummer == v)),
        *dates("eind_datum", Product.eind_datum),
        flt("frequentie", Product.frequentie, lambda v: Product.frequentie == v,
            parse_choice(("eenmalig", "jaarlijks", "maandelijks"))),
        flt("gepubliceerd", Product.gepubliceerd, lambda v: Product.gepubliceerd.is_(v), parse_bool),
        flt("naam", Product.naam, lambda v: Product.naam == v),
        flt("prijs", Product.prijs, lambda v: Product.prijs == v, parse_decimal),
        flt("prijs__gte", Product.prijs, lambda v: Product.prijs >= v, parse_decimal),
        flt("prijs__lte", Product.prijs, lambda v: Product.prijs <= v, parse_decimal),
        flt("producttype__code", ProductType.code, _of_type(lambda v: ProductType.code == v), bindable=True),
        flt("producttype__code__in", ProductType.code, _of_type(lambda v: ProductType.code.in_(v)), many=True, bindable=True),
        flt("producttype__gepubliceerd", ProductType.publicatie_start_datum, _producttype_gepubliceerd, parse_bool),
        flt("producttype__locaties__uuid", Locatie.uuid,
            _of_type_linked(ProductTypeLocatie, ProductTypeLocatie.locatie_id, Locatie, lambda v: Locatie.uuid == v), parse_uuid),
        flt("producttype__naam", ProductType.naam, _of_type(lambda v: ProductType.naam == v)),
        flt("producttype__naam__icontains", ProductType.naam, _of_type(icontains(ProductType.naam))),
        flt("producttype__naam__in", ProductType.naam, _of_type(lambda v: ProductType.naam.in_(v)), many=True),
        flt("producttype__organisaties__code", Organisatie.code,
            _of_type_linked(ProductTypeOrganisatie, ProductTypeOrganisatie.organisatie_id, Organisatie, lambda v: Organisatie.code == v)),
        flt("producttype__organisaties__uuid", Organisatie.uuid,
            _of_type_linked(ProductTypeOrganisatie, ProductTypeOrganisatie.organisatie_id, Organisatie, lambda v: Organisatie.uuid == v),
            parse_uuid),
        flt("producttype__themas__naam", Thema.naam,
            _of_type_linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.naam == v)),
        flt("producttype__themas__naam__in", Thema.naam,
            _of_type_linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.naam.in_(v)), many=True),
        flt("producttype__themas__uuid", Thema.uuid,
            _of_type_linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.uuid == v), parse_uuid),
        flt("producttype__themas__uuid__in", Thema.uuid,
            _of_type_linked(ProductTypeThema, ProductTypeThema.thema_id, Thema, lambda v: Thema.uuid.in_(v)), parse_uuid, many=True),
        flt("producttype__uuid", ProductType.uuid, _of_type(lambda v: ProductType.uuid == v), parse_uuid, bindable=True),
        flt("producttype__uuid__in", ProductType.uuid, _of_type(lambda v: ProductType.uuid.in_(v)), parse_uuid, many=True, bindable=True),
        *dates("start_datum", Product.start_datum),
        flt("status", Product.status, lambda v: Product.status == v, parse_choice(STATUSSEN), bindable=True),
        *_product_verwijzing("taak", "taken"),
        flt("uniforme_product_naam", UniformeProductNaam.naam, _of_type(lambda v: ProductType.upl_id.in_(
            select(UniformeProductNaam.id).where(UniformeProductNaam.naam == v)))),
        *dates("update_datum", Product.update_datum, parse_datetime),
        repeatable("verbruiksobject_attr", Product.verbruiksobject, _json_attr(Product.verbruiksobject), jsonfilter.parse),
        *_product_verwijzing("zaak", "zaken"),
    ],
    reserved=("page", "page_size"),
)

ALL = {
    "producttypen": PRODUCTTYPE_FILTERS, "themas": THEMA_FILTERS, "prijzen": PRIJS_FILTERS, "links": LINK_FILTERS,
    "acties": ACTIE_FILTERS, "locaties": LOCATIE_FILTERS, "organisaties": ORGANISATIE_FILTERS,
    "contacten": CONTACT_FILTERS, "schemas": SCHEMA_FILTERS, "producten": PRODUCT_FILTERS,
}

# GET /producttypen/actuele-prijzen takes no parameters at all (an unknown one is a 400).
ACTUELE_PRIJZEN_FILTERS = MultiFilterSet(filters=[], reserved=())


# --------------------------------------------------------------------------- content


def _content_of_type(condition: Condition) -> Condition:
    return lambda value: ContentElement.producttype_id.in_(select(ProductType.id).where(condition(value)))


def _content_of_type_thema(condition: Condition) -> Condition:
    return lambda value: ContentElement.producttype_id.in_(
        select(ProductTypeThema.producttype_id).join(Thema, Thema.id == ProductTypeThema.thema_id).where(condition(value)))


def _content_of_type_waarde(soort: str) -> Condition:
    return lambda value: ContentElement.producttype_id.in_(
        select(ProductTypeWaarde.producttype_id).where(ProductTypeWaarde.soort == soort, ProductTypeWaarde.waarde == value))


def _content_with_labels(value: list[str]) -> ColumnElement:
    return ContentElement.id.in_(
        select(ContentElementLabel.contentelement_id).join(ContentLabel, ContentLabel.id == ContentElementLabel.label_id)
        .where(ContentLabel.naam.in_(value)))


CONTENT_FILTERS = MultiFilterSet(
    filters=[
        flt("content__icontains", ContentElement.content, icontains(ContentElement.content)),
        flt("producttype__code", ProductType.code, _content_of_type(lambda v: ProductType.code == v)),
        flt("producttype__naam", ProductType.naam, _content_of_type(lambda v: ProductType.naam == v)),
        flt("producttype__themas__naam", Thema.naam, _content_of_type_thema(lambda v: Thema.naam == v)),
        flt("producttype__themas__uuid", Thema.uuid, _content_of_type_thema(lambda v: Thema.uuid == v), parse_uuid),
        flt("producttype__uuid", ProductType.uuid, _content_of_type(lambda v: ProductType.uuid == v), parse_uuid),
        flt("producttype__zaaktypen__url", ProductTypeWaarde.waarde, _content_of_type_waarde("zaaktype_url")),
        flt("producttype__zaaktypen__urn", ProductTypeWaarde.waarde, _content_of_type_waarde("zaaktype_urn")),
        flt("thema__naam", Thema.naam, lambda v: ContentElement.thema_id.in_(select(Thema.id).where(Thema.naam == v))),
        flt("thema__uuid", Thema.uuid, lambda v: ContentElement.thema_id.in_(select(Thema.id).where(Thema.uuid == v)), parse_uuid),
    ],
    reserved=("page", "page_size"),
)

CONTENTLABEL_FILTERS = MultiFilterSet(filters=[], reserved=("page", "page_size"))

# The content of one producttype or thema, by label (not a list of the contract's own).
NESTED_CONTENT_FILTERS = MultiFilterSet(
    filters=[
        flt("labels", ContentLabel.naam, _content_with_labels, many=True),
        flt("exclude_labels", ContentLabel.naam, lambda v: ~_content_with_labels(v), many=True),
    ],
    reserved=("page", "page_size"),
)

ALL |= {"content": CONTENT_FILTERS, "contentlabels": CONTENTLABEL_FILTERS, "nested_content": NESTED_CONTENT_FILTERS}
