"""Writing producttypen, themas, prijzen and producten: the rules of rules.py applied to what a
request asks, then the rows and their children written in the request's transaction.

A POST or PUT sets every field (absent ones take their default); a PATCH only the fields it
sends. ``given`` is the set of fields to write.
"""

from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.producten import rules
from registries.producten.models import (
    Contact,
    Eigenaar,
    JsonSchema,
    Locatie,
    Organisatie,
    Prijs,
    PrijsOptie,
    PrijsRegel,
    Product,
    ProductType,
    ProductTypeContact,
    ProductTypeLocatie,
    ProductTypeOrganisatie,
    ProductTypeThema,
    ProductTypeWaarde,
    ProductVerwijzing,
    Thema,
    UniformeProductNaam,
)
from registries.producten.rules import Errors


def now() -> datetime:
    return datetime.now(UTC)


def fields_to_write(body, partial: bool) -> set[str]:
    return set(body.model_fields_set) if partial else set(type(body).model_fields)


# --------------------------------------------------------------------------- producttypen


def _verwijzingen(items) -> list[dict[str, Any]]:
    return [{"urn": item.urn, "url": item.url} for item in items]


async def save_producttype(session: AsyncSession, pt: ProductType, body, *, creating: bool, partial: bool) -> None:
    given = fields_to_write(body, partial)
    errors = Errors()
    if "code" in given:
        await rules.check_code_unique(session, body.code, pt.id)
    doelgroep = body.doelgroep if "doelgroep" in given else pt.doelgroep
    if creating or {"uniforme_product_naam", "doelgroep"} & given:
        if "uniforme_product_naam" in given:
            naam = body.uniforme_product_naam
        else:
            naam = await session.scalar(select(UniformeProductNaam.naam).where(UniformeProductNaam.id == pt.upl_id)) if pt.upl_id else None
        pt.upl_id = await rules.upl_id(session, errors, naam, doelgroep)
    thema_ids = locatie_ids = organisatie_ids = contact_ids = None
    if "thema_uuids" in given:
        rules.check_themas_given(errors, body.thema_uuids)
        thema_ids = await rules.ids_of(session, errors, "thema_uuids", Thema, body.thema_uuids)
    if "locatie_uuids" in given:
        locatie_ids = await rules.ids_of(session, errors, "locatie_uuids", Locatie, body.locatie_uuids)
    if "organisatie_uuids" in given:
        organisatie_ids = await rules.ids_of(session, errors, "organisatie_uuids", Organisatie, body.organisatie_uuids)
    if "contact_uuids" in given:
        contact_ids = await rules.ids_of(session, errors, "contact_uuids", Contact, body.contact_uuids)
    start = body.publicatie_start_datum if "publicatie_start_datum" in given else pt.publicatie_start_datum
    eind = body.publicatie_eind_datum if "publicatie_eind_datum" in given else pt.publicatie_eind_datum
    rules.check_publicatie(errors, start, eind)
    if "externe_codes" in given:
        rules.check_unique_names(errors, "externe_codes", body.externe_codes)
    if "parameters" in given:
        rules.check_unique_names(errors, "parameters", body.parameters)
    if "verbruiksobject_schema_naam" in given:
        pt.verbruiksobject_schema_id = await rules.schema_id(session, errors, "verbruiksobject_schema_naam",
                                                              body.verbruiksobject_schema_naam)
    if "dataobject_schema_naam" in given:
        pt.dataobject_schema_id = await rules.schema_id(session, errors, "dataobject_schema_naam", body.dataobject_schema_naam)
    errors.raise_if_any()

    for name in ("code", "naam", "samenvatting", "doelgroep", "eigenaar", "interne_opmerkingen",
                 "publicatie_start_datum", "publicatie_eind_datum"):
        if name in given:
            setattr(pt, name, getattr(body, name))
    if "toegestane_statussen" in given:
        pt.toegestane_statussen = list(dict.fromkeys(body.toegestane_statussen))
    if "keywords" in given:
        pt.keywords = list(body.keywords)
    if "externe_codes" in given:
        pt.externe_codes = [{"naam": e.naam, "code": e.code} for e in body.externe_codes]
    if "parameters" in given:
        pt.parameters = [{"naam": p.naam, "waarde": p.waarde} for p in body.parameters]
    for name in ("zaaktypen", "verzoektypen", "processen"):
        if name in given:
            setattr(pt, name, _verwijzingen(getattr(body, name)))
    stamp = now()
    if creating:
        pt.aanmaak_datum = stamp
    pt.update_datum = stamp
    session.add(pt)
    await session.flush()

    if contact_ids is not None:
        # A contact's organisatie is one of the producttype's organisaties too (as Open Product does).
        contact_orgs = (await session.scalars(select(Contact.organisatie_id).where(
            Contact.id.in_(contact_ids), Contact.organisatie_id.is_not(None)))).all() if contact_ids else []
        if contact_orgs:
            current = organisatie_ids if organisatie_ids is not None else list((await session.scalars(
                select(ProductTypeOrganisatie.organisatie_id).where(ProductTypeOrganisatie.producttype_id == pt.id))).all())
            organisatie_ids = list(dict.fromkeys([*current, *contact_orgs]))
    for table, column, ids in ((ProductTypeThema, "thema_id", thema_ids), (ProductTypeLocatie, "locatie_id", locatie_ids),
                               (ProductTypeOrganisatie, "organisatie_id", organisatie_ids),
                               (ProductTypeContact, "contact_id", contact_ids)):
        if ids is not None:
            await session.execute(delete(table).where(table.producttype_id == pt.id))
            if ids:
                await session.execute(insert(table), [{"producttype_id": pt.id, column: i} for i in ids])
    await _write_waarden(session, pt, given)


