"""contactmomenten: exact counts of contactmomenten_contactmoment kept by triggers on PostgreSQL

Revision ID: contactmomenten_0002
Revises: contactmomenten_0001
Create Date: 2026-11-23
"""

from alembic import op

from common.counts import counting_triggers, dropping_triggers

revision = 'contactmomenten_0002'
down_revision = 'contactmomenten_0001'
branch_labels = None
depends_on = None

TABLES = ('contactmomenten_contactmoment',)


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
