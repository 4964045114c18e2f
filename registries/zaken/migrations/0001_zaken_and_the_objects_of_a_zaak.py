"""Zaken: zaken and the objects of a zaak (statussen, resultaten, rollen, ...).

Revision ID: zaken_0001
Revises: 
Create Date: 2026-11-23 05:21:50.924277
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - autogenerate may render its column types



revision = 'zaken_0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:




    op.create_table('zaken_identificatieteller',
    sa.Column('bronorganisatie', sa.String(length=9), nullable=False),
    sa.Column('jaar', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('laatste', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('bronorganisatie', 'jaar')
    )
    op.create_table('zaken_zaak',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('identificatie', sa.String(length=40), nullable=False),
    sa.Column('bronorganisatie', sa.String(length=9), nullable=False),
    sa.Column('omschrijving', sa.String(length=80), nullable=False),
    sa.Column('toelichting', sa.String(length=1000), nullable=False),
    sa.Column('zaaktype', sa.String(length=1000), nullable=False),
    sa.Column('registratiedatum', sa.Date(), nullable=False),
    sa.Column('verantwoordelijke_organisatie', sa.String(length=9), nullable=False),
    sa.Column('startdatum', sa.Date(), nullable=False),
    sa.Column('einddatum', sa.Date(), nullable=True),
    sa.Column('einddatum_gepland', sa.Date(), nullable=True),
    sa.Column('uiterlijke_einddatum_afdoening', sa.Date(), nullable=True),
    sa.Column('publicatiedatum', sa.Date(), nullable=True),
    sa.Column('communicatiekanaal', sa.String(length=1000), nullable=False),
    sa.Column('producten_of_diensten', sa.JSON(), nullable=False),
    sa.Column('vertrouwelijkheidaanduiding', sa.String(length=20), nullable=False),
    sa.Column('vertrouwelijkheid_rank', sa.SmallInteger(), nullable=False),
    sa.Column('betalingsindicatie', sa.String(length=20), nullable=False),
    sa.Column('laatste_betaaldatum', sa.DateTime(timezone=True), nullable=True),
    sa.Column('zaakgeometrie', sa.JSON(), nullable=True),
    sa.Column('geo_min_x', sa.Float(), nullable=True),
    sa.Column('geo_min_y', sa.Float(), nullable=True),
    sa.Column('geo_max_x', sa.Float(), nullable=True),
    sa.Column('geo_max_y', sa.Float(), nullable=True),
    sa.Column('verlenging', sa.JSON(), nullable=True),
    sa.Column('opschorting', sa.JSON(), nullable=True),
    sa.Column('selectielijstklasse', sa.String(length=1000), nullable=False),
    sa.Column('hoofdzaak_id', sa.Integer(), nullable=True),
    sa.Column('relevante_andere_zaken', sa.JSON(), nullable=False),
    sa.Column('kenmerken', sa.JSON(), nullable=False),
    sa.Column('archiefnominatie', sa.String(length=20), nullable=True),
    sa.Column('archiefstatus', sa.String(length=40), nullable=False),
    sa.Column('archiefactiedatum', sa.Date(), nullable=True),
    sa.Column('opdrachtgevende_organisatie', sa.String(length=9), nullable=False),
    sa.Column('processobjectaard', sa.String(length=200), nullable=True),
    sa.Column('startdatum_bewaartermijn', sa.Date(), nullable=True),
    sa.Column('processobject', sa.JSON(), nullable=True),
    sa.Column('status_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['hoofdzaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_zaak', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_zaak_archiefactiedatum'), ['archiefactiedatum'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_archiefnominatie'), ['archiefnominatie'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_archiefstatus'), ['archiefstatus'], unique=False)
        batch_op.create_index('ix_zaken_zaak_bronorganisatie_identificatie', ['bronorganisatie', 'identificatie'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_einddatum'), ['einddatum'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_einddatum_gepland'), ['einddatum_gepland'], unique=False)
        batch_op.create_index('ix_zaken_zaak_geo_bbox', ['geo_min_x', 'geo_max_x', 'geo_min_y', 'geo_max_y'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_hoofdzaak_id'), ['hoofdzaak_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_identificatie'), ['identificatie'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_publicatiedatum'), ['publicatiedatum'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_registratiedatum'), ['registratiedatum'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_startdatum'), ['startdatum'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_uiterlijke_einddatum_afdoening'), ['uiterlijke_einddatum_afdoening'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_zaak_vertrouwelijkheid_rank'), ['vertrouwelijkheid_rank'], unique=False)
        batch_op.create_index('ix_zaken_zaak_zaaktype_rank', ['zaaktype', 'vertrouwelijkheid_rank'], unique=False)




    op.create_table('zaken_klantcontact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('identificatie', sa.String(length=14), nullable=False),
    sa.Column('datumtijd', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kanaal', sa.String(length=20), nullable=False),
    sa.Column('onderwerp', sa.String(length=200), nullable=False),
    sa.Column('toelichting', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_klantcontact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_klantcontact_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_klantcontact_zaak_id'), ['zaak_id'], unique=False)

    op.create_table('zaken_resultaat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('resultaattype', sa.String(length=1000), nullable=False),
    sa.Column('toelichting', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_resultaat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_resultaat_resultaattype'), ['resultaattype'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_resultaat_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_resultaat_zaak_id'), ['zaak_id'], unique=True)

    op.create_table('zaken_rol',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('betrokkene', sa.String(length=1000), nullable=False),
    sa.Column('betrokkene_type', sa.String(length=30), nullable=False),
    sa.Column('afwijkende_naam_betrokkene', sa.String(length=625), nullable=False),
    sa.Column('roltype', sa.String(length=1000), nullable=False),
    sa.Column('omschrijving', sa.String(length=100), nullable=False),
    sa.Column('omschrijving_generiek', sa.String(length=40), nullable=False),
    sa.Column('roltoelichting', sa.String(length=1000), nullable=False),
    sa.Column('registratiedatum', sa.DateTime(timezone=True), nullable=False),
    sa.Column('indicatie_machtiging', sa.String(length=20), nullable=False),
    sa.Column('contactpersoon_rol', sa.JSON(), nullable=True),
    sa.Column('betrokkene_identificatie', sa.JSON(), nullable=True),
    sa.Column('inp_bsn', sa.String(length=9), nullable=True),
    sa.Column('anp_identificatie', sa.String(length=17), nullable=True),
    sa.Column('inp_a_nummer', sa.String(length=10), nullable=True),
    sa.Column('inn_nnp_id', sa.String(length=9), nullable=True),
    sa.Column('ann_identificatie', sa.String(length=17), nullable=True),
    sa.Column('vestigings_nummer', sa.String(length=24), nullable=True),
    sa.Column('medewerker_identificatie', sa.String(length=24), nullable=True),
    sa.Column('organisatorische_eenheid_identificatie', sa.String(length=24), nullable=True),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_rol', schema=None) as batch_op:
        batch_op.create_index('ix_zaken_rol_ann_identificatie', ['ann_identificatie', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_anp_identificatie', ['anp_identificatie', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_betrokkene', ['betrokkene', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_betrokkene_type', ['betrokkene_type', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_inn_nnp_id', ['inn_nnp_id', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_inp_a_nummer', ['inp_a_nummer', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_inp_bsn', ['inp_bsn', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_medewerker_identificatie', ['medewerker_identificatie', 'zaak_id'], unique=False)
        batch_op.create_index('ix_zaken_rol_oeh_identificatie', ['organisatorische_eenheid_identificatie', 'zaak_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_rol_omschrijving'), ['omschrijving'], unique=False)
        batch_op.create_index('ix_zaken_rol_omschrijving_generiek', ['omschrijving_generiek', 'zaak_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_rol_roltype'), ['roltype'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_rol_uuid'), ['uuid'], unique=True)
        batch_op.create_index('ix_zaken_rol_vestigings_nummer', ['vestigings_nummer', 'zaak_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_rol_zaak_id'), ['zaak_id'], unique=False)

    op.create_table('zaken_zaakbesluit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('besluit', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_zaakbesluit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_zaakbesluit_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_zaakbesluit_zaak_id'), ['zaak_id'], unique=False)

    op.create_table('zaken_zaakcontactmoment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('contactmoment', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_zaakcontactmoment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_zaakcontactmoment_contactmoment'), ['contactmoment'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaakcontactmoment_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_zaakcontactmoment_zaak_id'), ['zaak_id'], unique=False)

    op.create_table('zaken_zaakeigenschap',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('eigenschap', sa.String(length=1000), nullable=False),
    sa.Column('naam', sa.String(length=20), nullable=False),
    sa.Column('waarde', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_zaakeigenschap', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_zaakeigenschap_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_zaakeigenschap_zaak_id'), ['zaak_id'], unique=False)

    op.create_table('zaken_zaakobject',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('object', sa.String(length=1000), nullable=False),
    sa.Column('zaakobjecttype', sa.String(length=1000), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_type_overige', sa.String(length=100), nullable=False),
    sa.Column('object_type_overige_definitie', sa.JSON(), nullable=True),
    sa.Column('relatieomschrijving', sa.String(length=80), nullable=False),
    sa.Column('object_identificatie', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_zaakobject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_zaakobject_object'), ['object'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaakobject_object_type'), ['object_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaakobject_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_zaakobject_zaak_id'), ['zaak_id'], unique=False)

    op.create_table('zaken_zaakverzoek',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('verzoek', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_zaakverzoek', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_zaakverzoek_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_zaken_zaakverzoek_verzoek'), ['verzoek'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaakverzoek_zaak_id'), ['zaak_id'], unique=False)

    op.create_table('zaken_status',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('statustype', sa.String(length=1000), nullable=False),
    sa.Column('datum_status_gezet', sa.DateTime(timezone=True), nullable=False),
    sa.Column('statustoelichting', sa.String(length=1000), nullable=False),
    sa.Column('gezetdoor_id', sa.Integer(), nullable=True),
    sa.Column('indicatie_laatst_gezette_status', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['gezetdoor_id'], ['zaken_rol.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_status_gezetdoor_id'), ['gezetdoor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_status_indicatie_laatst_gezette_status'), ['indicatie_laatst_gezette_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_status_statustype'), ['statustype'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_status_uuid'), ['uuid'], unique=True)
        batch_op.create_index('ix_zaken_status_zaak_datum', ['zaak_id', 'datum_status_gezet'], unique=False)

    op.create_table('zaken_zaakinformatieobject',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('zaak_id', sa.Integer(), nullable=False),
    sa.Column('informatieobject', sa.String(length=1000), nullable=False),
    sa.Column('aard_relatie', sa.String(length=20), nullable=False),
    sa.Column('titel', sa.String(length=200), nullable=False),
    sa.Column('beschrijving', sa.Text(), nullable=False),
    sa.Column('registratiedatum', sa.DateTime(timezone=True), nullable=False),
    sa.Column('vernietigingsdatum', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['status_id'], ['zaken_status.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['zaak_id'], ['zaken_zaak.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('zaken_zaakinformatieobject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zaken_zaakinformatieobject_informatieobject'), ['informatieobject'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaakinformatieobject_status_id'), ['status_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zaken_zaakinformatieobject_uuid'), ['uuid'], unique=True)
        batch_op.create_index('ix_zaken_zio_zaak_informatieobject', ['zaak_id', 'informatieobject'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('zaken_zaakinformatieobject', schema=None) as batch_op:
        batch_op.drop_index('ix_zaken_zio_zaak_informatieobject')
        batch_op.drop_index(batch_op.f('ix_zaken_zaakinformatieobject_uuid'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakinformatieobject_status_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakinformatieobject_informatieobject'))

    op.drop_table('zaken_zaakinformatieobject')
    with op.batch_alter_table('zaken_status', schema=None) as batch_op:
        batch_op.drop_index('ix_zaken_status_zaak_datum')
        batch_op.drop_index(batch_op.f('ix_zaken_status_uuid'))
        batch_op.drop_index(batch_op.f('ix_zaken_status_statustype'))
        batch_op.drop_index(batch_op.f('ix_zaken_status_indicatie_laatst_gezette_status'))
        batch_op.drop_index(batch_op.f('ix_zaken_status_gezetdoor_id'))

    op.drop_table('zaken_status')
    with op.batch_alter_table('zaken_zaakverzoek', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_zaakverzoek_zaak_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakverzoek_verzoek'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakverzoek_uuid'))

    op.drop_table('zaken_zaakverzoek')
    with op.batch_alter_table('zaken_zaakobject', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_zaakobject_zaak_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakobject_uuid'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakobject_object_type'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakobject_object'))

    op.drop_table('zaken_zaakobject')
    with op.batch_alter_table('zaken_zaakeigenschap', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_zaakeigenschap_zaak_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakeigenschap_uuid'))

    op.drop_table('zaken_zaakeigenschap')
    with op.batch_alter_table('zaken_zaakcontactmoment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_zaakcontactmoment_zaak_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakcontactmoment_uuid'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakcontactmoment_contactmoment'))

    op.drop_table('zaken_zaakcontactmoment')
    with op.batch_alter_table('zaken_zaakbesluit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_zaakbesluit_zaak_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaakbesluit_uuid'))

    op.drop_table('zaken_zaakbesluit')
    with op.batch_alter_table('zaken_rol', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_rol_zaak_id'))
        batch_op.drop_index('ix_zaken_rol_vestigings_nummer')
        batch_op.drop_index(batch_op.f('ix_zaken_rol_uuid'))
        batch_op.drop_index(batch_op.f('ix_zaken_rol_roltype'))
        batch_op.drop_index('ix_zaken_rol_omschrijving_generiek')
        batch_op.drop_index(batch_op.f('ix_zaken_rol_omschrijving'))
        batch_op.drop_index('ix_zaken_rol_oeh_identificatie')
        batch_op.drop_index('ix_zaken_rol_medewerker_identificatie')
        batch_op.drop_index('ix_zaken_rol_inp_bsn')
        batch_op.drop_index('ix_zaken_rol_inp_a_nummer')
        batch_op.drop_index('ix_zaken_rol_inn_nnp_id')
        batch_op.drop_index('ix_zaken_rol_betrokkene_type')
        batch_op.drop_index('ix_zaken_rol_betrokkene')
        batch_op.drop_index('ix_zaken_rol_anp_identificatie')
        batch_op.drop_index('ix_zaken_rol_ann_identificatie')

    op.drop_table('zaken_rol')
    with op.batch_alter_table('zaken_resultaat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_resultaat_zaak_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_resultaat_uuid'))
        batch_op.drop_index(batch_op.f('ix_zaken_resultaat_resultaattype'))

    op.drop_table('zaken_resultaat')
    with op.batch_alter_table('zaken_klantcontact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zaken_klantcontact_zaak_id'))
        batch_op.drop_index(batch_op.f('ix_zaken_klantcontact_uuid'))

    op.drop_table('zaken_klantcontact')



    with op.batch_alter_table('zaken_zaak', schema=None) as batch_op:
        batch_op.drop_index('ix_zaken_zaak_zaaktype_rank')
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_vertrouwelijkheid_rank'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_uuid'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_uiterlijke_einddatum_afdoening'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_startdatum'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_registratiedatum'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_publicatiedatum'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_identificatie'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_hoofdzaak_id'))
        batch_op.drop_index('ix_zaken_zaak_geo_bbox')
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_einddatum_gepland'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_einddatum'))
        batch_op.drop_index('ix_zaken_zaak_bronorganisatie_identificatie')
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_archiefstatus'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_archiefnominatie'))
        batch_op.drop_index(batch_op.f('ix_zaken_zaak_archiefactiedatum'))

    op.drop_table('zaken_zaak')
    op.drop_table('zaken_identificatieteller')




