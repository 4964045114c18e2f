"""Platform: row counts of large tables, kept by triggers (common/counts.py)

Revision ID: platform_0002
Revises: platform_0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa

revision = 'platform_0002'
down_revision = 'platform_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('platform_telling',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tabel', sa.String(length=63), nullable=False),
    sa.Column('aantal', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('platform_telling', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_telling_tabel'), ['tabel'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('platform_telling', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_telling_tabel'))
    op.drop_table('platform_telling')