_WAARDE_SOURCES = {
    "keywords": ("keyword",), "toegestane_statussen": ("status",), "externe_codes": ("externe_code",),
    "parameters": ("parameter",), "zaaktypen": ("zaaktype_url", "zaaktype_urn"),
    "verzoektypen": ("verzoektype_url", "verzoektype_urn"), "processen": ("proces_url", "proces_urn"),
}


async def _write_waarden(session: AsyncSession, pt: ProductType, given: set[str]) -> None:
    """The searchable copies of a producttype's lists (see ProductTypeWaarde)."""
    soorten = [s for field, kinds in _WAARDE_SOURCES.items() if field in given for s in kinds]
    if not soorten:
        return
    await session.execute(delete(ProductTypeWaarde).where(
        ProductTypeWaarde.producttype_id == pt.id, ProductTypeWaarde.soort.in_(soorten)))
    rows = []
    if "keywords" in given:
        rows += [("keyword", "", k) for k in dict.fromkeys(pt.keywords)]
    if "toegestane_statussen" in given:
        rows += [("status", "", s) for s in pt.toegestane_statussen]
    if "externe_codes" in given:
        rows += [("externe_code", e["naam"], e["code"]) for e in pt.externe_codes]
    if "parameters" in given:
        rows += [("parameter", p["naam"], p["waarde"]) for p in pt.parameters]
    for field, prefix in (("zaaktypen", "zaaktype"), ("verzoektypen", "verzoektype"), ("processen", "proces")):
        if field in given:
            for item in getattr(pt, field):
                rows += [(f"{prefix}_{part}", "", item[part]) for part in ("url", "urn") if item.get(part)]
    if rows:
        await session.execute(insert(ProductTypeWaarde), [
            {"producttype_id": pt.id, "soort": soort, "naam": naam, "waarde": waarde} for soort, naam, waarde in rows])


# --------------------------------------------------------------------------- themas


async def save_thema(session: AsyncSession, thema: Thema, body, *, creating: bool, partial: bool) -> None:
    given = fields_to_write(body, partial)
    errors = Errors()
    hoofd = None
    if "hoofd_thema" in given:
        if body.hoofd_thema is not None:
            hoofd = await session.scalar(select(Thema).where(Thema.uuid == body.hoofd_thema))
            if hoofd is None:
                raise rules.fail("hoofd_thema", "does_not_exist", f"Er bestaat geen thema met uuid {body.hoofd_thema}.")
    elif thema.hoofd_thema_id is not None:
        hoofd = await session.get(Thema, thema.hoofd_thema_id)
    producttype_ids = None
    if "producttype_uuids" in given:
        from registries.producten.models import ProductType as _PT

        producttype_ids = await rules.ids_of(session, errors, "producttype_uuids", _PT, body.producttype_uuids)
    errors.raise_if_any()
    await rules.check_hoofd_thema(session, None if creating else thema, hoofd)
    gepubliceerd = body.gepubliceerd if "gepubliceerd" in given else thema.gepubliceerd
    await rules.check_thema_publicatie(session, None if creating else thema, hoofd, gepubliceerd)
    if producttype_ids is not None and not creating:
        await rules.check_producttypen_keep_a_thema(session, thema, producttype_ids)

    for name in ("naam", "beschrijving", "gepubliceerd"):
        if name in given:
            setattr(thema, name, getattr(body, name))
    if "hoofd_thema" in given:
        thema.hoofd_thema_id = hoofd.id if hoofd is not None else None
    stamp = now()
    if creating:
        thema.aanmaak_datum = stamp
    thema.update_datum = stamp
    session.add(thema)
    await session.flush()
    if producttype_ids is not None:
        await session.execute(delete(ProductTypeThema).where(ProductTypeThema.thema_id == thema.id))
        if producttype_ids:
            await session.execute(insert(ProductTypeThema), [{"producttype_id": i, "thema_id": thema.id} for i in producttype_ids])


