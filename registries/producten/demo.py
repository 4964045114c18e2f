"""Demo data for `make run`: a few themas, producttypen and producten. Loaded only into an empty registry."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.producten.models import (
    Eigenaar,
    JsonSchema,
    Prijs,
    PrijsOptie,
    Product,
    ProductType,
    ProductTypeThema,
    ProductTypeWaarde,
    Thema,
    UniformeProductNaam,
)

PARKEREN_SCHEMA = {
    "type": "object",
    "properties": {"kenteken": {"type": "string", "pattern": "^[A-Z0-9-]{6,8}$"}, "zone": {"type": "string"}},
    "required": ["kenteken"],
}


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(ProductType)):
        return
    now = datetime.now(UTC)
    today = date.today()
    upl = await session.scalar(select(UniformeProductNaam).where(UniformeProductNaam.naam == "parkeervergunning"))
    if upl is None:
        upl = UniformeProductNaam(naam="parkeervergunning",
                                  uri="http://standaarden.overheid.nl/owms/terms/parkeervergunning")
        session.add(upl)
    verkeer = Thema(naam="Verkeer en vervoer", beschrijving="Alles over verkeer.", gepubliceerd=True,
                    aanmaak_datum=now, update_datum=now)
    session.add(verkeer)
    await session.flush()
    parkeren = Thema(naam="Parkeren", gepubliceerd=True, hoofd_thema_id=verkeer.id, aanmaak_datum=now, update_datum=now)
    schema = JsonSchema(naam="parkeervergunning-data", schema_=PARKEREN_SCHEMA, update_datum=now)
    session.add_all([parkeren, schema])
    await session.flush()
    pt = ProductType(
        code="PARKEERVERGUNNING", naam="Parkeervergunning", samenvatting="Parkeren in uw eigen wijk.",
        doelgroep="burgers", upl_id=upl.id, toegestane_statussen=["gereed", "actief", "verlopen"],
        keywords=["auto", "parkeren"], dataobject_schema_id=schema.id, publicatie_start_datum=today - timedelta(days=30),
        aanmaak_datum=now, update_datum=now,
    )
    session.add(pt)
    await session.flush()
    await session.execute(insert(ProductTypeThema), [{"producttype_id": pt.id, "thema_id": parkeren.id}])
    await session.execute(insert(ProductTypeWaarde), [
        {"producttype_id": pt.id, "soort": "keyword", "naam": "", "waarde": k} for k in pt.keywords] + [
        {"producttype_id": pt.id, "soort": "status", "naam": "", "waarde": s} for s in pt.toegestane_statussen])
    prijs = Prijs(producttype_id=pt.id, actief_vanaf=today)
    session.add(prijs)
    await session.flush()
    session.add(PrijsOptie(prijs_id=prijs.id, bedrag=Decimal("54.20"), beschrijving="Per jaar"))
    # One parkeervergunning for each of the two residents the Klantinteracties demo data knows.
    for bsn, kenteken, status, started in (("999993653", "AB-123-C", "actief", 10), ("999990627", "XY-987-Z", "gereed", -7)):
        product = Product(producttype_id=pt.id, naam=f"Parkeervergunning {kenteken}", status=status, gepubliceerd=True,
                          start_datum=today - timedelta(days=started), eind_datum=today + timedelta(days=365 - started),
                          prijs=Decimal("54.20"), frequentie="jaarlijks", dataobject={"kenteken": kenteken, "zone": "A"},
                          aanmaak_datum=now, update_datum=now)
        session.add(product)
        await session.flush()
        session.add(Eigenaar(product_id=product.id, bsn=bsn))
    await session.commit()
