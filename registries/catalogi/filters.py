"""The filters the contract offers on each Catalogi list; an index stands behind each.

``status`` (alles, concept, definitief) is ``definitief`` when a client does not send it, as the
standard says: lists show published types unless asked otherwise. On the parts of a zaaktype
it is the zaaktype's status, and ``datumGeldigheid`` the zaaktype's geldigheid (a part's
geldigheid is derived from its zaaktype). ``datumBeginGeldigheid`` and ``datumEindeGeldigheid``
of zaakobjecttypen match the dates set on the zaakobjecttype itself.

A filter that takes the URL of an object matches on the object the URL names; a URL of
something else matches nothing, and a value that is no URL at all is a 400.
"""

from datetime import date
from functools import partial
from uuid import UUID

from sqlalchemy import Select, exists, false, select

from common.filters import Filter, FilterSet, column_filters, parse_bool, parse_choice, parse_date
from registries.catalogi.models import (
    BesluitType,
    BesluitTypeInformatieObjectType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeBesluitType,
    ZaakTypeInformatieObjectType,
    ZaakTypeTrefwoord,
)
from registries.catalogi.relations import valid_on
from registries.catalogi.urls import ROOT
from registries.catalogi.wire import check_url

STATUS = ("alles", "concept", "definitief")
DEFAULT_STATUS = "definitief"
ROLTYPE_GENERIEK = ("adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter",
                    "zaakcoordinator", "mede_initiator")
RICHTING = ("inkomend", "intern", "uitgaand")


class NoMatch:
    """The parsed value of a URL that names no object of the expected collection."""


def parse_reference(collection: str):
    """A URL of one of our objects in ``collection``: its uuid, or NoMatch for any other URL."""

    def parse(value: str) -> UUID | NoMatch:
        check_url(value)
        path = value.split("?", 1)[0].rstrip("/")
        head, _, key = path.rpartition("/")
        if not head.endswith(f"{ROOT}/{collection}"):
            return NoMatch()
        try:
            return UUID(key)
        except ValueError:
            return NoMatch()

    return parse


def parse_url(value: str) -> str:
    return check_url(value)


def _uuid_filter(stmt: Select, value, column, model) -> Select:
    if isinstance(value, NoMatch):
        return stmt.where(false())
    return stmt.where(column.in_(select(model.id).where(model.uuid == value)))


def reference(name: str, collection: str, column, model, index_column=None) -> Filter:
    """``name`` holds a URL of a ``model`` object; rows whose ``column`` points at it."""
    return Filter(name, partial(_uuid_filter, column=column, model=model), parse_reference(collection),
                  column=index_column if index_column is not None else column)


def _status(stmt: Select, value: str, concept) -> Select:
    if value == "concept":
        return stmt.where(concept.is_(True))
    if value == "definitief":
        return stmt.where(concept.is_(False))
    return stmt


def _valid_on(stmt: Select, value: date, model) -> Select:
    return stmt.where(valid_on(model, value))


def _zaaktype_where(stmt: Select, value, owner_column, condition) -> Select:
    return stmt.where(owner_column.in_(select(ZaakType.id).where(condition(value))))


def zaaktype_part_filters(model, *, identificatie: str | None = "zaaktypeIdentificatie", status: bool = True,
                          geldigheid: str | None = "datumGeldigheid") -> list[Filter]:
    """The filters on a part's zaaktype: the zaaktype itself, and (under the names the contract
    gives them, or not at all when None) its identificatie, status and geldigheid."""
    owner = model.zaaktype_id
    made = [reference("zaaktype", "zaaktypen", owner, ZaakType)]
    if identificatie:
        made.append(Filter(identificatie, partial(_zaaktype_where, owner_column=owner,
                                                  condition=lambda v: ZaakType.identificatie == v),
                           column=ZaakType.identificatie))
    if status:
        made.append(Filter("status", partial(_zaaktype_where, owner_column=owner,
                                             condition=lambda v: _concept_condition(v)),
                           parse_choice(STATUS), column=ZaakType.concept))
    if geldigheid:
        made.append(Filter(geldigheid, partial(_zaaktype_where, owner_column=owner,
                                               condition=lambda v: valid_on(ZaakType, v)),
                           parse_date, column=ZaakType.begin_geldigheid))
    return made


