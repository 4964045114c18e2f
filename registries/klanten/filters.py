"""The filters the contract offers on each Klantinteracties list.

Besides the column filters of common.filters, this API filters through relations:
``partijIdentificator__objectId`` on partijen, ``hadBetrokkene__wasPartij__uuid`` on
klantcontacten. Filters that name fields of the same related object form a ``Group`` and must
hold for one and the same related row: ``partijIdentificator__codeSoortObjectId=bsn&
partijIdentificator__objectId=999993653`` finds the partij with that BSN, not a partij that has
some BSN and some other identifier with that number. ``subIdentificatorVan__*`` joins the
parent of that identifier (a vestiging within a KvK-nummer).

A ``__url`` filter takes the uuid at the end of the URL, as the reference does; a URL that ends
in no uuid matches nothing. Malformed uuids, URLs, booleans, dates and enum values are a 400.
Every filter names the column it compares (``Filter.column``) and tests/test_migrations.py
checks that an index leads with it; substring searches (``SUBSTRING``) are the exception.

The lists of partijen and klantcontacten are prepared once per shape of their query
(``GroupedFilterSet.prepared``): the values of exact, related and identificator filters are bound
parameters. A query with a value that shapes the statement (a substring, a flag, a URL, an
onderwerpobject) is built for its request.
"""

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from uuid import UUID

from sqlalchemy import Select, and_, bindparam, exists, false, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from common import validation
from common.errors import InvalidParam, ValidationProblem
from common.filters import Filter, FilterSet, Parser, parse_bool, parse_choice, parse_date, parse_datetime, parse_str
from registries.klanten.models import (
    Actor, ActorKlantcontact, Betrokkene, Bijlage, Categorie, CategorieRelatie, DigitaalAdres, InterneTaak,
    InterneTaakActor, Klantcontact, Onderwerpobject, Partij, PartijIdentificator, Rekeningnummer,
    Vertegenwoordiging,
)

EXPAND = ("page", "pageSize", "expand")


