"""klanten: the nummer counter of kic-016, and a nummer of a partij, klantcontact or interne taak unique

The counter starts empty: each draw rises at least to one past the highest ten-digit nummer stored
(rules.next_nummer), so nummers handed out before it are never drawn again. A nummer given twice
(possible before, by hand) stops the upgrade with the nummers to change.

Revision ID: klanten_0004
Revises: klanten_0003
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa

revision = 'klanten_0004'
down_revision = 'klanten_0003'
branch_labels = None
depends_on = None

TABLES = ('klanten_partij', 'klanten_klantcontact', 'klanten_internetaak')


def _refuse_duplicates(table: str) -> None:
    twice = op.get_bind().execute(sa.text(
        f"SELECT nummer FROM {table} WHERE nummer IS NOT NULL GROUP BY nummer HAVING count(*) > 1 "
        "ORDER BY nummer LIMIT 10")).scalars().all()
    if twice:
        raise RuntimeError(f"{table}: these nummers are used more than once: {', '.join(twice)}. A nummer is "
                           "unique (kic-016): give all but one of each another nummer, then upgrade again.")


def upgrade() -> None:
    op.create_table('klanten_nummerteller',
    sa.Column('tabel', sa.String(length=40), nullable=False),
    sa.Column('laatste', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('tabel')
    )
    for table in TABLES:
        _refuse_duplicates(table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_nummer'))
            batch_op.create_index(batch_op.f(f'ix_{table}_nummer'), ['nummer'], unique=True)


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_nummer'))
            batch_op.create_index(batch_op.f(f'ix_{table}_nummer'), ['nummer'], unique=False)
    op.drop_table('klanten_nummerteller')
