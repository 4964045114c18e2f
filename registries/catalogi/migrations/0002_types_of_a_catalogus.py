"""zaaktypen, besluittypen, informatieobjecttypen and the parts of a zaaktype

Revision ID: catalogi_0002
Revises: catalogi_0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = 'catalogi_0002'
down_revision = 'catalogi_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogi_besluittype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('catalogus_id', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.Column('omschrijving_generiek', sa.String(length=80), nullable=False),
    sa.Column('besluitcategorie', sa.String(length=40), nullable=False),
    sa.Column('reactietermijn', sa.String(length=100), nullable=True),
    sa.Column('publicatie_indicatie', sa.Boolean(), nullable=False),
    sa.Column('publicatietekst', sa.Text(), nullable=False),
    sa.Column('publicatietermijn', sa.String(length=100), nullable=True),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('begin_geldigheid', sa.Date(), nullable=False),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.Column('concept', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['catalogus_id'], ['catalogi_catalogus.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_besluittype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_besluittype_begin_geldigheid'), ['begin_geldigheid'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_besluittype_catalogus_id'), ['catalogus_id'], unique=False)
        batch_op.create_index('ix_catalogi_besluittype_catalogus_omschrijving', ['catalogus_id', 'omschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_besluittype_concept'), ['concept'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_besluittype_omschrijving'), ['omschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_besluittype_uuid'), ['uuid'], unique=True)

    op.create_table('catalogi_informatieobjecttype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('catalogus_id', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.Column('vertrouwelijkheidaanduiding', sa.String(length=20), nullable=False),
    sa.Column('informatieobjectcategorie', sa.String(length=80), nullable=False),
    sa.Column('trefwoord', sa.JSON(), nullable=False),
    sa.Column('omschrijving_generiek', sa.JSON(), nullable=True),
    sa.Column('begin_geldigheid', sa.Date(), nullable=False),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.Column('concept', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['catalogus_id'], ['catalogi_catalogus.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_informatieobjecttype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_informatieobjecttype_begin_geldigheid'), ['begin_geldigheid'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_informatieobjecttype_catalogus_id'), ['catalogus_id'], unique=False)
        batch_op.create_index('ix_catalogi_informatieobjecttype_catalogus_omschrijving', ['catalogus_id', 'omschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_informatieobjecttype_concept'), ['concept'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_informatieobjecttype_omschrijving'), ['omschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_informatieobjecttype_uuid'), ['uuid'], unique=True)

    op.create_table('catalogi_zaaktype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('catalogus_id', sa.Integer(), nullable=False),
    sa.Column('identificatie', sa.String(length=50), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.Column('omschrijving_generiek', sa.String(length=80), nullable=False),
    sa.Column('vertrouwelijkheidaanduiding', sa.String(length=20), nullable=False),
    sa.Column('doel', sa.Text(), nullable=False),
    sa.Column('aanleiding', sa.Text(), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('indicatie_intern_of_extern', sa.String(length=6), nullable=False),
    sa.Column('handeling_initiator', sa.String(length=20), nullable=False),
    sa.Column('onderwerp', sa.String(length=80), nullable=False),
    sa.Column('handeling_behandelaar', sa.String(length=20), nullable=False),
    sa.Column('doorlooptijd', sa.String(length=100), nullable=False),
    sa.Column('servicenorm', sa.String(length=100), nullable=True),
    sa.Column('opschorting_en_aanhouding_mogelijk', sa.Boolean(), nullable=False),
    sa.Column('verlenging_mogelijk', sa.Boolean(), nullable=False),
    sa.Column('verlengingstermijn', sa.String(length=100), nullable=True),
    sa.Column('publicatie_indicatie', sa.Boolean(), nullable=False),
    sa.Column('publicatietekst', sa.Text(), nullable=False),
    sa.Column('verantwoordingsrelatie', sa.JSON(), nullable=False),
    sa.Column('producten_of_diensten', sa.JSON(), nullable=False),
    sa.Column('selectielijst_procestype', sa.String(length=200), nullable=False),
    sa.Column('referentieproces', sa.JSON(), nullable=False),
    sa.Column('verantwoordelijke', sa.String(length=50), nullable=False),
    sa.Column('broncatalogus', sa.JSON(), nullable=True),
    sa.Column('bronzaaktype', sa.JSON(), nullable=True),
    sa.Column('deelzaaktypen', sa.JSON(), nullable=False),
    sa.Column('gerelateerde_zaaktypen', sa.JSON(), nullable=False),
    sa.Column('begin_geldigheid', sa.Date(), nullable=False),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.Column('versiedatum', sa.Date(), nullable=False),
    sa.Column('concept', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['catalogus_id'], ['catalogi_catalogus.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_zaaktype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_begin_geldigheid'), ['begin_geldigheid'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_catalogus_id'), ['catalogus_id'], unique=False)
        batch_op.create_index('ix_catalogi_zaaktype_catalogus_identificatie', ['catalogus_id', 'identificatie'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_concept'), ['concept'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_identificatie'), ['identificatie'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_uuid'), ['uuid'], unique=True)

    op.create_table('catalogi_besluittype_informatieobjecttype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('besluittype_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['besluittype_id'], ['catalogi_besluittype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_besluittype_informatieobjecttype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_besluittype_informatieobjecttype_besluittype_id'), ['besluittype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_besluittype_informatieobjecttype_omschrijving'), ['omschrijving'], unique=False)

    op.create_table('catalogi_resultaattype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=30), nullable=False),
    sa.Column('resultaattypeomschrijving', sa.String(length=1000), nullable=False),
    sa.Column('omschrijving_generiek', sa.String(length=80), nullable=False),
    sa.Column('selectielijstklasse', sa.String(length=1000), nullable=False),
    sa.Column('toelichting', sa.Text(), nullable=False),
    sa.Column('archiefnominatie', sa.String(length=20), nullable=False),
    sa.Column('archiefactietermijn', sa.String(length=100), nullable=True),
    sa.Column('brondatum_archiefprocedure', sa.JSON(), nullable=True),
    sa.Column('procesobjectaard', sa.String(length=200), nullable=True),
    sa.Column('indicatie_specifiek', sa.Boolean(), nullable=True),
    sa.Column('procestermijn', sa.String(length=100), nullable=True),
    sa.Column('begin_geldigheid', sa.Date(), nullable=True),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_resultaattype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_resultaattype_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_catalogi_resultaattype_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_roltype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=100), nullable=False),
    sa.Column('omschrijving_generiek', sa.String(length=20), nullable=False),
    sa.Column('begin_geldigheid', sa.Date(), nullable=True),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_roltype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_roltype_omschrijving_generiek'), ['omschrijving_generiek'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_roltype_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_catalogi_roltype_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_statustype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.Column('omschrijving_generiek', sa.String(length=80), nullable=False),
    sa.Column('statustekst', sa.String(length=1000), nullable=False),
    sa.Column('volgnummer', sa.Integer(), nullable=False),
    sa.Column('informeren', sa.Boolean(), nullable=False),
    sa.Column('doorlooptijd', sa.String(length=100), nullable=True),
    sa.Column('toelichting', sa.String(length=1000), nullable=True),
    sa.Column('checklistitems', sa.JSON(), nullable=False),
    sa.Column('begin_geldigheid', sa.Date(), nullable=True),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('zaaktype_id', 'volgnummer', name='catalogi_statustype_volgnummer_key')
    )

    with op.batch_alter_table('catalogi_statustype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_statustype_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_catalogi_statustype_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_zaakobjecttype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('ander_objecttype', sa.Boolean(), nullable=False),
    sa.Column('objecttype', sa.String(length=200), nullable=False),
    sa.Column('relatie_omschrijving', sa.String(length=80), nullable=False),
    sa.Column('begin_geldigheid', sa.Date(), nullable=False),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_zaakobjecttype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_zaakobjecttype_ander_objecttype'), ['ander_objecttype'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaakobjecttype_begin_geldigheid'), ['begin_geldigheid'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaakobjecttype_einde_geldigheid'), ['einde_geldigheid'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaakobjecttype_objecttype'), ['objecttype'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaakobjecttype_relatie_omschrijving'), ['relatie_omschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaakobjecttype_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_catalogi_zaakobjecttype_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_zaaktype_besluittype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_zaaktype_besluittype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_besluittype_omschrijving'), ['omschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_besluittype_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_zaaktype_trefwoord',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('trefwoord', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_zaaktype_trefwoord', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_trefwoord_trefwoord'), ['trefwoord'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktype_trefwoord_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_eigenschap',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=20), nullable=False),
    sa.Column('definitie', sa.String(length=255), nullable=False),
    sa.Column('toelichting', sa.String(length=1000), nullable=False),
    sa.Column('statustype_id', sa.Integer(), nullable=True),
    sa.Column('specificatie', sa.JSON(), nullable=False),
    sa.Column('begin_geldigheid', sa.Date(), nullable=True),
    sa.Column('einde_geldigheid', sa.Date(), nullable=True),
    sa.Column('begin_object', sa.Date(), nullable=True),
    sa.Column('einde_object', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['statustype_id'], ['catalogi_statustype.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_eigenschap', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_eigenschap_statustype_id'), ['statustype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_eigenschap_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_catalogi_eigenschap_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_resultaattype_besluittype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resultaattype_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['resultaattype_id'], ['catalogi_resultaattype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_resultaattype_besluittype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_resultaattype_besluittype_omschrijving'), ['omschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_resultaattype_besluittype_resultaattype_id'), ['resultaattype_id'], unique=False)

    op.create_table('catalogi_resultaattype_informatieobjecttype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resultaattype_id', sa.Integer(), nullable=False),
    sa.Column('informatieobjecttype_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['informatieobjecttype_id'], ['catalogi_informatieobjecttype.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resultaattype_id'], ['catalogi_resultaattype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_resultaattype_informatieobjecttype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_resultaattype_informatieobjecttype_informatieobjecttype_id'), ['informatieobjecttype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_resultaattype_informatieobjecttype_resultaattype_id'), ['resultaattype_id'], unique=False)

    op.create_table('catalogi_zaaktypeinformatieobjecttype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaaktype_id', sa.Integer(), nullable=False),
    sa.Column('informatieobjecttype', sa.String(length=100), nullable=False),
    sa.Column('volgnummer', sa.Integer(), nullable=False),
    sa.Column('richting', sa.String(length=10), nullable=False),
    sa.Column('statustype_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['statustype_id'], ['catalogi_statustype.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['zaaktype_id'], ['catalogi_zaaktype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('zaaktype_id', 'volgnummer', name='catalogi_zaaktypeinformatieobjecttype_volgnummer_key')
    )

    with op.batch_alter_table('catalogi_zaaktypeinformatieobjecttype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_informatieobjecttype'), ['informatieobjecttype'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_richting'), ['richting'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_statustype_id'), ['statustype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_zaaktype_id'), ['zaaktype_id'], unique=False)

    op.create_table('catalogi_statustype_eigenschap',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statustype_id', sa.Integer(), nullable=False),
    sa.Column('eigenschap_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['eigenschap_id'], ['catalogi_eigenschap.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statustype_id'], ['catalogi_statustype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )

    with op.batch_alter_table('catalogi_statustype_eigenschap', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogi_statustype_eigenschap_eigenschap_id'), ['eigenschap_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalogi_statustype_eigenschap_statustype_id'), ['statustype_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('catalogi_statustype_eigenschap', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_statustype_eigenschap_statustype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_statustype_eigenschap_eigenschap_id'))

    op.drop_table('catalogi_statustype_eigenschap')

    with op.batch_alter_table('catalogi_zaaktypeinformatieobjecttype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_statustype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_richting'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktypeinformatieobjecttype_informatieobjecttype'))

    op.drop_table('catalogi_zaaktypeinformatieobjecttype')

    with op.batch_alter_table('catalogi_resultaattype_informatieobjecttype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_resultaattype_informatieobjecttype_resultaattype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_resultaattype_informatieobjecttype_informatieobjecttype_id'))

    op.drop_table('catalogi_resultaattype_informatieobjecttype')

    with op.batch_alter_table('catalogi_resultaattype_besluittype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_resultaattype_besluittype_resultaattype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_resultaattype_besluittype_omschrijving'))

    op.drop_table('catalogi_resultaattype_besluittype')

    with op.batch_alter_table('catalogi_eigenschap', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_eigenschap_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_eigenschap_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_eigenschap_statustype_id'))

    op.drop_table('catalogi_eigenschap')

    with op.batch_alter_table('catalogi_zaaktype_trefwoord', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_trefwoord_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_trefwoord_trefwoord'))

    op.drop_table('catalogi_zaaktype_trefwoord')

    with op.batch_alter_table('catalogi_zaaktype_besluittype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_besluittype_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_besluittype_omschrijving'))

    op.drop_table('catalogi_zaaktype_besluittype')

    with op.batch_alter_table('catalogi_zaakobjecttype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_zaakobjecttype_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaakobjecttype_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaakobjecttype_relatie_omschrijving'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaakobjecttype_objecttype'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaakobjecttype_einde_geldigheid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaakobjecttype_begin_geldigheid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaakobjecttype_ander_objecttype'))

    op.drop_table('catalogi_zaakobjecttype')

    with op.batch_alter_table('catalogi_statustype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_statustype_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_statustype_uuid'))

    op.drop_table('catalogi_statustype')

    with op.batch_alter_table('catalogi_roltype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_roltype_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_roltype_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_roltype_omschrijving_generiek'))

    op.drop_table('catalogi_roltype')

    with op.batch_alter_table('catalogi_resultaattype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_resultaattype_zaaktype_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_resultaattype_uuid'))

    op.drop_table('catalogi_resultaattype')

    with op.batch_alter_table('catalogi_besluittype_informatieobjecttype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_besluittype_informatieobjecttype_omschrijving'))
        batch_op.drop_index(batch_op.f('ix_catalogi_besluittype_informatieobjecttype_besluittype_id'))

    op.drop_table('catalogi_besluittype_informatieobjecttype')

    with op.batch_alter_table('catalogi_zaaktype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_identificatie'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_concept'))
        batch_op.drop_index('ix_catalogi_zaaktype_catalogus_identificatie')
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_catalogus_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_zaaktype_begin_geldigheid'))

    op.drop_table('catalogi_zaaktype')

    with op.batch_alter_table('catalogi_informatieobjecttype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_informatieobjecttype_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_informatieobjecttype_omschrijving'))
        batch_op.drop_index(batch_op.f('ix_catalogi_informatieobjecttype_concept'))
        batch_op.drop_index('ix_catalogi_informatieobjecttype_catalogus_omschrijving')
        batch_op.drop_index(batch_op.f('ix_catalogi_informatieobjecttype_catalogus_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_informatieobjecttype_begin_geldigheid'))

    op.drop_table('catalogi_informatieobjecttype')

    with op.batch_alter_table('catalogi_besluittype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogi_besluittype_uuid'))
        batch_op.drop_index(batch_op.f('ix_catalogi_besluittype_omschrijving'))
        batch_op.drop_index(batch_op.f('ix_catalogi_besluittype_concept'))
        batch_op.drop_index('ix_catalogi_besluittype_catalogus_omschrijving')
        batch_op.drop_index(batch_op.f('ix_catalogi_besluittype_catalogus_id'))
        batch_op.drop_index(batch_op.f('ix_catalogi_besluittype_begin_geldigheid'))

    op.drop_table('catalogi_besluittype')
