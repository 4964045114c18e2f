"""Producten: producttypen, themas, prijzen, producten and their eigenaren

Revision ID: producten_0001
Revises: 
Create Date: 2026-11-23 05:25:07.473076
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - autogenerate may render its column types

from sqlalchemy.dialects import postgresql

revision = 'producten_0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('producten_jsonschema',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=200), nullable=False),
    sa.Column('schema', sa.JSON(), nullable=False),
    sa.Column('update_datum', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_jsonschema', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_jsonschema_naam'), ['naam'], unique=True)

    op.create_table('producten_locatie',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('telefoonnummer', sa.String(length=15), nullable=False),
    sa.Column('straat', sa.String(length=255), nullable=False),
    sa.Column('huisnummer', sa.String(length=10), nullable=False),
    sa.Column('postcode', sa.String(length=7), nullable=False),
    sa.Column('stad', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_locatie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_locatie_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_locatie_huisnummer'), ['huisnummer'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_locatie_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_locatie_postcode'), ['postcode'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_locatie_stad'), ['stad'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_locatie_straat'), ['straat'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_locatie_telefoonnummer'), ['telefoonnummer'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_locatie_uuid'), ['uuid'], unique=True)

    op.create_table('producten_organisatie',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('code', sa.String(length=255), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('telefoonnummer', sa.String(length=15), nullable=False),
    sa.Column('straat', sa.String(length=255), nullable=False),
    sa.Column('huisnummer', sa.String(length=10), nullable=False),
    sa.Column('postcode', sa.String(length=7), nullable=False),
    sa.Column('stad', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_organisatie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_organisatie_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_huisnummer'), ['huisnummer'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_postcode'), ['postcode'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_stad'), ['stad'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_straat'), ['straat'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_telefoonnummer'), ['telefoonnummer'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_organisatie_uuid'), ['uuid'], unique=True)

    op.create_table('producten_thema',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('beschrijving', sa.Text(), nullable=False),
    sa.Column('gepubliceerd', sa.Boolean(), nullable=False),
    sa.Column('hoofd_thema_id', sa.Integer(), nullable=True),
    sa.Column('aanmaak_datum', sa.DateTime(timezone=True), nullable=False),
    sa.Column('update_datum', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['hoofd_thema_id'], ['producten_thema.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_thema', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_thema_aanmaak_datum'), ['aanmaak_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_thema_gepubliceerd'), ['gepubliceerd'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_thema_hoofd_thema_id'), ['hoofd_thema_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_thema_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_thema_update_datum'), ['update_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_thema_uuid'), ['uuid'], unique=True)

    op.create_table('producten_upl',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('uri', sa.String(length=1000), nullable=False),
    sa.Column('is_verwijderd', sa.Boolean(), server_default=sa.text('(false)'), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uri')
    )
    with op.batch_alter_table('producten_upl', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_upl_naam'), ['naam'], unique=True)

    op.create_table('producten_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('organisatie_id', sa.Integer(), nullable=True),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('telefoonnummer', sa.String(length=15), nullable=False),
    sa.Column('rol', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['organisatie_id'], ['producten_organisatie.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_contact_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_contact_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_contact_organisatie_id'), ['organisatie_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_contact_rol'), ['rol'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_contact_telefoonnummer'), ['telefoonnummer'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_contact_uuid'), ['uuid'], unique=True)

    op.create_table('producten_producttype',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=255), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('samenvatting', sa.Text(), nullable=False),
    sa.Column('doelgroep', sa.String(length=40), nullable=False),
    sa.Column('upl_id', sa.Integer(), nullable=True),
    sa.Column('eigenaar', sa.String(length=1000), nullable=True),
    sa.Column('toegestane_statussen', sa.JSON(), nullable=False),
    sa.Column('keywords', sa.JSON(), nullable=False),
    sa.Column('externe_codes', sa.JSON(), nullable=False),
    sa.Column('parameters', sa.JSON(), nullable=False),
    sa.Column('zaaktypen', sa.JSON(), nullable=False),
    sa.Column('verzoektypen', sa.JSON(), nullable=False),
    sa.Column('processen', sa.JSON(), nullable=False),
    sa.Column('interne_opmerkingen', sa.Text(), nullable=False),
    sa.Column('verbruiksobject_schema_id', sa.Integer(), nullable=True),
    sa.Column('dataobject_schema_id', sa.Integer(), nullable=True),
    sa.Column('publicatie_start_datum', sa.Date(), nullable=True),
    sa.Column('publicatie_eind_datum', sa.Date(), nullable=True),
    sa.Column('aanmaak_datum', sa.DateTime(timezone=True), nullable=False),
    sa.Column('update_datum', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dataobject_schema_id'], ['producten_jsonschema.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['upl_id'], ['producten_upl.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['verbruiksobject_schema_id'], ['producten_jsonschema.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_producttype', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_producttype_aanmaak_datum'), ['aanmaak_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_code'), ['code'], unique=True)
        batch_op.create_index(batch_op.f('ix_producten_producttype_dataobject_schema_id'), ['dataobject_schema_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_doelgroep'), ['doelgroep'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_publicatie_eind_datum'), ['publicatie_eind_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_publicatie_start_datum'), ['publicatie_start_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_update_datum'), ['update_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_upl_id'), ['upl_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_uuid'), ['uuid'], unique=True)
        batch_op.create_index(batch_op.f('ix_producten_producttype_verbruiksobject_schema_id'), ['verbruiksobject_schema_id'], unique=False)

    op.create_table('producten_actie',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('direct_url', sa.String(length=1000), nullable=False),
    sa.Column('tabel_endpoint', sa.String(length=1000), nullable=False),
    sa.Column('dmn_tabel_id', sa.String(length=255), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_actie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_actie_direct_url'), ['direct_url'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_actie_dmn_tabel_id'), ['dmn_tabel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_actie_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_actie_producttype_id'), ['producttype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_actie_tabel_endpoint'), ['tabel_endpoint'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_actie_uuid'), ['uuid'], unique=True)

    op.create_table('producten_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('url', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_link_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_link_producttype_id'), ['producttype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_link_url'), ['url'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_link_uuid'), ['uuid'], unique=True)

    op.create_table('producten_prijs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('actief_vanaf', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('producttype_id', 'actief_vanaf', name='producten_prijs_producttype_actief_vanaf_key')
    )
    with op.batch_alter_table('producten_prijs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_prijs_actief_vanaf'), ['actief_vanaf'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijs_producttype_id'), ['producttype_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijs_uuid'), ['uuid'], unique=True)

    op.create_table('producten_product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('start_datum', sa.Date(), nullable=True),
    sa.Column('eind_datum', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('prijs', sa.Numeric(precision=8, scale=2), nullable=True),
    sa.Column('frequentie', sa.String(length=20), nullable=False),
    sa.Column('verbruiksobject', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('dataobject', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('aanvraag_zaak_urn', sa.String(length=1000), nullable=True),
    sa.Column('aanvraag_zaak_url', sa.String(length=200), nullable=True),
    sa.Column('gepubliceerd', sa.Boolean(), nullable=False),
    sa.Column('aanmaak_datum', sa.DateTime(timezone=True), nullable=False),
    sa.Column('update_datum', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_product_aanmaak_datum'), ['aanmaak_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_aanvraag_zaak_url'), ['aanvraag_zaak_url'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_aanvraag_zaak_urn'), ['aanvraag_zaak_urn'], unique=False)
        batch_op.create_index('ix_producten_product_dataobject', ['dataobject'], unique=False, postgresql_using='gin', postgresql_ops={'dataobject': 'jsonb_path_ops'})
        batch_op.create_index(batch_op.f('ix_producten_product_eind_datum'), ['eind_datum'], unique=False)
        batch_op.create_index('ix_producten_product_eind_due', ['eind_datum'], unique=False, postgresql_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed', 'actief')"), sqlite_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed', 'actief')"))
        batch_op.create_index(batch_op.f('ix_producten_product_frequentie'), ['frequentie'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_gepubliceerd'), ['gepubliceerd'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_naam'), ['naam'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_prijs'), ['prijs'], unique=False)
        batch_op.create_index('ix_producten_product_producttype', ['producttype_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_start_datum'), ['start_datum'], unique=False)
        batch_op.create_index('ix_producten_product_start_due', ['start_datum'], unique=False, postgresql_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed')"), sqlite_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed')"))
        batch_op.create_index(batch_op.f('ix_producten_product_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_update_datum'), ['update_datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_product_uuid'), ['uuid'], unique=True)
        batch_op.create_index('ix_producten_product_verbruiksobject', ['verbruiksobject'], unique=False, postgresql_using='gin', postgresql_ops={'verbruiksobject': 'jsonb_path_ops'})

    op.create_table('producten_producttype_contact',
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['producten_contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('producttype_id', 'contact_id')
    )
    with op.batch_alter_table('producten_producttype_contact', schema=None) as batch_op:
        batch_op.create_index('ix_producten_producttype_contact_contact', ['contact_id', 'producttype_id'], unique=False)

    op.create_table('producten_producttype_locatie',
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('locatie_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['locatie_id'], ['producten_locatie.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('producttype_id', 'locatie_id')
    )
    with op.batch_alter_table('producten_producttype_locatie', schema=None) as batch_op:
        batch_op.create_index('ix_producten_producttype_locatie_locatie', ['locatie_id', 'producttype_id'], unique=False)

    op.create_table('producten_producttype_organisatie',
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('organisatie_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisatie_id'], ['producten_organisatie.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('producttype_id', 'organisatie_id')
    )
    with op.batch_alter_table('producten_producttype_organisatie', schema=None) as batch_op:
        batch_op.create_index('ix_producten_producttype_organisatie_organisatie', ['organisatie_id', 'producttype_id'], unique=False)

    op.create_table('producten_producttype_thema',
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('thema_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thema_id'], ['producten_thema.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('producttype_id', 'thema_id')
    )
    with op.batch_alter_table('producten_producttype_thema', schema=None) as batch_op:
        batch_op.create_index('ix_producten_producttype_thema_thema', ['thema_id', 'producttype_id'], unique=False)

    op.create_table('producten_producttype_vertaling',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('taal', sa.String(length=5), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('samenvatting', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('producttype_id', 'taal', name='producten_producttype_vertaling_key')
    )
    op.create_table('producten_producttype_waarde',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('producttype_id', sa.Integer(), nullable=False),
    sa.Column('soort', sa.String(length=20), nullable=False),
    sa.Column('naam', sa.String(length=255), nullable=False),
    sa.Column('waarde', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['producttype_id'], ['producten_producttype.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_producttype_waarde', schema=None) as batch_op:
        batch_op.create_index('ix_producten_producttype_waarde_naam', ['naam', 'soort', 'waarde'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_producttype_waarde_producttype_id'), ['producttype_id'], unique=False)
        batch_op.create_index('ix_producten_producttype_waarde_waarde', ['waarde', 'soort'], unique=False)

    op.create_table('producten_eigenaar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('bsn', sa.String(length=9), nullable=False),
    sa.Column('kvk_nummer', sa.String(length=8), nullable=False),
    sa.Column('vestigingsnummer', sa.String(length=24), nullable=False),
    sa.Column('klantnummer', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['producten_product.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_eigenaar', schema=None) as batch_op:
        batch_op.create_index('ix_producten_eigenaar_bsn', ['bsn', 'product_id'], unique=False)
        batch_op.create_index('ix_producten_eigenaar_klantnummer', ['klantnummer', 'product_id'], unique=False)
        batch_op.create_index('ix_producten_eigenaar_kvk_nummer', ['kvk_nummer', 'product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_eigenaar_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_eigenaar_uuid'), ['uuid'], unique=True)
        batch_op.create_index('ix_producten_eigenaar_vestigingsnummer', ['vestigingsnummer', 'product_id'], unique=False)

    op.create_table('producten_prijsoptie',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('prijs_id', sa.Integer(), nullable=False),
    sa.Column('bedrag', sa.Numeric(precision=8, scale=2), nullable=False),
    sa.Column('beschrijving', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['prijs_id'], ['producten_prijs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_prijsoptie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_prijsoptie_bedrag'), ['bedrag'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijsoptie_beschrijving'), ['beschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijsoptie_prijs_id'), ['prijs_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijsoptie_uuid'), ['uuid'], unique=True)

    op.create_table('producten_prijsregel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('prijs_id', sa.Integer(), nullable=False),
    sa.Column('beschrijving', sa.String(length=255), nullable=False),
    sa.Column('tabel_endpoint', sa.String(length=1000), nullable=False),
    sa.Column('dmn_tabel_id', sa.String(length=255), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['prijs_id'], ['producten_prijs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_prijsregel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_prijsregel_beschrijving'), ['beschrijving'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijsregel_dmn_tabel_id'), ['dmn_tabel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijsregel_prijs_id'), ['prijs_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_producten_prijsregel_uuid'), ['uuid'], unique=True)

    op.create_table('producten_product_verwijzing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('soort', sa.String(length=10), nullable=False),
    sa.Column('url', sa.String(length=200), nullable=True),
    sa.Column('urn', sa.String(length=1000), nullable=True),
    sa.ForeignKeyConstraint(['product_id'], ['producten_product.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('producten_product_verwijzing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producten_product_verwijzing_product_id'), ['product_id'], unique=False)
        batch_op.create_index('ix_producten_product_verwijzing_url', ['url', 'soort', 'product_id'], unique=False)
        batch_op.create_index('ix_producten_product_verwijzing_urn', ['urn', 'soort', 'product_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('producten_product_verwijzing', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_product_verwijzing_urn')
        batch_op.drop_index('ix_producten_product_verwijzing_url')
        batch_op.drop_index(batch_op.f('ix_producten_product_verwijzing_product_id'))

    op.drop_table('producten_product_verwijzing')
    with op.batch_alter_table('producten_prijsregel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_prijsregel_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_prijsregel_prijs_id'))
        batch_op.drop_index(batch_op.f('ix_producten_prijsregel_dmn_tabel_id'))
        batch_op.drop_index(batch_op.f('ix_producten_prijsregel_beschrijving'))

    op.drop_table('producten_prijsregel')
    with op.batch_alter_table('producten_prijsoptie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_prijsoptie_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_prijsoptie_prijs_id'))
        batch_op.drop_index(batch_op.f('ix_producten_prijsoptie_beschrijving'))
        batch_op.drop_index(batch_op.f('ix_producten_prijsoptie_bedrag'))

    op.drop_table('producten_prijsoptie')
    with op.batch_alter_table('producten_eigenaar', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_eigenaar_vestigingsnummer')
        batch_op.drop_index(batch_op.f('ix_producten_eigenaar_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_eigenaar_product_id'))
        batch_op.drop_index('ix_producten_eigenaar_kvk_nummer')
        batch_op.drop_index('ix_producten_eigenaar_klantnummer')
        batch_op.drop_index('ix_producten_eigenaar_bsn')

    op.drop_table('producten_eigenaar')
    with op.batch_alter_table('producten_producttype_waarde', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_producttype_waarde_waarde')
        batch_op.drop_index(batch_op.f('ix_producten_producttype_waarde_producttype_id'))
        batch_op.drop_index('ix_producten_producttype_waarde_naam')

    op.drop_table('producten_producttype_waarde')
    op.drop_table('producten_producttype_vertaling')
    with op.batch_alter_table('producten_producttype_thema', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_producttype_thema_thema')

    op.drop_table('producten_producttype_thema')
    with op.batch_alter_table('producten_producttype_organisatie', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_producttype_organisatie_organisatie')

    op.drop_table('producten_producttype_organisatie')
    with op.batch_alter_table('producten_producttype_locatie', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_producttype_locatie_locatie')

    op.drop_table('producten_producttype_locatie')
    with op.batch_alter_table('producten_producttype_contact', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_producttype_contact_contact')

    op.drop_table('producten_producttype_contact')
    with op.batch_alter_table('producten_product', schema=None) as batch_op:
        batch_op.drop_index('ix_producten_product_verbruiksobject', postgresql_using='gin', postgresql_ops={'verbruiksobject': 'jsonb_path_ops'})
        batch_op.drop_index(batch_op.f('ix_producten_product_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_product_update_datum'))
        batch_op.drop_index(batch_op.f('ix_producten_product_status'))
        batch_op.drop_index('ix_producten_product_start_due', postgresql_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed')"), sqlite_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed')"))
        batch_op.drop_index(batch_op.f('ix_producten_product_start_datum'))
        batch_op.drop_index('ix_producten_product_producttype')
        batch_op.drop_index(batch_op.f('ix_producten_product_prijs'))
        batch_op.drop_index(batch_op.f('ix_producten_product_naam'))
        batch_op.drop_index(batch_op.f('ix_producten_product_gepubliceerd'))
        batch_op.drop_index(batch_op.f('ix_producten_product_frequentie'))
        batch_op.drop_index('ix_producten_product_eind_due', postgresql_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed', 'actief')"), sqlite_where=sa.text("status IN ('initieel', 'in_aanvraag', 'gereed', 'actief')"))
        batch_op.drop_index(batch_op.f('ix_producten_product_eind_datum'))
        batch_op.drop_index('ix_producten_product_dataobject', postgresql_using='gin', postgresql_ops={'dataobject': 'jsonb_path_ops'})
        batch_op.drop_index(batch_op.f('ix_producten_product_aanvraag_zaak_urn'))
        batch_op.drop_index(batch_op.f('ix_producten_product_aanvraag_zaak_url'))
        batch_op.drop_index(batch_op.f('ix_producten_product_aanmaak_datum'))

    op.drop_table('producten_product')
    with op.batch_alter_table('producten_prijs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_prijs_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_prijs_producttype_id'))
        batch_op.drop_index(batch_op.f('ix_producten_prijs_actief_vanaf'))

    op.drop_table('producten_prijs')
    with op.batch_alter_table('producten_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_link_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_link_url'))
        batch_op.drop_index(batch_op.f('ix_producten_link_producttype_id'))
        batch_op.drop_index(batch_op.f('ix_producten_link_naam'))

    op.drop_table('producten_link')
    with op.batch_alter_table('producten_actie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_actie_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_actie_tabel_endpoint'))
        batch_op.drop_index(batch_op.f('ix_producten_actie_producttype_id'))
        batch_op.drop_index(batch_op.f('ix_producten_actie_naam'))
        batch_op.drop_index(batch_op.f('ix_producten_actie_dmn_tabel_id'))
        batch_op.drop_index(batch_op.f('ix_producten_actie_direct_url'))

    op.drop_table('producten_actie')
    with op.batch_alter_table('producten_producttype', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_producttype_verbruiksobject_schema_id'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_upl_id'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_update_datum'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_publicatie_start_datum'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_publicatie_eind_datum'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_naam'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_doelgroep'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_dataobject_schema_id'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_code'))
        batch_op.drop_index(batch_op.f('ix_producten_producttype_aanmaak_datum'))

    op.drop_table('producten_producttype')
    with op.batch_alter_table('producten_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_contact_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_contact_telefoonnummer'))
        batch_op.drop_index(batch_op.f('ix_producten_contact_rol'))
        batch_op.drop_index(batch_op.f('ix_producten_contact_organisatie_id'))
        batch_op.drop_index(batch_op.f('ix_producten_contact_naam'))
        batch_op.drop_index(batch_op.f('ix_producten_contact_email'))

    op.drop_table('producten_contact')
    with op.batch_alter_table('producten_upl', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_upl_naam'))

    op.drop_table('producten_upl')
    with op.batch_alter_table('producten_thema', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_thema_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_thema_update_datum'))
        batch_op.drop_index(batch_op.f('ix_producten_thema_naam'))
        batch_op.drop_index(batch_op.f('ix_producten_thema_hoofd_thema_id'))
        batch_op.drop_index(batch_op.f('ix_producten_thema_gepubliceerd'))
        batch_op.drop_index(batch_op.f('ix_producten_thema_aanmaak_datum'))

    op.drop_table('producten_thema')
    with op.batch_alter_table('producten_organisatie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_telefoonnummer'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_straat'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_stad'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_postcode'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_naam'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_huisnummer'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_email'))
        batch_op.drop_index(batch_op.f('ix_producten_organisatie_code'))

    op.drop_table('producten_organisatie')
    with op.batch_alter_table('producten_locatie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_locatie_uuid'))
        batch_op.drop_index(batch_op.f('ix_producten_locatie_telefoonnummer'))
        batch_op.drop_index(batch_op.f('ix_producten_locatie_straat'))
        batch_op.drop_index(batch_op.f('ix_producten_locatie_stad'))
        batch_op.drop_index(batch_op.f('ix_producten_locatie_postcode'))
        batch_op.drop_index(batch_op.f('ix_producten_locatie_naam'))
        batch_op.drop_index(batch_op.f('ix_producten_locatie_huisnummer'))
        batch_op.drop_index(batch_op.f('ix_producten_locatie_email'))

    op.drop_table('producten_locatie')
    with op.batch_alter_table('producten_jsonschema', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producten_jsonschema_naam'))

    op.drop_table('producten_jsonschema')
