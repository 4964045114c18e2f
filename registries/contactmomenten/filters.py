"""The filters the contract offers on each Contactmomenten list; an index stands behind each.

``klant`` and ``object`` on /contactmomenten (from the Open Klant 1 dialect) take one URL or
several, comma separated, and select the contactmomenten through the indexed link tables.
``vorigContactmoment`` and ``volgendContactmoment`` take a contactmoment URL of this API.
"""

from functools import partial
from uuid import UUID

from sqlalchemy import Select, cast, func, select, String
from sqlalchemy.sql.elements import ColumnElement

from common.filters import Filter, FilterSet, column_filters, parse_choice, parse_datetime, parse_str
from registries.contactmomenten.models import ContactMoment, KlantContactMoment, ObjectContactMoment
from registries.contactmomenten.schemas import API_ROOT

INITIATIEFNEMERS = ("gemeente", "klant")
ROLLEN = ("belanghebbende", "gesprekspartner")
OBJECT_TYPES = ("zaak",)
EXPANDABLE = ("klantcontactmomenten", "objectcontactmomenten")


def parse_contactmoment_url(value: str) -> UUID:
    """A contactmoment URL of this API (any host: the filter matches on the uuid)."""
    path, _, key = value.rstrip("/").rpartition("/")
    if not path.endswith(f"{API_ROOT}/contactmomenten"):
        raise ValueError("Geef de URL van een contactmoment van deze API.")
    return UUID(key)


def _uuid_of(value: UUID) -> ColumnElement:
    return select(ContactMoment.id).where(ContactMoment.uuid == value).scalar_subquery()


def _where_contactmoment(stmt: Select, value: UUID, column: ColumnElement) -> Select:
    return stmt.where(column == _uuid_of(value))


def contactmoment_filter(name: str, column: ColumnElement) -> Filter:
    return Filter(name, partial(_where_contactmoment, column=column), parse_contactmoment_url, column=column)


def _where_volgend(stmt: Select, value: UUID) -> Select:
    # The contactmoment that X follows: the one X's vorig_id points at.
    vorig = select(ContactMoment.vorig_id).where(ContactMoment.uuid == value).scalar_subquery()
    return stmt.where(ContactMoment.id == vorig)


def _where_linked(stmt: Select, value: list[str], column: ColumnElement) -> Select:
    link = column.table
    return stmt.where(ContactMoment.id.in_(select(link.c.contactmoment_id).where(column.in_(value))))


def linked_filter(name: str, column: ColumnElement) -> Filter:
    return Filter(name, partial(_where_linked, column=column), parse_str, many=True, column=column)


CONTACTMOMENT_ORDERING = {
    "url": ContactMoment.id,
    "bronorganisatie": ContactMoment.bronorganisatie,
    "klant": select(func.min(KlantContactMoment.klant))
    .where(KlantContactMoment.contactmoment_id == ContactMoment.id).scalar_subquery(),
    "registratiedatum": ContactMoment.registratiedatum,
    "kanaal": ContactMoment.kanaal,
    "voorkeurskanaal": ContactMoment.voorkeurskanaal,
    "tekst": ContactMoment.tekst,
    "onderwerp_links": cast(ContactMoment.onderwerp_links, String),
    "initiatiefnemer": ContactMoment.initiatiefnemer,
    "medewerker": ContactMoment.medewerker,
    "medewerker_identificatie": ContactMoment.medewerker_identificatie,
}

CONTACTMOMENT_FILTERS = FilterSet(
    filters=[
        contactmoment_filter("vorigContactmoment", ContactMoment.vorig_id),
        Filter("volgendContactmoment", _where_volgend, parse_contactmoment_url, column=ContactMoment.uuid),
        *column_filters("bronorganisatie", ContactMoment.bronorganisatie),
        *column_filters("registratiedatum", ContactMoment.registratiedatum, ("exact", "gt", "gte", "lt", "lte"),
                        parse_datetime),
        *column_filters("kanaal", ContactMoment.kanaal),
        *column_filters("voorkeurskanaal", ContactMoment.voorkeurskanaal),
        *column_filters("voorkeurstaal", ContactMoment.voorkeurstaal),
        *column_filters("initiatiefnemer", ContactMoment.initiatiefnemer, parse=parse_choice(INITIATIEFNEMERS)),
        *column_filters("medewerker", ContactMoment.medewerker),
        *column_filters("medewerkerIdentificatie__identificatie", ContactMoment.medewerker_identificatie),
        *column_filters("medewerkerIdentificatie__achternaam", ContactMoment.medewerker_achternaam),
        *column_filters("medewerkerIdentificatie__voorletters", ContactMoment.medewerker_voorletters),
        *column_filters("medewerkerIdentificatie__voorvoegselAchternaam",
                        ContactMoment.medewerker_voorvoegsel_achternaam),
        linked_filter("object", ObjectContactMoment.object),
        linked_filter("klant", KlantContactMoment.klant),
    ],
    ordering=CONTACTMOMENT_ORDERING,
    reserved=("page", "pageSize", "expand"),
)

KLANTCONTACTMOMENT_FILTERS = FilterSet(filters=[
    contactmoment_filter("contactmoment", KlantContactMoment.contactmoment_id),
    *column_filters("klant", KlantContactMoment.klant),
    *column_filters("rol", KlantContactMoment.rol, parse=parse_choice(ROLLEN)),
])

OBJECTCONTACTMOMENT_FILTERS = FilterSet(filters=[
    *column_filters("object", ObjectContactMoment.object),
    contactmoment_filter("contactmoment", ObjectContactMoment.contactmoment_id),
    *column_filters("objectType", ObjectContactMoment.object_type, parse=parse_choice(OBJECT_TYPES)),
])

ALL = {
    "/contactmomenten": CONTACTMOMENT_FILTERS,
    "/klantcontactmomenten": KLANTCONTACTMOMENT_FILTERS,
    "/objectcontactmomenten": OBJECTCONTACTMOMENT_FILTERS,
}
