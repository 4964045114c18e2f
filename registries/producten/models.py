"""Tables of the Producten registry (Producttypen API and Producten API). Prefix ``producten_``.

Performance choices, for the portal's hot path ("my products"):

* an eigenaar's identifying numbers (bsn, kvk_nummer, klantnummer, vestigingsnummer) sit in
  indexed columns of ``producten_eigenaar``, each index followed by ``product_id``: the
  products of one citizen are one index-only lookup, however many products there are;
* every filter of the contracts has an index that leads with its column (tests check it);
* the status job finds due products through partial indexes on ``start_datum`` and
  ``eind_datum`` that hold only products whose status can still change;
* ``dataobject`` and ``verbruiksobject`` are JSONB on PostgreSQL with a GIN index, so the
  exact ``dataobject_attr`` filters are containment lookups (``@>``);
* lists that a JSON list on a producttype would serve (keywords, toegestane statussen) also
  live in small child tables, so that filters on them use an index.

Names (naam, samenvatting) of a producttype are stored in Dutch on the producttype itself; other
languages are rows of ``producten_producttype_vertaling``.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

# JSON documents: JSONB on PostgreSQL (indexable, comparable), JSON text on SQLite.
JSON_DOCUMENT = JSON().with_variant(JSONB(), "postgresql")

# Statuses from which the date rules move a product on (Open Product's behaviour).
STARTABLE = ("initieel", "in_aanvraag", "gereed")
ENDABLE = ("initieel", "in_aanvraag", "gereed", "actief")


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE", index: bool = True) -> Any:
    return Field(default=None, sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete),
                                                nullable=nullable, index=index))


def _text(length: int, *, index: bool = False, nullable: bool = False, default: Any = "") -> Any:
    return Field(default=default, sa_column=Column(String(length), nullable=nullable, index=index))


def _long_text(default: str = "") -> Any:
    return Field(default=default, sa_column=Column(Text, nullable=False))


def _utc(index: bool = True) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=False, index=index))


def _date(index: bool = True, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(Date, nullable=nullable, index=index))


def _uuid() -> Any:
    return Field(default_factory=uuid4, unique=True, index=True)


# --------------------------------------------------------------------------- reference lists


class UniformeProductNaam(SQLModel, table=True):
    """One entry of the Uniforme Productnamenlijst (UPL), loaded with `registries upl import`."""

    __tablename__ = "producten_upl"

    id: int | None = Field(default=None, primary_key=True)
    naam: str = Field(sa_column=Column(String(255), nullable=False, unique=True, index=True))
    uri: str = Field(sa_column=Column(String(1000), nullable=False, unique=True))
    is_verwijderd: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, server_default=text("false")))


class JsonSchema(SQLModel, table=True):
    """A JSON Schema (draft 2020-12) that a producttype uses to check its products' data."""

    __tablename__ = "producten_jsonschema"

    id: int | None = Field(default=None, primary_key=True)
    naam: str = Field(sa_column=Column(String(200), nullable=False, unique=True, index=True))
    schema_: dict = Field(sa_column=Column("schema", JSON, nullable=False))
    update_datum: datetime = _utc(index=False)


# --------------------------------------------------------------------------- themas


class Thema(SQLModel, table=True):
    """A node of the tree of themes producttypen are grouped in."""

    __tablename__ = "producten_thema"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    naam: str = _text(255, index=True)
    beschrijving: str = _long_text()
    gepubliceerd: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, index=True))
    hoofd_thema_id: int | None = _fk("producten_thema.id", nullable=True, ondelete="RESTRICT")
    aanmaak_datum: datetime = _utc()
    update_datum: datetime = _utc()


# --------------------------------------------------------------------------- producttypen


