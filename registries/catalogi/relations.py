"""Relations loaded a page at a time, and names resolved to the versions valid on a day.

Every function takes the ids (or names) of a whole page and answers with one query, so a page
of a hundred zaaktypen costs a dozen queries, not a thousand.

Types relate by name (see models.py). A name resolves to the versions in the same catalogus
that are published and valid on the day asked: ``beginGeldigheid <= day`` and no
``eindeGeldigheid`` or ``eindeGeldigheid >= day`` (a version is valid up to and including its
last day). That is the standard's rule for the URLs in responses; the day is today, or the
client's ``datumGeldigheid``.
"""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.catalogi.models import (
    BesluitType,
    BesluitTypeInformatieObjectType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    ResultaatTypeBesluitType,
    ResultaatTypeInformatieObjectType,
    RolType,
    StatusType,
    StatusTypeEigenschap,
    ZaakObjectType,
    ZaakType,
    ZaakTypeBesluitType,
    ZaakTypeInformatieObjectType,
    ZaakTypeTrefwoord,
)

Key = tuple[int, str]  # (catalogus id, name)


def valid_on(model, day: date):
    """The SQL condition: this version is valid on ``day`` (whatever its concept status)."""
    return and_(model.begin_geldigheid <= day, or_(model.einde_geldigheid.is_(None), model.einde_geldigheid >= day))


def published_on(model, day: date):
    return and_(model.concept == false(), valid_on(model, day))


async def _rows(session: AsyncSession, stmt) -> list[Any]:
    return list((await session.execute(stmt)).all())


def _grouped(pairs: Iterable[tuple[Any, Any]]) -> defaultdict[Any, list]:
    grouped: defaultdict[Any, list] = defaultdict(list)
    for key, value in pairs:
        grouped[key].append(value)
    return grouped


async def catalogus_uuids(session: AsyncSession, ids: set[int]) -> dict[int, UUID]:
    return await uuids_by_id(session, Catalogus, ids)


async def uuids_by_id(session: AsyncSession, model, ids: set[int]) -> dict[int, UUID]:
    if not ids:
        return {}
    return dict(await _rows(session, select(model.id, model.uuid).where(model.id.in_(ids))))


async def zaaktypen_by_id(session: AsyncSession, ids: set[int]) -> dict[int, ZaakType]:
    if not ids:
        return {}
    return {row.id: row for row in (await session.scalars(select(ZaakType).where(ZaakType.id.in_(ids)))).all()}


async def types_per_catalogus(session: AsyncSession, ids: list[int]) -> dict[int, dict[str, list[UUID]]]:
    found: dict[int, dict[str, list[UUID]]] = {
        key: {"zaaktypen": [], "besluittypen": [], "informatieobjecttypen": []} for key in ids
    }
    if not ids:
        return found
    for field, model in (("zaaktypen", ZaakType), ("besluittypen", BesluitType),
                         ("informatieobjecttypen", InformatieObjectType)):
        stmt = select(model.catalogus_id, model.uuid).where(model.catalogus_id.in_(ids)).order_by(model.id)
        for catalogus_id, key in await _rows(session, stmt):
            found[catalogus_id][field].append(key)
    return found


async def _names(session: AsyncSession, owner, name, ids: list[int], *order) -> defaultdict[int, list]:
    if not ids:
        return defaultdict(list)
    stmt = select(owner, name).where(owner.in_(ids)).order_by(owner, *order)
    return _grouped(await _rows(session, stmt))


async def zaaktype_trefwoorden(session: AsyncSession, ids: list[int]) -> defaultdict[int, list[str]]:
    return await _names(session, ZaakTypeTrefwoord.zaaktype_id, ZaakTypeTrefwoord.trefwoord, ids,
                        ZaakTypeTrefwoord.position)


async def zaaktype_besluittypen(session: AsyncSession, ids: list[int]) -> defaultdict[int, list[str]]:
    return await _names(session, ZaakTypeBesluitType.zaaktype_id, ZaakTypeBesluitType.omschrijving, ids,
                        ZaakTypeBesluitType.position)


async def zaaktype_informatieobjecttype_names(session: AsyncSession, ids: list[int]) -> defaultdict[int, list[str]]:
    return await _names(session, ZaakTypeInformatieObjectType.zaaktype_id,
                        ZaakTypeInformatieObjectType.informatieobjecttype, ids,
                        ZaakTypeInformatieObjectType.volgnummer)


async def besluittype_informatieobjecttypen(session: AsyncSession, ids: list[int]) -> defaultdict[int, list[str]]:
    return await _names(session, BesluitTypeInformatieObjectType.besluittype_id,
                        BesluitTypeInformatieObjectType.omschrijving, ids, BesluitTypeInformatieObjectType.position)


async def resultaattype_besluittypen(session: AsyncSession, ids: list[int]) -> defaultdict[int, list[str]]:
    return await _names(session, ResultaatTypeBesluitType.resultaattype_id, ResultaatTypeBesluitType.omschrijving,
                        ids, ResultaatTypeBesluitType.position)


async def resultaattype_informatieobjecttypen(session: AsyncSession, ids: list[int]) -> defaultdict[int, list]:
    if not ids:
        return defaultdict(list)
    link = ResultaatTypeInformatieObjectType
    stmt = (
        select(link.resultaattype_id, InformatieObjectType.uuid, InformatieObjectType.omschrijving)
        .join(InformatieObjectType, InformatieObjectType.id == link.informatieobjecttype_id)
        .where(link.resultaattype_id.in_(ids))
        .order_by(link.resultaattype_id, link.position)
    )
    return _grouped((owner, (key, name)) for owner, key, name in await _rows(session, stmt))


