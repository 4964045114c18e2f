"""Platform: applications, autorisaties, audit trail, outbox and processing log.

Revision ID: platform_0001
Revises: 
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - autogenerate may render its column types



revision = 'platform_0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('platform_applicatie',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('heeft_alle_autorisaties', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('platform_applicatie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_applicatie_uuid'), ['uuid'], unique=True)

    op.create_table('platform_audittrail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('bron', sa.String(length=20), nullable=False),
    sa.Column('applicatie_id', sa.String(length=100), nullable=False),
    sa.Column('applicatie_weergave', sa.String(length=200), nullable=False),
    sa.Column('gebruikers_id', sa.String(length=255), nullable=False),
    sa.Column('gebruikers_weergave', sa.String(length=255), nullable=False),
    sa.Column('actie', sa.String(length=50), nullable=False),
    sa.Column('actie_weergave', sa.String(length=200), nullable=False),
    sa.Column('resultaat', sa.Integer(), nullable=False),
    sa.Column('hoofd_object', sa.String(length=1000), nullable=False),
    sa.Column('resource', sa.String(length=50), nullable=False),
    sa.Column('resource_url', sa.String(length=1000), nullable=False),
    sa.Column('resource_weergave', sa.String(length=200), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('aanmaakdatum', sa.DateTime(timezone=True), nullable=False),
    sa.Column('oud', sa.JSON(), nullable=True),
    sa.Column('nieuw', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('platform_audittrail', schema=None) as batch_op:
        batch_op.create_index('ix_platform_audittrail_hoofd_object_aanmaakdatum', ['hoofd_object', 'aanmaakdatum'], unique=False)
        batch_op.create_index(batch_op.f('ix_platform_audittrail_uuid'), ['uuid'], unique=True)

    op.create_table('platform_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receiver', sa.String(length=1000), nullable=False),
    sa.Column('kanaal', sa.String(length=50), nullable=False),
    sa.Column('message', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('failed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('platform_outbox', schema=None) as batch_op:
        batch_op.create_index(
            'ix_platform_outbox_pending', ['next_attempt_at', 'id'], unique=False,
            postgresql_where=sa.text('delivered_at IS NULL AND failed_at IS NULL'),
            sqlite_where=sa.text('delivered_at IS NULL AND failed_at IS NULL'),
        )

    op.create_table('platform_verwerking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tijdstip', sa.DateTime(timezone=True), nullable=False),
    sa.Column('component', sa.String(length=50), nullable=False),
    sa.Column('activiteit', sa.String(length=50), nullable=False),
    sa.Column('resource', sa.String(length=50), nullable=False),
    sa.Column('resource_url', sa.String(length=1000), nullable=False),
    sa.Column('subject_type', sa.String(length=20), nullable=False),
    sa.Column('subject_id', sa.String(length=20), nullable=False),
    sa.Column('applicatie_id', sa.String(length=100), nullable=False),
    sa.Column('applicatie_weergave', sa.String(length=200), nullable=False),
    sa.Column('gebruikers_id', sa.String(length=255), nullable=False),
    sa.Column('doel', sa.Text(), nullable=False),
    sa.Column('trace_id', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('platform_verwerking', schema=None) as batch_op:
        batch_op.create_index('ix_platform_verwerking_subject', ['subject_type', 'subject_id', 'tijdstip'], unique=False)

    op.create_table('platform_autorisatie',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('applicatie_id', sa.Integer(), nullable=False),
    sa.Column('component', sa.String(length=20), nullable=False),
    sa.Column('scopes', sa.JSON(), nullable=False),
    sa.Column('zaaktype', sa.String(length=1000), nullable=True),
    sa.Column('informatieobjecttype', sa.String(length=1000), nullable=True),
    sa.Column('besluittype', sa.String(length=1000), nullable=True),
    sa.Column('producttype', sa.String(length=1000), nullable=True),
    sa.Column('max_vertrouwelijkheidaanduiding', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['applicatie_id'], ['platform_applicatie.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('platform_autorisatie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_autorisatie_applicatie_id'), ['applicatie_id'], unique=False)

    op.create_table('platform_client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('applicatie_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.String(length=50), nullable=False),
    sa.Column('secret', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['applicatie_id'], ['platform_applicatie.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_id')
    )
    with op.batch_alter_table('platform_client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_client_applicatie_id'), ['applicatie_id'], unique=False)

    op.create_table('platform_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('applicatie_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('client_id', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['applicatie_id'], ['platform_applicatie.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    with op.batch_alter_table('platform_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_token_applicatie_id'), ['applicatie_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('platform_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_token_applicatie_id'))

    op.drop_table('platform_token')
    with op.batch_alter_table('platform_client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_client_applicatie_id'))

    op.drop_table('platform_client')
    with op.batch_alter_table('platform_autorisatie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_autorisatie_applicatie_id'))

    op.drop_table('platform_autorisatie')
    with op.batch_alter_table('platform_verwerking', schema=None) as batch_op:
        batch_op.drop_index('ix_platform_verwerking_subject')

    op.drop_table('platform_verwerking')
    with op.batch_alter_table('platform_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_platform_outbox_pending')

    op.drop_table('platform_outbox')
    with op.batch_alter_table('platform_audittrail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_audittrail_uuid'))
        batch_op.drop_index('ix_platform_audittrail_hoofd_object_aanmaakdatum')

    op.drop_table('platform_audittrail')
    with op.batch_alter_table('platform_applicatie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_applicatie_uuid'))

    op.drop_table('platform_applicatie')
