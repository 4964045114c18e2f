"""Klantinteracties: trigram indexes for the substring filters

Revision ID: klanten_0002
Revises: klanten_0001
Create Date: 2026-11-23
"""

from alembic import op

revision = 'klanten_0002'
down_revision = 'klanten_0001'
branch_labels = None
depends_on = None

INDEXES = (
    ("klanten_digitaaladres", "adres"),
    ("klanten_digitaaladres", "omschrijving"),
    ("klanten_klantcontact", "onderwerp"),
    ("klanten_klantcontact", "inhoud"),
    ("klanten_klantcontact", "reactie"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The database user needs the right to create this extension, or an administrator creates
        # it beforehand (docs/operations.md).
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}_trgm", table, [column], unique=False,
                        postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(f"ix_{table}_{column}_trgm", table_name=table)
