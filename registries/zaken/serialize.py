"""Rows to their wire form, with the URLs of related objects loaded per page in one statement.

The relations of a zaak (deelzaken, rollen, eigenschappen, zaakobjecten, zaakinformatieobjecten,
current status, resultaat, hoofdzaak, the BSNs of the rollen) are correlated subqueries: columns
of the statement that reads the page (PAGE_COLUMNS), so a list of 100 zaken costs one statement
like the zaken of one citizen, or of a statement of their own for zaken already read (RELATIONS).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from common.keylists import key_list, keys_in_order, value_list, values

from registries.zaken.models import (
    KlantContact,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakBesluit,
    ZaakContactMoment,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
    ZaakVerzoek,
)
from registries.zaken.schemas import AARD_RELATIE_WEERGAVE, BETALINGSINDICATIE_WEERGAVE, _date, _datetime, url


@dataclass
class ZaakRelations:
    deelzaken: dict[int, list[UUID]] = field(default_factory=lambda: defaultdict(list))
    eigenschappen: dict[int, list[UUID]] = field(default_factory=lambda: defaultdict(list))
    rollen: dict[int, list[UUID]] = field(default_factory=lambda: defaultdict(list))
    zaakinformatieobjecten: dict[int, list[UUID]] = field(default_factory=lambda: defaultdict(list))
    zaakobjecten: dict[int, list[UUID]] = field(default_factory=lambda: defaultdict(list))
    bsns: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    status_of: dict[int, UUID] = field(default_factory=dict)  # current status, by zaak id
    resultaat: dict[int, UUID] = field(default_factory=dict)  # by zaak id
    hoofdzaak: dict[int, UUID] = field(default_factory=dict)  # by (deel)zaak id


def _relation_columns() -> tuple:
    deelzaak = aliased(Zaak)
    hoofdzaak = aliased(Zaak)
    return (
        key_list(deelzaak.uuid, deelzaak.id, deelzaak.hoofdzaak_id == Zaak.id).label("deelzaak_keys"),
        key_list(ZaakEigenschap.uuid, ZaakEigenschap.id, ZaakEigenschap.zaak_id == Zaak.id).label("eigenschap_keys"),
        key_list(Rol.uuid, Rol.id, Rol.zaak_id == Zaak.id).label("rol_keys"),
        key_list(ZaakInformatieObject.uuid, ZaakInformatieObject.id,
                 ZaakInformatieObject.zaak_id == Zaak.id).label("zaakinformatieobject_keys"),
        key_list(ZaakObject.uuid, ZaakObject.id, ZaakObject.zaak_id == Zaak.id).label("zaakobject_keys"),
        value_list(Rol.inp_bsn, Rol.zaak_id == Zaak.id).label("rol_bsns"),
        select(Status.uuid).where(Status.id == Zaak.status_id).scalar_subquery().label("status_key"),
        select(Resultaat.uuid).where(Resultaat.zaak_id == Zaak.id).limit(1).scalar_subquery().label("resultaat_key"),
        select(hoofdzaak.uuid).where(hoofdzaak.id == Zaak.hoofdzaak_id).scalar_subquery().label("hoofdzaak_key"),
    )


# Built once: putting a statement of this size together costs more than running it.
RELATION_COLUMNS = _relation_columns()
RELATIONS = select(Zaak.id, *RELATION_COLUMNS).where(Zaak.id.in_(bindparam("ids", expanding=True)))
# A page of zaken with their relations: the zaak's columns, then the relations (a list's statement
# selects these and adds its filters; see routes.zaak_list).
PAGE_COLUMNS = (*Zaak.__table__.columns, *RELATION_COLUMNS)
PAGE_BY_IDS = select(*PAGE_COLUMNS).where(Zaak.id.in_(bindparam("ids", expanding=True)))


def _add(relations: ZaakRelations, zaak_id: int, deel, eig, rol, zio, obj, bsns, status, resultaat, hoofd) -> None:
    relations.deelzaken[zaak_id] = keys_in_order(deel)
    relations.eigenschappen[zaak_id] = keys_in_order(eig)
    relations.rollen[zaak_id] = keys_in_order(rol)
    relations.zaakinformatieobjecten[zaak_id] = keys_in_order(zio)
    relations.zaakobjecten[zaak_id] = keys_in_order(obj)
    if bsns:
        relations.bsns[zaak_id] = values(bsns)
    if status is not None:
        relations.status_of[zaak_id] = status
    if resultaat is not None:
        relations.resultaat[zaak_id] = resultaat
    if hoofd is not None:
        relations.hoofdzaak[zaak_id] = hoofd


async def zaak_relations(session: AsyncSession, zaken: Sequence[Zaak]) -> ZaakRelations:
    """Every relation of every zaak on the page, in one statement (common/keylists.py)."""
    relations = ZaakRelations()
    ids = [z.id for z in zaken]
    if not ids:
        return relations
    for zaak_id, *columns in await session.execute(RELATIONS, {"ids": ids}):
        _add(relations, zaak_id, *columns)
    return relations


_RELATED = len(RELATION_COLUMNS)


def page_relations(rows: Sequence[Any]) -> ZaakRelations:
    """The relations of rows read with PAGE_COLUMNS: no statement of their own."""
    relations = ZaakRelations()
    for row in rows:
        _add(relations, row.id, *row[-_RELATED:])
    return relations


async def page_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[Any]:
    """The zaken of ``ids`` with their relations (PAGE_COLUMNS), in the order of ``ids``."""
    if not ids:
        return []
    connection = await session.connection()  # columns, not entities: no work of the session's
    by_id = {row.id: row for row in await connection.execute(PAGE_BY_IDS, {"ids": list(ids)})}
    return [by_id[i] for i in ids if i in by_id]


def new_zaak_relations(zaak: Zaak, hoofdzaak: Zaak | None) -> ZaakRelations:
    """The relations of a zaak just made: none yet, but its hoofdzaak."""
    relations = ZaakRelations()
    if hoofdzaak is not None:
        relations.hoofdzaak[zaak.id] = hoofdzaak.uuid
    return relations


def zaak_out(base: str, zaak: Zaak, relations: ZaakRelations) -> dict[str, Any]:
    def urls(collection: str, keys: list[UUID]) -> list[str]:
        return [url(base, collection, key) for key in keys]

    zaak_url = url(base, "zaken", zaak.uuid)
    return {
        "url": zaak_url,
        "uuid": str(zaak.uuid),
        "identificatie": zaak.identificatie,
        "bronorganisatie": zaak.bronorganisatie,
        "omschrijving": zaak.omschrijving,
        "toelichting": zaak.toelichting,
        "zaaktype": zaak.zaaktype,
        "registratiedatum": _date(zaak.registratiedatum),
        "verantwoordelijkeOrganisatie": zaak.verantwoordelijke_organisatie,
        "startdatum": _date(zaak.startdatum),
        "einddatum": _date(zaak.einddatum),
        "einddatumGepland": _date(zaak.einddatum_gepland),
        "uiterlijkeEinddatumAfdoening": _date(zaak.uiterlijke_einddatum_afdoening),
        "publicatiedatum": _date(zaak.publicatiedatum),
        "communicatiekanaal": zaak.communicatiekanaal,
        "productenOfDiensten": list(zaak.producten_of_diensten or []),
        "vertrouwelijkheidaanduiding": zaak.vertrouwelijkheidaanduiding,
        "betalingsindicatie": zaak.betalingsindicatie,
        "betalingsindicatieWeergave": BETALINGSINDICATIE_WEERGAVE.get(zaak.betalingsindicatie, ""),
        "laatsteBetaaldatum": _datetime(zaak.laatste_betaaldatum),
        "zaakgeometrie": zaak.zaakgeometrie,
        "verlenging": zaak.verlenging,
        "opschorting": zaak.opschorting,
        "selectielijstklasse": zaak.selectielijstklasse,
        "hoofdzaak": url(base, "zaken", relations.hoofdzaak[zaak.id]) if zaak.id in relations.hoofdzaak else None,
        "deelzaken": urls("zaken", relations.deelzaken.get(zaak.id, [])),
        "relevanteAndereZaken": list(zaak.relevante_andere_zaken or []),
        "eigenschappen": [f"{zaak_url}/zaakeigenschappen/{key}" for key in relations.eigenschappen.get(zaak.id, [])],
        "rollen": urls("rollen", relations.rollen.get(zaak.id, [])),
        "status": url(base, "statussen", relations.status_of[zaak.id]) if zaak.id in relations.status_of else None,
        "zaakinformatieobjecten": urls("zaakinformatieobjecten", relations.zaakinformatieobjecten.get(zaak.id, [])),
        "zaakobjecten": urls("zaakobjecten", relations.zaakobjecten.get(zaak.id, [])),
        "kenmerken": list(zaak.kenmerken or []),
        "archiefnominatie": zaak.archiefnominatie,
        "archiefstatus": zaak.archiefstatus,
        "archiefactiedatum": _date(zaak.archiefactiedatum),
        "resultaat": url(base, "resultaten", relations.resultaat[zaak.id]) if zaak.id in relations.resultaat else None,
        "opdrachtgevendeOrganisatie": zaak.opdrachtgevende_organisatie,
        "processobjectaard": zaak.processobjectaard,
        "startdatumBewaartermijn": _date(zaak.startdatum_bewaartermijn),
        "processobject": zaak.processobject,
    }


# --- sub-resources: each answer needs the zaak's uuid (and sometimes more) -------------------


@dataclass
class SubRelations:
    zaak_uuid: dict[int, UUID] = field(default_factory=dict)
    status_uuid: dict[int, UUID] = field(default_factory=dict)
    rol_uuid: dict[int, UUID] = field(default_factory=dict)
    current_status: set[int] = field(default_factory=set)  # status ids that are their zaak's current one
    zio_by_status: dict[int, list[UUID]] = field(default_factory=lambda: defaultdict(list))
    statussen_by_rol: dict[int, list[UUID]] = field(default_factory=lambda: defaultdict(list))


async def sub_relations(session: AsyncSession, rows: Sequence[Any]) -> SubRelations:
    relations = SubRelations()
    zaak_ids = {row.zaak_id for row in rows}
    if zaak_ids:
        relations.zaak_uuid = dict((await session.execute(select(Zaak.id, Zaak.uuid)
                                                          .where(Zaak.id.in_(zaak_ids)))).all())
    status_ids = {row.status_id for row in rows if isinstance(row, ZaakInformatieObject) and row.status_id}
    status_ids |= {row.id for row in rows if isinstance(row, Status)}
    if status_ids:
        relations.status_uuid = dict((await session.execute(select(Status.id, Status.uuid)
                                                            .where(Status.id.in_(status_ids)))).all())
    rol_ids = {row.gezetdoor_id for row in rows if isinstance(row, Status) and row.gezetdoor_id}
    if rol_ids:
        relations.rol_uuid = dict((await session.execute(select(Rol.id, Rol.uuid).where(Rol.id.in_(rol_ids)))).all())
    statussen = [row.id for row in rows if isinstance(row, Status)]
    if statussen:
        for status_id, key in await session.execute(
            select(ZaakInformatieObject.status_id, ZaakInformatieObject.uuid)
            .where(ZaakInformatieObject.status_id.in_(statussen)).order_by(ZaakInformatieObject.id)
        ):
            relations.zio_by_status[status_id].append(key)
    rollen = [row.id for row in rows if isinstance(row, Rol)]
    if rollen:
        for rol_id, key in await session.execute(
            select(Status.gezetdoor_id, Status.uuid).where(Status.gezetdoor_id.in_(rollen)).order_by(Status.id)
        ):
            relations.statussen_by_rol[rol_id].append(key)
    return relations


def status_out(base: str, row: Status, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "statussen", row.uuid),
        "uuid": str(row.uuid),
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "statustype": row.statustype,
        "datumStatusGezet": _datetime(row.datum_status_gezet),
        "statustoelichting": row.statustoelichting,
        "indicatieLaatstGezetteStatus": bool(row.indicatie_laatst_gezette_status),
        "gezetdoor": url(base, "rollen", rel.rol_uuid[row.gezetdoor_id]) if row.gezetdoor_id in rel.rol_uuid else "",
        "zaakinformatieobjecten": [url(base, "zaakinformatieobjecten", k) for k in rel.zio_by_status.get(row.id, [])],
    }


def resultaat_out(base: str, row: Resultaat, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "resultaten", row.uuid),
        "uuid": str(row.uuid),
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "resultaattype": row.resultaattype,
        "toelichting": row.toelichting,
    }


def rol_out(base: str, row: Rol, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "rollen", row.uuid),
        "uuid": str(row.uuid),
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "betrokkene": row.betrokkene,
        "betrokkeneType": row.betrokkene_type,
        "afwijkendeNaamBetrokkene": row.afwijkende_naam_betrokkene,
        "roltype": row.roltype,
        "omschrijving": row.omschrijving,
        "omschrijvingGeneriek": row.omschrijving_generiek,
        "roltoelichting": row.roltoelichting,
        "registratiedatum": _datetime(row.registratiedatum),
        "indicatieMachtiging": row.indicatie_machtiging,
        "contactpersoonRol": row.contactpersoon_rol,
        "statussen": [url(base, "statussen", k) for k in rel.statussen_by_rol.get(row.id, [])],
        "betrokkeneIdentificatie": row.betrokkene_identificatie,
    }


def zaakobject_out(base: str, row: ZaakObject, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "zaakobjecten", row.uuid),
        "uuid": str(row.uuid),
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "object": row.object,
        "zaakobjecttype": row.zaakobjecttype,
        "objectType": row.object_type,
        "objectTypeOverige": row.object_type_overige,
        "objectTypeOverigeDefinitie": row.object_type_overige_definitie,
        "relatieomschrijving": row.relatieomschrijving,
        "objectIdentificatie": row.object_identificatie,
    }


def zaakinformatieobject_out(base: str, row: ZaakInformatieObject, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "zaakinformatieobjecten", row.uuid),
        "uuid": str(row.uuid),
        "informatieobject": row.informatieobject,
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "aardRelatieWeergave": AARD_RELATIE_WEERGAVE.get(row.aard_relatie, ""),
        "titel": row.titel,
        "beschrijving": row.beschrijving,
        "registratiedatum": _datetime(row.registratiedatum),
        "vernietigingsdatum": _datetime(row.vernietigingsdatum),
        "status": url(base, "statussen", rel.status_uuid[row.status_id]) if row.status_id in rel.status_uuid else None,
    }


def klantcontact_out(base: str, row: KlantContact, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "klantcontacten", row.uuid),
        "uuid": str(row.uuid),
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "identificatie": row.identificatie,
        "datumtijd": _datetime(row.datumtijd),
        "kanaal": row.kanaal,
        "onderwerp": row.onderwerp,
        "toelichting": row.toelichting,
    }


def zaakcontactmoment_out(base: str, row: ZaakContactMoment, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "zaakcontactmomenten", row.uuid),
        "uuid": str(row.uuid),
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "contactmoment": row.contactmoment,
    }


def zaakverzoek_out(base: str, row: ZaakVerzoek, rel: SubRelations) -> dict[str, Any]:
    return {
        "url": url(base, "zaakverzoeken", row.uuid),
        "uuid": str(row.uuid),
        "zaak": url(base, "zaken", rel.zaak_uuid[row.zaak_id]),
        "verzoek": row.verzoek,
    }


def zaakeigenschap_out(base: str, row: ZaakEigenschap, rel: SubRelations) -> dict[str, Any]:
    zaak = url(base, "zaken", rel.zaak_uuid[row.zaak_id])
    return {
        "url": f"{zaak}/zaakeigenschappen/{row.uuid}",
        "uuid": str(row.uuid),
        "zaak": zaak,
        "eigenschap": row.eigenschap,
        "naam": row.naam,
        "waarde": row.waarde,
    }


def zaakbesluit_out(base: str, row: ZaakBesluit, rel: SubRelations) -> dict[str, Any]:
    zaak = url(base, "zaken", rel.zaak_uuid[row.zaak_id])
    return {"url": f"{zaak}/besluiten/{row.uuid}", "uuid": str(row.uuid), "besluit": row.besluit}


OUT = {
    Status: status_out,
    Resultaat: resultaat_out,
    Rol: rol_out,
    ZaakObject: zaakobject_out,
    ZaakInformatieObject: zaakinformatieobject_out,
    KlantContact: klantcontact_out,
    ZaakContactMoment: zaakcontactmoment_out,
    ZaakVerzoek: zaakverzoek_out,
    ZaakEigenschap: zaakeigenschap_out,
    ZaakBesluit: zaakbesluit_out,
}


async def rows_out(session: AsyncSession, base: str, rows: Sequence[Any]) -> list[dict[str, Any]]:
    relations = await sub_relations(session, rows)
    return [OUT[type(row)](base, row, relations) for row in rows]
