"""Tables of the platform (prefix ``platform_``), migrated like a registry of their own."""

from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import BigInteger, JSON, Column, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlmodel import Field, SQLModel


def _utc(nullable: bool = False, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=nullable, index=index))


class Applicatie(SQLModel, table=True):
    """A consumer of the APIs, as in the Autorisaties API: a label, client ids and autorisaties."""

    __tablename__ = "platform_applicatie"

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    label: str = Field(sa_column=Column(String(100), nullable=False))
    heeft_alle_autorisaties: bool = False


class ClientCredential(SQLModel, table=True):
    """A client id of an application, with the shared secret its ZGW JWTs are signed with.

    The secret must be readable to check an HS256 signature, so it is stored as given; keep the
    database as confidential as the secrets themselves (docs/security.md).
    """

    __tablename__ = "platform_client"

    id: int | None = Field(default=None, primary_key=True)
    applicatie_id: int = Field(sa_column=Column(Integer, ForeignKey("platform_applicatie.id", ondelete="CASCADE"),
                                                nullable=False, index=True))
    client_id: str = Field(sa_column=Column(String(50), nullable=False, unique=True))
    secret: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class ApiToken(SQLModel, table=True):
    """An API token (``Authorization: Token <key>``), stored only as its SHA-256 hash."""

    __tablename__ = "platform_token"

    id: int | None = Field(default=None, primary_key=True)
    applicatie_id: int = Field(sa_column=Column(Integer, ForeignKey("platform_applicatie.id", ondelete="CASCADE"),
                                                nullable=False, index=True))
    token_hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    client_id: str = Field(sa_column=Column(String(50), nullable=False))


class Autorisatie(SQLModel, table=True):
    """What an application may do in one component: scopes, optionally for one type only, up to a
    maximum vertrouwelijkheidaanduiding."""

    __tablename__ = "platform_autorisatie"

    id: int | None = Field(default=None, primary_key=True)
    applicatie_id: int = Field(sa_column=Column(Integer, ForeignKey("platform_applicatie.id", ondelete="CASCADE"),
                                                nullable=False, index=True))
    component: str = Field(sa_column=Column(String(20), nullable=False))
    scopes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    zaaktype: str | None = Field(default=None, sa_column=Column(String(1000), nullable=True))
    informatieobjecttype: str | None = Field(default=None, sa_column=Column(String(1000), nullable=True))
    besluittype: str | None = Field(default=None, sa_column=Column(String(1000), nullable=True))
    producttype: str | None = Field(default=None, sa_column=Column(String(1000), nullable=True))
    max_vertrouwelijkheidaanduiding: str | None = Field(default=None, sa_column=Column(String(20), nullable=True))


class AuditTrail(SQLModel, table=True):
    """One write on a main object or its sub-resources, as the ZGW audit trail records it."""

    __tablename__ = "platform_audittrail"
    __table_args__ = (Index("ix_platform_audittrail_hoofd_object_aanmaakdatum", "hoofd_object", "aanmaakdatum"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: UUID = Field(default_factory=uuid4, unique=True, index=True)
    bron: str = Field(sa_column=Column(String(20), nullable=False))
    applicatie_id: str = Field(default="", sa_column=Column(String(100), nullable=False))
    applicatie_weergave: str = Field(default="", sa_column=Column(String(200), nullable=False))
    gebruikers_id: str = Field(default="", sa_column=Column(String(255), nullable=False))
    gebruikers_weergave: str = Field(default="", sa_column=Column(String(255), nullable=False))
    actie: str = Field(sa_column=Column(String(50), nullable=False))
    actie_weergave: str = Field(default="", sa_column=Column(String(200), nullable=False))
    resultaat: int = Field(sa_column=Column(Integer, nullable=False))
    hoofd_object: str = Field(sa_column=Column(String(1000), nullable=False))
    resource: str = Field(sa_column=Column(String(50), nullable=False))
    resource_url: str = Field(sa_column=Column(String(1000), nullable=False))
    resource_weergave: str = Field(default="", sa_column=Column(String(200), nullable=False))
    toelichting: str = Field(default="", sa_column=Column(Text, nullable=False))
    aanmaakdatum: datetime = _utc()
    oud: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    nieuw: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class OutboxMessage(SQLModel, table=True):
    """A notification for one receiver, written in the transaction of its change and delivered at
    least once afterwards."""

    __tablename__ = "platform_outbox"
    # Only undelivered messages are in this index, so it stays small however long the history grows.
    __table_args__ = (
        Index(
            "ix_platform_outbox_pending",
            "next_attempt_at",
            "id",
            postgresql_where=text("delivered_at IS NULL AND failed_at IS NULL"),
            sqlite_where=text("delivered_at IS NULL AND failed_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    receiver: str = Field(sa_column=Column(String(1000), nullable=False))  # a Notificaties API or a webhook URL
    kanaal: str = Field(sa_column=Column(String(50), nullable=False))
    message: dict = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = _utc()
    attempts: int = 0
    next_attempt_at: datetime = _utc()
    delivered_at: datetime | None = _utc(nullable=True)
    failed_at: datetime | None = _utc(nullable=True)
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class Verwerking(SQLModel, table=True):
    """Processing log: who read or changed which data subject's data, when, why and in which trace."""

    __tablename__ = "platform_verwerking"
    __table_args__ = (Index("ix_platform_verwerking_subject", "subject_type", "subject_id", "tijdstip"),)

    id: int | None = Field(default=None, primary_key=True)
    tijdstip: datetime = _utc()
    component: str = Field(sa_column=Column(String(50), nullable=False))  # catalogi, zaken, ...
    activiteit: str = Field(sa_column=Column(String(50), nullable=False))  # lezen, aanmaken, wijzigen, verwijderen
    resource: str = Field(sa_column=Column(String(50), nullable=False))
    resource_url: str = Field(sa_column=Column(String(1000), nullable=False))
    subject_type: str = Field(sa_column=Column(String(20), nullable=False))  # bsn, kvk
    subject_id: str = Field(sa_column=Column(String(20), nullable=False))
    applicatie_id: str = Field(default="", sa_column=Column(String(100), nullable=False))
    applicatie_weergave: str = Field(default="", sa_column=Column(String(200), nullable=False))
    gebruikers_id: str = Field(default="", sa_column=Column(String(255), nullable=False))
    doel: str = Field(default="", sa_column=Column(Text, nullable=False))
    trace_id: str = Field(default="", sa_column=Column(String(100), nullable=False))


class Telling(SQLModel, table=True):
    """Row counts of large tables, kept by triggers on PostgreSQL (common/counts.py).

    Each statement that inserts or deletes rows in a counted table adds one row here with the
    difference; the count of the table is the sum of its rows, exact in every snapshot, and
    never a scan of the table. Rows of one table are folded into one now and then.
    """

    __tablename__ = "platform_telling"

    id: int | None = Field(default=None, primary_key=True)
    tabel: str = Field(sa_column=Column(String(63), nullable=False, index=True))
    aantal: int = Field(sa_column=Column(BigInteger, nullable=False))
