"""The `registries` command: serve, migrate and load demo data."""

import argparse
import asyncio
import json
import sys

from common import cli_clients, db, logs, migrations, validation
from common.app import KNOWN_REGISTRIES, create_app, load_registries, registry_names
from common.auth import zgw_jwt
from common.platform.demo import DEMO_CLIENT_ID, demo_secret, demo_token
from common.processing import Subject, processing_of
from common.settings import get_settings


def _registries(only: str | None):
    names = registry_names(only if only is not None else get_settings().registries)
    try:
        return load_registries(names)
    except ValueError as exc:
        sys.exit(f"registries: {exc}")


async def _prepare(registries, demo: bool) -> str | None:
    """Migrate, and load the demo data when asked; returns the demo client's secret then."""
    engine = db.create_engine(get_settings().database_url)
    try:
        await migrations.upgrade(engine, registries)
        if not demo:
            return None
        maker = db.write_sessionmaker(engine)
        for registry in registries:
            if registry.seed is not None:
                async with maker() as session:
                    await registry.seed(session)
        async with maker() as session:
            return await demo_secret(session)
    finally:
        await engine.dispose()


# A first call to make with the demo credentials, per API root: (API root, collection, scheme).
FIRST_CALLS = (
    ("/zaken/api/v1", "/zaken", "jwt"),
    ("/catalogi/api/v1", "/catalogussen", "jwt"),
    ("/contactmomenten/api/v1", "/contactmomenten", "jwt"),
    ("/autorisaties/api/v1", "/applicaties", "jwt"),
    ("/klantinteracties/api/v1", "/partijen", "token"),
    ("/producten/api/v1", "/producten", "token"),
    ("/producttypen/api/v1", "/producttypen", "token"),
)


def _credentials(secret: str | None, base: str, roots: set[str]) -> list[str]:
    if secret is None:
        return ["  credentials: add a client with `registries clients add --client-id ID --all-permissions`"]
    token = zgw_jwt.mint(DEMO_CLIENT_ID, secret, user_id="demo", user_representation="Demo gebruiker")
    lines = [
        f"  demo client: client_id={DEMO_CLIENT_ID} secret={secret} (every permission)",
        f"  a token for the next hour:  export TOKEN={token}",
        f"  a fresh one later:  .venv/bin/registries token --client-id {DEMO_CLIENT_ID} --secret {secret}",
        f"  API token (Klantinteracties, Producten):  export API_TOKEN={demo_token(secret)}",
    ]
    calls = [(root, path, scheme) for root, path, scheme in FIRST_CALLS if root in roots]
    for scheme, header in (("jwt", "Bearer $TOKEN"), ("token", "Token $API_TOKEN")):
        first = next((f"{base}{root}{path}" for root, path, s in calls if s == scheme), None)
        if first:
            crs = ' -H "Accept-Crs: EPSG:4326"' if first.endswith("/zaken") else ""
            lines.append(f'  try:  curl -H "Authorization: {header}"{crs} {first}')
    return lines


def _banner(registries, host: str, port: int, secret: str | None = None) -> str:
    settings = get_settings()
    base = (settings.public_base_url or f"http://{host}:{port}").rstrip("/")
    lines = ["", "Common Ground registries are running.", f"  database: {db.async_url(settings.database_url, hide_password=True)}"]
    for registry in registries:
        for api in registry.apis:
            lines.append(f"  {api.title:<22} {base}{api.root}  (docs: {base}{api.root}/docs, "
                         f"contract: {base}{api.root}/openapi.yaml)")
    lines += [f"  health: {base}/healthz  readiness: {base}/readyz  metrics: {base}/metrics"]
    roots = {api.root for registry in registries for api in registry.apis}
    lines += _credentials(secret, base, roots) + [""]
    return "\n".join(lines)


def cmd_serve(args) -> None:
    import uvicorn

    settings = get_settings()
    registries = _registries(args.only)
    secret = None
    if args.no_migrate or not settings.migrate_on_start:
        if args.demo:
            print("registries: --demo needs the migrations; no demo data loaded", file=sys.stderr)
    else:
        secret = asyncio.run(_prepare(registries, args.demo))
    settings.migrate_on_start = False  # done above, before the server's own event loop starts
    host, port = args.host or settings.host, args.port or settings.port
    logs.configure(settings.log_level)
    app = create_app(registries, settings)
    print(_banner(registries, host, port, secret), flush=True)
    uvicorn.run(app, host=host, port=port, log_config=None, proxy_headers=True)


def cmd_migrate(args) -> None:
    registries = _registries(args.only)
    asyncio.run(_prepare(registries, demo=False))
    print(f"migrated: {', '.join(r.name for r in registries)}")


