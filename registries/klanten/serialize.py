"""The objects of the Klantinteracties API as they go over the wire.

Each function turns a list of rows (a page, or one object) into their JSON, loading what the rows
refer to in one query per relation for the whole list, never one query per row. Partijen and
klantcontacten, the busiest, read all their relations in one statement (partijpage.py,
klantcontactpage.py); their lists and details read rows and relations at once (``PAGED``), a list
in a statement prepared once per shape of its query. The ``Reader`` carries the session and base
URL, remembers the uuids it has looked up, and collects the data subjects (BSN, KvK ...) of the
partijen it showed, for the processing log.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Row, Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from common import jsonrows
from common.pagination import paged
from common.processing import Subject
from registries.klanten import klantcontactpage, partijpage
from registries.klanten.klantcontactpage import KlantcontactPage
from registries.klanten.models import (
    Actor, ActorKlantcontact, Betrokkene, Bijlage, Categorie, CategorieRelatie, DigitaalAdres, InterneTaak,
    InterneTaakActor, Klantcontact, Onderwerpobject, Partij, PartijIdentificator, Rekeningnummer,
    Vertegenwoordiging,
)
from registries.klanten.partijpage import PartijPage

ROOT = "/klantinteracties/api/v1"
COLLECTIONS: dict[type, str] = {
    Partij: "partijen",
    PartijIdentificator: "partij-identificatoren",
    DigitaalAdres: "digitaleadressen",
    Rekeningnummer: "rekeningnummers",
    Vertegenwoordiging: "vertegenwoordigingen",
    Categorie: "categorieen",
    CategorieRelatie: "categorie-relaties",
    Klantcontact: "klantcontacten",
    Betrokkene: "betrokkenen",
    Onderwerpobject: "onderwerpobjecten",
    Bijlage: "bijlagen",
    Actor: "actoren",
    ActorKlantcontact: "actorklantcontacten",
    InterneTaak: "internetaken",
}
# The processing log's subject type for each kind of partij-identificator.
SUBJECT_TYPES = {"bsn": "bsn", "kvk_nummer": "kvk", "rsin": "rsin", "vestigingsnummer": "vestigingsnummer"}


def url_of(base: str, model: type, uuid: UUID | str) -> str:
    return f"{base}{ROOT}/{COLLECTIONS[model]}/{uuid}"


def iso(moment: datetime | None) -> str | None:
    """RFC 3339 in UTC. SQLite hands back naive datetimes; we store UTC, so naive means UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _group_or_none(values: dict[str, Any]) -> dict[str, Any] | None:
    """A group of fields (an address, a name ...) as an object, or null when none is filled in."""
    for value in values.values():
        if value != "" and value is not None:
            return values
    return None


def _without_empty(values: dict[str, Any], *names: str) -> dict[str, Any]:
    """``values`` without the named fields when they are "": fields whose pattern, format or minimum
    length "" does not meet. The reference answers "" there, against its own contract; we leave the
    field out (it is never required), so responses stay valid for clients that check them."""
    return {k: v for k, v in values.items() if not (k in names and v == "")}


_ADRES = (("nummeraanduidingId", "nummeraanduiding_id"), ("straatnaam", "straatnaam"), ("huisnummer", "huisnummer"),
          ("huisnummertoevoeging", "huisnummertoevoeging"), ("postcode", "postcode"), ("stad", "stad"),
          ("adresregel1", "adresregel1"), ("adresregel2", "adresregel2"), ("adresregel3", "adresregel3"),
          ("land", "land"))
_ADRES_COLUMNS = {prefix: tuple((wire, f"{prefix}_{name}") for wire, name in _ADRES)
                  for prefix in ("bezoekadres", "correspondentieadres")}
_ADRES_NOT_EMPTY = frozenset({"nummeraanduidingId", "postcode", "land"})  # left out when "" (see _without_empty)


class Attributes:
    """An ORM object's attributes by name, as ``Row._mapping`` gives a statement's columns."""

    __slots__ = ("of",)

    def __init__(self, of: Any) -> None:
        self.of = of

    def __getitem__(self, name: str) -> Any:
        return getattr(self.of, name)


def columns(row: Any) -> Mapping[str, Any]:
    """The values of a row by column name: of a statement's row without the cost of its attributes."""
    return row._mapping if isinstance(row, Row) else Attributes(row)


