"""Tables of the Catalogi registry. Table names carry the prefix ``catalogi_``.

Versions: a zaaktype's versions share its ``identificatie``, a besluittype's and an
informatieobjecttype's versions their ``omschrijving``, within one catalogus. The standard
(1.3) relates these types by those names, not by row: a zaaktype names its besluittypen by
omschrijving, a besluittype its informatieobjecttypen, a zaaktype-informatieobjecttype its
informatieobjecttype. The relation tables below therefore hold names, and the URLs a client
reads are those of the versions that are published and valid on the day asked (see
registries/catalogi/relations.py).

The parts of a zaaktype (statustypen, roltypen, resultaattypen, eigenschappen,
zaakobjecttypen, zaaktype-informatieobjecttypen) belong to one zaaktype version and go with it.
Every column a list filters on leads an index.
"""

from datetime import date
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

DURATION = 100  # the longest ISO 8601 duration we store


def _fk(target: str, *, nullable: bool = False, on_delete: str = "CASCADE", index: bool = True) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=index)


class Catalogus(SQLModel, table=True):
    __tablename__ = "catalogi_catalogus"
    __table_args__ = (UniqueConstraint("domein", "rsin", name="catalogi_catalogus_domein_rsin_key"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    domein: str = Field(sa_column=Column(String(5), nullable=False, index=True))
    rsin: str = Field(sa_column=Column(String(9), nullable=False, index=True))
    contactpersoon_beheer_naam: str = Field(sa_column=Column(String(40), nullable=False))
    contactpersoon_beheer_telefoonnummer: str = Field(default="", sa_column=Column(String(20), nullable=False))
    contactpersoon_beheer_emailadres: str = Field(default="", sa_column=Column(String(254), nullable=False))
    naam: str | None = Field(default=None, sa_column=Column(String(200), nullable=True))
    versie: str | None = Field(default=None, sa_column=Column(String(20), nullable=True))
    begindatum_versie: date | None = Field(default=None)


# --- the versioned types of a catalogus -------------------------------------------------------


class ZaakType(SQLModel, table=True):
    __tablename__ = "catalogi_zaaktype"
    __table_args__ = (
        Index("ix_catalogi_zaaktype_catalogus_identificatie", "catalogus_id", "identificatie"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    catalogus_id: int = Field(sa_column=_fk("catalogi_catalogus.id", on_delete="RESTRICT"))
    identificatie: str = Field(sa_column=Column(String(50), nullable=False, index=True))
    omschrijving: str = Field(sa_column=Column(String(80), nullable=False))
    omschrijving_generiek: str = Field(default="", sa_column=Column(String(80), nullable=False))
    vertrouwelijkheidaanduiding: str = Field(sa_column=Column(String(20), nullable=False))
    doel: str = Field(sa_column=Column(Text, nullable=False))
    aanleiding: str = Field(sa_column=Column(Text, nullable=False))
    toelichting: str = Field(default="", sa_column=Column(Text, nullable=False))
    indicatie_intern_of_extern: str = Field(sa_column=Column(String(6), nullable=False))
    handeling_initiator: str = Field(sa_column=Column(String(20), nullable=False))
    onderwerp: str = Field(sa_column=Column(String(80), nullable=False))
    handeling_behandelaar: str = Field(sa_column=Column(String(20), nullable=False))
    doorlooptijd: str = Field(sa_column=Column(String(DURATION), nullable=False))
    servicenorm: str | None = Field(default=None, sa_column=Column(String(DURATION), nullable=True))
    opschorting_en_aanhouding_mogelijk: bool = Field(sa_column=Column(Boolean, nullable=False))
    verlenging_mogelijk: bool = Field(sa_column=Column(Boolean, nullable=False))
    verlengingstermijn: str | None = Field(default=None, sa_column=Column(String(DURATION), nullable=True))
    publicatie_indicatie: bool = Field(sa_column=Column(Boolean, nullable=False))
    publicatietekst: str = Field(default="", sa_column=Column(Text, nullable=False))
    verantwoordingsrelatie: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    producten_of_diensten: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    selectielijst_procestype: str = Field(default="", sa_column=Column(String(200), nullable=False))
    referentieproces: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    verantwoordelijke: str = Field(sa_column=Column(String(50), nullable=False))
    broncatalogus: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    bronzaaktype: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    # By identificatie, in this catalogus (see the module docstring).
    deelzaaktypen: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # [{"zaaktype": identificatie or URL, "aardRelatie": ..., "toelichting": ...}]
    gerelateerde_zaaktypen: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    begin_geldigheid: date = Field(sa_column=Column(Date, nullable=False, index=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    versiedatum: date = Field(sa_column=Column(Date, nullable=False))
    concept: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, index=True))


class ZaakTypeTrefwoord(SQLModel, table=True):
    __tablename__ = "catalogi_zaaktype_trefwoord"

    id: int | None = Field(default=None, primary_key=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))
    trefwoord: str = Field(sa_column=Column(String(30), nullable=False, index=True))


class ZaakTypeBesluitType(SQLModel, table=True):
    """A zaaktype's besluittypen, by omschrijving."""

    __tablename__ = "catalogi_zaaktype_besluittype"

    id: int | None = Field(default=None, primary_key=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))
    omschrijving: str = Field(sa_column=Column(String(80), nullable=False, index=True))


class InformatieObjectType(SQLModel, table=True):
    __tablename__ = "catalogi_informatieobjecttype"
    __table_args__ = (
        Index("ix_catalogi_informatieobjecttype_catalogus_omschrijving", "catalogus_id", "omschrijving"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    catalogus_id: int = Field(sa_column=_fk("catalogi_catalogus.id", on_delete="RESTRICT"))
    omschrijving: str = Field(sa_column=Column(String(80), nullable=False, index=True))
    vertrouwelijkheidaanduiding: str = Field(sa_column=Column(String(20), nullable=False))
    informatieobjectcategorie: str = Field(sa_column=Column(String(80), nullable=False))
    trefwoord: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    omschrijving_generiek: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    begin_geldigheid: date = Field(sa_column=Column(Date, nullable=False, index=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    concept: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, index=True))


class BesluitType(SQLModel, table=True):
    __tablename__ = "catalogi_besluittype"
    __table_args__ = (
        Index("ix_catalogi_besluittype_catalogus_omschrijving", "catalogus_id", "omschrijving"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    catalogus_id: int = Field(sa_column=_fk("catalogi_catalogus.id", on_delete="RESTRICT"))
    omschrijving: str = Field(default="", sa_column=Column(String(80), nullable=False, index=True))
    omschrijving_generiek: str = Field(default="", sa_column=Column(String(80), nullable=False))
    besluitcategorie: str = Field(default="", sa_column=Column(String(40), nullable=False))
    reactietermijn: str | None = Field(default=None, sa_column=Column(String(DURATION), nullable=True))
    publicatie_indicatie: bool = Field(sa_column=Column(Boolean, nullable=False))
    publicatietekst: str = Field(default="", sa_column=Column(Text, nullable=False))
    publicatietermijn: str | None = Field(default=None, sa_column=Column(String(DURATION), nullable=True))
    toelichting: str = Field(default="", sa_column=Column(Text, nullable=False))
    begin_geldigheid: date = Field(sa_column=Column(Date, nullable=False, index=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    concept: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, index=True))


class BesluitTypeInformatieObjectType(SQLModel, table=True):
    """A besluittype's informatieobjecttypen, by omschrijving."""

    __tablename__ = "catalogi_besluittype_informatieobjecttype"

    id: int | None = Field(default=None, primary_key=True)
    besluittype_id: int = Field(sa_column=_fk("catalogi_besluittype.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))
    omschrijving: str = Field(sa_column=Column(String(80), nullable=False, index=True))


# --- the parts of a zaaktype ----------------------------------------------------------------


class StatusType(SQLModel, table=True):
    __tablename__ = "catalogi_statustype"
    __table_args__ = (UniqueConstraint("zaaktype_id", "volgnummer", name="catalogi_statustype_volgnummer_key"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    omschrijving: str = Field(sa_column=Column(String(80), nullable=False))
    omschrijving_generiek: str = Field(default="", sa_column=Column(String(80), nullable=False))
    statustekst: str = Field(default="", sa_column=Column(String(1000), nullable=False))
    volgnummer: int = Field(sa_column=Column(Integer, nullable=False))
    informeren: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    doorlooptijd: str | None = Field(default=None, sa_column=Column(String(DURATION), nullable=True))
    toelichting: str | None = Field(default=None, sa_column=Column(String(1000), nullable=True))
    checklistitems: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    begin_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))


class RolType(SQLModel, table=True):
    __tablename__ = "catalogi_roltype"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    omschrijving: str = Field(sa_column=Column(String(100), nullable=False))
    omschrijving_generiek: str = Field(sa_column=Column(String(20), nullable=False, index=True))
    begin_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))


class Eigenschap(SQLModel, table=True):
    __tablename__ = "catalogi_eigenschap"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    naam: str = Field(sa_column=Column(String(20), nullable=False))
    definitie: str = Field(sa_column=Column(String(255), nullable=False))
    toelichting: str = Field(default="", sa_column=Column(String(1000), nullable=False))
    statustype_id: int | None = Field(
        default=None, sa_column=_fk("catalogi_statustype.id", nullable=True, on_delete="SET NULL")
    )
    specificatie: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    begin_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))


class StatusTypeEigenschap(SQLModel, table=True):
    """The eigenschappen that must have a value before a zaak reaches a statustype."""

    __tablename__ = "catalogi_statustype_eigenschap"

    id: int | None = Field(default=None, primary_key=True)
    statustype_id: int = Field(sa_column=_fk("catalogi_statustype.id"))
    eigenschap_id: int = Field(sa_column=_fk("catalogi_eigenschap.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))


class ResultaatType(SQLModel, table=True):
    __tablename__ = "catalogi_resultaattype"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    omschrijving: str = Field(sa_column=Column(String(30), nullable=False))
    resultaattypeomschrijving: str = Field(sa_column=Column(String(1000), nullable=False))
    omschrijving_generiek: str = Field(default="", sa_column=Column(String(80), nullable=False))
    selectielijstklasse: str = Field(sa_column=Column(String(1000), nullable=False))
    toelichting: str = Field(default="", sa_column=Column(Text, nullable=False))
    archiefnominatie: str = Field(default="", sa_column=Column(String(20), nullable=False))
    archiefactietermijn: str | None = Field(default=None, sa_column=Column(String(DURATION), nullable=True))
    brondatum_archiefprocedure: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    procesobjectaard: str | None = Field(default=None, sa_column=Column(String(200), nullable=True))
    indicatie_specifiek: bool | None = Field(default=None, sa_column=Column(Boolean, nullable=True))
    procestermijn: str | None = Field(default=None, sa_column=Column(String(DURATION), nullable=True))
    begin_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))


class ResultaatTypeBesluitType(SQLModel, table=True):
    """A resultaattype's besluittypen, by omschrijving."""

    __tablename__ = "catalogi_resultaattype_besluittype"

    id: int | None = Field(default=None, primary_key=True)
    resultaattype_id: int = Field(sa_column=_fk("catalogi_resultaattype.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))
    omschrijving: str = Field(sa_column=Column(String(80), nullable=False, index=True))


class ResultaatTypeInformatieObjectType(SQLModel, table=True):
    """The informatieobjecttypen (versions, by URL) a zaak's dossier needs for this resultaat."""

    __tablename__ = "catalogi_resultaattype_informatieobjecttype"

    id: int | None = Field(default=None, primary_key=True)
    resultaattype_id: int = Field(sa_column=_fk("catalogi_resultaattype.id"))
    informatieobjecttype_id: int = Field(sa_column=_fk("catalogi_informatieobjecttype.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))


class ZaakObjectType(SQLModel, table=True):
    __tablename__ = "catalogi_zaakobjecttype"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    ander_objecttype: bool = Field(sa_column=Column(Boolean, nullable=False, index=True))
    objecttype: str = Field(sa_column=Column(String(200), nullable=False, index=True))
    relatie_omschrijving: str = Field(sa_column=Column(String(80), nullable=False, index=True))
    begin_geldigheid: date = Field(sa_column=Column(Date, nullable=False, index=True))
    einde_geldigheid: date | None = Field(default=None, sa_column=Column(Date, nullable=True, index=True))
    begin_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    einde_object: date | None = Field(default=None, sa_column=Column(Date, nullable=True))


class ZaakTypeInformatieObjectType(SQLModel, table=True):
    __tablename__ = "catalogi_zaaktypeinformatieobjecttype"
    __table_args__ = (
        UniqueConstraint("zaaktype_id", "volgnummer", name="catalogi_zaaktypeinformatieobjecttype_volgnummer_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    zaaktype_id: int = Field(sa_column=_fk("catalogi_zaaktype.id"))
    # The informatieobjecttype by omschrijving, in the zaaktype's catalogus.
    informatieobjecttype: str = Field(sa_column=Column(String(100), nullable=False, index=True))
    volgnummer: int = Field(sa_column=Column(Integer, nullable=False))
    richting: str = Field(sa_column=Column(String(10), nullable=False, index=True))
    statustype_id: int | None = Field(
        default=None, sa_column=_fk("catalogi_statustype.id", nullable=True, on_delete="SET NULL")
    )
