"""Tables of the Catalogi registry. Table names carry the prefix ``catalogi_``."""

from datetime import date
from uuid import UUID, uuid4

from sqlalchemy import Column, String, UniqueConstraint
from sqlmodel import Field, SQLModel


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