def adres(values: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    """The address of a row's ``columns``."""
    found = {}
    for wire, column in _ADRES_COLUMNS[prefix]:
        value = values[column]
        if value == "" and wire in _ADRES_NOT_EMPTY:
            continue
        found[wire] = value
    return _group_or_none(found)


def contactnaam(values: Mapping[str, Any]) -> dict[str, str] | None:
    return _group_or_none({
        "voorletters": values["contactnaam_voorletters"],
        "voornaam": values["contactnaam_voornaam"],
        "voorvoegselAchternaam": values["contactnaam_voorvoegsel_achternaam"],
        "achternaam": values["contactnaam_achternaam"],
    })


def volledige_naam(values: Mapping[str, Any]) -> str:
    """The name to address someone by: first name (or initials), prefix, surname."""
    parts = [values["contactnaam_voornaam"] or values["contactnaam_voorletters"],
             values["contactnaam_voorvoegsel_achternaam"], values["contactnaam_achternaam"]]
    return " ".join(part for part in parts if part)


def identificator(row: Any) -> dict[str, str] | None:
    return _group_or_none({
        "objectId": row.identificator_object_id,
        "codeObjecttype": row.identificator_code_objecttype,
        "codeRegister": row.identificator_code_register,
        "codeSoortObjectId": row.identificator_code_soort_object_id,
    })


class Reader:
    """One request's view of the data: session, base URL, looked-up uuids and shown data subjects."""

    def __init__(self, session: AsyncSession, base: str) -> None:
        self.session = session
        self.base = base
        self._uuids: dict[type, dict[int, UUID]] = defaultdict(dict)
        self.subjects: dict[str, set[Subject]] = defaultdict(set)  # partij URL -> its subjects shown

    def url(self, model: type, uuid: UUID | str) -> str:
        return url_of(self.base, model, uuid)

    def ref(self, model: type, uuid: UUID | None) -> dict[str, str] | None:
        return None if uuid is None else {"uuid": str(uuid), "url": self.url(model, uuid)}

    def remember(self, model: type, rows: Iterable[Any]) -> None:
        for row in rows:
            self._uuids[model][row.id] = row.uuid

    def know(self, model: type, row_id: int | None, uuid: UUID | None) -> None:
        """The uuid of a row found by it (a reference in a request body)."""
        if row_id is not None and uuid is not None:
            self._uuids[model][row_id] = uuid

    async def uuids(self, model: type, ids: Iterable[int | None]) -> dict[int, UUID]:
        """The uuids of these ids, in one query for those not yet known."""
        known = self._uuids[model]
        missing = {i for i in ids if i is not None and i not in known}
        if missing:
            rows = await self.session.execute(select(model.id, model.uuid).where(model.id.in_(missing)))
            known.update({row_id: uuid for row_id, uuid in rows})
        return known

    async def refs(self, model: type, ids: Iterable[int | None]) -> dict[int, dict[str, str]]:
        ids = list(ids)
        uuids = await self.uuids(model, ids)
        return {i: self.ref(model, uuids[i]) for i in ids if i is not None and i in uuids}

    async def grouped(self, key: Any, model: type, ids: Sequence[int], *extra_order: Any) -> dict[int, list[Any]]:
        """Rows of ``model`` per value of ``key`` (a foreign key), in the order they were made."""
        grouped: dict[int, list[Any]] = defaultdict(list)
        if ids:
            rows = (await self.session.scalars(select(model).where(key.in_(ids)).order_by(*extra_order, model.id))).all()
            self.remember(model, rows)
            for row in rows:
                grouped[getattr(row, key.key)].append(row)
        return grouped

    def shown(self, partij_url: str, identificatoren: Iterable[PartijIdentificator]) -> None:
        for item in identificatoren:
            kind = SUBJECT_TYPES.get(item.code_soort_object_id)
            if kind:
                self.subjects[partij_url].add(Subject(kind, item.object_id))


# --- partijen ---------------------------------------------------------------------------------


async def partij_identificatoren(reader: Reader, rows: Sequence[PartijIdentificator]) -> list[dict[str, Any]]:
    partijen = await reader.refs(Partij, (r.partij_id for r in rows))
    parents = await reader.refs(PartijIdentificator, (r.sub_identificator_van_id for r in rows))
    reader.remember(PartijIdentificator, rows)
    out = []
    for row in rows:
        partij = partijen.get(row.partij_id)
        reader.shown(partij["url"] if partij else reader.url(PartijIdentificator, row.uuid), [row])
        out.append({
            "uuid": str(row.uuid),
            "url": reader.url(PartijIdentificator, row.uuid),
            "identificeerdePartij": partij,
            "anderePartijIdentificator": row.andere_partij_identificator,
            "partijIdentificator": {
                "codeObjecttype": row.code_objecttype,
                "codeSoortObjectId": row.code_soort_object_id,
                "objectId": row.object_id,
                "codeRegister": row.code_register,
            },
            "subIdentificatorVan": parents.get(row.sub_identificator_van_id),
        })
    return out


def _partij_identificatie(values: Mapping[str, Any], werkte_voor: dict[str, str] | None) -> dict[str, Any]:
    soort = values["soort_partij"]
    if soort == "organisatie":
        return {"naam": values["organisatie_naam"]}
    if soort == "contactpersoon":
        return {
            "uuid": str(values["contactpersoon_uuid"] or values["uuid"]),
            "werkteVoorPartij": werkte_voor,
            "contactnaam": contactnaam(values),
            "volledigeNaam": volledige_naam(values),
        }
    return {"contactnaam": contactnaam(values), "volledigeNaam": volledige_naam(values)}


def _categorie_relatie(reader: Reader, key: str, naam: str | None, begin: str | None, eind: str | None) -> dict[str, Any]:
    relatie = jsonrows.uuid(key)
    return {"uuid": relatie, "url": reader.url(CategorieRelatie, relatie), "categorieNaam": naam, "beginDatum": begin,
            "eindDatum": eind}


async def partijen(reader: Reader, rows: Sequence[Any], page: PartijPage | None = None) -> list[dict[str, Any]]:
    """Partijen (ORM rows, or rows of partijpage's statements with ``page`` made of them)."""
    reader.remember(Partij, rows)
    if page is None:
        page = await PartijPage.load(reader.session, rows)
    out = []
    for row in rows:
        values = columns(row)
        partij_id, key = values["id"], str(values["uuid"])
        url = reader.url(Partij, key)
        identificatoren = page.identificatoren(partij_id)
        own_adressen = page.owned(partij_id, "adressen")
        own_rekeningen = page.owned(partij_id, "rekeningen")
        partij_ref = {"uuid": key, "url": url}
        out.append({
            "uuid": key,
            "url": url,
            "nummer": values["nummer"],
            "interneNotitie": values["interne_notitie"],
            "betrokkenen": [reader.ref(Betrokkene, u) for u in page.uuids(partij_id, "betrokkenen")],
            "categorieRelaties": [_categorie_relatie(reader, *relatie) for relatie in page.categorie_relaties(partij_id)],
            "digitaleAdressen": [reader.ref(DigitaalAdres, u) for u in own_adressen.values()],
            "voorkeursDigitaalAdres": reader.ref(DigitaalAdres, own_adressen.get(values["voorkeurs_digitaal_adres_id"])),
            "vertegenwoordigden": [reader.ref(Partij, u) for u in page.uuids(partij_id, "vertegenwoordigden")],
            "rekeningnummers": [reader.ref(Rekeningnummer, u) for u in own_rekeningen.values()],
            "voorkeursRekeningnummer": reader.ref(Rekeningnummer,
                                                  own_rekeningen.get(values["voorkeurs_rekeningnummer_id"])),
            "partijIdentificatoren": [
                {
                    "uuid": item.uuid,
                    "url": reader.url(PartijIdentificator, item.uuid),
                    "identificeerdePartij": partij_ref,
                    "anderePartijIdentificator": item.andere_partij_identificator,
                    "partijIdentificator": {
                        "codeObjecttype": item.code_objecttype,
                        "codeSoortObjectId": item.code_soort_object_id,
                        "objectId": item.object_id,
                        "codeRegister": item.code_register,
                    },
                    "subIdentificatorVan": reader.ref(PartijIdentificator, item.ouder),
                }
                for item in identificatoren
            ],
            "soortPartij": values["soort_partij"],
            "indicatieGeheimhouding": values["indicatie_geheimhouding"],
            "voorkeurstaal": values["voorkeurstaal"],
            "indicatieActief": values["indicatie_actief"],
            "bezoekadres": adres(values, "bezoekadres"),
            "correspondentieadres": adres(values, "correspondentieadres"),
            "partijIdentificatie": _partij_identificatie(values, reader.ref(Partij, page.werkgever(partij_id))),
        })
        reader.shown(url, identificatoren)
    return out


async def _uuid_lists(reader: Reader, key: Any, model: type, ids: Sequence[int]) -> dict[int, list[UUID]]:
    """Only the uuids of the rows of ``model`` per ``key``: for lists of references."""
    grouped: dict[int, list[UUID]] = defaultdict(list)
    if ids:
        rows = await reader.session.execute(select(key, model.uuid).where(key.in_(ids)).order_by(model.id))
        for owner, uuid in rows:
            grouped[owner].append(uuid)
    return grouped


async def digitale_adressen(reader: Reader, rows: Sequence[DigitaalAdres]) -> list[dict[str, Any]]:
    reader.remember(DigitaalAdres, rows)
    betrokkenen = await reader.refs(Betrokkene, (r.betrokkene_id for r in rows))
    partijen_ = await reader.refs(Partij, (r.partij_id for r in rows))
    return [
        _without_empty({
            "uuid": str(row.uuid),
            "url": reader.url(DigitaalAdres, row.uuid),
            "verstrektDoorBetrokkene": betrokkenen.get(row.betrokkene_id),
            "verstrektDoorPartij": partijen_.get(row.partij_id),
            "adres": row.adres,
            "soortDigitaalAdres": row.soort_digitaal_adres,
            "isStandaardAdres": row.is_standaard_adres,
            "omschrijving": row.omschrijving,
            "referentie": row.referentie,
            "verificatieDatum": day(row.verificatie_datum),
        }, "referentie")
        for row in rows
    ]


async def rekeningnummers(reader: Reader, rows: Sequence[Rekeningnummer]) -> list[dict[str, Any]]:
    reader.remember(Rekeningnummer, rows)
    partijen_ = await reader.refs(Partij, (r.partij_id for r in rows))
    return [
        _without_empty({
            "uuid": str(row.uuid),
            "url": reader.url(Rekeningnummer, row.uuid),
            "partij": partijen_.get(row.partij_id),
            "iban": row.iban,
            "bic": row.bic,
        }, "bic")
        for row in rows
    ]


async def vertegenwoordigingen(reader: Reader, rows: Sequence[Vertegenwoordiging]) -> list[dict[str, Any]]:
    reader.remember(Vertegenwoordiging, rows)
    partijen_ = await reader.refs(
        Partij, [i for r in rows for i in (r.vertegenwoordigende_partij_id, r.vertegenwoordigde_partij_id)]
    )
    return [
        {
            "uuid": str(row.uuid),
            "url": reader.url(Vertegenwoordiging, row.uuid),
            "vertegenwoordigendePartij": partijen_.get(row.vertegenwoordigende_partij_id),
            "vertegenwoordigdePartij": partijen_.get(row.vertegenwoordigde_partij_id),
        }
        for row in rows
    ]


async def categorieen(reader: Reader, rows: Sequence[Categorie]) -> list[dict[str, Any]]:
    reader.remember(Categorie, rows)
    return [{"uuid": str(row.uuid), "url": reader.url(Categorie, row.uuid), "naam": row.naam} for row in rows]


async def categorie_relaties(reader: Reader, rows: Sequence[CategorieRelatie]) -> list[dict[str, Any]]:
    reader.remember(CategorieRelatie, rows)
    partijen_ = await reader.refs(Partij, (r.partij_id for r in rows))
    categorie_ids = {r.categorie_id for r in rows if r.categorie_id is not None}
    gevonden = {}
    if categorie_ids:
        gevonden = {c.id: c for c in (await reader.session.scalars(
            select(Categorie).where(Categorie.id.in_(categorie_ids)))).all()}
    out = []
    for row in rows:
        categorie = gevonden.get(row.categorie_id)
        out.append({
            "uuid": str(row.uuid),
            "url": reader.url(CategorieRelatie, row.uuid),
            "partij": partijen_.get(row.partij_id),
            "categorie": ({"uuid": str(categorie.uuid), "url": reader.url(Categorie, categorie.uuid),
                           "naam": categorie.naam} if categorie else None),
            "beginDatum": day(row.begin_datum),
            "eindDatum": day(row.eind_datum),
        })
    return out


# --- klantcontacten ---------------------------------------------------------------------------

ACTOR_IDENTIFICATIE_FIELDS = {
    "medewerker": ("functie", "emailadres", "telefoonnummer"),
    "geautomatiseerde_actor": ("functie", "omschrijving"),
    "organisatorische_eenheid": ("omschrijving", "emailadres", "faxnummer", "telefoonnummer"),
}


def actor_out(reader: Reader, row: Actor) -> dict[str, Any]:
    item = {
        "uuid": str(row.uuid),
        "url": reader.url(Actor, row.uuid),
        "naam": row.naam,
        "soortActor": row.soort_actor,
        "indicatieActief": row.indicatie_actief,
        "actoridentificator": identificator(row),
    }
    identificatie = _without_empty({name: getattr(row, name) for name in ACTOR_IDENTIFICATIE_FIELDS[row.soort_actor]},
                                   "emailadres", "telefoonnummer")
    # A medewerker's functie and telefoonnummer are required: without them there is no identificatie to show.
    if row.soort_actor != "medewerker" or "telefoonnummer" in identificatie:
        item["actorIdentificatie"] = identificatie
    return item


async def actoren(reader: Reader, rows: Sequence[Actor]) -> list[dict[str, Any]]:
    reader.remember(Actor, rows)
    return [actor_out(reader, row) for row in rows]


async def klantcontacten(reader: Reader, rows: Sequence[Any],
                         page: KlantcontactPage | None = None) -> list[dict[str, Any]]:
    """Klantcontacten (ORM rows, or rows of klantcontactpage's statements with ``page`` made of them)."""
    reader.remember(Klantcontact, rows)
    if page is None:
        page = await KlantcontactPage.load(reader.session, rows)
    return [
        _without_empty({
            "uuid": str(row.uuid),
            "url": reader.url(Klantcontact, row.uuid),
            "gingOverOnderwerpobjecten": [reader.ref(Onderwerpobject, u)
                                          for u in page.uuids(row.id, "onderwerpobjecten")],
            "hadBetrokkenActoren": [actor_out(reader, a) for a in page.actoren(row.id)],
            "omvatteBijlagen": [reader.ref(Bijlage, u) for u in page.uuids(row.id, "bijlagen")],
            "hadBetrokkenen": [reader.ref(Betrokkene, u) for u in page.uuids(row.id, "betrokkenen")],
            "leiddeTotInterneTaken": [reader.ref(InterneTaak, u) for u in page.uuids(row.id, "internetaken")],
            "nummer": row.nummer,
            "referentienummer": row.referentienummer,
            "kanaal": row.kanaal,
            "onderwerp": row.onderwerp,
            "inhoud": row.inhoud,
            "reactie": row.reactie,
            "indicatieContactGelukt": row.indicatie_contact_gelukt,
            "hoofdOnderwerpType": row.hoofd_onderwerp_type,
            "verdereActieOndernomen": row.verdere_actie_ondernomen,
            "taal": row.taal,
            "vertrouwelijk": row.vertrouwelijk,
            "plaatsgevondenOp": iso(row.plaatsgevonden_op),
            "metadata": row.metadata_ or {},
        }, "hoofdOnderwerpType")
        for row in rows
    ]


async def betrokkenen(reader: Reader, rows: Sequence[Betrokkene], made: bool = False) -> list[dict[str, Any]]:
    """Betrokkenen; ``made``: made in this request, so no digitale adressen point at them yet."""
    reader.remember(Betrokkene, rows)
    partijen_ = await reader.refs(Partij, (r.partij_id for r in rows))
    contacten = await reader.refs(Klantcontact, (r.klantcontact_id for r in rows))
    adressen = {} if made else await _uuid_lists(reader, DigitaalAdres.betrokkene_id, DigitaalAdres,
                                                 [r.id for r in rows])
    return [
        {
            "uuid": str(row.uuid),
            "url": reader.url(Betrokkene, row.uuid),
            "wasPartij": partijen_.get(row.partij_id),
            "hadKlantcontact": contacten.get(row.klantcontact_id),
            "digitaleAdressen": [reader.ref(DigitaalAdres, u) for u in adressen.get(row.id, [])],
            "bezoekadres": adres(values, "bezoekadres"),
            "correspondentieadres": adres(values, "correspondentieadres"),
            "contactnaam": contactnaam(values),
            "volledigeNaam": volledige_naam(values),
            "rol": row.rol,
            "organisatienaam": row.organisatienaam,
            "initiator": row.initiator,
        }
        for row in rows
        for values in (columns(row),)
    ]


async def onderwerpobjecten(reader: Reader, rows: Sequence[Onderwerpobject]) -> list[dict[str, Any]]:
    reader.remember(Onderwerpobject, rows)
    contacten = await reader.refs(
        Klantcontact, [i for r in rows for i in (r.klantcontact_id, r.was_klantcontact_id)]
    )
    return [
        {
            "uuid": str(row.uuid),
            "url": reader.url(Onderwerpobject, row.uuid),
            "klantcontact": contacten.get(row.klantcontact_id),
            "wasKlantcontact": contacten.get(row.was_klantcontact_id),
            "onderwerpobjectidentificator": identificator(row),
        }
        for row in rows
    ]


async def bijlagen(reader: Reader, rows: Sequence[Bijlage]) -> list[dict[str, Any]]:
    reader.remember(Bijlage, rows)
    contacten = await reader.refs(Klantcontact, (r.klantcontact_id for r in rows))
    return [
        {
            "uuid": str(row.uuid),
            "url": reader.url(Bijlage, row.uuid),
            "wasBijlageVanKlantcontact": contacten.get(row.klantcontact_id),
            "bijlageidentificator": identificator(row),
        }
        for row in rows
    ]


async def actorklantcontacten(reader: Reader, rows: Sequence[ActorKlantcontact]) -> list[dict[str, Any]]:
    reader.remember(ActorKlantcontact, rows)
    actoren_ = await reader.refs(Actor, (r.actor_id for r in rows))
    contacten = await reader.refs(Klantcontact, (r.klantcontact_id for r in rows))
    return [
        {
            "uuid": str(row.uuid),
            "url": reader.url(ActorKlantcontact, row.uuid),
            "actor": actoren_.get(row.actor_id),
            "klantcontact": contacten.get(row.klantcontact_id),
        }
        for row in rows
    ]


async def internetaken(reader: Reader, rows: Sequence[InterneTaak]) -> list[dict[str, Any]]:
    reader.remember(InterneTaak, rows)
    contacten = await reader.refs(Klantcontact, (r.klantcontact_id for r in rows))
    toegewezen: dict[int, list[UUID]] = defaultdict(list)
    ids = [r.id for r in rows]
    if ids:
        found = await reader.session.execute(
            select(InterneTaakActor.internetaak_id, Actor.uuid)
            .join(Actor, Actor.id == InterneTaakActor.actor_id)
            .where(InterneTaakActor.internetaak_id.in_(ids))
            .order_by(InterneTaakActor.id)
        )
        for owner, uuid in found:
            toegewezen[owner].append(uuid)
    out = []
    for row in rows:
        actor_refs = [reader.ref(Actor, u) for u in toegewezen.get(row.id, [])]
        item: dict[str, Any] = {
            "uuid": str(row.uuid),
            "url": reader.url(InterneTaak, row.uuid),
            "nummer": row.nummer,
            "referentienummer": row.referentienummer,
            "gevraagdeHandeling": row.gevraagde_handeling,
            "aanleidinggevendKlantcontact": contacten.get(row.klantcontact_id),
        }
        if actor_refs:  # the deprecated single actor: the first; absent (never null) without actors
            item["toegewezenAanActor"] = actor_refs[0]
        item.update({
            "toegewezenAanActoren": actor_refs,
            "toelichting": row.toelichting,
            "status": row.status,
            "toegewezenOp": iso(row.toegewezen_op),
            "afgehandeldOp": iso(row.afgehandeld_op),
        })
        out.append(item)
    return out


@dataclass(frozen=True)
class Paged:
    """A resource whose list and detail read its rows and their relations in one statement."""

    list: Select  # the base of a list, before its filters, read a page at a time (common.pagination.paged)
    by_uuid: Select  # one row by the bound ``uuid``
    page: Callable[[Sequence[Any]], Any]  # the relations of rows read by those statements


PAGED = {
    Partij: Paged(paged(partijpage.LIST), partijpage.BY_UUID, PartijPage),
    Klantcontact: Paged(paged(klantcontactpage.LIST), klantcontactpage.BY_UUID, KlantcontactPage),
}

SERIALIZERS = {
    Partij: partijen,
    PartijIdentificator: partij_identificatoren,
    DigitaalAdres: digitale_adressen,
    Rekeningnummer: rekeningnummers,
    Vertegenwoordiging: vertegenwoordigingen,
    Categorie: categorieen,
    CategorieRelatie: categorie_relaties,
    Klantcontact: klantcontacten,
    Betrokkene: betrokkenen,
    Onderwerpobject: onderwerpobjecten,
    Bijlage: bijlagen,
    Actor: actoren,
    ActorKlantcontact: actorklantcontacten,
    InterneTaak: internetaken,
}


async def one(reader: Reader, row: Any) -> dict[str, Any]:
    return (await SERIALIZERS[type(row)](reader, [row]))[0]
