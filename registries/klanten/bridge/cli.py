"""`registries migrate-contactmomenten --to-klantinteracties URL`: the command of the bridge."""

import argparse
import sys
from pathlib import Path

from registries.klanten.bridge.client import Api, ApiToken, BridgeError, ZgwJwt
from registries.klanten.bridge.ledger import Ledger
from registries.klanten.bridge.migrate import Migration, Options, Report

DEFAULT_LEDGER = Path("var/migrate-contactmomenten.jsonl")


def run(args: argparse.Namespace) -> Report:
    klanten_auth = ZgwJwt(args.klanten_client_id or args.from_client_id, args.klanten_secret or args.from_secret)
    source = Api(args.from_url, ZgwJwt(args.from_client_id, args.from_secret), name="the Contactmomenten API")
    klanten = Api("", klanten_auth, name="the Klanten API")
    target = Api(args.to_klantinteracties, ApiToken(args.to_token), name="the Klantinteracties API")
    try:
        ledger = Ledger(Path(args.ledger), write=not args.dry_run)
        options = Options(dry_run=args.dry_run, bronorganisatie=args.bronorganisatie, limit=args.limit)
        return Migration(source, klanten, target, ledger, options).run()
    finally:
        for api in (source, klanten, target):
            api.close()


def cmd_migrate_contactmomenten(args: argparse.Namespace) -> None:
    try:
        report = run(args)
    except (BridgeError, OSError) as exc:
        sys.exit(f"registries: {exc}")
    print("\n".join(report.lines()))
    if args.report:
        try:
            Path(args.report).write_text(report.as_json() + "\n", encoding="utf-8")
        except OSError as exc:
            sys.exit(f"registries: the report cannot be written: {exc}")
    if not report.complete:
        sys.exit(1)


def add_commands(commands: argparse._SubParsersAction) -> None:
    migrate = commands.add_parser(
        "migrate-contactmomenten",
        help="move contactmomenten (Contactmomenten API 1.0) into a Klantinteracties API",
        description="Reads contactmomenten with their klant and object links and writes them as klantcontacten, "
                    "betrokkenen and onderwerpobjecten. Safe to run again: a ledger keeps what was moved. "
                    "See docs/migration.md.")
    migrate.add_argument("--from", dest="from_url", required=True, metavar="URL",
                         help="API root of the Contactmomenten API (…/contactmomenten/api/v1)")
    migrate.add_argument("--from-client-id", required=True, help="ZGW client id for the Contactmomenten API")
    migrate.add_argument("--from-secret", required=True, help="its secret")
    migrate.add_argument("--klanten-client-id", help="ZGW client id for the Klanten API the klant links point to "
                                                    "(default: the one of --from-client-id)")
    migrate.add_argument("--klanten-secret", help="its secret (default: --from-secret)")
    migrate.add_argument("--to-klantinteracties", required=True, metavar="URL",
                         help="API root of the Klantinteracties API (…/klantinteracties/api/v1)")
    migrate.add_argument("--to-token", required=True, help="API token with write access to it")
    migrate.add_argument("--ledger", default=str(DEFAULT_LEDGER),
                         help="file that keeps what was moved, to resume and to stay idempotent "
                              f"(default: {DEFAULT_LEDGER})")
    migrate.add_argument("--report", metavar="FILE", help="also write the report of every record as JSON")
    migrate.add_argument("--dry-run", action="store_true", help="read and report, write nothing (not even the ledger)")
    migrate.add_argument("--bronorganisatie", metavar="RSIN", help="only the contactmomenten of this organisation")
    migrate.add_argument("--limit", type=int, metavar="N",
                         help="stop after moving N contactmomenten; run again to go on")
    migrate.set_defaults(func=cmd_migrate_contactmomenten)
