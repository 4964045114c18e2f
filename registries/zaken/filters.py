"""The filters the contract offers on each Zaken list; an index stands behind each.

Filters on a zaak's rollen (``rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn``, the
"my cases" query of a citizen portal) select the zaak ids from the rol table through an index
that holds (number, zaak_id), so they never read a rol row.
"""

from functools import partial
from uuid import UUID

from sqlalchemy import Select, select
from sqlalchemy.sql.elements import ColumnElement

from common.auth.principal import VERTROUWELIJKHEIDAANDUIDINGEN, rank
from common.filters import Filter, FilterSet, column_filters, parse_bool, parse_choice, parse_date, parse_str
from registries.zaken.models import (
    KlantContact,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakContactMoment,
    ZaakInformatieObject,
    ZaakObject,
    ZaakVerzoek,
)
from registries.zaken.schemas import API_ROOT

BETROKKENE_TYPES = ("natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid",
                    "medewerker")
OMSCHRIJVINGEN_GENERIEK = ("adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter",
                           "zaakcoordinator", "mede_initiator")
ARCHIEFNOMINATIES = ("blijvend_bewaren", "vernietigen")
ARCHIEFSTATUSSEN = ("nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen")
OBJECT_TYPES = (
    "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte", "huishouden",
    "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker",
    "natuurlijk_persoon", "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand",
    "spoorbaandeel", "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk",
    "woonplaats", "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige",
)

# (query name without prefix, Rol column)
ROL_IDENTIFICATIES = (
    ("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", Rol.inp_bsn),
    ("betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie", Rol.anp_identificatie),
    ("betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer", Rol.inp_a_nummer),
    ("betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId", Rol.inn_nnp_id),
    ("betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie", Rol.ann_identificatie),
    ("betrokkeneIdentificatie__vestiging__vestigingsNummer", Rol.vestigings_nummer),
    ("betrokkeneIdentificatie__medewerker__identificatie", Rol.medewerker_identificatie),
    ("betrokkeneIdentificatie__organisatorischeEenheid__identificatie", Rol.organisatorische_eenheid_identificatie),
)


def parse_zaak_url(value: str) -> UUID:
    """A zaak URL of this API (any host: the filter matches on the uuid)."""
    path, _, key = value.rstrip("/").rpartition("/")
    if not path.endswith(f"{API_ROOT}/zaken"):
        raise ValueError("Geef de URL van een zaak van deze API.")
    return UUID(key)


def _where_zaak(stmt: Select, value: UUID, column: ColumnElement) -> Select:
    return stmt.where(column == select(Zaak.id).where(Zaak.uuid == value).scalar_subquery())


def zaak_filter(column: ColumnElement) -> Filter:
    return Filter("zaak", partial(_where_zaak, column=column), parse_zaak_url, column=column, bindable=True)


def _where_rol(stmt: Select, value, column: ColumnElement) -> Select:
    return stmt.where(Zaak.id.in_(select(Rol.zaak_id).where(column == value)))


def rol_filter(name: str, column: ColumnElement, parse=parse_str) -> Filter:
    return Filter(name, partial(_where_rol, column=column), parse, column=column, bindable=True)


def _where_max_vertrouwelijkheid(stmt: Select, value: str) -> Select:
    return stmt.where(Zaak.vertrouwelijkheid_rank <= rank(value))


ZAAK_ORDERING = {
    "startdatum": Zaak.startdatum,
    "einddatum": Zaak.einddatum,
    "publicatiedatum": Zaak.publicatiedatum,
    "archiefactiedatum": Zaak.archiefactiedatum,
    "registratiedatum": Zaak.registratiedatum,
    "identificatie": Zaak.identificatie,
}


