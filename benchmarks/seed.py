"""Fill a database with a reproducible data set for the benchmarks, straight into the tables.

    python -m benchmarks.seed --registry zaken --rows 1000000 --seed 42 \\
        --database-url postgresql://postgres@127.0.0.1:5432/bench_zaken

The database is migrated first (the schema is the real one), then the rows are written with
COPY (PostgreSQL) or multi-row inserts (SQLite), not through the API. The same seed number gives
the same rows, uuids included. A client with every permission (``--client-id``/``--secret``,
and ``--token`` for an API token) is added so the APIs can be read at once. Per registry:

* zaken: one published catalogus and zaaktype (statustypen, roltypen, resultaattypen) in the
  Catalogi registry, and N zaken of it, each with 2 statussen, 1 rol (an initiator with a BSN
  from a pool of 200,000) and 1 resultaat;
* klanten: N partijen (persons) with a BSN partij-identificator and an e-mail address, and 2N
  klantcontacten with a betrokkene linked to a partij;
* producten: 500 producttypen in 20 themas and N producten, each with one eigenaar whose BSN
  comes from a pool of 300,000 (0.3 N for smaller N).
"""

import argparse
import asyncio
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa

from benchmarks import data
from benchmarks.loader import Loader, Progress, Shape
from common import migrations
from common.app import load_registries
from common.auth import admin
from common.db import write_sessionmaker

REGISTRIES = {"zaken": ("catalogi", "zaken"), "klanten": ("klanten",), "producten": ("producten",)}
DEFAULT_CLIENT_ID = "bench"
DEFAULT_SECRET = "benchmark-geheim-van-minstens-32-tekens"
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
CHUNK = 20_000
BRONORGANISATIE = "002564440"
FIRST_DAY, LAST_DAY = date(2016, 1, 1), date(2025, 12, 31)


@dataclass
class Plan:
    """What one registry's seeding writes: its tables and the chunks of rows for them."""

    shapes: dict[str, Shape]
    total: int
    chunks: Callable[[], Iterator[dict[str, list[tuple]]]]
    # statements to run once every row is in (they may use what the chunks counted)
    after: Callable[[], list[tuple[sa.Executable, list[dict]]]] = lambda: []


def rng_for(seed: int, registry: str, part: str = "") -> random.Random:
    return random.Random(f"{seed}/{registry}/{part}")


# --------------------------------------------------------------------------- zaken


async def _catalogus(loader: Loader, seed: int, base_url: str) -> dict:
    """The published demo catalogus and zaaktype, with uuids drawn from the seed; their URLs."""
    from registries.catalogi import demo
    from registries.catalogi import models as ztc

    async with write_sessionmaker(loader.engine)() as session:
        await demo.seed(session)
    rng = rng_for(seed, "catalogi")
    async with loader.engine.begin() as connection:
        for model in (ztc.Catalogus, ztc.ZaakType, ztc.InformatieObjectType, ztc.BesluitType, ztc.StatusType,
                      ztc.RolType, ztc.Eigenschap, ztc.ResultaatType):
            table = model.__table__
            for (row_id,) in (await connection.execute(sa.select(table.c.id).order_by(table.c.id))).all():
                await connection.execute(table.update().where(table.c.id == row_id).values(uuid=data.new_uuid(rng)))
        zaaktype = (await connection.execute(sa.select(ztc.ZaakType.__table__).where(
            ztc.ZaakType.__table__.c.identificatie == demo.MELDING, ztc.ZaakType.__table__.c.concept.is_(False))
        )).first()
        if zaaktype is None:
            raise SystemExit("seed: no published demo zaaktype in the Catalogi registry of this database")

        def of_type(model):
            table = model.__table__
            return connection.execute(sa.select(table).where(table.c.zaaktype_id == zaaktype.id).order_by(table.c.id))

        statustypen = sorted((await of_type(ztc.StatusType)).all(), key=lambda r: r.volgnummer)
        roltype = next(r for r in (await of_type(ztc.RolType)).all() if r.omschrijving_generiek == "initiator")
        resultaattype = (await of_type(ztc.ResultaatType)).first()
    root = f"{base_url}/catalogi/api/v1"
    return {
        "zaaktype": f"{root}/zaaktypen/{zaaktype.uuid}",
        "vertrouwelijkheidaanduiding": zaaktype.vertrouwelijkheidaanduiding,
        "statustypen": [f"{root}/statustypen/{s.uuid}" for s in statustypen],
        "roltype": f"{root}/roltypen/{roltype.uuid}",
        "rol_omschrijving": roltype.omschrijving,
        "resultaattype": f"{root}/resultaattypen/{resultaattype.uuid}",
    }


