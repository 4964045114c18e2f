"""producten: exact counts of producten_producttype, producten_product kept by triggers on PostgreSQL

Revision ID: producten_0004
Revises: producten_0003
Create Date: 2026-11-23
"""

from alembic import op

from common.counts import counting_triggers, dropping_triggers

revision = 'producten_0004'
down_revision = 'producten_0003'
branch_labels = None
depends_on = None

TABLES = ('producten_producttype', 'producten_product')


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
