"""How a request body changes a row, per resource: the fields it names, checked by the rules.

Each ``apply_*`` gets the row (new or stored) and the parsed body, and changes only the fields the
body names (POST starts from the defaults, PUT and PATCH from the stored row). Rules that need
the row's id run after a flush.
"""

from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import delete, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from common import db
from registries.klanten import rules
from registries.klanten.models import (
    Actor, ActorKlantcontact, Betrokkene, Bijlage, Categorie, CategorieRelatie, DigitaalAdres, InterneTaak,
    InterneTaakActor, Klantcontact, Onderwerpobject, Partij, PartijIdentificator, Rekeningnummer,
    Vertegenwoordiging,
)
from registries.klanten.schemas import (
    ACTOR_IDENTIFICATIE, PARTIJ_IDENTIFICATIE, ActorIn, Adres, BetrokkeneVelden, BijlageIn, CategorieIn,
    CategorieRelatieIn, Contactnaam, DigitaalAdresIn, InterneTaakIn, KlantcontactIn, Objectidentificator,
    OnderwerpobjectVelden, PartijIdentificatorGroep, PartijIdentificatorIn, PartijIn, RekeningnummerIn,
    VertegenwoordigingIn, ActorKlantcontactIn, given, parse,
)

ADRES_FIELDS = ("nummeraanduiding_id", "straatnaam", "huisnummer", "huisnummertoevoeging", "postcode", "stad",
                "adresregel1", "adresregel2", "adresregel3", "land")
CONTACTNAAM_FIELDS = ("voorletters", "voornaam", "voorvoegsel_achternaam", "achternaam")
IDENTIFICATOR_FIELDS = ("object_id", "code_objecttype", "code_register", "code_soort_object_id")


def set_adres(row: Any, prefix: str, adres: Adres | None) -> None:
    for name in ADRES_FIELDS:
        empty = None if name == "huisnummer" else ""
        setattr(row, f"{prefix}_{name}", getattr(adres, name) if adres is not None else empty)


def set_contactnaam(row: Any, naam: Contactnaam | None) -> None:
    for name in CONTACTNAAM_FIELDS:
        setattr(row, f"contactnaam_{name}", getattr(naam, name) if naam is not None else "")


def set_identificator(row: Any, identificator: Objectidentificator | None) -> None:
    for name in IDENTIFICATOR_FIELDS:
        setattr(row, f"identificator_{name}", getattr(identificator, name) if identificator is not None else "")


def copy_fields(row: Any, body: Any, *names: str) -> None:
    for name in names:
        if given(body, name):
            setattr(row, name, getattr(body, name))


def now() -> datetime:
    return datetime.now(UTC)


async def ensure_nummer(session: AsyncSession, row: Any, body: Any) -> None:
    """kic-016: a nummer the client gives, else (on create) the next one."""
    if given(body, "nummer") and body.nummer:
        row.nummer = body.nummer
    elif row.nummer is None:
        row.nummer = await rules.next_nummer(session, db.autocommit_of(session), type(row))


# --- partijen ---------------------------------------------------------------------------------