class ProductType(SQLModel, table=True):
    __tablename__ = "producten_producttype"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    code: str = Field(sa_column=Column(String(255), nullable=False, unique=True, index=True))
    naam: str = _text(255, index=True)
    samenvatting: str = _long_text()
    doelgroep: str = _text(40, index=True)
    upl_id: int | None = _fk("producten_upl.id", nullable=True, ondelete="RESTRICT")
    eigenaar: str | None = _text(1000, nullable=True, default=None)
    toegestane_statussen: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    keywords: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Nested lists without identity of their own: stored with the producttype, indexed in child tables.
    externe_codes: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    parameters: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    zaaktypen: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    verzoektypen: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    processen: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    interne_opmerkingen: str = _long_text()
    verbruiksobject_schema_id: int | None = _fk("producten_jsonschema.id", nullable=True, ondelete="RESTRICT")
    dataobject_schema_id: int | None = _fk("producten_jsonschema.id", nullable=True, ondelete="RESTRICT")
    publicatie_start_datum: date | None = _date()
    publicatie_eind_datum: date | None = _date()
    aanmaak_datum: datetime = _utc()
    update_datum: datetime = _utc()


class ProductTypeVertaling(SQLModel, table=True):
    """Naam and samenvatting of a producttype in a language other than Dutch."""

    __tablename__ = "producten_producttype_vertaling"
    __table_args__ = (UniqueConstraint("producttype_id", "taal", name="producten_producttype_vertaling_key"),)

    id: int | None = Field(default=None, primary_key=True)
    producttype_id: int = _fk("producten_producttype.id", index=False)
    taal: str = _text(5)
    naam: str = _text(255)
    samenvatting: str = _long_text()


class ProductTypeWaarde(SQLModel, table=True):
    """The searchable values of a producttype's lists, one row each: keyword, toegestane status,
    externe code (naam + code), parameter (naam + waarde), zaaktype / verzoektype / proces (url,
    urn). ``soort`` says which list; the filters of the contract search here."""

    __tablename__ = "producten_producttype_waarde"
    __table_args__ = (
        Index("ix_producten_producttype_waarde_naam", "naam", "soort", "waarde"),
        Index("ix_producten_producttype_waarde_waarde", "waarde", "soort"),
    )

    id: int | None = Field(default=None, primary_key=True)
    producttype_id: int = _fk("producten_producttype.id")
    soort: str = _text(20)
    naam: str = _text(255)
    waarde: str = _text(1000)


class ProductTypeThema(SQLModel, table=True):
    __tablename__ = "producten_producttype_thema"
    __table_args__ = (Index("ix_producten_producttype_thema_thema", "thema_id", "producttype_id"),)

    producttype_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_producttype.id", ondelete="CASCADE"),
                                                 primary_key=True))
    thema_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_thema.id", ondelete="CASCADE"),
                                           primary_key=True))


# --------------------------------------------------------------------------- locaties, organisaties, contacten


class Locatie(SQLModel, table=True):
    __tablename__ = "producten_locatie"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    naam: str = _text(255, index=True)
    email: str = _text(254, index=True)
    telefoonnummer: str = _text(15, index=True)
    straat: str = _text(255, index=True)
    huisnummer: str = _text(10, index=True)
    postcode: str = _text(7, index=True)
    stad: str = _text(255, index=True)


class Organisatie(SQLModel, table=True):
    __tablename__ = "producten_organisatie"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    naam: str = _text(255, index=True)
    code: str = _text(255, index=True)
    email: str = _text(254, index=True)
    telefoonnummer: str = _text(15, index=True)
    straat: str = _text(255, index=True)
    huisnummer: str = _text(10, index=True)
    postcode: str = _text(7, index=True)
    stad: str = _text(255, index=True)


class Contact(SQLModel, table=True):
    __tablename__ = "producten_contact"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    organisatie_id: int | None = _fk("producten_organisatie.id", nullable=True, ondelete="RESTRICT")
    naam: str = _text(255, index=True)
    email: str = _text(254, index=True)
    telefoonnummer: str = _text(15, index=True)
    rol: str = _text(100, index=True)


class ProductTypeLocatie(SQLModel, table=True):
    __tablename__ = "producten_producttype_locatie"
    __table_args__ = (Index("ix_producten_producttype_locatie_locatie", "locatie_id", "producttype_id"),)

    producttype_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_producttype.id", ondelete="CASCADE"),
                                                 primary_key=True))
    locatie_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_locatie.id", ondelete="CASCADE"),
                                             primary_key=True))


class ProductTypeOrganisatie(SQLModel, table=True):
    __tablename__ = "producten_producttype_organisatie"
    __table_args__ = (Index("ix_producten_producttype_organisatie_organisatie", "organisatie_id", "producttype_id"),)

    producttype_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_producttype.id", ondelete="CASCADE"),
                                                 primary_key=True))
    organisatie_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_organisatie.id", ondelete="CASCADE"),
                                                 primary_key=True))