# --------------------------------------------------------------------------- prijzen


async def producttype_by_uuid(session: AsyncSession, key: UUID, field: str = "producttype_uuid") -> ProductType:
    found = await session.scalar(select(ProductType).where(ProductType.uuid == key))
    if found is None:
        raise no_producttype(key, field)
    return found


def no_producttype(key: UUID, field: str = "producttype_uuid") -> Exception:
    return rules.fail(field, "does_not_exist", f"Er bestaat geen producttype met uuid {key}.")


async def save_prijs(session: AsyncSession, prijs: Prijs, body, *, creating: bool, partial: bool, today: date) -> None:
    given = fields_to_write(body, partial)
    errors = Errors()
    if "producttype_uuid" in given:
        prijs.producttype_id = (await producttype_by_uuid(session, body.producttype_uuid)).id
    current_opties = [] if creating else list((await session.scalars(select(PrijsOptie).where(PrijsOptie.prijs_id == prijs.id))).all())
    current_regels = [] if creating else list((await session.scalars(select(PrijsRegel).where(PrijsRegel.prijs_id == prijs.id))).all())
    opties = body.prijsopties if "prijsopties" in given else current_opties
    regels = body.prijsregels if "prijsregels" in given else current_regels
    actief_vanaf = body.actief_vanaf if "actief_vanaf" in given else prijs.actief_vanaf
    rules.check_prijs(errors, actief_vanaf, opties, regels, today, check_date="actief_vanaf" in given)
    if not creating:
        for name, items, known in (("prijsopties", body.prijsopties if "prijsopties" in given else [], current_opties),
                                   ("prijsregels", body.prijsregels if "prijsregels" in given else [], current_regels)):
            known_uuids = {k.uuid for k in known}
            for index, item in enumerate(items):
                if item.uuid is not None and item.uuid not in known_uuids:
                    errors.add(f"{name}.{index}.uuid", "invalid", f"Deze prijs heeft geen {name[:-1]} met uuid {item.uuid}.")
    errors.raise_if_any()
    if "actief_vanaf" in given or "producttype_uuid" in given:
        await rules.check_actief_vanaf_unique(session, prijs.producttype_id, actief_vanaf, prijs.id)
    prijs.actief_vanaf = actief_vanaf
    session.add(prijs)
    await session.flush()
    if "prijsopties" in given:
        await _nested_replace(session, PrijsOptie, prijs.id, current_opties, body.prijsopties, ("bedrag", "beschrijving"))
    if "prijsregels" in given:
        await _nested_replace(session, PrijsRegel, prijs.id, current_regels, body.prijsregels,
                              ("beschrijving", "dmn_tabel_id", "tabel_endpoint", "mapping"))


async def _nested_replace(session: AsyncSession, model, prijs_id: int, current, items, fields) -> None:
    """Items with a known uuid are updated, items without one created, the rest deleted."""
    by_uuid = {row.uuid: row for row in current}
    kept = set()
    for item in items:
        values = {name: getattr(item, name) for name in fields}
        if item.uuid is not None and item.uuid in by_uuid:
            row = by_uuid[item.uuid]
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
            kept.add(item.uuid)
        else:
            session.add(model(prijs_id=prijs_id, **values))
    gone = [row.id for u, row in by_uuid.items() if u not in kept]
    if gone:
        await session.execute(delete(model).where(model.id.in_(gone)))
    await session.flush()


# --------------------------------------------------------------------------- producten


async def schemas_of(session: AsyncSession, pt: ProductType) -> tuple[JsonSchema | None, JsonSchema | None]:
    ids = [i for i in (pt.verbruiksobject_schema_id, pt.dataobject_schema_id) if i]
    found = {s.id: s for s in (await session.scalars(select(JsonSchema).where(JsonSchema.id.in_(ids)))).all()} if ids else {}
    return found.get(pt.verbruiksobject_schema_id), found.get(pt.dataobject_schema_id)