async def apply_partij(session: AsyncSession, row: Partij, body: PartijIn, method: str) -> None:
    creating = row.id is None
    copy_fields(row, body, "interne_notitie", "soort_partij", "indicatie_geheimhouding", "voorkeurstaal",
                "indicatie_actief")
    for kind in ("bezoekadres", "correspondentieadres"):
        if given(body, kind):
            set_adres(row, kind, getattr(body, kind))
    if given(body, "partij_identificatie"):
        await _partij_identificatie(session, row, body.partij_identificatie)
    if creating and row.soort_partij == "contactpersoon" and row.contactpersoon_uuid is None:
        row.contactpersoon_uuid = uuid4()
    if row.soort_partij != "contactpersoon":
        row.werkte_voor_partij_id = None

    identificatoren = body.partij_identificatoren if given(body, "partij_identificatoren") else None
    prepared = await _prepare_identificatoren(session, identificatoren) if identificatoren is not None else None
    adressen = (await rules.resolve_many(session, DigitaalAdres, body.digitale_adressen or [], "digitaleAdressen")
                if given(body, "digitale_adressen") else None)
    rekeningen = (await rules.resolve_many(session, Rekeningnummer, body.rekeningnummers or [], "rekeningnummers")
                  if given(body, "rekeningnummers") else None)
    voorkeur_adres = (await rules.resolve(session, DigitaalAdres, body.voorkeurs_digitaal_adres,
                                          "voorkeursDigitaalAdres") if given(body, "voorkeurs_digitaal_adres") else None)
    voorkeur_rekening = (await rules.resolve(session, Rekeningnummer, body.voorkeurs_rekeningnummer,
                                             "voorkeursRekeningnummer")
                         if given(body, "voorkeurs_rekeningnummer") else None)

    await ensure_nummer(session, row, body)
    session.add(row)
    await session.flush()

    if prepared is not None:
        await _replace_identificatoren(session, row, prepared)
    previous_owners: set[int] = set()
    if adressen is not None:
        previous_owners |= await _link(session, DigitaalAdres, row, adressen)
        for adres in adressen:
            await rules.only_standaard(session, adres)
    if rekeningen is not None:
        previous_owners |= await _link(session, Rekeningnummer, row, rekeningen)
    await session.flush()

    # kic-007: the preferred address and account are among the partij's own.
    if given(body, "voorkeurs_digitaal_adres"):
        _check_own(voorkeur_adres, row, adressen, "voorkeursDigitaalAdres", "digitaleAdressen")
        row.voorkeurs_digitaal_adres_id = voorkeur_adres.id if voorkeur_adres else None
    if given(body, "voorkeurs_rekeningnummer"):
        _check_own(voorkeur_rekening, row, rekeningen, "voorkeursRekeningnummer", "rekeningnummers")
        row.voorkeurs_rekeningnummer_id = voorkeur_rekening.id if voorkeur_rekening else None
    await session.flush()
    await rules.drop_stale_voorkeur(session, {row.id, *previous_owners})


def _check_own(chosen: Any | None, row: Partij, listed: list | None, name: str, list_name: str) -> None:
    if chosen is None:
        return
    owned = {item.id for item in listed} if listed is not None else None
    if owned is None and chosen.partij_id == row.id:
        return
    if owned is None or chosen.id not in owned:
        raise rules.problem(name, "invalid", f"{name} moet een van de {list_name} van deze partij zijn (kic-007).")


async def _link(session: AsyncSession, model: type, row: Partij, items: list[Any]) -> set[int]:
    """kic-006: exactly these addresses (or accounts) belong to the partij; the others are unlinked.

    Returns the partijen the items belonged to before, whose preferences may now be stale.
    """
    ids = [item.id for item in items]
    before = {item.partij_id for item in items if item.partij_id not in (None, row.id)}
    await session.execute(update(model).where(model.partij_id == row.id, model.id.not_in(ids) if ids else true())
                          .values(partij_id=None))
    for item in items:
        item.partij_id = row.id
    return before


async def _partij_identificatie(session: AsyncSession, row: Partij, data: dict | None) -> None:
    model = PARTIJ_IDENTIFICATIE[row.soort_partij]
    identificatie = parse(model, data or {}, "partijIdentificatie")
    if row.soort_partij == "organisatie":
        row.organisatie_naam = identificatie.naam
        return
    if given(identificatie, "contactnaam") or data is None:
        set_contactnaam(row, identificatie.contactnaam)
    if row.soort_partij == "contactpersoon":
        if given(identificatie, "uuid") and identificatie.uuid is not None:
            row.contactpersoon_uuid = identificatie.uuid
        if given(identificatie, "werkte_voor_partij"):
            werkgever = await rules.resolve(session, Partij, identificatie.werkte_voor_partij,
                                            "partijIdentificatie.werkteVoorPartij")
            if werkgever is not None and werkgever.soort_partij != "organisatie":
                raise rules.problem("partijIdentificatie.werkteVoorPartij.uuid", "invalid",
                                    "Een contactpersoon werkt voor een partij van soort organisatie (kic-010).")
            row.werkte_voor_partij_id = werkgever.id if werkgever else None