def _concept_condition(value: str):
    if value == "concept":
        return ZaakType.concept.is_(True)
    if value == "definitief":
        return ZaakType.concept.is_(False)
    return ZaakType.id.is_not(None)


def version_filters(model) -> list[Filter]:
    """catalogus, status and datumGeldigheid of a versioned type (zaaktype, besluittype, informatieobjecttype)."""
    return [
        reference("catalogus", "catalogussen", model.catalogus_id, Catalogus),
        Filter("status", partial(_status, concept=model.concept), parse_choice(STATUS), column=model.concept),
        Filter("datumGeldigheid", partial(_valid_on, model=model), parse_date, column=model.begin_geldigheid),
    ]


# --- catalogussen ---------------------------------------------------------------------------

CATALOGUS_FILTERS = FilterSet(
    filters=[
        *column_filters("domein", Catalogus.domein, ("exact", "in")),
        *column_filters("rsin", Catalogus.rsin, ("exact", "in")),
    ]
)


# --- zaaktypen ------------------------------------------------------------------------------


def _trefwoorden(stmt: Select, values: list[str]) -> Select:
    for value in values:
        stmt = stmt.where(exists().where(ZaakTypeTrefwoord.zaaktype_id == ZaakType.id,
                                         ZaakTypeTrefwoord.trefwoord == value))
    return stmt


ZAAKTYPE_FILTERS = FilterSet(
    filters=[
        *version_filters(ZaakType),
        *column_filters("identificatie", ZaakType.identificatie),
        Filter("trefwoorden", _trefwoorden, many=True, column=ZaakTypeTrefwoord.trefwoord),
    ]
)


# --- besluittypen and informatieobjecttypen -------------------------------------------------


def _besluittypen_of_zaaktype(stmt: Select, value) -> Select:
    if isinstance(value, NoMatch):
        return stmt.where(false())
    zaaktype = select(ZaakType.id, ZaakType.catalogus_id).where(ZaakType.uuid == value).subquery()
    names = select(ZaakTypeBesluitType.omschrijving).join(zaaktype, zaaktype.c.id == ZaakTypeBesluitType.zaaktype_id)
    return stmt.where(BesluitType.catalogus_id.in_(select(zaaktype.c.catalogus_id)), BesluitType.omschrijving.in_(names))


def _besluittypen_of_informatieobjecttype(stmt: Select, value) -> Select:
    if isinstance(value, NoMatch):
        return stmt.where(false())
    iot = select(InformatieObjectType.catalogus_id, InformatieObjectType.omschrijving).where(
        InformatieObjectType.uuid == value).subquery()
    owners = select(BesluitTypeInformatieObjectType.besluittype_id).join(
        iot, iot.c.omschrijving == BesluitTypeInformatieObjectType.omschrijving)
    return stmt.where(BesluitType.id.in_(owners), BesluitType.catalogus_id.in_(select(iot.c.catalogus_id)))


BESLUITTYPE_FILTERS = FilterSet(
    filters=[
        *version_filters(BesluitType),
        Filter("zaaktypen", _besluittypen_of_zaaktype, parse_reference("zaaktypen"), column=BesluitType.omschrijving),
        Filter("informatieobjecttypen", _besluittypen_of_informatieobjecttype, parse_reference("informatieobjecttypen"),
               column=BesluitTypeInformatieObjectType.omschrijving),
        *column_filters("omschrijving", BesluitType.omschrijving),
    ]
)

INFORMATIEOBJECTTYPE_FILTERS = FilterSet(
    filters=[
        *version_filters(InformatieObjectType),
        *column_filters("omschrijving", InformatieObjectType.omschrijving),
    ]
)


# --- the parts of a zaaktype ----------------------------------------------------------------

