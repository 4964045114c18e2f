"""The `registries` command: serve, migrate and load demo data."""

import argparse
import asyncio
import sys

from common import db, logs, migrations
from common.app import KNOWN_REGISTRIES, create_app, load_registries, parse_names
from common.settings import get_settings


def _registries(only: str | None):
    names = parse_names(only) if only else parse_names(get_settings().registries)
    try:
        return load_registries(names)
    except ValueError as exc:
        sys.exit(f"registries: {exc}")


async def _prepare(registries, demo: bool) -> None:
    engine = db.create_engine(get_settings().database_url)
    try:
        await migrations.upgrade(engine, registries)
        if demo:
            maker = db.sessionmaker(engine)
            for registry in registries:
                if registry.seed is not None:
                    async with maker() as session:
                        await registry.seed(session)
    finally:
        await engine.dispose()


def _banner(registries, host: str, port: int) -> str:
    settings = get_settings()
    base = (settings.public_base_url or f"http://{host}:{port}").rstrip("/")
    lines = ["", "Common Ground registries are running.", f"  database: {db.async_url(settings.database_url)}"]
    for registry in registries:
        for api in registry.apis:
            lines.append(f"  {api.title:<22} {base}{api.root}  (docs: {base}{api.root}/docs, "
                         f"contract: {base}{api.root}/openapi.yaml)")
    lines += [f"  health: {base}/healthz  readiness: {base}/readyz  metrics: {base}/metrics", ""]
    return "\n".join(lines)


def cmd_serve(args) -> None:
    import uvicorn

    settings = get_settings()
    registries = _registries(args.only)
    if not args.no_migrate:
        asyncio.run(_prepare(registries, args.demo))
    settings.migrate_on_start = False  # done above, before the server's own event loop starts
    host, port = args.host or settings.host, args.port or settings.port
    logs.configure(settings.log_level)
    app = create_app(registries, settings)
    print(_banner(registries, host, port), flush=True)
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
    (registry,) = _registries(args.registry)

    async def run() -> None:
        engine = db.create_engine(get_settings().database_url)
        try:
            await migrations.upgrade(engine, [registry])
            await migrations.revision(engine, registry, args.message)
        finally:
            await engine.dispose()

    asyncio.run(run())


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
    make.add_argument("--registry", required=True)
    make.add_argument("-m", "--message", required=True)
    make.set_defaults(func=cmd_makemigration)

    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
