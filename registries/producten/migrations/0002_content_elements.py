"""Producten: content elements with labels and translations

Revision ID: producten_0002
Revises: producten_0001
Create Date: 2026-11-23 05:57:56.561953
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - autogenerate may render its column types



revision = 'producten_0002'
down_revision = 'producten_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The trigram index of content__icontains; the database user needs the right to create
        # this extension, or an administrator creates it beforehand (docs/producten.md).
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('producten_contentlabel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_contentlabel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_contentlabel_naam'), ['naam'], unique=True)

    op.create_table('producten_contentelement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('producttype_id', sa.Integer(), nullable=True),
    sa.Column('thema_id', sa.Integer(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('aanvullende_informatie', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thema_id'], ['producten_thema.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_contentelement', schema=None) as batch_op:
        batch_op.create_index('ix_producten_contentelement_content', ['content'], unique=False, postgresql_using='gin', postgresql_ops={'content': 'gin_trgm_ops'})
        batch_op.create_index(batch_op.f('ix_producten_contentelement_producttype_id'), ['producttype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_contentelement_thema_id'), ['thema_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_contentelement_uuid'), ['uuid'], unique=True)

    op.create_table('producten_contentelement_label',
    sa.Column('contentelement_id', sa.Integer(), nullable=False),
    sa.Column('label_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contentelement_id'], ['producten_contentelement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['label_id'], ['producten_contentlabel.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contentelement_id', 'label_id')
    )
    with op.batch_alter_table('producten_contentelement_label', schema=None) as batch_op:
        batch_op.create_index('ix_producten_contentelement_label_label', ['label_id', 'contentelement_id'], unique=False)

    op.create_table('producten_contentelement_vertaling',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contentelement_id', sa.Integer(), nullable=False),
    sa.Column('taal', sa.String(length=5), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('aanvullende_informatie', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['contentelement_id'], ['producten_contentelement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('contentelement_id', 'taal', name='producten_contentelement_vertaling_key')
    )


def downgrade() -> None:
    op.drop_table('producten_contentelement_vertaling')
    with op.batch_alter_table('producten_contentelement_label', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_contentelement_label_label')

    op.drop_table('producten_contentelement_label')
    with op.batch_alter_table('producten_contentelement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_contentelement_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_contentelement_thema_id'))
        batch_op.drop_index(batch_op.f('ix_producten_contentelement_producttype_id'))
        batch_op.drop_index('ix_producten_contentelement_content', postgresql_using='gin', postgresql_ops={'content': 'gin_trgm_ops'})

    op.drop_table('producten_contentelement')
    with op.batch_alter_table('producten_contentlabel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_contentlabel_naam'))

    op.drop_table('producten_contentlabel')
