"""Tables of the Klanten registry (Klantinteracties API). Table names carry the prefix ``klanten_``.

The integer ``id`` never leaves the database; clients see ``uuid``. Foreign keys cascade the way
the reference implementation deletes (a partij takes its identificatoren, digitale adressen,
rekeningnummers, betrokkenen and categorie-relaties along; a klantcontact its betrokkenen,
onderwerpobjecten, bijlagen, interne taken and actor links). A partij-identificator that is the
parent (``subIdentificatorVan``) of another that stays cannot be deleted.

Every column a list filters on leads an index (tests/test_migrations.py checks it). The substring
searches (``adres__icontains``, ``omschrijving``, ``inhoud``, ``onderwerp``, ``reactie``), which no
B-tree serves, have trigram indexes on PostgreSQL (extension pg_trgm); on SQLite they scan.
"""

from datetime import date, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import JSON, BigInteger, Column, DateTime, ForeignKey, Index, Integer, String, text
from sqlmodel import Field, SQLModel


def _fk(target: str, ondelete: str, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete),
                                                nullable=nullable, index=True))


def _trigram(table: str, column: str) -> Index:
    """A PostgreSQL trigram index that serves ``ILIKE '%...%'`` (a plain index on SQLite)."""
    return Index(f"ix_{table}_{column}_trgm", column, postgresql_using="gin",
                 postgresql_ops={column: "gin_trgm_ops"})


def _utc(nullable: bool = False, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=nullable, index=index))


class Partij(SQLModel, table=True):
    """A person (persoon), an organisation (organisatie) or someone acting for one (contactpersoon)."""

    __tablename__ = "klanten_partij"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    nummer: str | None = Field(default=None, max_length=10, index=True, unique=True)  # kic-016
    interne_notitie: str = Field(default="", max_length=1000)
    soort_partij: str = Field(max_length=14, index=True)
    indicatie_geheimhouding: bool | None = Field(default=None, index=True)
    voorkeurstaal: str = Field(default="", max_length=3)
    indicatie_actief: bool = Field(default=True, index=True)
    # Not foreign keys (they would make a cycle with the tables they point at); the rules keep them
    # pointing at an address or account of this partij and clear them when that goes.
    voorkeurs_digitaal_adres_id: int | None = Field(default=None, index=True)
    voorkeurs_rekeningnummer_id: int | None = Field(default=None, index=True)

    bezoekadres_nummeraanduiding_id: str = Field(default="", max_length=16, index=True)
    bezoekadres_straatnaam: str = Field(default="", max_length=255)
    bezoekadres_huisnummer: int | None = None
    bezoekadres_huisnummertoevoeging: str = Field(default="", max_length=20)
    bezoekadres_postcode: str = Field(default="", max_length=7)
    bezoekadres_stad: str = Field(default="", max_length=255)
    bezoekadres_adresregel1: str = Field(default="", max_length=80, index=True)
    bezoekadres_adresregel2: str = Field(default="", max_length=80, index=True)
    bezoekadres_adresregel3: str = Field(default="", max_length=80, index=True)
    bezoekadres_land: str = Field(default="", max_length=2, index=True)

    correspondentieadres_nummeraanduiding_id: str = Field(default="", max_length=16, index=True)
    correspondentieadres_straatnaam: str = Field(default="", max_length=255)
    correspondentieadres_huisnummer: int | None = None
    correspondentieadres_huisnummertoevoeging: str = Field(default="", max_length=20)
    correspondentieadres_postcode: str = Field(default="", max_length=7)
    correspondentieadres_stad: str = Field(default="", max_length=255)
    correspondentieadres_adresregel1: str = Field(default="", max_length=80, index=True)
    correspondentieadres_adresregel2: str = Field(default="", max_length=80, index=True)
    correspondentieadres_adresregel3: str = Field(default="", max_length=80, index=True)
    correspondentieadres_land: str = Field(default="", max_length=2, index=True)

    # partijIdentificatie: persoon and contactpersoon have a contactnaam, an organisatie a naam.
    contactnaam_voorletters: str = Field(default="", max_length=10)
    contactnaam_voornaam: str = Field(default="", max_length=200)
    contactnaam_voorvoegsel_achternaam: str = Field(default="", max_length=10)
    contactnaam_achternaam: str = Field(default="", max_length=200)
    organisatie_naam: str = Field(default="", max_length=200)
    contactpersoon_uuid: UUID | None = None
    werkte_voor_partij_id: int | None = _fk("klanten_partij.id", "SET NULL")