async def plan_zaken(loader: Loader, rows: int, seed: int, base_url: str) -> Plan:
    from common.auth.principal import VERTROUWELIJKHEIDAANDUIDINGEN
    from registries.zaken import models as zrc

    types = await _catalogus(loader, seed, base_url)
    shapes = {
        "zaak": Shape(zrc.Zaak, ["id", "uuid", "identificatie", "bronorganisatie", "omschrijving", "zaaktype",
                                 "registratiedatum", "verantwoordelijke_organisatie", "startdatum",
                                 "einddatum_gepland", "uiterlijke_einddatum_afdoening", "vertrouwelijkheidaanduiding",
                                 "vertrouwelijkheid_rank", "status_id"]),
        "status": Shape(zrc.Status, ["id", "uuid", "zaak_id", "statustype", "datum_status_gezet", "statustoelichting",
                                     "indicatie_laatst_gezette_status"]),
        "rol": Shape(zrc.Rol, ["id", "uuid", "zaak_id", "betrokkene_type", "roltype", "omschrijving",
                               "omschrijving_generiek", "roltoelichting", "registratiedatum", "betrokkene_identificatie",
                               "inp_bsn"]),
        "resultaat": Shape(zrc.Resultaat, ["id", "uuid", "zaak_id", "resultaattype", "toelichting"]),
    }
    bsns = data.elfproef_numbers(rng_for(seed, "zaken", "bsn"), min(200_000, max(rows, 10)))
    vertrouwelijkheid = types["vertrouwelijkheidaanduiding"] or "openbaar"
    rank = VERTROUWELIJKHEIDAANDUIDINGEN.index(vertrouwelijkheid)
    eerste, tweede = types["statustypen"][0], types["statustypen"][1]
    onderwerpen = ("Losliggende stoeptegel", "Kapotte straatlantaarn", "Zwerfvuil", "Omgewaaide boom",
                   "Verstopte kolk", "Graffiti", "Scheve verkeerspaal", "Overhangende haag")
    counters: dict[int, int] = {}

    def chunks() -> Iterator[dict[str, list[tuple]]]:
        rng = rng_for(seed, "zaken")
        for first in range(1, rows + 1, CHUNK):
            out: dict[str, list[tuple]] = {name: [] for name in shapes}
            for zaak_id in range(first, min(first + CHUNK, rows + 1)):
                start = data.day_between(rng, FIRST_DAY, LAST_DAY)
                counters[start.year] = number = counters.get(start.year, 0) + 1
                moment = data.moment_on(rng, start)
                voornaam, voorletters, achternaam = data.person(rng)
                bsn = bsns[rng.randrange(len(bsns))]
                out["zaak"].append((
                    zaak_id, data.new_uuid(rng), f"ZAAK-{start.year}-{number:010d}", BRONORGANISATIE,
                    rng.choice(onderwerpen), types["zaaktype"], start, BRONORGANISATIE, start,
                    start + timedelta(days=14), start + timedelta(days=56), vertrouwelijkheid, rank, 2 * zaak_id))
                out["status"].append((2 * zaak_id - 1, data.new_uuid(rng), zaak_id, eerste, moment, "Ontvangen", False))
                out["status"].append((2 * zaak_id, data.new_uuid(rng), zaak_id, tweede,
                                      moment + timedelta(days=rng.randrange(1, 10)), "In behandeling genomen", True))
                out["rol"].append((
                    zaak_id, data.new_uuid(rng), zaak_id, "natuurlijk_persoon", types["roltype"],
                    types["rol_omschrijving"], "initiator", "Melder", moment,
                    {"inpBsn": bsn, "anpIdentificatie": "", "inpA_nummer": "", "geslachtsnaam": achternaam,
                     "voorvoegselGeslachtsnaam": "", "voorletters": voorletters, "voornamen": voornaam,
                     "geslachtsaanduiding": "", "geboortedatum": "", "verblijfsadres": None,
                     "subVerblijfBuitenland": None},
                    bsn))
                out["resultaat"].append((zaak_id, data.new_uuid(rng), zaak_id, types["resultaattype"], ""))
            yield out

    def after() -> list:
        """zrc-002: the identificatie counters continue after the seeded numbers of each year."""
        return [(zrc.IdentificatieTeller.__table__.insert(),
                 [{"bronorganisatie": BRONORGANISATIE, "jaar": year, "laatste": last}
                  for year, last in sorted(counters.items())])]

    return Plan(shapes, 5 * rows, chunks, after)


