"""Answers of the Contactmomenten API, built from rows with the related URLs loaded in batches."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.contactmomenten.models import ContactMoment, KlantContactMoment, ObjectContactMoment
from registries.contactmomenten.schemas import API_ROOT


def url(base: str, collection: str, key: UUID | str) -> str:
    return f"{base}{API_ROOT}/{collection}/{key}"


def moment(value: datetime) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _medewerker(row: ContactMoment) -> dict[str, str] | None:
    values = (row.medewerker_identificatie, row.medewerker_achternaam, row.medewerker_voorletters,
              row.medewerker_voorvoegsel_achternaam)
    if not any(values):
        return None
    return dict(zip(("identificatie", "achternaam", "voorletters", "voorvoegselAchternaam"), values))


async def contactmomenten_out(session: AsyncSession, base: str, rows: Sequence[ContactMoment]) -> list[dict[str, Any]]:
    """The contactmomenten, with vorig/volgend and the URLs of their links, in four queries at most."""
    if not rows:
        return []
    ids = [row.id for row in rows]
    vorig_ids = {row.vorig_id for row in rows if row.vorig_id}
    uuids: dict[int, UUID] = {row.id: row.uuid for row in rows}
    if vorig_ids - set(uuids):
        found = await session.execute(select(ContactMoment.id, ContactMoment.uuid)
                                      .where(ContactMoment.id.in_(vorig_ids - set(uuids))))
        uuids.update(dict(found.all()))
    volgend = dict((await session.execute(select(ContactMoment.vorig_id, ContactMoment.uuid)
                                          .where(ContactMoment.vorig_id.in_(ids)))).all())
    klanten: dict[int, list[str]] = defaultdict(list)
    for cm_id, key in (await session.execute(select(KlantContactMoment.contactmoment_id, KlantContactMoment.uuid)
                                             .where(KlantContactMoment.contactmoment_id.in_(ids))
                                             .order_by(KlantContactMoment.id))).all():
        klanten[cm_id].append(url(base, "klantcontactmomenten", key))
    objecten: dict[int, list[str]] = defaultdict(list)
    for cm_id, key in (await session.execute(select(ObjectContactMoment.contactmoment_id, ObjectContactMoment.uuid)
                                             .where(ObjectContactMoment.contactmoment_id.in_(ids))
                                             .order_by(ObjectContactMoment.id))).all():
        objecten[cm_id].append(url(base, "objectcontactmomenten", key))
    return [
        _without_blank_references({
            "url": url(base, "contactmomenten", row.uuid),
            "vorigContactmoment": url(base, "contactmomenten", uuids[row.vorig_id]) if row.vorig_id else None,
            "volgendContactmoment": url(base, "contactmomenten", volgend[row.id]) if row.id in volgend else None,
            "bronorganisatie": row.bronorganisatie,
            "klantcontactmomenten": klanten.get(row.id, []),
            "objectcontactmomenten": objecten.get(row.id, []),
            "registratiedatum": moment(row.registratiedatum),
            "kanaal": row.kanaal,
            "voorkeurskanaal": row.voorkeurskanaal,
            "voorkeurstaal": row.voorkeurstaal,
            "tekst": row.tekst,
            "onderwerpLinks": list(row.onderwerp_links or []),
            "initiatiefnemer": row.initiatiefnemer,
            "medewerker": row.medewerker,
            "medewerkerIdentificatie": _medewerker(row),
        })
        for row in rows
    ]


# Not nullable in the contract, and "" is no URL and no value of the enum: a contactmoment without
# them leaves them out of its answer (Open Klant 1 answers "", which its own contract refuses).
BLANK_LEFT_OUT = ("medewerker", "initiatiefnemer")


def _without_blank_references(data: dict[str, Any]) -> dict[str, Any]:
    for name in BLANK_LEFT_OUT:
        if data[name] == "":
            del data[name]
    return data


async def _contactmoment_urls(session: AsyncSession, base: str, ids: set[int]) -> dict[int, str]:
    found = await session.execute(select(ContactMoment.id, ContactMoment.uuid).where(ContactMoment.id.in_(ids)))
    return {cm_id: url(base, "contactmomenten", key) for cm_id, key in found.all()}


async def klantcontactmomenten_out(session: AsyncSession, base: str,
                                   rows: Sequence[KlantContactMoment]) -> list[dict[str, Any]]:
    urls = await _contactmoment_urls(session, base, {row.contactmoment_id for row in rows}) if rows else {}
    return [
        {"url": url(base, "klantcontactmomenten", row.uuid), "contactmoment": urls[row.contactmoment_id],
         "klant": row.klant, "rol": row.rol, "gelezen": row.gelezen}
        for row in rows
    ]


async def objectcontactmomenten_out(session: AsyncSession, base: str,
                                    rows: Sequence[ObjectContactMoment]) -> list[dict[str, Any]]:
    urls = await _contactmoment_urls(session, base, {row.contactmoment_id for row in rows}) if rows else {}
    return [
        {"url": url(base, "objectcontactmomenten", row.uuid), "contactmoment": urls[row.contactmoment_id],
         "object": row.object, "objectType": row.object_type}
        for row in rows
    ]


SERIALIZERS = {
    ContactMoment: contactmomenten_out,
    KlantContactMoment: klantcontactmomenten_out,
    ObjectContactMoment: objectcontactmomenten_out,
}


async def rows_out(session: AsyncSession, base: str, rows: Sequence[Any]) -> list[dict[str, Any]]:
    if not rows:
        return []
    return await SERIALIZERS[type(rows[0])](session, base, rows)


async def expand(session: AsyncSession, base: str, results: list[dict[str, Any]], names: list[str]) -> None:
    """The dialect's ``expand``: the linked klant- and objectcontactmomenten, under ``_expand``."""
    by_url = {result["url"]: result for result in results}
    keys = {r["url"].rpartition("/")[2] for r in results}
    for name in names:
        model = KlantContactMoment if name == "klantcontactmomenten" else ObjectContactMoment
        rows = (await session.scalars(
            select(model).join(ContactMoment, ContactMoment.id == model.contactmoment_id)
            .where(ContactMoment.uuid.in_([UUID(k) for k in keys])).order_by(model.id))).all()
        linked: dict[str, list[dict]] = defaultdict(list)
        for item in await rows_out(session, base, rows):
            linked[item["contactmoment"]].append(item)
        for result_url, result in by_url.items():
            result.setdefault("_expand", {})[name] = linked.get(result_url, [])