def cmd_demo(args) -> None:
    registries = _registries(args.only)
    asyncio.run(_prepare(registries, demo=True))
    print(f"demo data loaded (into empty registries only): {', '.join(r.name for r in registries)}")


def cmd_makemigration(args) -> None:
    if args.registry == "platform":
        from common.platform.registry import PLATFORM as registry
    else:
        registry = _registries(args.registry)[-1]

    async def run() -> None:
        engine = db.create_engine(get_settings().database_url)
        try:
            await migrations.upgrade(engine, [registry])
            await migrations.revision(engine, registry, args.message)
        finally:
            await engine.dispose()

    asyncio.run(run())


def cmd_outbox(args) -> None:
    import json

    from sqlalchemy.exc import SQLAlchemyError

    from common import notifications

    async def run():
        engine = db.create_engine(get_settings().database_url)
        try:
            if args.action == "status":
                return await notifications.status(engine)
            return await notifications.retry(engine, None if args.all else args.id)
        finally:
            await engine.dispose()

    try:
        result = asyncio.run(run())
    except SQLAlchemyError as exc:
        sys.exit(f"registries: the outbox cannot be read ({type(exc).__name__}); is the database migrated?")
    if args.action == "status":
        print(json.dumps(result.as_dict(), indent=2) if args.json else notifications.format_status(result))
    else:
        print(f"sent again from now on: {result} notification(s)")


def cmd_inzage(args) -> None:
    """What was done with one person's or organisation's data, newest first (JSON lines)."""
    try:
        if args.bsn:
            subject = Subject("bsn", validation.validate_bsn(args.bsn))
        else:
            subject = Subject("kvk", validation.validate_kvk_nummer(args.kvk))
    except ValueError as exc:
        sys.exit(f"registries: {exc}")

    async def run():
        engine = db.create_engine(get_settings().database_url)
        try:
            async with db.sessionmaker(engine)() as session:
                return await processing_of(session, subject, limit=args.limit)
        finally:
            await engine.dispose()

    from common.inzage import verwerking_json  # the same fields as GET /inzage/verwerkingen

    for record in asyncio.run(run()):
        print(json.dumps(verwerking_json(record), ensure_ascii=False))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="registries", description="Common Ground reference registries")
    commands = parser.add_subparsers(dest="command", required=True)
    only_help = f"comma-separated registries ({', '.join(KNOWN_REGISTRIES)}); default: REGISTRIES_REGISTRIES"

    serve = commands.add_parser("serve", help="migrate and serve the registries over HTTP")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--only", help=only_help)
    serve.add_argument("--demo", action="store_true", help="load demo data into empty registries first")
    serve.add_argument("--no-migrate", action="store_true", help="do not upgrade the database schema first")
    serve.set_defaults(func=cmd_serve)

    migrate = commands.add_parser("migrate", help="upgrade the database schema of the registries")
    migrate.add_argument("--only", help=only_help)
    migrate.set_defaults(func=cmd_migrate)

    demo = commands.add_parser("demo", help="load demo data into empty registries")
    demo.add_argument("--only", help=only_help)
    demo.set_defaults(func=cmd_demo)

    make = commands.add_parser("makemigration", help="(developers) write a migration from the model changes")
    make.add_argument("--registry", required=True, help="a registry's name, or 'platform' for the shared tables")
    make.add_argument("-m", "--message", required=True)
    make.set_defaults(func=cmd_makemigration)

    cli_clients.add_commands(commands)
    for registry in load_registries(list(KNOWN_REGISTRIES))[1:]:
        if registry.commands is not None:
            registry.commands(commands)

    inzage = commands.add_parser("inzage", help="who read or changed one person's or organisation's data")
    who = inzage.add_mutually_exclusive_group(required=True)
    who.add_argument("--bsn")
    who.add_argument("--kvk")
    inzage.add_argument("--limit", type=int, default=1000)
    inzage.set_defaults(func=cmd_inzage)

    outbox = commands.add_parser("outbox", help="the notifications waiting to be delivered")
    outbox_actions = outbox.add_subparsers(dest="action", required=True)
    outbox_status = outbox_actions.add_parser("status", help="counts, and the oldest undelivered notifications")
    outbox_status.add_argument("--json", action="store_true", help="as JSON")
    outbox_retry = outbox_actions.add_parser("retry", help="send given-up notifications again")
    which = outbox_retry.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every notification that was given up")
    which.add_argument("--id", type=int, action="append", metavar="N", help="this notification (repeatable)")
    outbox.set_defaults(func=cmd_outbox)

    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