def _zaak_filters() -> list[Filter]:
    return [
        *column_filters("identificatie", Zaak.identificatie),
        *column_filters("bronorganisatie", Zaak.bronorganisatie, ("exact", "in")),
        *column_filters("zaaktype", Zaak.zaaktype),
        *column_filters("archiefnominatie", Zaak.archiefnominatie, ("exact", "in"), parse_choice(ARCHIEFNOMINATIES)),
        *column_filters("archiefactiedatum", Zaak.archiefactiedatum, ("exact", "isnull", "lt", "gt"), parse_date),
        *column_filters("archiefstatus", Zaak.archiefstatus, ("exact", "in"), parse_choice(ARCHIEFSTATUSSEN)),
        *column_filters("startdatum", Zaak.startdatum, ("exact", "gt", "gte", "lt", "lte"), parse_date),
        *column_filters("registratiedatum", Zaak.registratiedatum, ("exact", "gt", "lt"), parse_date),
        *column_filters("einddatum", Zaak.einddatum, ("exact", "isnull", "gt", "lt"), parse_date),
        *column_filters("einddatumGepland", Zaak.einddatum_gepland, ("exact", "gt", "lt"), parse_date),
        *column_filters("uiterlijkeEinddatumAfdoening", Zaak.uiterlijke_einddatum_afdoening, ("exact", "gt", "lt"),
                        parse_date),
        rol_filter("rol__betrokkeneType", Rol.betrokkene_type, parse_choice(BETROKKENE_TYPES)),
        rol_filter("rol__betrokkene", Rol.betrokkene),
        rol_filter("rol__omschrijvingGeneriek", Rol.omschrijving_generiek, parse_choice(OMSCHRIJVINGEN_GENERIEK)),
        Filter("maximaleVertrouwelijkheidaanduiding", _where_max_vertrouwelijkheid,
               parse_choice(VERTROUWELIJKHEIDAANDUIDINGEN), column=Zaak.vertrouwelijkheid_rank),
        *(rol_filter(f"rol__{name}", column) for name, column in ROL_IDENTIFICATIES),
    ]


ZAAK_FILTERS = FilterSet(filters=_zaak_filters(), ordering=ZAAK_ORDERING, reserved=("page", "pageSize", "expand"))

# _zoek: the same filters in the body, plus these (lists in JSON instead of comma-separated).
ZOEK_EXTRA = {
    "uuid__in": Zaak.uuid,
    "zaaktype__in": Zaak.zaaktype,
}

STATUS_FILTERS = FilterSet(filters=[
    zaak_filter(Status.zaak_id),
    *column_filters("statustype", Status.statustype),
    *column_filters("indicatieLaatstGezetteStatus", Status.indicatie_laatst_gezette_status, parse=parse_bool),
])

RESULTAAT_FILTERS = FilterSet(filters=[
    zaak_filter(Resultaat.zaak_id),
    *column_filters("resultaattype", Resultaat.resultaattype),
])


def _where_rol_column(stmt: Select, value, column: ColumnElement) -> Select:
    return stmt.where(column == value)


ROL_FILTERS = FilterSet(filters=[
    zaak_filter(Rol.zaak_id),
    *column_filters("betrokkene", Rol.betrokkene),
    *column_filters("betrokkeneType", Rol.betrokkene_type, parse=parse_choice(BETROKKENE_TYPES)),
    *(Filter(name, partial(_where_rol_column, column=column), column=column) for name, column in ROL_IDENTIFICATIES),
    *column_filters("roltype", Rol.roltype),
    *column_filters("omschrijving", Rol.omschrijving),
    *column_filters("omschrijvingGeneriek", Rol.omschrijving_generiek, parse=parse_choice(OMSCHRIJVINGEN_GENERIEK)),
])

ZAAKOBJECT_FILTERS = FilterSet(filters=[
    zaak_filter(ZaakObject.zaak_id),
    *column_filters("object", ZaakObject.object),
    *column_filters("objectType", ZaakObject.object_type, parse=parse_choice(OBJECT_TYPES)),
])

KLANTCONTACT_FILTERS = FilterSet(filters=[zaak_filter(KlantContact.zaak_id)])

# These lists are not paginated in the standard: a plain JSON array.
ZAAKINFORMATIEOBJECT_FILTERS = FilterSet(filters=[
    zaak_filter(ZaakInformatieObject.zaak_id),
    *column_filters("informatieobject", ZaakInformatieObject.informatieobject),
], reserved=())

ZAAKCONTACTMOMENT_FILTERS = FilterSet(filters=[
    zaak_filter(ZaakContactMoment.zaak_id),
    *column_filters("contactmoment", ZaakContactMoment.contactmoment),
], reserved=())

ZAAKVERZOEK_FILTERS = FilterSet(filters=[
    zaak_filter(ZaakVerzoek.zaak_id),
    *column_filters("verzoek", ZaakVerzoek.verzoek),
], reserved=())

ALL = {
    "/zaken": ZAAK_FILTERS,
    "/statussen": STATUS_FILTERS,
    "/resultaten": RESULTAAT_FILTERS,
    "/rollen": ROL_FILTERS,
    "/zaakobjecten": ZAAKOBJECT_FILTERS,
    "/klantcontacten": KLANTCONTACT_FILTERS,
    "/zaakinformatieobjecten": ZAAKINFORMATIEOBJECT_FILTERS,
    "/zaakcontactmomenten": ZAAKCONTACTMOMENT_FILTERS,
    "/zaakverzoeken": ZAAKVERZOEK_FILTERS,
}