class PartijIdentificator(SQLModel, table=True):
    """An identifier of a partij in a basisregistratie: a BSN, RSIN, KvK-nummer or vestigingsnummer."""

    __tablename__ = "klanten_partijidentificator"
    __table_args__ = (
        # kic-003: one identifier per kind per partij.
        Index("ix_klanten_partijidentificator_partij_soort", "partij_id", "code_soort_object_id", unique=True),
        # kic-003: an identifier exists once, at the top level and within its parent.
        Index("ix_klanten_partijidentificator_uniek", "code_soort_object_id", "object_id", "code_objecttype",
              "code_register", unique=True,
              postgresql_where=text("sub_identificator_van_id IS NULL"),
              sqlite_where=text("sub_identificator_van_id IS NULL")),
        Index("ix_klanten_partijidentificator_uniek_in_ouder", "sub_identificator_van_id", "code_soort_object_id",
              "object_id", "code_objecttype", "code_register", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    partij_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("klanten_partij.id", ondelete="CASCADE"), nullable=True))
    andere_partij_identificator: str = Field(default="", max_length=200, index=True)
    code_objecttype: str = Field(max_length=30, index=True)
    code_soort_object_id: str = Field(max_length=30)
    object_id: str = Field(max_length=200, index=True)  # find a partij by BSN: the hot path
    code_register: str = Field(max_length=10, index=True)
    # NO ACTION, checked at the end of each statement: a partij whose KvK-nummer and vestigingsnummer
    # go in one cascade can be deleted; a parent whose child stays cannot (kic-005).
    sub_identificator_van_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("klanten_partijidentificator.id"), nullable=True))


class DigitaalAdres(SQLModel, table=True):
    """An e-mail address, phone number or other digital address, given by a partij or a betrokkene."""

    __tablename__ = "klanten_digitaaladres"
    __table_args__ = (_trigram("klanten_digitaaladres", "adres"), _trigram("klanten_digitaaladres", "omschrijving"))

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    partij_id: int | None = _fk("klanten_partij.id", "CASCADE")
    betrokkene_id: int | None = _fk("klanten_betrokkene.id", "CASCADE")
    adres: str = Field(max_length=80, index=True)
    soort_digitaal_adres: str = Field(max_length=14, index=True)
    is_standaard_adres: bool = Field(default=False, index=True)
    omschrijving: str = Field(default="", max_length=40, index=True)
    referentie: str = Field(default="", max_length=50, index=True)
    verificatie_datum: date | None = Field(default=None, index=True)


class Rekeningnummer(SQLModel, table=True):
    __tablename__ = "klanten_rekeningnummer"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    partij_id: int | None = _fk("klanten_partij.id", "CASCADE")
    iban: str = Field(max_length=34, index=True)
    bic: str = Field(default="", max_length=11, index=True)