def parse_uuid(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise ValueError("Geef een geldige UUID.") from None


def parse_url(value: str) -> UUID | None:
    """The uuid a URL of this API ends in; None when it ends in something else (matches nothing)."""
    validation.validate_absolute_url(value)
    last = value.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    try:
        return UUID(last)
    except ValueError:
        return None


def _where(stmt: Select, value: Any, condition: Callable[[Any], ColumnElement]) -> Select:
    return stmt.where(false()) if value is None else stmt.where(condition(value))


def exact(name: str, column: ColumnElement, parse: Parser = parse_str) -> Filter:
    return Filter(name, partial(_where, condition=lambda v: column == v), parse, column=column, bindable=True)


def flag(name: str, condition: Callable[[bool], ColumnElement], column: ColumnElement) -> Filter:
    return Filter(name, partial(_where, condition=condition), parse_bool, column=column)


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Substring searches: no B-tree index can serve them (on PostgreSQL a trigram index could).
SUBSTRING: set[str] = set()


def contains(name: str, column: ColumnElement, via: Callable[[ColumnElement], ColumnElement] | None = None) -> Filter:
    SUBSTRING.add(name)

    def condition(value: str) -> ColumnElement:
        clause = column.ilike(f"%{_escaped(value)}%", escape="\\")
        return via(clause) if via else clause

    return Filter(name, partial(_where, condition=condition), parse_str, column=None)


def related(name: str, key: ColumnElement, target: ColumnElement, parse: Parser,
            select_key: ColumnElement | None = None, join: Callable[[Select], Select] | None = None,
            column: ColumnElement | None = None) -> Filter:
    """``key IN (SELECT select_key ... WHERE target = value)``: a filter on a related object.

    The subquery never correlates with the outer select, so it may use the outer table itself
    (through an alias) without being tied to the outer row.
    """

    def condition(value: Any) -> ColumnElement:
        inner = select(select_key if select_key is not None else target.table.c.id)
        if join is not None:
            inner = join(inner)
        return key.in_(inner.where(target == value).correlate(None))

    # A URL that ends in no uuid matches nothing: that value shapes the statement, the others only fill it.
    return Filter(name, partial(_where, condition=condition), parse, column=column if column is not None else target,
                  bindable=parse is not parse_url)


def uuid_and_url(prefix: str, key: ColumnElement, model: Any, select_key: ColumnElement | None = None,
                 join: Callable[[Select], Select] | None = None, column: ColumnElement | None = None) -> list[Filter]:
    """``{prefix}__uuid`` and ``{prefix}__url`` on the related ``model``."""
    return [
        related(f"{prefix}__uuid", key, model.uuid, parse_uuid, select_key, join, column),
        related(f"{prefix}__url", key, model.uuid, parse_url, select_key, join, column),
    ]


# --- filters through one related row -----------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """Filters on fields of one related row: together they pick rows of that relation."""

    params: Mapping[str, tuple[ColumnElement, Parser]]
    condition: Callable[[dict[str, Any]], ColumnElement]  # the given values -> where clause
    # ``condition`` only compares with the values, so they may be bound parameters (FilterSet.prepared).
    bindable: bool = False

    def filters(self) -> list[Filter]:
        return [Filter(name, _grouped, parse, column=column) for name, (column, parse) in self.params.items()]


def _grouped(stmt: Select, _value: Any) -> Select:  # applied by GroupedFilterSet, all at once
    return stmt


@dataclass
class GroupedFilterSet(FilterSet):
    groups: list[Group] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.filters = [*self.filters, *(f for g in self.groups for f in g.filters())]
        super().__post_init__()
        self.grouped = {name: group for group in self.groups for name in group.params}
        # Parameters whose value shapes the statement (a substring, a flag, a URL): a query that
        # gives one is built for its request, so the prepared shapes stay few.
        self.shaping = frozenset(
            {f.name for f in self.filters if not f.bindable and f.name not in self.grouped}
            | {name for name, group in self.grouped.items() if not group.bindable})

    def parse_groups(self, query: Mapping[str, str]) -> tuple[list[tuple[Group, dict[str, Any]]], list[InvalidParam]]:
        """The groups the query gives values for, with those values parsed; the errors in them."""
        errors: list[InvalidParam] = []
        given = []
        for group in self.groups:
            values: dict[str, Any] = {}
            for name, (_column, parse) in group.params.items():
                raw = query.get(name, "")
                if raw == "":
                    continue
                if "\x00" in raw:  # no database stores a NUL character; PostgreSQL refuses it
                    errors.append(InvalidParam(name, "invalid", "Een waarde mag geen NUL-teken bevatten."))
                    continue
                try:
                    values[name] = parse(raw)
                except (ValueError, TypeError) as exc:
                    errors.append(InvalidParam(name, "invalid", str(exc) or "Ongeldige waarde."))
            if values:
                given.append((group, values))
        return given, errors

    def apply(self, stmt: Select, query: Mapping[str, str], tiebreak: ColumnElement) -> Select:
        given, errors = self.parse_groups(query)
        try:
            stmt = super().apply(stmt, self._ungrouped(query), tiebreak)
        except ValidationProblem as problem:
            raise ValidationProblem([*(problem.invalid_params or []), *errors]) from None
        if errors:
            raise ValidationProblem(errors)
        conditions = [group.condition(values) for group, values in given]
        return stmt.where(*conditions) if conditions else stmt

    def prepared(self, base: Callable[[], Select], query: Mapping[str, str], tiebreak: ColumnElement,
                 key: Hashable = None) -> tuple[Select, dict[str, Any]]:
        """`FilterSet.prepared`, the values of the groups bound as well; built for this request
        when a value shapes the statement (``shaping``). The same answers and errors as `apply`."""
        if any(raw != "" and name in self.shaping for name, raw in query.items()):
            return self.apply(base(), query, tiebreak), {}
        given, errors = self.parse_groups(query)
        rest = self._ungrouped(query)

        def with_groups() -> Select:
            return base().where(*(group.condition({name: bindparam(self._params[name]) for name in values})
                                  for group, values in given))

        shape = (key, tuple(name for _group, values in given for name in values))
        try:
            if errors:
                self.parse(rest)  # the errors of the other parameters come first, as in `apply`
            else:
                stmt, params = super().prepared(with_groups, rest, tiebreak, shape)
        except ValidationProblem as problem:
            raise ValidationProblem([*(problem.invalid_params or []), *errors]) from None
        if errors:
            raise ValidationProblem(errors)
        params.update({self._params[name]: value for _group, values in given for name, value in values.items()})
        return stmt, params

    def _ungrouped(self, query: Mapping[str, str]) -> dict[str, str]:
        return {name: value for name, value in query.items() if name not in self.grouped}


IDENTIFICATOR_FIELDS = {
    "codeObjecttype": "code_objecttype",
    "codeRegister": "code_register",
    "codeSoortObjectId": "code_soort_object_id",
    "objectId": "object_id",
}


def identificator_group(prefix: str, key: ColumnElement, via_betrokkene: bool = False,
                        with_parent: bool = False) -> Group:
    """``{prefix}partijIdentificator__*`` (and ``subIdentificatorVan__*``): one identificator of the partij."""
    parent = aliased(PartijIdentificator, name="ouder")
    params: dict[str, tuple[ColumnElement, Parser]] = {
        f"{prefix}partijIdentificator__{wire}": (getattr(PartijIdentificator, column), parse_str)
        for wire, column in IDENTIFICATOR_FIELDS.items()
    }
    if with_parent:
        params.update({  # the column named is the table's own, whose index serves the alias as well
            f"subIdentificatorVan__{wire}": (getattr(PartijIdentificator, column), parse_str)
            for wire, column in IDENTIFICATOR_FIELDS.items()
        })

    def condition(values: dict[str, Any]) -> ColumnElement:
        own = [getattr(PartijIdentificator, IDENTIFICATOR_FIELDS[n.rsplit("__", 1)[1]]) == v
               for n, v in values.items() if "partijIdentificator__" in n]
        of_parent = [getattr(parent, IDENTIFICATOR_FIELDS[n.rsplit("__", 1)[1]]) == v
                     for n, v in values.items() if n.startswith("subIdentificatorVan__")]
        if via_betrokkene:
            inner = select(Betrokkene.klantcontact_id).join(
                PartijIdentificator, PartijIdentificator.partij_id == Betrokkene.partij_id)
        else:
            inner = select(PartijIdentificator.partij_id)
        if of_parent:
            inner = inner.join(parent, parent.id == PartijIdentificator.sub_identificator_van_id)
        return key.in_(inner.where(*own, *of_parent).correlate(None))

    return Group(params, condition, bindable=True)


def objectidentificator_group(prefix: str, key: ColumnElement, fk: ColumnElement) -> Group:
    """``{prefix}onderwerpobjectidentificator*`` (and ``__uuid``/``__url``): one onderwerpobject."""
    params: dict[str, tuple[ColumnElement, Parser]] = {
        f"{prefix}onderwerpobjectidentificator{wire[0].upper()}{wire[1:]}": (
            getattr(Onderwerpobject, f"identificator_{column}"), parse_str)
        for wire, column in IDENTIFICATOR_FIELDS.items()
    }
    params[f"{prefix}uuid"] = (Onderwerpobject.uuid, parse_uuid)
    params[f"{prefix}url"] = (Onderwerpobject.uuid, parse_url)

    def condition(values: dict[str, Any]) -> ColumnElement:
        if any(v is None for v in values.values()):
            return false()
        clauses = [column == values[name] for name, (column, _p) in params.items() if name in values]
        return key.in_(select(fk).where(and_(*clauses)).correlate(None))

    return Group(params, condition)


def _identificator_columns(model: type, prefix: str) -> list[Filter]:
    """``{prefix}CodeObjecttype`` ... on the object's own identificator fields."""
    return [
        exact(f"{prefix}{wire[0].upper()}{wire[1:]}", getattr(model, f"identificator_{column}"))
        for wire, column in IDENTIFICATOR_FIELDS.items()
    ]


# --- the lists --------------------------------------------------------------------------------

_address_filters = [
    exact(f"{kind}{wire}", getattr(Partij, f"{kind}_{column}"))
    for kind in ("bezoekadres", "correspondentieadres")
    for wire, column in (("Adresregel1", "adresregel1"), ("Adresregel2", "adresregel2"),
                         ("Adresregel3", "adresregel3"), ("Land", "land"),
                         ("NummeraanduidingId", "nummeraanduiding_id"))
]

_vertegenwoordigde = aliased(Partij, name="vertegenwoordigde")

PARTIJ_FILTERS = GroupedFilterSet(
    filters=[
        *_address_filters,
        related("categorierelatie__categorie__naam", Partij.id, Categorie.naam, parse_str,
                select_key=CategorieRelatie.partij_id,
                join=lambda s: s.join(Categorie, Categorie.id == CategorieRelatie.categorie_id)),
        exact("indicatieActief", Partij.indicatie_actief, parse_bool),
        exact("indicatieGeheimhouding", Partij.indicatie_geheimhouding, parse_bool),
        exact("nummer", Partij.nummer),
        exact("soortPartij", Partij.soort_partij, parse_choice(("contactpersoon", "organisatie", "persoon"))),
        *uuid_and_url("vertegenwoordigdePartij", Partij.id, _vertegenwoordigde,
                      select_key=Vertegenwoordiging.vertegenwoordigende_partij_id,
                      join=lambda s: s.join(_vertegenwoordigde,
                                            _vertegenwoordigde.id == Vertegenwoordiging.vertegenwoordigde_partij_id),
                      column=Partij.uuid),
    ],
    groups=[identificator_group("", Partij.id, with_parent=True)],
    reserved=EXPAND,
)

PARTIJ_IDENTIFICATOR_FILTERS = FilterSet(filters=[
    exact("anderePartijIdentificator", PartijIdentificator.andere_partij_identificator),
    exact("partijIdentificatorCodeObjecttype", PartijIdentificator.code_objecttype,
          parse_choice(("natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging"))),
    exact("partijIdentificatorCodeRegister", PartijIdentificator.code_register, parse_choice(("brp", "hr"))),
    exact("partijIdentificatorCodeSoortObjectId", PartijIdentificator.code_soort_object_id,
          parse_choice(("bsn", "kvk_nummer", "rsin", "vestigingsnummer"))),
    exact("partijIdentificatorObjectId", PartijIdentificator.object_id),
])


def _verificatie(lookup: str) -> Filter:
    column = DigitaalAdres.verificatie_datum
    name = "verificatieDatum" + (f"__{lookup}" if lookup != "exact" else "")
    compare = {"exact": column.__eq__, "gt": column.__gt__, "gte": column.__ge__, "lt": column.__lt__,
               "lte": column.__le__}[lookup]
    return Filter(name, partial(_where, condition=compare), parse_date, column=column)


DIGITAAL_ADRES_FILTERS = GroupedFilterSet(
    filters=[
        exact("adres", DigitaalAdres.adres),
        contains("adres__icontains", DigitaalAdres.adres),
        flag("isGeverifieerd", lambda v: DigitaalAdres.verificatie_datum.is_not(None) if v
             else DigitaalAdres.verificatie_datum.is_(None), DigitaalAdres.verificatie_datum),
        exact("isStandaardAdres", DigitaalAdres.is_standaard_adres, parse_bool),
        contains("omschrijving", DigitaalAdres.omschrijving),
        exact("referentie", DigitaalAdres.referentie),
        exact("soortDigitaalAdres", DigitaalAdres.soort_digitaal_adres,
              parse_choice(("email", "overig", "telefoonnummer"))),
        *(_verificatie(lookup) for lookup in ("exact", "gt", "gte", "lt", "lte")),
        related("verstrektDoorBetrokkene__rol", DigitaalAdres.betrokkene_id, Betrokkene.rol,
                parse_choice(("klant", "vertegenwoordiger"))),
        *uuid_and_url("verstrektDoorBetrokkene", DigitaalAdres.betrokkene_id, Betrokkene),
        related("verstrektDoorPartij__soortPartij", DigitaalAdres.partij_id, Partij.soort_partij,
                parse_choice(("contactpersoon", "organisatie", "persoon"))),
        *uuid_and_url("verstrektDoorPartij", DigitaalAdres.partij_id, Partij),
    ],
    groups=[identificator_group("verstrektDoorPartij__", DigitaalAdres.partij_id)],
    reserved=EXPAND,
)

REKENINGNUMMER_FILTERS = FilterSet(filters=[
    exact("bic", Rekeningnummer.bic),
    exact("iban", Rekeningnummer.iban),
    exact("uuid", Rekeningnummer.uuid, parse_uuid),
])

VERTEGENWOORDIGING_FILTERS = FilterSet(filters=[
    *uuid_and_url("vertegenwoordigdePartij", Vertegenwoordiging.vertegenwoordigde_partij_id, Partij),
    *uuid_and_url("vertegenwoordigendePartij", Vertegenwoordiging.vertegenwoordigende_partij_id, Partij),
])

CATEGORIE_FILTERS = FilterSet(filters=[])

CATEGORIE_RELATIE_FILTERS = FilterSet(filters=[
    exact("beginDatum", CategorieRelatie.begin_datum, parse_date),
    related("categorie__naam", CategorieRelatie.categorie_id, Categorie.naam, parse_str),
    *uuid_and_url("categorie", CategorieRelatie.categorie_id, Categorie),
    exact("eindDatum", CategorieRelatie.eind_datum, parse_date),
    related("partij__nummer", CategorieRelatie.partij_id, Partij.nummer, parse_str),
    *uuid_and_url("partij", CategorieRelatie.partij_id, Partij),
])

def _betrokkene_partij(inner: Select) -> Select:
    return inner.join(Partij, Partij.id == Betrokkene.partij_id)

KLANTCONTACT_FILTERS = GroupedFilterSet(
    filters=[
        contains("hadBetrokkene__digitaaladres__adres__icontains", DigitaalAdres.adres,
                 via=lambda clause: Klantcontact.id.in_(
                     select(Betrokkene.klantcontact_id)
                     .join(DigitaalAdres, DigitaalAdres.betrokkene_id == Betrokkene.id).where(clause)
                     .correlate(None))),
        *uuid_and_url("hadBetrokkene", Klantcontact.id, Betrokkene, select_key=Betrokkene.klantcontact_id),
        flag("hadBetrokkene__wasPartij", lambda v: Klantcontact.id.in_(
            select(Betrokkene.klantcontact_id).where(
                Betrokkene.partij_id.is_not(None) if v else Betrokkene.partij_id.is_(None)).correlate(None)),
             Betrokkene.partij_id),
        *uuid_and_url("hadBetrokkene__wasPartij", Klantcontact.id, Partij, select_key=Betrokkene.klantcontact_id,
                      join=_betrokkene_partij),
        exact("indicatieContactGelukt", Klantcontact.indicatie_contact_gelukt, parse_bool),
        contains("inhoud", Klantcontact.inhoud),
        exact("kanaal", Klantcontact.kanaal),
        flag("leiddeTotInterneTaken", lambda v: (exists().where(InterneTaak.klantcontact_id == Klantcontact.id)
                                                 if v else ~exists().where(InterneTaak.klantcontact_id == Klantcontact.id)),
             InterneTaak.klantcontact_id),
        exact("nummer", Klantcontact.nummer),
        contains("onderwerp", Klantcontact.onderwerp),
        exact("plaatsgevondenOp", Klantcontact.plaatsgevonden_op, parse_datetime),
        contains("reactie", Klantcontact.reactie),
        exact("referentienummer", Klantcontact.referentienummer),
        exact("vertrouwelijk", Klantcontact.vertrouwelijk, parse_bool),
    ],
    groups=[
        identificator_group("hadBetrokkene__wasPartij__", Klantcontact.id, via_betrokkene=True),
        objectidentificator_group("onderwerpobject__", Klantcontact.id, Onderwerpobject.klantcontact_id),
        objectidentificator_group("wasOnderwerpobject__", Klantcontact.id, Onderwerpobject.was_klantcontact_id),
    ],
    reserved=EXPAND,
)

BETROKKENE_FILTERS = GroupedFilterSet(
    filters=[
        exact("contactnaamAchternaam", Betrokkene.contactnaam_achternaam),
        exact("contactnaamVoorletters", Betrokkene.contactnaam_voorletters),
        exact("contactnaamVoornaam", Betrokkene.contactnaam_voornaam),
        exact("contactnaamVoorvoegselAchternaam", Betrokkene.contactnaam_voorvoegsel_achternaam),
        related("hadKlantcontact__nummer", Betrokkene.klantcontact_id, Klantcontact.nummer, parse_str),
        related("hadKlantcontact__referentienummer", Betrokkene.klantcontact_id, Klantcontact.referentienummer,
                parse_str),
        *uuid_and_url("hadKlantcontact", Betrokkene.klantcontact_id, Klantcontact),
        exact("organisatienaam", Betrokkene.organisatienaam),
        related("verstrektedigitaalAdres__adres", Betrokkene.id, DigitaalAdres.adres, parse_str,
                select_key=DigitaalAdres.betrokkene_id),
        *uuid_and_url("verstrektedigitaalAdres", Betrokkene.id, DigitaalAdres, select_key=DigitaalAdres.betrokkene_id),
        related("wasPartij__nummer", Betrokkene.partij_id, Partij.nummer, parse_str),
        *uuid_and_url("wasPartij", Betrokkene.partij_id, Partij),
    ],
    groups=[identificator_group("wasPartij__", Betrokkene.partij_id)],
    reserved=EXPAND,
)

ONDERWERPOBJECT_FILTERS = FilterSet(filters=[
    *uuid_and_url("klantcontact", Onderwerpobject.klantcontact_id, Klantcontact),
    *_identificator_columns(Onderwerpobject, "onderwerpobjectidentificator"),
    *uuid_and_url("wasKlantcontact", Onderwerpobject.was_klantcontact_id, Klantcontact),
])

BIJLAGE_FILTERS = FilterSet(filters=[
    *_identificator_columns(Bijlage, "bijlageidentificator"),
    related("klantcontact__uuid", Bijlage.klantcontact_id, Klantcontact.uuid, parse_uuid),
])

ACTOR_FILTERS = FilterSet(filters=[
    *_identificator_columns(Actor, "actoridentificator"),
    exact("indicatieActief", Actor.indicatie_actief, parse_bool),
    exact("naam", Actor.naam),
    exact("soortActor", Actor.soort_actor,
          parse_choice(("geautomatiseerde_actor", "medewerker", "organisatorische_eenheid"))),
])

ACTOR_KLANTCONTACT_FILTERS = FilterSet(filters=[
    *uuid_and_url("actor", ActorKlantcontact.actor_id, Actor),
    *uuid_and_url("klantcontact", ActorKlantcontact.klantcontact_id, Klantcontact),
])

def _taak_actor(inner: Select) -> Select:
    return inner.join(Actor, Actor.id == InterneTaakActor.actor_id)

INTERNE_TAAK_FILTERS = FilterSet(filters=[
    *uuid_and_url("aanleidinggevendKlantcontact", InterneTaak.klantcontact_id, Klantcontact),
    related("actoren__naam", InterneTaak.id, Actor.naam, parse_str, select_key=InterneTaakActor.internetaak_id,
            join=_taak_actor),
    related("klantcontact__nummer", InterneTaak.klantcontact_id, Klantcontact.nummer, parse_str),
    related("klantcontact__referentienummer", InterneTaak.klantcontact_id, Klantcontact.referentienummer, parse_str),
    related("klantcontact__uuid", InterneTaak.klantcontact_id, Klantcontact.uuid, parse_uuid),
    exact("nummer", InterneTaak.nummer),
    exact("referentienummer", InterneTaak.referentienummer),
    exact("status", InterneTaak.status, parse_choice(("te_verwerken", "verwerkt"))),
    *uuid_and_url("toegewezenAanActor", InterneTaak.id, Actor, select_key=InterneTaakActor.internetaak_id,
                  join=_taak_actor),
    exact("toegewezenOp", InterneTaak.toegewezen_op, parse_datetime),
])

LIST_FILTERS: dict[str, FilterSet] = {
    "/partijen": PARTIJ_FILTERS,
    "/partij-identificatoren": PARTIJ_IDENTIFICATOR_FILTERS,
    "/digitaleadressen": DIGITAAL_ADRES_FILTERS,
    "/rekeningnummers": REKENINGNUMMER_FILTERS,
    "/vertegenwoordigingen": VERTEGENWOORDIGING_FILTERS,
    "/categorieen": CATEGORIE_FILTERS,
    "/categorie-relaties": CATEGORIE_RELATIE_FILTERS,
    "/klantcontacten": KLANTCONTACT_FILTERS,
    "/betrokkenen": BETROKKENE_FILTERS,
    "/onderwerpobjecten": ONDERWERPOBJECT_FILTERS,
    "/bijlagen": BIJLAGE_FILTERS,
    "/actoren": ACTOR_FILTERS,
    "/actorklantcontacten": ACTOR_KLANTCONTACT_FILTERS,
    "/internetaken": INTERNE_TAAK_FILTERS,
}
