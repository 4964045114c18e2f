"""Tables of the Zaken registry. Table names carry the prefix ``zaken_``.

A zaak owns its sub-resources (statussen, resultaat, rollen, zaakobjecten, ...): each refers to
it by ``zaak_id`` with ON DELETE CASCADE, so deleting a zaak deletes them all (zrc-023).
References to other APIs (zaaktype, statustype, informatieobject ...) are URLs, stored as text.

Performance choices:

* every filter of the contract has an index that leads with its column;
* the zaak stores ``vertrouwelijkheid_rank`` (the position of its vertrouwelijkheidaanduiding
  in the standard's order), so lists are filtered on an autorisatie's maximum with an integer
  comparison, together with ``zaaktype`` in one index;
* a rol stores the identifying numbers of its betrokkene (BSN, KvK ...) in indexed columns next
  to the full ``betrokkene_identificatie``: "all zaken of this citizen" is one index lookup;
* a zaak's geometry is stored as GeoJSON with its bounding box in four indexed columns, so a
  geographic search narrows in SQL before the exact test (see geo.py);
* ``status_id`` points at the zaak's current status, so lists never look for the latest one.
"""

from datetime import date, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlmodel import Field, SQLModel


def _zaak_fk(unique: bool = False) -> Any:
    return Field(sa_column=Column(Integer, ForeignKey("zaken_zaak.id", ondelete="CASCADE"), nullable=False,
                                  index=True, unique=unique or None))


def _text(length: int, index: bool = False, nullable: bool = False, default: Any = "") -> Any:
    return Field(default=default, sa_column=Column(String(length), nullable=nullable, index=index))


def _utc(nullable: bool = False, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=nullable, index=index))


def _date(index: bool = True, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(Date, nullable=nullable, index=index))


def _json(nullable: bool = True, default: Any = None) -> Any:
    return Field(default=default, sa_column=Column(JSON, nullable=nullable))


class Zaak(SQLModel, table=True):
    __tablename__ = "zaken_zaak"
    __table_args__ = (
        Index("ix_zaken_zaak_bronorganisatie_identificatie", "bronorganisatie", "identificatie", unique=True),
        Index("ix_zaken_zaak_zaaktype_rank", "zaaktype", "vertrouwelijkheid_rank"),
        Index("ix_zaken_zaak_geo_bbox", "geo_min_x", "geo_max_x", "geo_min_y", "geo_max_y"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    identificatie: str = _text(40, index=True)
    bronorganisatie: str = _text(9)
    omschrijving: str = _text(80)
    toelichting: str = _text(1000)
    zaaktype: str = _text(1000)
    registratiedatum: date = _date(nullable=False)
    verantwoordelijke_organisatie: str = _text(9)
    startdatum: date = _date(nullable=False)
    einddatum: date | None = _date()
    einddatum_gepland: date | None = _date()
    uiterlijke_einddatum_afdoening: date | None = _date()
    publicatiedatum: date | None = _date()
    communicatiekanaal: str = _text(1000)
    producten_of_diensten: list[str] = _json(nullable=False, default=[])
    vertrouwelijkheidaanduiding: str = _text(20)
    vertrouwelijkheid_rank: int = Field(sa_column=Column(SmallInteger, nullable=False, index=True))
    betalingsindicatie: str = _text(20)
    laatste_betaaldatum: datetime | None = _utc(nullable=True)
    zaakgeometrie: dict | None = _json()
    geo_min_x: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    geo_min_y: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    geo_max_x: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    geo_max_y: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    verlenging: dict | None = _json()
    opschorting: dict | None = _json()
    selectielijstklasse: str = _text(1000)
    hoofdzaak_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("zaken_zaak.id", ondelete="CASCADE"), nullable=True, index=True),
    )
    relevante_andere_zaken: list[dict] = _json(nullable=False, default=[])
    kenmerken: list[dict] = _json(nullable=False, default=[])
    archiefnominatie: str | None = _text(20, index=True, nullable=True, default=None)
    archiefstatus: str = _text(40, index=True, default="nog_te_archiveren")
    archiefactiedatum: date | None = _date()
    opdrachtgevende_organisatie: str = _text(9)
    processobjectaard: str | None = _text(200, nullable=True, default=None)
    startdatum_bewaartermijn: date | None = _date(index=False)
    processobject: dict | None = _json()
    # The current status (the one set last). No foreign key: statussen are never deleted on
    # their own, only with their zaak, and the two tables would refer to each other.
    status_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))


class Status(SQLModel, table=True):
    __tablename__ = "zaken_status"
    __table_args__ = (Index("ix_zaken_status_zaak_datum", "zaak_id", "datum_status_gezet"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = Field(sa_column=Column(Integer, ForeignKey("zaken_zaak.id", ondelete="CASCADE"), nullable=False))
    statustype: str = _text(1000, index=True)
    datum_status_gezet: datetime = _utc()
    statustoelichting: str = _text(1000)
    gezetdoor_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("zaken_rol.id", ondelete="SET NULL"), nullable=True,
                                       index=True)
    )
    # True for the zaak's current status; kept in step with Zaak.status_id for the list filter.
    indicatie_laatst_gezette_status: bool = Field(default=False, index=True)


class Resultaat(SQLModel, table=True):
    __tablename__ = "zaken_resultaat"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk(unique=True)
    resultaattype: str = _text(1000, index=True)
    toelichting: str = _text(1000)