async def _prepare_identificatoren(session: AsyncSession, items: list[PartijIdentificatorIn]) -> list[tuple]:
    """kic-001, kic-002, kic-004 and kic-011 for a partij's list: (item, stored row or None, parent)."""
    prepared = []
    for index, item in enumerate(items):
        name = f"partijIdentificatoren.{index}"
        rules.check_identificator(item.partij_identificator, f"{name}.partijIdentificator")
        stored = None
        if item.uuid is not None:
            stored = await session.scalar(select(PartijIdentificator).where(PartijIdentificator.uuid == item.uuid))
            if stored is None:
                raise rules.problem(f"{name}.uuid", "does_not_exist",
                                    f"Er bestaat geen partij-identificator met uuid {item.uuid}.")
        parent = await rules.resolve(session, PartijIdentificator, item.sub_identificator_van,
                                     f"{name}.subIdentificatorVan")
        rules.check_parent(item.partij_identificator.code_soort_object_id, parent, stored.id if stored else None,
                           f"{name}.subIdentificatorVan")
        prepared.append((item, stored, parent))
    rules.check_unique_within([(item.partij_identificator, parent.id if parent else None)
                               for item, _stored, parent in prepared], "partijIdentificatoren")
    return prepared


async def _replace_identificatoren(session: AsyncSession, row: Partij, prepared: list[tuple]) -> None:
    """kic-006: the partij's identifiers become exactly this list; those left out are deleted."""
    current = (await session.scalars(select(PartijIdentificator).where(PartijIdentificator.partij_id == row.id))).all()
    kept = {stored.id for _item, stored, _parent in prepared if stored is not None}
    leaving = [i.id for i in current if i.id not in kept]
    future_parents = {stored.id: parent.id if parent else None for _item, stored, parent in prepared if stored}
    await rules.check_children_stay_attached(session, leaving, future_parents, [
        (f"partijIdentificatoren.{index}.subIdentificatorVan", parent.id)
        for index, (_item, _stored, parent) in enumerate(prepared) if parent is not None])
    for index, (item, stored, parent) in enumerate(prepared):
        if stored is not None:
            await rules.check_unchanged_parent(session, stored, item.partij_identificator,
                                               f"partijIdentificatoren.{index}.partijIdentificator")
        await rules.check_unique(session, item.partij_identificator, parent.id if parent else None, None,
                                 [*leaving, *kept], f"partijIdentificatoren.{index}.partijIdentificator")
    if leaving:
        await session.execute(delete(PartijIdentificator).where(PartijIdentificator.id.in_(leaving)))
        await session.flush()
    for item, stored, parent in prepared:
        target = stored or PartijIdentificator(partij_id=row.id, code_objecttype="", code_soort_object_id="",
                                               object_id="", code_register="")
        target.partij_id = row.id
        groep = item.partij_identificator
        target.code_objecttype, target.code_soort_object_id = groep.code_objecttype, groep.code_soort_object_id
        target.object_id, target.code_register = groep.object_id, groep.code_register
        target.andere_partij_identificator = item.andere_partij_identificator
        target.sub_identificator_van_id = parent.id if parent else None
        session.add(target)
    await session.flush()