STATUSTYPE_FILTERS = FilterSet(filters=zaaktype_part_filters(StatusType))
EIGENSCHAP_FILTERS = FilterSet(filters=zaaktype_part_filters(Eigenschap))
ROLTYPE_FILTERS = FilterSet(
    filters=[
        *zaaktype_part_filters(RolType),
        *column_filters("omschrijvingGeneriek", RolType.omschrijving_generiek, parse=parse_choice(ROLTYPE_GENERIEK)),
    ]
)
# The standard spells two of these parameters in snake_case here, and only here.
RESULTAATTYPE_FILTERS = FilterSet(
    filters=zaaktype_part_filters(ResultaatType, identificatie="zaaktype_identificatie", geldigheid="datum_geldigheid")
)


def _informatieobjecttype(stmt: Select, value: str) -> Select:
    """By omschrijving, or by the URL of one of its versions (then in that version's catalogus)."""
    if "://" not in value:
        return stmt.where(ZaakTypeInformatieObjectType.informatieobjecttype == value)
    key = parse_reference("informatieobjecttypen")(value)
    if isinstance(key, NoMatch):
        return stmt.where(false())
    iot = select(InformatieObjectType.catalogus_id, InformatieObjectType.omschrijving).where(
        InformatieObjectType.uuid == key).subquery()
    return stmt.where(
        ZaakTypeInformatieObjectType.informatieobjecttype.in_(select(iot.c.omschrijving)),
        ZaakTypeInformatieObjectType.zaaktype_id.in_(
            select(ZaakType.id).where(ZaakType.catalogus_id.in_(select(iot.c.catalogus_id)))),
    )


ZAAKTYPE_INFORMATIEOBJECTTYPE_FILTERS = FilterSet(
    filters=[
        *zaaktype_part_filters(ZaakTypeInformatieObjectType, identificatie=None, geldigheid=None),
        Filter("informatieobjecttype", _informatieobjecttype, column=ZaakTypeInformatieObjectType.informatieobjecttype),
        *column_filters("richting", ZaakTypeInformatieObjectType.richting, parse=parse_choice(RICHTING)),
    ]
)


def _zaakobjecttype_catalogus(stmt: Select, value) -> Select:
    if isinstance(value, NoMatch):
        return stmt.where(false())
    return stmt.where(ZaakObjectType.zaaktype_id.in_(
        select(ZaakType.id).join(Catalogus, Catalogus.id == ZaakType.catalogus_id).where(Catalogus.uuid == value)))


ZAAKOBJECTTYPE_FILTERS = FilterSet(
    filters=[
        *column_filters("anderObjecttype", ZaakObjectType.ander_objecttype, parse=parse_bool),
        Filter("catalogus", _zaakobjecttype_catalogus, parse_reference("catalogussen"), column=ZaakType.catalogus_id),
        *column_filters("datumBeginGeldigheid", ZaakObjectType.begin_geldigheid, parse=parse_date),
        *column_filters("datumEindeGeldigheid", ZaakObjectType.einde_geldigheid, parse=parse_date),
        *column_filters("objecttype", ZaakObjectType.objecttype, parse=parse_url),
        *column_filters("relatieOmschrijving", ZaakObjectType.relatie_omschrijving),
        *zaaktype_part_filters(ZaakObjectType, status=False),
    ]
)

ALL = {
    "/catalogussen": CATALOGUS_FILTERS,
    "/zaaktypen": ZAAKTYPE_FILTERS,
    "/besluittypen": BESLUITTYPE_FILTERS,
    "/informatieobjecttypen": INFORMATIEOBJECTTYPE_FILTERS,
    "/statustypen": STATUSTYPE_FILTERS,
    "/roltypen": ROLTYPE_FILTERS,
    "/eigenschappen": EIGENSCHAP_FILTERS,
    "/resultaattypen": RESULTAATTYPE_FILTERS,
    "/zaaktype-informatieobjecttypen": ZAAKTYPE_INFORMATIEOBJECTTYPE_FILTERS,
    "/zaakobjecttypen": ZAAKOBJECTTYPE_FILTERS,
}