class Vertegenwoordiging(SQLModel, table=True):
    """One partij represents (vertegenwoordigt) another."""

    __tablename__ = "klanten_vertegenwoordiging"
    __table_args__ = (
        Index("ix_klanten_vertegenwoordiging_paar", "vertegenwoordigende_partij_id", "vertegenwoordigde_partij_id",
              unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    vertegenwoordigende_partij_id: int = Field(sa_column=Column(
        Integer, ForeignKey("klanten_partij.id", ondelete="CASCADE"), nullable=False))
    vertegenwoordigde_partij_id: int = Field(sa_column=Column(
        Integer, ForeignKey("klanten_partij.id", ondelete="CASCADE"), nullable=False, index=True))


class Categorie(SQLModel, table=True):
    __tablename__ = "klanten_categorie"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    naam: str = Field(default="", max_length=80, index=True)


class CategorieRelatie(SQLModel, table=True):
    __tablename__ = "klanten_categorierelatie"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    partij_id: int | None = _fk("klanten_partij.id", "CASCADE")
    categorie_id: int | None = _fk("klanten_categorie.id", "CASCADE")
    begin_datum: date | None = Field(default=None, index=True)
    eind_datum: date | None = Field(default=None, index=True)


class Klantcontact(SQLModel, table=True):
    """A contact between the municipality and a person or organisation about a subject."""

    __tablename__ = "klanten_klantcontact"
    __table_args__ = tuple(_trigram("klanten_klantcontact", c) for c in ("onderwerp", "inhoud", "reactie"))

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    nummer: str | None = Field(default=None, max_length=10, index=True, unique=True)  # kic-016
    referentienummer: str | None = Field(default=None, max_length=10, index=True)
    kanaal: str = Field(max_length=50, index=True)
    onderwerp: str = Field(max_length=200)
    inhoud: str = Field(default="", max_length=1000)
    reactie: str = Field(default="", max_length=4000)
    indicatie_contact_gelukt: bool | None = Field(default=None, index=True)
    hoofd_onderwerp_type: str = Field(default="", max_length=200)
    verdere_actie_ondernomen: bool = False
    taal: str = Field(max_length=3)
    vertrouwelijk: bool = Field(index=True)
    plaatsgevonden_op: datetime = _utc(index=True)
    metadata_: dict = Field(default_factory=dict, sa_column=Column("metadata", JSON, nullable=False))


class Betrokkene(SQLModel, table=True):
    """A partij (or a person not known as one) involved in a klantcontact, with contact details for the follow-up."""

    __tablename__ = "klanten_betrokkene"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    klantcontact_id: int = Field(sa_column=Column(
        Integer, ForeignKey("klanten_klantcontact.id", ondelete="CASCADE"), nullable=False, index=True))
    partij_id: int | None = _fk("klanten_partij.id", "CASCADE")
    rol: str = Field(max_length=17, index=True)
    organisatienaam: str = Field(default="", max_length=200, index=True)
    initiator: bool = False

    contactnaam_voorletters: str = Field(default="", max_length=10, index=True)
    contactnaam_voornaam: str = Field(default="", max_length=200, index=True)
    contactnaam_voorvoegsel_achternaam: str = Field(default="", max_length=10, index=True)
    contactnaam_achternaam: str = Field(default="", max_length=200, index=True)

    bezoekadres_nummeraanduiding_id: str = Field(default="", max_length=16)
    bezoekadres_straatnaam: str = Field(default="", max_length=255)
    bezoekadres_huisnummer: int | None = None
    bezoekadres_huisnummertoevoeging: str = Field(default="", max_length=20)
    bezoekadres_postcode: str = Field(default="", max_length=7)
    bezoekadres_stad: str = Field(default="", max_length=255)
    bezoekadres_adresregel1: str = Field(default="", max_length=80)
    bezoekadres_adresregel2: str = Field(default="", max_length=80)
    bezoekadres_adresregel3: str = Field(default="", max_length=80)
    bezoekadres_land: str = Field(default="", max_length=2)

    correspondentieadres_nummeraanduiding_id: str = Field(default="", max_length=16)
    correspondentieadres_straatnaam: str = Field(default="", max_length=255)
    correspondentieadres_huisnummer: int | None = None
    correspondentieadres_huisnummertoevoeging: str = Field(default="", max_length=20)
    correspondentieadres_postcode: str = Field(default="", max_length=7)
    correspondentieadres_stad: str = Field(default="", max_length=255)
    correspondentieadres_adresregel1: str = Field(default="", max_length=80)
    correspondentieadres_adresregel2: str = Field(default="", max_length=80)
    correspondentieadres_adresregel3: str = Field(default="", max_length=80)
    correspondentieadres_land: str = Field(default="", max_length=2)


class Onderwerpobject(SQLModel, table=True):
    """What a klantcontact was about (a zaak, a product ...), by its identification in another register."""

    __tablename__ = "klanten_onderwerpobject"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    klantcontact_id: int | None = _fk("klanten_klantcontact.id", "CASCADE")
    was_klantcontact_id: int | None = _fk("klanten_klantcontact.id", "CASCADE")
    identificator_object_id: str = Field(default="", max_length=200, index=True)
    identificator_code_objecttype: str = Field(default="", max_length=200, index=True)
    identificator_code_register: str = Field(default="", max_length=200, index=True)
    identificator_code_soort_object_id: str = Field(default="", max_length=200, index=True)


class Bijlage(SQLModel, table=True):
    __tablename__ = "klanten_bijlage"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    klantcontact_id: int | None = _fk("klanten_klantcontact.id", "CASCADE")
    identificator_object_id: str = Field(default="", max_length=200, index=True)
    identificator_code_objecttype: str = Field(default="", max_length=200, index=True)
    identificator_code_register: str = Field(default="", max_length=200, index=True)
    identificator_code_soort_object_id: str = Field(default="", max_length=200, index=True)


class Actor(SQLModel, table=True):
    """Someone or something working for the municipality: a medewerker, an automated actor or a unit."""

    __tablename__ = "klanten_actor"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    naam: str = Field(max_length=200, index=True)
    soort_actor: str = Field(max_length=24, index=True)
    indicatie_actief: bool = Field(default=True, index=True)
    identificator_object_id: str = Field(default="", max_length=200, index=True)
    identificator_code_objecttype: str = Field(default="", max_length=200, index=True)
    identificator_code_register: str = Field(default="", max_length=200, index=True)
    identificator_code_soort_object_id: str = Field(default="", max_length=200, index=True)
    # actorIdentificatie, by soortActor: the fields that kind has.
    functie: str = Field(default="", max_length=40)
    emailadres: str = Field(default="", max_length=254)
    telefoonnummer: str = Field(default="", max_length=20)
    faxnummer: str = Field(default="", max_length=20)
    omschrijving: str = Field(default="", max_length=200)


class ActorKlantcontact(SQLModel, table=True):
    __tablename__ = "klanten_actorklantcontact"
    __table_args__ = (Index("ix_klanten_actorklantcontact_paar", "actor_id", "klantcontact_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    actor_id: int = Field(sa_column=Column(Integer, ForeignKey("klanten_actor.id", ondelete="CASCADE"), nullable=False))
    klantcontact_id: int = Field(sa_column=Column(
        Integer, ForeignKey("klanten_klantcontact.id", ondelete="CASCADE"), nullable=False, index=True))


class InterneTaak(SQLModel, table=True):
    """A follow-up task that a klantcontact led to, assigned to one or more actoren."""

    __tablename__ = "klanten_internetaak"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    nummer: str | None = Field(default=None, max_length=10, index=True, unique=True)  # kic-016
    referentienummer: str | None = Field(default=None, max_length=10, index=True)
    gevraagde_handeling: str = Field(max_length=200)
    klantcontact_id: int = Field(sa_column=Column(
        Integer, ForeignKey("klanten_klantcontact.id", ondelete="CASCADE"), nullable=False, index=True))
    toelichting: str = Field(default="", max_length=1000)
    status: str = Field(max_length=12, index=True)
    toegewezen_op: datetime = _utc(index=True)
    afgehandeld_op: datetime | None = _utc(nullable=True)


class InterneTaakActor(SQLModel, table=True):
    """An actor an interne taak is assigned to, in the order the client gave them."""

    __tablename__ = "klanten_internetaak_actor"
    __table_args__ = (Index("ix_klanten_internetaak_actor_paar", "internetaak_id", "actor_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    internetaak_id: int = Field(sa_column=Column(
        Integer, ForeignKey("klanten_internetaak.id", ondelete="CASCADE"), nullable=False))
    actor_id: int = Field(sa_column=Column(
        Integer, ForeignKey("klanten_actor.id", ondelete="CASCADE"), nullable=False, index=True))


class NummerTeller(SQLModel, table=True):
    """The last nummer handed out per table (kic-016: a partij, klantcontact or interne taak
    without a nummer gets the next one).

    Raised with one atomic upsert (rules.next_nummer, common.counters): on PostgreSQL committed on
    its own, so its row is locked only while that statement runs; on SQLite inside the create's
    write transaction, which holds the database. It rises at least to one past the highest
    ten-digit nummer stored, so nummers loaded without it (demo data, an import) are never drawn.
    """

    __tablename__ = "klanten_nummerteller"

    tabel: str = Field(sa_column=Column(String(40), primary_key=True))
    laatste: int = Field(sa_column=Column(BigInteger, nullable=False))


__all__ = [
    "Actor", "ActorKlantcontact", "Betrokkene", "Bijlage", "Categorie", "CategorieRelatie", "DigitaalAdres",
    "InterneTaak", "InterneTaakActor", "Klantcontact", "NummerTeller", "Onderwerpobject", "Partij",
    "PartijIdentificator", "Rekeningnummer", "Vertegenwoordiging",
]
