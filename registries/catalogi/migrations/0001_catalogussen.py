"""Catalogi: the catalogussen table.

Revision ID: catalogi_0001
Revises: 
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = 'catalogi_0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogi_catalogus',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('domein', sa.String(length=5), nullable=False),
    sa.Column('rsin', sa.String(length=9), nullable=False),
    sa.Column('contactpersoon_beheer_naam', sa.String(length=40), nullable=False),
    sa.Column('contactpersoon_beheer_telefoonnummer', sa.String(length=20), nullable=False),
    sa.Column('contactpersoon_beheer_emailadres', sa.String(length=254), nullable=False),
    sa.Column('naam', sa.String(length=200), nullable=True),
    sa.Column('versie', sa.String(length=20), nullable=True),
    sa.Column('begindatum_versie', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('domein', 'rsin', name='catalogi_catalogus_domein_rsin_key')
    )
    with op.batch_alter_table('catalogi_catalogus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_catalogus_domein'), ['domein'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_catalogus_rsin'), ['rsin'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_catalogus_uuid'), ['uuid'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('catalogi_catalogus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_catalogus_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_catalogus_rsin'))
        batch_op.drop_index(batch_op.f('ix_catalogi_catalogus_domein'))

    op.drop_table('catalogi_catalogus')