class ProductTypeContact(SQLModel, table=True):
    __tablename__ = "producten_producttype_contact"
    __table_args__ = (Index("ix_producten_producttype_contact_contact", "contact_id", "producttype_id"),)

    producttype_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_producttype.id", ondelete="CASCADE"),
                                                 primary_key=True))
    contact_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_contact.id", ondelete="CASCADE"),
                                             primary_key=True))


# --------------------------------------------------------------------------- prijzen


class Prijs(SQLModel, table=True):
    """A price of a producttype from ``actief_vanaf`` on: options (prijsopties) or DMN rules."""

    __tablename__ = "producten_prijs"
    __table_args__ = (
        UniqueConstraint("producttype_id", "actief_vanaf", name="producten_prijs_producttype_actief_vanaf_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    producttype_id: int = _fk("producten_producttype.id")
    actief_vanaf: date = _date(nullable=False)


class PrijsOptie(SQLModel, table=True):
    __tablename__ = "producten_prijsoptie"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    prijs_id: int = _fk("producten_prijs.id")
    bedrag: Decimal = Field(sa_column=Column(Numeric(8, 2), nullable=False, index=True))
    beschrijving: str = _text(255, index=True)


class PrijsRegel(SQLModel, table=True):
    __tablename__ = "producten_prijsregel"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    prijs_id: int = _fk("producten_prijs.id")
    beschrijving: str = _text(255, index=True)
    tabel_endpoint: str = _text(1000)
    dmn_tabel_id: str = _text(255, index=True)
    mapping: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))


# --------------------------------------------------------------------------- links, acties


class Link(SQLModel, table=True):
    __tablename__ = "producten_link"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    producttype_id: int = _fk("producten_producttype.id")
    naam: str = _text(255, index=True)
    url: str = _text(200, index=True)


class Actie(SQLModel, table=True):
    """A form (``direct_url``) or a DMN table (``tabel_endpoint`` + ``dmn_tabel_id``) to act on a product."""

    __tablename__ = "producten_actie"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    producttype_id: int = _fk("producten_producttype.id")
    naam: str = _text(255, index=True)
    direct_url: str = _text(1000, index=True)
    tabel_endpoint: str = _text(1000, index=True)
    dmn_tabel_id: str = _text(255, index=True)
    mapping: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class Bestand(SQLModel, table=True):
    """A file about a producttype. The file itself lives in REGISTRIES_BESTANDEN_DIR under
    ``opslag``, a random name: the name the client sent (``naam``) never becomes a path."""

    __tablename__ = "producten_bestand"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    producttype_id: int = _fk("producten_producttype.id")
    naam: str = _text(255, index=True)
    opslag: str = _text(64)
    grootte: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    aanmaak_datum: datetime = _utc(index=False)


# --------------------------------------------------------------------------- producten


class Product(SQLModel, table=True):
    __tablename__ = "producten_product"
    __table_args__ = (
        Index("ix_producten_product_producttype", "producttype_id", "id"),
        # The status job: only products whose status the dates can still move are in these.
        Index("ix_producten_product_start_due", "start_datum",
              postgresql_where=text("status IN ('initieel', 'in_aanvraag', 'gereed')"),
              sqlite_where=text("status IN ('initieel', 'in_aanvraag', 'gereed')")),
        Index("ix_producten_product_eind_due", "eind_datum",
              postgresql_where=text("status IN ('initieel', 'in_aanvraag', 'gereed', 'actief')"),
              sqlite_where=text("status IN ('initieel', 'in_aanvraag', 'gereed', 'actief')")),
        Index("ix_producten_product_dataobject", "dataobject", postgresql_using="gin",
              postgresql_ops={"dataobject": "jsonb_path_ops"}),
        Index("ix_producten_product_verbruiksobject", "verbruiksobject", postgresql_using="gin",
              postgresql_ops={"verbruiksobject": "jsonb_path_ops"}),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    producttype_id: int = _fk("producten_producttype.id", ondelete="RESTRICT", index=False)
    naam: str = _text(255, index=True)
    start_datum: date | None = _date()
    eind_datum: date | None = _date()
    status: str = _text(20, index=True, default="initieel")
    prijs: Decimal | None = Field(default=None, sa_column=Column(Numeric(8, 2), nullable=True, index=True))
    frequentie: str = _text(20, index=True)
    verbruiksobject: Any = Field(default=None, sa_column=Column(JSON_DOCUMENT, nullable=True))
    dataobject: Any = Field(default=None, sa_column=Column(JSON_DOCUMENT, nullable=True))
    aanvraag_zaak_urn: str | None = _text(1000, index=True, nullable=True, default=None)
    aanvraag_zaak_url: str | None = _text(200, index=True, nullable=True, default=None)
    gepubliceerd: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, index=True))
    aanmaak_datum: datetime = _utc()
    update_datum: datetime = _utc()