class Rol(SQLModel, table=True):
    __tablename__ = "zaken_rol"
    # The identifying numbers lead an index with zaak_id beside them: the per-citizen query
    # ("zaken of this BSN") reads only the index.
    __table_args__ = (
        Index("ix_zaken_rol_inp_bsn", "inp_bsn", "zaak_id"),
        Index("ix_zaken_rol_anp_identificatie", "anp_identificatie", "zaak_id"),
        Index("ix_zaken_rol_inp_a_nummer", "inp_a_nummer", "zaak_id"),
        Index("ix_zaken_rol_inn_nnp_id", "inn_nnp_id", "zaak_id"),
        Index("ix_zaken_rol_ann_identificatie", "ann_identificatie", "zaak_id"),
        Index("ix_zaken_rol_vestigings_nummer", "vestigings_nummer", "zaak_id"),
        Index("ix_zaken_rol_medewerker_identificatie", "medewerker_identificatie", "zaak_id"),
        Index("ix_zaken_rol_oeh_identificatie", "organisatorische_eenheid_identificatie", "zaak_id"),
        Index("ix_zaken_rol_betrokkene", "betrokkene", "zaak_id"),
        Index("ix_zaken_rol_betrokkene_type", "betrokkene_type", "zaak_id"),
        Index("ix_zaken_rol_omschrijving_generiek", "omschrijving_generiek", "zaak_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk()
    betrokkene: str = _text(1000)
    betrokkene_type: str = _text(30)
    afwijkende_naam_betrokkene: str = _text(625)
    roltype: str = _text(1000, index=True)
    omschrijving: str = _text(100, index=True)
    omschrijving_generiek: str = _text(40)
    roltoelichting: str = _text(1000)
    registratiedatum: datetime = _utc()
    indicatie_machtiging: str = _text(20)
    contactpersoon_rol: dict | None = _json()
    betrokkene_identificatie: dict | None = _json()
    inp_bsn: str | None = _text(9, nullable=True, default=None)
    anp_identificatie: str | None = _text(17, nullable=True, default=None)
    inp_a_nummer: str | None = _text(10, nullable=True, default=None)
    inn_nnp_id: str | None = _text(9, nullable=True, default=None)
    ann_identificatie: str | None = _text(17, nullable=True, default=None)
    vestigings_nummer: str | None = _text(24, nullable=True, default=None)
    medewerker_identificatie: str | None = _text(24, nullable=True, default=None)
    organisatorische_eenheid_identificatie: str | None = _text(24, nullable=True, default=None)


class ZaakObject(SQLModel, table=True):
    __tablename__ = "zaken_zaakobject"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk()
    object: str = _text(1000, index=True)
    zaakobjecttype: str = _text(1000)
    object_type: str = _text(40, index=True)
    object_type_overige: str = _text(100)
    object_type_overige_definitie: dict | None = _json()
    relatieomschrijving: str = _text(80)
    object_identificatie: dict | None = _json()


class ZaakInformatieObject(SQLModel, table=True):
    __tablename__ = "zaken_zaakinformatieobject"
    __table_args__ = (Index("ix_zaken_zio_zaak_informatieobject", "zaak_id", "informatieobject", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = Field(sa_column=Column(Integer, ForeignKey("zaken_zaak.id", ondelete="CASCADE"), nullable=False))
    informatieobject: str = _text(1000, index=True)
    aard_relatie: str = _text(20, default="hoort_bij")
    titel: str = _text(200)
    beschrijving: str = Field(default="", sa_column=Column(Text, nullable=False))
    registratiedatum: datetime = _utc()
    vernietigingsdatum: datetime | None = _utc(nullable=True)
    status_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("zaken_status.id", ondelete="SET NULL"), nullable=True,
                                       index=True)
    )


class KlantContact(SQLModel, table=True):
    __tablename__ = "zaken_klantcontact"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk()
    identificatie: str = _text(14)
    datumtijd: datetime = _utc()
    kanaal: str = _text(20)
    onderwerp: str = _text(200)
    toelichting: str = _text(1000)


class ZaakContactMoment(SQLModel, table=True):
    __tablename__ = "zaken_zaakcontactmoment"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk()
    contactmoment: str = _text(1000, index=True)


class ZaakVerzoek(SQLModel, table=True):
    __tablename__ = "zaken_zaakverzoek"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk()
    verzoek: str = _text(1000, index=True)


class ZaakEigenschap(SQLModel, table=True):
    __tablename__ = "zaken_zaakeigenschap"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk()
    eigenschap: str = _text(1000)
    naam: str = _text(20)
    waarde: str = Field(default="", sa_column=Column(Text, nullable=False))


class ZaakBesluit(SQLModel, table=True):
    __tablename__ = "zaken_zaakbesluit"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaak_id: int = _zaak_fk()
    besluit: str = _text(1000)


class IdentificatieTeller(SQLModel, table=True):
    """The last number handed out per bronorganisatie and year (zrc-002: ZAAK-<year>-<10 digits>).

    Incremented with one atomic upsert (rules.generate_identificatie): on PostgreSQL committed on
    its own, so its row is locked only while that statement runs; on SQLite inside the zaak's
    write transaction, which holds the database. Concurrent creates never get the same number.
    """

    __tablename__ = "zaken_identificatieteller"

    bronorganisatie: str = Field(sa_column=Column(String(9), primary_key=True))
    jaar: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    laatste: int = Field(sa_column=Column(BigInteger, nullable=False))