async def apply_partij_identificator(session: AsyncSession, row: PartijIdentificator,
                                     body: PartijIdentificatorIn, method: str) -> None:
    if given(body, "identificeerde_partij"):
        partij = await rules.resolve(session, Partij, body.identificeerde_partij, "identificeerdePartij")
        row.partij_id = partij.id if partij else None
    if given(body, "andere_partij_identificator"):
        row.andere_partij_identificator = body.andere_partij_identificator
    if given(body, "partij_identificator"):
        groep = body.partij_identificator
        rules.check_identificator(groep, "partijIdentificator")
        if row.id is not None:
            await rules.check_unchanged_parent(session, row, groep, "partijIdentificator")
        row.code_objecttype, row.code_soort_object_id = groep.code_objecttype, groep.code_soort_object_id
        row.object_id, row.code_register = groep.object_id, groep.code_register
    if given(body, "sub_identificator_van"):
        parent = await rules.resolve(session, PartijIdentificator, body.sub_identificator_van, "subIdentificatorVan")
        row.sub_identificator_van_id = parent.id if parent else None
    parent = (await session.get(PartijIdentificator, row.sub_identificator_van_id)
              if row.sub_identificator_van_id is not None else None)
    rules.check_parent(row.code_soort_object_id, parent, row.id, "subIdentificatorVan")
    final = PartijIdentificatorGroep.model_construct(
        code_objecttype=row.code_objecttype, code_soort_object_id=row.code_soort_object_id,
        object_id=row.object_id, code_register=row.code_register)
    await rules.check_unique(session, final, row.sub_identificator_van_id, row.partij_id,
                             [row.id] if row.id is not None else [], "partijIdentificator")
    session.add(row)


async def apply_digitaal_adres(session: AsyncSession, row: DigitaalAdres, body: DigitaalAdresIn, method: str) -> None:
    previous_partij = row.partij_id
    if given(body, "verstrekt_door_betrokkene"):
        betrokkene = await rules.resolve(session, Betrokkene, body.verstrekt_door_betrokkene, "verstrektDoorBetrokkene")
        row.betrokkene_id = betrokkene.id if betrokkene else None
    if given(body, "verstrekt_door_partij"):
        partij = await rules.resolve(session, Partij, body.verstrekt_door_partij, "verstrektDoorPartij")
        row.partij_id = partij.id if partij else None
    copy_fields(row, body, "adres", "soort_digitaal_adres", "is_standaard_adres", "omschrijving", "referentie",
                "verificatie_datum")
    rules.check_adres(row.soort_digitaal_adres, row.adres)
    session.add(row)
    await session.flush()
    await rules.only_standaard(session, row)
    if previous_partij != row.partij_id:
        await rules.drop_stale_voorkeur(session, [previous_partij])


async def apply_rekeningnummer(session: AsyncSession, row: Rekeningnummer, body: RekeningnummerIn, method: str) -> None:
    previous_partij = row.partij_id
    if given(body, "partij"):
        partij = await rules.resolve(session, Partij, body.partij, "partij")
        row.partij_id = partij.id if partij else None
    if given(body, "iban"):
        rules.check_iban(body.iban)
        row.iban = body.iban
    copy_fields(row, body, "bic")
    session.add(row)
    await session.flush()
    if previous_partij != row.partij_id:
        await rules.drop_stale_voorkeur(session, [previous_partij])


async def apply_vertegenwoordiging(session: AsyncSession, row: Vertegenwoordiging, body: VertegenwoordigingIn,
                                   method: str) -> None:
    for name, wire in (("vertegenwoordigende_partij", "vertegenwoordigendePartij"),
                       ("vertegenwoordigde_partij", "vertegenwoordigdePartij")):
        if given(body, name):
            partij = await rules.resolve(session, Partij, getattr(body, name), wire)
            setattr(row, f"{name}_id", partij.id)
    if row.vertegenwoordigende_partij_id == row.vertegenwoordigde_partij_id:
        raise rules.problem("vertegenwoordigdePartij", "invalid", "Een partij vertegenwoordigt zichzelf niet (kic-015).")
    taken = await session.scalar(select(Vertegenwoordiging.id).where(
        Vertegenwoordiging.vertegenwoordigende_partij_id == row.vertegenwoordigende_partij_id,
        Vertegenwoordiging.vertegenwoordigde_partij_id == row.vertegenwoordigde_partij_id,
        Vertegenwoordiging.id != (row.id or 0)))
    if taken:
        raise rules.problem("nonFieldErrors", "unique", "Deze vertegenwoordiging bestaat al (kic-015).")
    session.add(row)


