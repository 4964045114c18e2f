"""Tables of the Contactmomenten registry. Table names carry the prefix ``contactmomenten_``.

A contactmoment owns its klantcontactmomenten and objectcontactmomenten (ON DELETE CASCADE).
``vorigContactmoment`` is a contactmoment of this registry, kept as a foreign key; the
``volgendContactmoment`` of a contactmoment is the one whose ``vorig_id`` points at it, so at most
one may (a unique index). Klanten, objecten (zaken) and medewerkers are URLs into other APIs.

Every filter of the contract has an index that leads with its column; "all contactmomenten of this
klant" (``?klant=``) and "of this zaak" (``?object=``) are index lookups on the link tables.
"""

from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _text(length: int, index: bool = False) -> Any:
    return Field(default="", max_length=length, index=index)


class ContactMoment(SQLModel, table=True):
    __tablename__ = "contactmomenten_contactmoment"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    vorig_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("contactmomenten_contactmoment.id", ondelete="SET NULL"), nullable=True, unique=True,
        index=True))
    bronorganisatie: str = _text(9, index=True)
    registratiedatum: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False, index=True))
    kanaal: str = _text(50, index=True)
    voorkeurskanaal: str = _text(50, index=True)
    voorkeurstaal: str = _text(3, index=True)
    tekst: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    onderwerp_links: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    initiatiefnemer: str = _text(8, index=True)
    medewerker: str = _text(1000, index=True)
    # medewerkerIdentificatie, flattened; null on the wire when all four are empty.
    medewerker_identificatie: str = _text(24, index=True)
    medewerker_achternaam: str = _text(200, index=True)
    medewerker_voorletters: str = _text(20, index=True)
    medewerker_voorvoegsel_achternaam: str = _text(10, index=True)


class KlantContactMoment(SQLModel, table=True):
    __tablename__ = "contactmomenten_klantcontactmoment"
    __table_args__ = (UniqueConstraint("contactmoment_id", "klant", "rol"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    contactmoment_id: int = Field(sa_column=Column(
        Integer, ForeignKey("contactmomenten_contactmoment.id", ondelete="CASCADE"), nullable=False, index=True))
    klant: str = _text(1000, index=True)
    rol: str = _text(15, index=True)
    gelezen: bool = False


class ObjectContactMoment(SQLModel, table=True):
    __tablename__ = "contactmomenten_objectcontactmoment"
    __table_args__ = (UniqueConstraint("contactmoment_id", "object"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    contactmoment_id: int = Field(sa_column=Column(
        Integer, ForeignKey("contactmomenten_contactmoment.id", ondelete="CASCADE"), nullable=False, index=True))
    object: str = _text(1000, index=True)
    object_type: str = _text(20, index=True)