# --------------------------------------------------------------------------- klanten


async def plan_klanten(loader: Loader, rows: int, seed: int, base_url: str) -> Plan:
    from registries.klanten import models as kic

    shapes = {
        "partij": Shape(kic.Partij, ["id", "uuid", "nummer", "soort_partij", "indicatie_geheimhouding", "voorkeurstaal",
                                     "indicatie_actief", "voorkeurs_digitaal_adres_id", "bezoekadres_straatnaam",
                                     "bezoekadres_huisnummer", "bezoekadres_postcode", "bezoekadres_stad",
                                     "bezoekadres_land", "contactnaam_voorletters", "contactnaam_voornaam",
                                     "contactnaam_achternaam"]),
        "identificator": Shape(kic.PartijIdentificator, ["id", "uuid", "partij_id", "code_objecttype",
                                                         "code_soort_object_id", "object_id", "code_register"]),
        "adres": Shape(kic.DigitaalAdres, ["id", "uuid", "partij_id", "adres", "soort_digitaal_adres",
                                           "is_standaard_adres", "omschrijving"]),
        "klantcontact": Shape(kic.Klantcontact, ["id", "uuid", "nummer", "kanaal", "onderwerp", "inhoud",
                                                 "indicatie_contact_gelukt", "taal", "vertrouwelijk",
                                                 "plaatsgevonden_op"]),
        "betrokkene": Shape(kic.Betrokkene, ["id", "uuid", "klantcontact_id", "partij_id", "rol", "initiator",
                                             "contactnaam_voorletters", "contactnaam_voornaam",
                                             "contactnaam_achternaam"]),
    }
    bsns = data.elfproef_numbers(rng_for(seed, "klanten", "bsn"), rows)
    kanalen = ("telefoon", "e-mail", "balie", "webformulier", "chat")
    onderwerpen = ("Paspoort aanvragen", "Afvalpas kwijt", "Vraag over WOZ", "Parkeervergunning", "Klacht over buren",
                   "Verhuizing doorgeven", "Bijstand", "Melding openbare ruimte")

    def chunks() -> Iterator[dict[str, list[tuple]]]:
        rng = rng_for(seed, "klanten")
        names: list[tuple[str, str, str]] = []
        for first in range(1, rows + 1, CHUNK):
            out: dict[str, list[tuple]] = {name: [] for name in shapes}
            for partij_id in range(first, min(first + CHUNK, rows + 1)):
                voornaam, voorletters, achternaam = data.person(rng)
                names.append((voornaam, voorletters, achternaam))
                out["partij"].append((
                    partij_id, data.new_uuid(rng), f"{partij_id:010d}", "persoon", False, "nld", True, partij_id,
                    rng.choice(data.STRATEN), rng.randrange(1, 200), f"{rng.randrange(1000, 10000)}AB",
                    rng.choice(data.STEDEN), "NL", voorletters, voornaam, achternaam))
                out["identificator"].append((partij_id, data.new_uuid(rng), partij_id, "natuurlijk_persoon", "bsn",
                                             bsns[partij_id - 1], "brp"))
                mail = f"{voornaam.lower()}.{partij_id}@example.nl"
                out["adres"].append((partij_id, data.new_uuid(rng), partij_id, mail, "email", True, "privé"))
            yield out
        for first in range(1, 2 * rows + 1, CHUNK):
            out = {name: [] for name in shapes}
            for contact_id in range(first, min(first + CHUNK, 2 * rows + 1)):
                partij_id = rng.randrange(rows) + 1
                voornaam, voorletters, achternaam = names[partij_id - 1]
                day = data.day_between(rng, FIRST_DAY, LAST_DAY)
                out["klantcontact"].append((
                    contact_id, data.new_uuid(rng), f"{contact_id:010d}", rng.choice(kanalen), rng.choice(onderwerpen),
                    "", True, "nld", False, data.moment_on(rng, day)))
                out["betrokkene"].append((contact_id, data.new_uuid(rng), contact_id, partij_id, "klant", True,
                                          voorletters, voornaam, achternaam))
            yield out

    return Plan(shapes, 7 * rows, chunks)


