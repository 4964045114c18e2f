"""Demo data for `make run`: a living catalogue at first sight. Loaded only into an empty registry.

The demo catalogus holds a published zaaktype "Melding openbare ruimte" with its statustypen,
roltypen, resultaattypen and an eigenschap, and the published informatieobjecttype and
besluittype it names. The Zaken registry's demo data builds on it (by identificatie and
omschrijving, never by uuid).
"""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.catalogi.models import (
    BesluitType,
    BesluitTypeInformatieObjectType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakType,
    ZaakTypeBesluitType,
    ZaakTypeInformatieObjectType,
    ZaakTypeTrefwoord,
)

DEMO_CATALOGUSSEN = [
    {
        "domein": "DEMO",
        "rsin": "002564440",
        "contactpersoon_beheer_naam": "Team Zaakgericht Werken",
        "contactpersoon_beheer_emailadres": "zaakgericht@gemeente.example",
        "naam": "Zaaktypecatalogus Demo",
        "versie": "2026",
        "begindatum_versie": date(2026, 1, 1),
    },
    {
        "domein": "SOC",
        "rsin": "002564440",
        "contactpersoon_beheer_naam": "Team Sociaal Domein",
        "naam": "Catalogus Sociaal Domein",
        "versie": "1",
    },
]

BEGIN = date(2026, 1, 1)
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"
MELDING = "ZT-MOR"  # the identificatie of the demo zaaktype
INFORMATIEOBJECTTYPE = "Melding"
BESLUITTYPE = "Besluit op melding"


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(Catalogus)):
        return
    catalogussen = [Catalogus(**values) for values in DEMO_CATALOGUSSEN]
    session.add_all(catalogussen)
    await session.flush()
    catalogus = catalogussen[0]

    session.add(InformatieObjectType(
        catalogus_id=catalogus.id, omschrijving=INFORMATIEOBJECTTYPE, vertrouwelijkheidaanduiding="openbaar",
        informatieobjectcategorie="Melding", trefwoord=["melding"], begin_geldigheid=BEGIN, concept=False,
    ))
    besluittype = BesluitType(
        catalogus_id=catalogus.id, omschrijving=BESLUITTYPE, besluitcategorie="Besluit",
        reactietermijn="P6W", publicatie_indicatie=False, begin_geldigheid=BEGIN, concept=False,
    )
    zaaktype = ZaakType(
        catalogus_id=catalogus.id, identificatie=MELDING, omschrijving="Melding openbare ruimte",
        vertrouwelijkheidaanduiding="openbaar",
        doel="Meldingen over de openbare ruimte (losse stoeptegels, kapotte lantaarnpalen, zwerfafval) afhandelen.",
        aanleiding="Een inwoner of ondernemer meldt een probleem in de openbare ruimte.",
        indicatie_intern_of_extern="extern", handeling_initiator="Melden", onderwerp="Openbare ruimte",
        handeling_behandelaar="Behandelen", doorlooptijd="P14D", servicenorm="P7D",
        opschorting_en_aanhouding_mogelijk=False, verlenging_mogelijk=True, verlengingstermijn="P14D",
        publicatie_indicatie=False, producten_of_diensten=[],
        selectielijst_procestype=f"{SELECTIELIJST}/procestypen/3030daa1-d516-4cd9-8276-ef0977e32b20",
        referentieproces={"naam": "Melding behandelen"}, verantwoordelijke="Stadsbeheer",
        begin_geldigheid=BEGIN, versiedatum=BEGIN, concept=False,
    )
    session.add_all([besluittype, zaaktype])
    await session.flush()
    session.add(BesluitTypeInformatieObjectType(besluittype_id=besluittype.id, position=0,
                                                omschrijving=INFORMATIEOBJECTTYPE))
    session.add_all([
        ZaakTypeTrefwoord(zaaktype_id=zaaktype.id, position=0, trefwoord="melding"),
        ZaakTypeTrefwoord(zaaktype_id=zaaktype.id, position=1, trefwoord="openbare ruimte"),
        ZaakTypeBesluitType(zaaktype_id=zaaktype.id, position=0, omschrijving=BESLUITTYPE),
        ZaakTypeInformatieObjectType(zaaktype_id=zaaktype.id, informatieobjecttype=INFORMATIEOBJECTTYPE,
                                     volgnummer=1, richting="inkomend"),
    ])
    ontvangen = StatusType(zaaktype_id=zaaktype.id, omschrijving="Ontvangen", volgnummer=1, informeren=True,
                           statustekst="Wij hebben uw melding ontvangen.")
    session.add_all([
        ontvangen,
        StatusType(zaaktype_id=zaaktype.id, omschrijving="In behandeling", volgnummer=2, doorlooptijd="P7D"),
        StatusType(zaaktype_id=zaaktype.id, omschrijving="Afgehandeld", volgnummer=3, informeren=True,
                   statustekst="Uw melding is afgehandeld."),
        RolType(zaaktype_id=zaaktype.id, omschrijving="Melder", omschrijving_generiek="initiator"),
        RolType(zaaktype_id=zaaktype.id, omschrijving="Behandelaar", omschrijving_generiek="behandelaar"),
        ResultaatType(
            zaaktype_id=zaaktype.id, omschrijving="Opgelost",
            resultaattypeomschrijving=f"{SELECTIELIJST}/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1",
            omschrijving_generiek="Toegekend",
            selectielijstklasse=f"{SELECTIELIJST}/resultaten/968dee12-73d3-4b38-933f-5b25005d4ded",
            archiefnominatie="vernietigen", archiefactietermijn="P5Y",
            brondatum_archiefprocedure={"afleidingswijze": "afgehandeld", "datumkenmerk": "", "einddatumBekend": False,
                                        "objecttype": "", "registratie": "", "procestermijn": None},
        ),
        ResultaatType(
            zaaktype_id=zaaktype.id, omschrijving="Niet opgelost",
            resultaattypeomschrijving=f"{SELECTIELIJST}/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94fb80ea7",
            omschrijving_generiek="Afgewezen",
            selectielijstklasse=f"{SELECTIELIJST}/resultaten/82d2ef7e-a074-42dd-871e-ea8735fee77a",
            archiefnominatie="vernietigen", archiefactietermijn="P1Y",
            brondatum_archiefprocedure={"afleidingswijze": "afgehandeld", "datumkenmerk": "", "einddatumBekend": False,
                                        "objecttype": "", "registratie": "", "procestermijn": None},
        ),
    ])
    await session.flush()
    session.add(Eigenschap(
        zaaktype_id=zaaktype.id, naam="locatieomschrijving", definitie="Waar in de openbare ruimte het probleem is.",
        statustype_id=ontvangen.id,
        specificatie={"groep": "", "formaat": "tekst", "lengte": "200", "kardinaliteit": "1", "waardenverzameling": []},
    ))
    await session.commit()
