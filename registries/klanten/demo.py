"""Demo data for `make run`: a few partijen with their contacts. Loaded only into an empty registry.

The BSNs are test numbers from the range the BRP reserves for testing; the KvK-nummer and the
addresses are made up.
"""

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.klanten.models import (
    Actor, ActorKlantcontact, Betrokkene, DigitaalAdres, InterneTaak, InterneTaakActor, Klantcontact, Onderwerpobject,
    Partij, PartijIdentificator,
)

PERSONEN = (
    ("999993653", "Suzanne", "", "Moulin", "suzanne.moulin@example.nl", "0612345678"),
    ("999990627", "Hendrik", "van", "Dijk", "h.vandijk@example.nl", "0201234567"),
)


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(Partij)):
        return
    now = datetime.now(UTC)
    medewerker = Actor(naam="Demi Demo", soort_actor="medewerker", indicatie_actief=True, functie="KCC-medewerker",
                       emailadres="demi@gemeente.example", telefoonnummer="0201234567",
                       identificator_object_id="demi@gemeente.example", identificator_code_objecttype="mdw",
                       identificator_code_register="msei", identificator_code_soort_object_id="email")
    session.add(medewerker)
    for index, (bsn, voornaam, voorvoegsel, achternaam, email, telefoon) in enumerate(PERSONEN, start=1):
        partij = Partij(nummer=f"{index:010d}", soort_partij="persoon", indicatie_actief=True, voorkeurstaal="nld",
                        contactnaam_voornaam=voornaam, contactnaam_voorvoegsel_achternaam=voorvoegsel,
                        contactnaam_achternaam=achternaam)
        session.add(partij)
        await session.flush()
        session.add(PartijIdentificator(partij_id=partij.id, code_register="brp", code_objecttype="natuurlijk_persoon",
                                        code_soort_object_id="bsn", object_id=bsn))
        adres = DigitaalAdres(partij_id=partij.id, adres=email, soort_digitaal_adres="email", is_standaard_adres=True)
        session.add_all([adres, DigitaalAdres(partij_id=partij.id, adres=telefoon,
                                              soort_digitaal_adres="telefoonnummer", is_standaard_adres=True)])
        await session.flush()
        partij.voorkeurs_digitaal_adres_id = adres.id
        contact = Klantcontact(nummer=f"{index:010d}", kanaal="telefoon", onderwerp="Vraag over de afvalpas",
                               inhoud="Wanneer komt de nieuwe pas?", taal="nld", vertrouwelijk=False,
                               indicatie_contact_gelukt=True, plaatsgevonden_op=now - timedelta(days=index))
        session.add(contact)
        await session.flush()
        session.add_all([
            Betrokkene(klantcontact_id=contact.id, partij_id=partij.id, rol="klant", initiator=True,
                       contactnaam_voornaam=voornaam, contactnaam_voorvoegsel_achternaam=voorvoegsel,
                       contactnaam_achternaam=achternaam),
            Onderwerpobject(klantcontact_id=contact.id, identificator_object_id=f"ZAAK-2026-{index:04d}",
                            identificator_code_objecttype="zgw-Zaak", identificator_code_register="openzaak",
                            identificator_code_soort_object_id="identificatie"),
            ActorKlantcontact(actor_id=medewerker.id, klantcontact_id=contact.id),
        ])
        taak = InterneTaak(nummer=f"{index:010d}", gevraagde_handeling="Terugbellen", klantcontact_id=contact.id,
                           toelichting="Graag na 17.00 uur bellen.", status="te_verwerken", toegewezen_op=now)
        session.add(taak)
        await session.flush()
        session.add(InterneTaakActor(internetaak_id=taak.id, actor_id=medewerker.id))
    organisatie = Partij(nummer=f"{len(PERSONEN) + 1:010d}", soort_partij="organisatie", indicatie_actief=True,
                         organisatie_naam="Bakkerij De Korenschoof")
    session.add(organisatie)
    await session.flush()
    session.add(PartijIdentificator(partij_id=organisatie.id, code_register="hr", code_objecttype="niet_natuurlijk_persoon",
                                    code_soort_object_id="kvk_nummer", object_id="68750110"))
    await session.commit()