# --------------------------------------------------------------------------- producten

PRODUCTTYPEN, THEMAS = 500, 20


async def plan_producten(loader: Loader, rows: int, seed: int, base_url: str) -> Plan:
    from registries.producten import models as pdc

    now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    shapes = {
        "upl": Shape(pdc.UniformeProductNaam, ["id", "naam", "uri"]),
        "thema": Shape(pdc.Thema, ["id", "uuid", "naam", "beschrijving", "gepubliceerd", "aanmaak_datum",
                                   "update_datum"]),
        "producttype": Shape(pdc.ProductType, ["id", "uuid", "code", "naam", "samenvatting", "doelgroep", "upl_id",
                                               "toegestane_statussen", "publicatie_start_datum", "aanmaak_datum",
                                               "update_datum"]),
        "producttype_thema": Shape(pdc.ProductTypeThema, ["producttype_id", "thema_id"]),
        "waarde": Shape(pdc.ProductTypeWaarde, ["id", "producttype_id", "soort", "naam", "waarde"]),
        "product": Shape(pdc.Product, ["id", "uuid", "producttype_id", "naam", "start_datum", "eind_datum", "status",
                                       "prijs", "frequentie", "verbruiksobject", "gepubliceerd", "aanmaak_datum",
                                       "update_datum"]),
        "eigenaar": Shape(pdc.Eigenaar, ["id", "uuid", "product_id", "bsn"]),
    }
    pool = 300_000 if rows >= 1_000_000 else max(10, int(rows * 0.3))
    bsns = data.elfproef_numbers(rng_for(seed, "producten", "bsn"), pool)
    statussen = ["gereed", "actief", "verlopen"]
    today = date.today()

    def chunks() -> Iterator[dict[str, list[tuple]]]:
        rng = rng_for(seed, "producten")
        out: dict[str, list[tuple]] = {name: [] for name in shapes}
        for k in range(1, THEMAS + 1):
            out["thema"].append((k, data.new_uuid(rng), f"Thema {k:02d}", f"Alles over thema {k}.", True, now, now))
        for k in range(1, PRODUCTTYPEN + 1):
            out["upl"].append((k, f"product-{k:04d}", f"http://standaarden.overheid.nl/owms/terms/product-{k:04d}"))
            published = k % 10 != 0  # one in ten producttypen is not published
            out["producttype"].append((
                k, data.new_uuid(rng), f"PT-{k:04d}", f"Producttype {k:04d}", f"Samenvatting van producttype {k}.",
                "burgers", k, statussen, date(2020, 1, 1) if published else None, now, now))
            out["producttype_thema"].append((k, (k - 1) % THEMAS + 1))
            for j, status in enumerate(statussen):
                out["waarde"].append((3 * (k - 1) + j + 1, k, "status", "", status))
        yield out
        for first in range(1, rows + 1, CHUNK):
            out = {name: [] for name in shapes}
            for product_id in range(first, min(first + CHUNK, rows + 1)):
                producttype = rng.randrange(PRODUCTTYPEN) + 1
                created = data.moment_on(rng, data.day_between(rng, FIRST_DAY, LAST_DAY))
                status = rng.choice(("initieel", "gereed", "actief", "actief", "verlopen"))
                start = eind = None
                if status == "actief":
                    start = created.date()
                elif status == "verlopen":
                    start, eind = created.date(), min(created.date() + timedelta(days=365), today - timedelta(days=1))
                out["product"].append((
                    product_id, data.new_uuid(rng), producttype, f"Product {product_id}", start, eind, status,
                    Decimal(rng.randrange(0, 20000)) / 100, rng.choice(("eenmalig", "maandelijks", "jaarlijks")),
                    {"uren": rng.randrange(0, 40)}, rng.random() < 0.8, created, created))
                out["eigenaar"].append((product_id, data.new_uuid(rng), product_id, bsns[rng.randrange(pool)]))
            yield out

    return Plan(shapes, 2 * rows + 7 * PRODUCTTYPEN + THEMAS, chunks)