async def apply_categorie(session: AsyncSession, row: Categorie, body: CategorieIn, method: str) -> None:
    copy_fields(row, body, "naam")
    session.add(row)


async def apply_categorie_relatie(session: AsyncSession, row: CategorieRelatie, body: CategorieRelatieIn,
                                  method: str) -> None:
    if given(body, "partij"):
        partij = await rules.resolve(session, Partij, body.partij, "partij")
        row.partij_id = partij.id if partij else None
    if given(body, "categorie"):
        categorie = await rules.resolve(session, Categorie, body.categorie, "categorie")
        row.categorie_id = categorie.id if categorie else None
    copy_fields(row, body, "begin_datum", "eind_datum")
    if row.id is None and row.begin_datum is None:
        row.begin_datum = date.today()  # as the reference: a relation starts today unless told otherwise
    session.add(row)


# --- klantcontacten ---------------------------------------------------------------------------


async def apply_klantcontact(session: AsyncSession, row: Klantcontact, body: KlantcontactIn, method: str) -> None:
    copy_fields(row, body, "referentienummer", "kanaal", "onderwerp", "inhoud", "reactie",
                "indicatie_contact_gelukt", "hoofd_onderwerp_type", "verdere_actie_ondernomen", "taal",
                "vertrouwelijk")
    if given(body, "plaatsgevonden_op") and body.plaatsgevonden_op is not None:
        row.plaatsgevonden_op = body.plaatsgevonden_op
    elif row.plaatsgevonden_op is None:
        row.plaatsgevonden_op = now()
    if given(body, "metadata"):
        row.metadata_ = dict(body.metadata)
    await ensure_nummer(session, row, body)
    session.add(row)


async def apply_betrokkene(session: AsyncSession, row: Betrokkene, body: BetrokkeneVelden, method: str) -> None:
    if given(body, "was_partij"):
        partij = await rules.resolve(session, Partij, body.was_partij, "wasPartij")
        row.partij_id = partij.id if partij else None
    if given(body, "had_klantcontact"):
        klantcontact = await rules.resolve(session, Klantcontact, body.had_klantcontact, "hadKlantcontact")
        row.klantcontact_id = klantcontact.id
    for kind in ("bezoekadres", "correspondentieadres"):
        if given(body, kind):
            set_adres(row, kind, getattr(body, kind))
    if given(body, "contactnaam"):
        set_contactnaam(row, body.contactnaam)
    copy_fields(row, body, "rol", "organisatienaam", "initiator")
    session.add(row)


async def apply_onderwerpobject(session: AsyncSession, row: Onderwerpobject, body: OnderwerpobjectVelden,
                                method: str) -> None:
    for name, wire in (("klantcontact", "klantcontact"), ("was_klantcontact", "wasKlantcontact")):
        if given(body, name):
            klantcontact = await rules.resolve(session, Klantcontact, getattr(body, name), wire)
            setattr(row, f"{name}_id", klantcontact.id if klantcontact else None)
    if given(body, "onderwerpobjectidentificator"):
        set_identificator(row, body.onderwerpobjectidentificator)
    session.add(row)


async def apply_bijlage(session: AsyncSession, row: Bijlage, body: BijlageIn, method: str) -> None:
    if given(body, "was_bijlage_van_klantcontact"):
        klantcontact = await rules.resolve(session, Klantcontact, body.was_bijlage_van_klantcontact,
                                           "wasBijlageVanKlantcontact")
        row.klantcontact_id = klantcontact.id if klantcontact else None
    if given(body, "bijlageidentificator"):
        set_identificator(row, body.bijlageidentificator)
    session.add(row)


