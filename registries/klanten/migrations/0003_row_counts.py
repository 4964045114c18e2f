"""klanten: exact counts of klanten_partij, klanten_klantcontact kept by triggers on PostgreSQL

Revision ID: klanten_0003
Revises: klanten_0002
Create Date: 2026-11-23
"""

from alembic import op

from common.counts import counting_triggers, dropping_triggers

revision = 'klanten_0003'
down_revision = 'klanten_0002'
branch_labels = None
depends_on = None

TABLES = ('klanten_partij', 'klanten_klantcontact')


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            for statement in counting_triggers(table):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            for statement in dropping_triggers(table):
                op.execute(statement)
