"""Commands of the Producten registry: `registries upl import FILE.csv` and
`registries producten update-statuses`."""

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path

from common import db, migrations
from common.settings import get_settings


def _run(work):
    async def run():
        from registries.producten import registry
        from common.platform.registry import PLATFORM

        settings = get_settings()
        engine = db.create_engine(settings.database_url)
        try:
            await migrations.upgrade(engine, [PLATFORM, registry])
            return await work(db.write_sessionmaker(engine), settings)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def cmd_upl_import(args) -> None:
    from registries.producten import upl

    try:
        entries = upl.read_csv(Path(args.file))
    except (OSError, upl.UplError) as exc:
        sys.exit(f"registries: {exc}")

    async def work(maker, _settings):
        async with maker() as session:
            return await upl.import_entries(session, entries)

    result = _run(work)
    print(f"UPL loaded: {result.total} names ({result.added} new, {result.updated} changed, "
          f"{result.removed} no longer on the list)")


def cmd_update_statuses(args) -> None:
    from registries.producten import statuses

    try:
        today = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        sys.exit("registries: give --date as YYYY-MM-DD")

    async def work(maker, settings):
        return await statuses.update_statuses(maker, settings, today)

    result = _run(work)
    print(f"product statuses by date: {result.actief} now actief, {result.verlopen} now verlopen")


def add_commands(commands: argparse._SubParsersAction) -> None:
    upl = commands.add_parser("upl", help="the Uniforme Productnamenlijst of the Producttypen API")
    upl_actions = upl.add_subparsers(dest="action", required=True)
    upl_import = upl_actions.add_parser("import", help="load the UPL from a CSV file (columns UniformeProductnaam, URI)")
    upl_import.add_argument("file", help="the UPL as CSV")
    upl_import.set_defaults(func=cmd_upl_import)

    producten = commands.add_parser("producten", help="jobs of the Producten API")
    producten_actions = producten.add_subparsers(dest="action", required=True)
    update = producten_actions.add_parser("update-statuses", help="set products actief or verlopen by their dates")
    update.add_argument("--date", help="the day to apply (YYYY-MM-DD); default: today")
    update.set_defaults(func=cmd_update_statuses)