PLANS = {"zaken": plan_zaken, "klanten": plan_klanten, "producten": plan_producten}
MAIN_TABLE = {"zaken": "zaak", "klanten": "partij", "producten": "product"}


# --------------------------------------------------------------------------- running


async def add_bench_client(loader: Loader, client_id: str, secret: str, token: str | None) -> None:
    async with write_sessionmaker(loader.engine)() as session:
        try:
            await admin.add_client(session, client_id, secret=secret, token=token, label="Benchmarks",
                                   all_permissions=True)
        except admin.AdminError:
            await session.rollback()  # there already: the credentials of an earlier seeding stay


async def seed_registry(database_url: str, registry: str, rows: int, seed: int, *, base_url: str = DEFAULT_BASE_URL,
                        client_id: str = DEFAULT_CLIENT_ID, secret: str = DEFAULT_SECRET,
                        token: str | None = None) -> dict:
    """Migrate, add the client, write the rows; returns counts and seconds per step."""
    started = time.monotonic()
    async with Loader(database_url) as loader:
        await migrations.upgrade(loader.engine, load_registries(list(REGISTRIES[registry])))
        await add_bench_client(loader, client_id, secret, token)
        plan = await PLANS[registry](loader, rows, seed, base_url.rstrip("/"))
        main = plan.shapes[MAIN_TABLE[registry]]
        if await loader.count(main):
            raise SystemExit(f"seed: {main.name} holds rows already; seed into an empty database")
        await loader.drop_indexes(plan.shapes.values())
        progress = Progress(f"{registry} rows", plan.total)
        written = {shape.name: 0 for shape in plan.shapes.values()}
        for chunk in plan.chunks():
            for name, batch in chunk.items():
                await loader.write(plan.shapes[name], batch)
                written[plan.shapes[name].name] += len(batch)
            progress.add(sum(len(batch) for batch in chunk.values()))
        load_seconds = time.monotonic() - started
        await loader.finish(plan.shapes.values())
        for statement, parameters in plan.after():
            await loader.execute(statement, parameters)
    return {"registry": registry, "rows": rows, "seed": seed, "tables": written,
            "load_seconds": round(load_seconds, 1), "seconds": round(time.monotonic() - started, 1)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--registry", required=True, choices=sorted(REGISTRIES))
    parser.add_argument("--rows", type=int, required=True, help="zaken, partijen or producten to make")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--base-url", default=DEFAULT_BASE_URL,
                        help="where the server will be reached (REGISTRIES_PUBLIC_BASE_URL): zaaktype URLs use it")
    parser.add_argument("--client-id", default=DEFAULT_CLIENT_ID)
    parser.add_argument("--secret", default=DEFAULT_SECRET)
    parser.add_argument("--token", help="also an API token (Authorization: Token ...) for this client")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    result = asyncio.run(seed_registry(args.database_url, args.registry, args.rows, args.seed, base_url=args.base_url,
                                       client_id=args.client_id, secret=args.secret, token=args.token))
    tables = ", ".join(f"{name} {count:,}" for name, count in result["tables"].items())
    print(f"seeded {args.registry}: {tables} in {result['seconds']} s (seed {args.seed})")


if __name__ == "__main__":
    sys.exit(main())