async def statustype_eigenschappen(session: AsyncSession, ids: list[int]) -> defaultdict[int, list[UUID]]:
    if not ids:
        return defaultdict(list)
    link = StatusTypeEigenschap
    stmt = (
        select(link.statustype_id, Eigenschap.uuid)
        .join(Eigenschap, Eigenschap.id == link.eigenschap_id)
        .where(link.statustype_id.in_(ids))
        .order_by(link.statustype_id, link.position)
    )
    return _grouped(await _rows(session, stmt))


PARTS = {
    "statustypen": (StatusType, StatusType.volgnummer),
    "resultaattypen": (ResultaatType, ResultaatType.id),
    "eigenschappen": (Eigenschap, Eigenschap.id),
    "roltypen": (RolType, RolType.id),
    "zaakobjecttypen": (ZaakObjectType, ZaakObjectType.id),
}


async def zaaktype_parts(session: AsyncSession, ids: list[int]) -> dict[str, defaultdict[int, list[UUID]]]:
    """The statustypen, resultaattypen, eigenschappen, roltypen and zaakobjecttypen of a page
    of zaaktypen: one query per kind of part."""
    parts: dict[str, defaultdict[int, list[UUID]]] = {}
    for field, (model, order) in PARTS.items():
        if not ids:
            parts[field] = defaultdict(list)
            continue
        stmt = select(model.zaaktype_id, model.uuid).where(model.zaaktype_id.in_(ids)).order_by(model.zaaktype_id, order)
        parts[field] = _grouped(await _rows(session, stmt))
    return parts


async def last_volgnummer(session: AsyncSession, zaaktype_ids: set[int]) -> dict[int, int]:
    if not zaaktype_ids:
        return {}
    stmt = (select(StatusType.zaaktype_id, func.max(StatusType.volgnummer))
            .where(StatusType.zaaktype_id.in_(zaaktype_ids)).group_by(StatusType.zaaktype_id))
    return dict(await _rows(session, stmt))


# --- names to versions --------------------------------------------------------------------------


async def resolve(session: AsyncSession, model, name, day: date, keys: set[Key]) -> dict[Key, list[UUID]]:
    """For each (catalogus, name): the uuids of the versions published and valid on ``day``."""
    if not keys:
        return {}
    stmt = (
        select(model.catalogus_id, name, model.uuid)
        .where(model.catalogus_id.in_({c for c, _n in keys}), name.in_({n for _c, n in keys}),
               published_on(model, day))
        .order_by(model.begin_geldigheid.desc(), model.id)
    )
    found: dict[Key, list[UUID]] = {}
    for catalogus_id, value, key in await _rows(session, stmt):
        if (catalogus_id, value) in keys:
            found.setdefault((catalogus_id, value), []).append(key)
    return found


async def _owners_naming(session: AsyncSession, owner, link_owner, link_name, day: date,
                         keys: set[Key], extra=()) -> dict[Key, list]:
    """Published versions of ``owner`` valid on ``day`` whose relation table names one of
    ``keys`` (in their own catalogus)."""
    if not keys:
        return {}
    stmt = (
        select(owner.catalogus_id, link_name, owner.uuid, *extra)
        .join(owner, owner.id == link_owner)
        .where(owner.catalogus_id.in_({c for c, _n in keys}), link_name.in_({n for _c, n in keys}),
               published_on(owner, day))
        .order_by(owner.id)
    )
    found: dict[Key, list] = {}
    for catalogus_id, value, key, *more in await _rows(session, stmt):
        if (catalogus_id, value) in keys:
            item = (key, *more) if more else key
            if item not in found.setdefault((catalogus_id, value), []):
                found[(catalogus_id, value)].append(item)
    return found


async def zaaktypen_with_besluittype(session: AsyncSession, keys: set[Key], day: date) -> dict[Key, list[UUID]]:
    return await _owners_naming(session, ZaakType, ZaakTypeBesluitType.zaaktype_id, ZaakTypeBesluitType.omschrijving,
                                day, keys)


async def zaaktypen_with_informatieobjecttype(session: AsyncSession, keys: set[Key], day: date) -> dict[Key, list[UUID]]:
    return await _owners_naming(session, ZaakType, ZaakTypeInformatieObjectType.zaaktype_id,
                                ZaakTypeInformatieObjectType.informatieobjecttype, day, keys)


async def besluittypen_with_informatieobjecttype(session: AsyncSession, keys: set[Key], day: date) -> dict[Key, list[UUID]]:
    return await _owners_naming(session, BesluitType, BesluitTypeInformatieObjectType.besluittype_id,
                                BesluitTypeInformatieObjectType.omschrijving, day, keys)


async def resultaattypen_with_besluittype(session: AsyncSession, keys: set[Key], day: date) -> dict[Key, list]:
    """(uuid, omschrijving) of the resultaattypen of published zaaktypen valid on ``day`` that
    name one of the besluittypen in ``keys``."""
    if not keys:
        return {}
    stmt = (
        select(ZaakType.catalogus_id, ResultaatTypeBesluitType.omschrijving, ResultaatType.uuid,
               ResultaatType.omschrijving)
        .join(ResultaatType, ResultaatType.id == ResultaatTypeBesluitType.resultaattype_id)
        .join(ZaakType, ZaakType.id == ResultaatType.zaaktype_id)
        .where(ZaakType.catalogus_id.in_({c for c, _n in keys}),
               ResultaatTypeBesluitType.omschrijving.in_({n for _c, n in keys}), published_on(ZaakType, day))
        .order_by(ResultaatType.id)
    )
    found: dict[Key, list] = {}
    for catalogus_id, value, key, omschrijving in await _rows(session, stmt):
        if (catalogus_id, value) in keys and (key, omschrijving) not in found.get((catalogus_id, value), []):
            found.setdefault((catalogus_id, value), []).append((key, omschrijving))
    return found