class Eigenaar(SQLModel, table=True):
    """An owner of a product: a person (bsn and/or klantnummer) or an organisation (kvk_nummer,
    optionally with vestigingsnummer). Empty identifiers are stored as ''."""

    __tablename__ = "producten_eigenaar"
    __table_args__ = (
        Index("ix_producten_eigenaar_bsn", "bsn", "product_id"),
        Index("ix_producten_eigenaar_kvk_nummer", "kvk_nummer", "product_id"),
        Index("ix_producten_eigenaar_klantnummer", "klantnummer", "product_id"),
        Index("ix_producten_eigenaar_vestigingsnummer", "vestigingsnummer", "product_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    product_id: int = _fk("producten_product.id")
    bsn: str = _text(9)
    kvk_nummer: str = _text(8)
    vestigingsnummer: str = _text(24)
    klantnummer: str = _text(50)


class ProductVerwijzing(SQLModel, table=True):
    """A document, zaak or taak of a product (``soort``), as a URL and/or a URN."""

    __tablename__ = "producten_product_verwijzing"
    __table_args__ = (
        Index("ix_producten_product_verwijzing_url", "url", "soort", "product_id"),
        Index("ix_producten_product_verwijzing_urn", "urn", "soort", "product_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    product_id: int = _fk("producten_product.id")
    soort: str = _text(10)
    url: str | None = _text(200, nullable=True, default=None)
    urn: str | None = _text(1000, nullable=True, default=None)


# --------------------------------------------------------------------------- content


class ContentLabel(SQLModel, table=True):
    """A label of content elements (e.g. "openingstijden"); made when a content element first uses it."""

    __tablename__ = "producten_contentlabel"

    id: int | None = Field(default=None, primary_key=True)
    naam: str = Field(sa_column=Column(String(255), nullable=False, unique=True, index=True))


class ContentElement(SQLModel, table=True):
    """A (markdown) text block of a producttype or of a thema, in Dutch; other languages in
    ``producten_contentelement_vertaling``."""

    __tablename__ = "producten_contentelement"
    __table_args__ = (
        # content__icontains: a trigram index on PostgreSQL (LIKE '%...%' uses it).
        Index("ix_producten_contentelement_content", "content", postgresql_using="gin",
              postgresql_ops={"content": "gin_trgm_ops"}),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = _uuid()
    producttype_id: int | None = _fk("producten_producttype.id", nullable=True)
    thema_id: int | None = _fk("producten_thema.id", nullable=True)
    content: str = _long_text()
    aanvullende_informatie: str = _long_text()


class ContentElementLabel(SQLModel, table=True):
    __tablename__ = "producten_contentelement_label"
    __table_args__ = (Index("ix_producten_contentelement_label_label", "label_id", "contentelement_id"),)

    contentelement_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_contentelement.id", ondelete="CASCADE"),
                                                    primary_key=True))
    label_id: int = Field(sa_column=Column(Integer, ForeignKey("producten_contentlabel.id", ondelete="CASCADE"),
                                           primary_key=True))


class ContentElementVertaling(SQLModel, table=True):
    __tablename__ = "producten_contentelement_vertaling"
    __table_args__ = (UniqueConstraint("contentelement_id", "taal", name="producten_contentelement_vertaling_key"),)

    id: int | None = Field(default=None, primary_key=True)
    contentelement_id: int = _fk("producten_contentelement.id", index=False)
    taal: str = _text(5)
    content: str = _long_text()
    aanvullende_informatie: str = _long_text()