# --- actoren en interne taken -----------------------------------------------------------------

ACTOR_FIELDS = ("functie", "emailadres", "telefoonnummer", "faxnummer", "omschrijving")


async def apply_actor(session: AsyncSession, row: Actor, body: ActorIn, method: str) -> None:
    copy_fields(row, body, "naam", "soort_actor", "indicatie_actief")
    if given(body, "actoridentificator"):
        set_identificator(row, body.actoridentificator)
    if given(body, "actor_identificatie"):
        identificatie = parse(ACTOR_IDENTIFICATIE[row.soort_actor], body.actor_identificatie or {},
                              "actorIdentificatie")
        email = getattr(identificatie, "emailadres", "")
        if email and not rules.valid_email(email):
            raise rules.problem("actorIdentificatie.emailadres", "invalid", "Geef een geldig e-mailadres.")
        for name in ACTOR_FIELDS:
            setattr(row, name, getattr(identificatie, name, ""))
    session.add(row)


async def apply_actorklantcontact(session: AsyncSession, row: ActorKlantcontact, body: ActorKlantcontactIn,
                                  method: str) -> None:
    if given(body, "actor"):
        row.actor_id = (await rules.resolve(session, Actor, body.actor, "actor")).id
    if given(body, "klantcontact"):
        row.klantcontact_id = (await rules.resolve(session, Klantcontact, body.klantcontact, "klantcontact")).id
    taken = await session.scalar(select(ActorKlantcontact.id).where(
        ActorKlantcontact.actor_id == row.actor_id, ActorKlantcontact.klantcontact_id == row.klantcontact_id,
        ActorKlantcontact.id != (row.id or 0)))
    if taken:
        raise rules.problem("nonFieldErrors", "unique", "Deze actor is al aan dit klantcontact gekoppeld.")
    session.add(row)


async def apply_internetaak(session: AsyncSession, row: InterneTaak, body: InterneTaakIn, method: str) -> None:
    copy_fields(row, body, "referentienummer", "gevraagde_handeling", "toelichting")
    if given(body, "aanleidinggevend_klantcontact"):
        row.klantcontact_id = (await rules.resolve(session, Klantcontact, body.aanleidinggevend_klantcontact,
                                                   "aanleidinggevendKlantcontact")).id
    actoren = None
    if given(body, "toegewezen_aan_actoren") and body.toegewezen_aan_actoren is not None:
        actoren = await rules.resolve_many(session, Actor, body.toegewezen_aan_actoren, "toegewezenAanActoren")
    elif given(body, "toegewezen_aan_actor"):
        actor = await rules.resolve(session, Actor, body.toegewezen_aan_actor, "toegewezenAanActor")
        actoren = [actor] if actor else []
    # kic-013: afgehandeldOp follows the status.
    was = row.status
    copy_fields(row, body, "status")
    if row.status == "verwerkt":
        if given(body, "afgehandeld_op") and body.afgehandeld_op is not None:
            row.afgehandeld_op = body.afgehandeld_op
        elif was != "verwerkt" or row.afgehandeld_op is None:
            row.afgehandeld_op = now()
    else:
        if given(body, "afgehandeld_op") and body.afgehandeld_op is not None:
            raise rules.problem("afgehandeldOp", "invalid",
                                "Een taak met status te_verwerken is nog niet afgehandeld (kic-013).")
        row.afgehandeld_op = None
    if row.toegewezen_op is None:
        row.toegewezen_op = now()
    await ensure_nummer(session, row, body)
    session.add(row)
    await session.flush()
    if actoren is not None:
        await session.execute(delete(InterneTaakActor).where(InterneTaakActor.internetaak_id == row.id))
        for actor in actoren:
            session.add(InterneTaakActor(internetaak_id=row.id, actor_id=actor.id))