async def save_product(session: AsyncSession, product: Product, producttype: ProductType, body, *,
                       creating: bool, partial: bool, today: date
                       ) -> tuple[list[Eigenaar] | None, dict[str, list[ProductVerwijzing]]]:
    """prd-014 to prd-018 on what the product will be, then the product with its eigenaren and
    verwijzingen. ``producttype`` is the product's (new) producttype. Returns what was written:
    the eigenaren (None when they were left alone) and the verwijzingen of each soort written."""
    given = fields_to_write(body, partial)
    errors = Errors()
    producttype_changed = creating or producttype.id != product.producttype_id
    current_eigenaren = [] if creating or "eigenaren" not in given else list((await session.scalars(
        select(Eigenaar).where(Eigenaar.product_id == product.id).order_by(Eigenaar.id))).all())
    if "eigenaren" in given:
        rules.check_eigenaren(errors, body.eigenaren)
        if not creating:
            known = {e.uuid for e in current_eigenaren}
            for index, eigenaar in enumerate(body.eigenaren):
                if eigenaar.uuid is not None and eigenaar.uuid not in known:
                    errors.add(f"eigenaren.{index}.uuid", "invalid", f"Dit product heeft geen eigenaar met uuid {eigenaar.uuid}.")
    status = body.status if "status" in given else product.status
    if producttype_changed or ("status" in given and body.status != product.status):
        rules.check_status(errors, status, producttype)
    start = body.start_datum if "start_datum" in given else product.start_datum
    eind = body.eind_datum if "eind_datum" in given else product.eind_datum
    rules.check_dates(errors, start, eind, producttype,
                      start_changed=producttype_changed or ("start_datum" in given and body.start_datum != product.start_datum),
                      eind_changed=producttype_changed or ("eind_datum" in given and body.eind_datum != product.eind_datum))
    verbruiksschema, dataschema = await schemas_of(session, producttype)
    verbruiksobject = body.verbruiksobject if "verbruiksobject" in given else product.verbruiksobject
    dataobject = body.dataobject if "dataobject" in given else product.dataobject
    rules.check_json(errors, "verbruiksobject", verbruiksobject, verbruiksschema)
    rules.check_json(errors, "dataobject", dataobject, dataschema)
    errors.raise_if_any()

    product.producttype_id = producttype.id
    for name in ("naam", "gepubliceerd", "prijs", "frequentie", "aanvraag_zaak_urn", "aanvraag_zaak_url"):
        if name in given:
            setattr(product, name, getattr(body, name))
    product.start_datum, product.eind_datum = start, eind
    product.verbruiksobject, product.dataobject = verbruiksobject, dataobject
    product.status = rules.status_by_date(status, start, eind, today)
    stamp = now()
    if creating:
        product.aanmaak_datum = stamp
    product.update_datum = stamp
    session.add(product)
    await session.flush()

    eigenaren = None
    if "eigenaren" in given:
        by_uuid = {e.uuid: e for e in current_eigenaren}
        kept = set()
        eigenaren = []
        for item in body.eigenaren:
            values = {"bsn": item.bsn, "kvk_nummer": item.kvk_nummer, "vestigingsnummer": item.vestigingsnummer,
                      "klantnummer": item.klantnummer}
            if not creating and item.uuid is not None and item.uuid in by_uuid:
                row = by_uuid[item.uuid]
                for name, value in values.items():
                    setattr(row, name, value)
                kept.add(item.uuid)
            else:
                row = Eigenaar(product_id=product.id, **values)
            session.add(row)
            eigenaren.append(row)
        gone = [row.id for u, row in by_uuid.items() if u not in kept]
        if gone:
            await session.execute(delete(Eigenaar).where(Eigenaar.id.in_(gone)))
    verwijzingen: dict[str, list[ProductVerwijzing]] = {}
    for field, soort in (("documenten", "document"), ("zaken", "zaak"), ("taken", "taak")):
        if field in given:
            if not creating:
                await session.execute(delete(ProductVerwijzing).where(
                    ProductVerwijzing.product_id == product.id, ProductVerwijzing.soort == soort))
            verwijzingen[soort] = [ProductVerwijzing(product_id=product.id, soort=soort, url=item.url, urn=item.urn)
                                   for item in getattr(body, field)]
            session.add_all(verwijzingen[soort])
    await session.flush()
    return eigenaren, verwijzingen
