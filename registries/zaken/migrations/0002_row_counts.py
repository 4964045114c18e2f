"""zaken: exact counts of zaken_zaak kept by triggers on PostgreSQL

Revision ID: zaken_0002
Revises: zaken_0001
Create Date: 2026-11-23
"""

from alembic import op

from common.counts import counting_triggers, dropping_triggers

revision = 'zaken_0002'
down_revision = 'zaken_0001'
branch_labels = None
depends_on = None

TABLES = ('zaken_zaak',)


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
