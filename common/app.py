"""The application factory: mounts the chosen registries at their API roots in one ASGI app."""

import asyncio
import gc
import importlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from starlette._utils import get_route_path
from starlette.responses import JSONResponse, Response
from starlette.routing import Match
from starlette.types import Scope

from common import db, errors, inzage, metrics, migrations
from common.auth.oidc import OidcVerifier
from common.auth.store import AccountCache
from common.cors import Cors
from common.contract import CONTRACTS, Contract, contract_router
from common.filters import FilterSet
from common.http import ApiRoot, HttpConventions, multipart_operations
from common.processing import ProcessingLog
from common.references import LocalCollection, References, Relations, Resolver, parse_services
from common.settings import Settings, get_settings

KNOWN_REGISTRIES = ("catalogi", "autorisaties", "producten", "zaken", "klanten", "contactmomenten")


@dataclass(frozen=True)
class Api:
    """One API as the standard defines it, served at its root from its contract."""

    title: str
    root: str
    contract_file: str
    router: APIRouter
    # The filters of each list, by path: what the contract's query parameters must equal.
    list_filters: Mapping[str, FilterSet] = field(default_factory=dict)
    # How other registries read this API's objects in-process, by collection path ("/zaaktypen").
    resolvers: Mapping[str, Resolver] = field(default_factory=dict)
    # How other registries search, create and delete this API's objects in-process, by collection
    # path: for relations both APIs keep (a zaakcontactmoment and its objectcontactmoment).
    collections: Mapping[str, LocalCollection] = field(default_factory=dict)

    @property
    def contract(self) -> Contract:
        return _contract(self.contract_file)


@dataclass(frozen=True)
class Registry:
    """What a registry package offers the platform; it is found as ``registries.<name>.registry``."""

    name: str
    apis: tuple[Api, ...]
    migrations: Path
    seed: Callable[[AsyncSession], Awaitable[None]] | None = None
    # Subcommands of its own for `registries` (e.g. `registries upl import`): called with the
    # argparse subparsers object; each command it adds sets its own ``func``.
    commands: Callable[[Any], None] | None = None
    # Work it runs inside the server process while the server runs (a periodic job): each is
    # called with the app after the migrations, as a task of its own, and cancelled when the
    # server stops. It reads its own settings and returns at once when it has nothing to do.
    background: tuple[Callable[[FastAPI], Awaitable[None]], ...] = ()
    # Its large tables whose unfiltered lists take their count from platform_telling on
    # PostgreSQL (common/counts.py); a migration of the registry adds their triggers.
    counted_tables: tuple[str, ...] = ()

    @property
    def table_prefix(self) -> str:
        return f"{self.name}_"


class RootedRouter(APIRouter):
    """The routes of one API root. A request under another root is refused at once: FastAPI
    otherwise tries it against every route of every router before it, one by one (a request of
    the Producten API against the 77 routes of the Producttypen API, twice)."""

    def __init__(self, root: str, router: APIRouter) -> None:
        super().__init__()
        self.root = root
        self.include_router(router)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        path = get_route_path(scope)
        if path != self.root and not path.startswith(self.root + "/"):
            return Match.NONE, {}
        return super().matches(scope)


def _freeze_startup_objects() -> None:
    """Keep what the process made at start (modules, models, prebuilt statements, contracts) out
    of the garbage collector's full passes. They live as long as the process; walking them on
    every full pass stopped all requests of a worker for 80 to 130 ms each time (the p99 of the
    benchmarks), against about 5 ms with them kept out. Undone at shutdown, so that a process
    that starts several applications (the tests) can still collect the ones it stopped."""
    gc.collect()
    gc.freeze()


_contracts: dict[str, Contract] = {}


def _contract(name: str) -> Contract:
    if name not in _contracts:
        _contracts[name] = Contract(CONTRACTS / name)
    return _contracts[name]


def load_registries(names: Sequence[str]) -> list[Registry]:
    """The platform's own tables first, then the named registries."""
    unknown = [n for n in names if n not in KNOWN_REGISTRIES]
    if unknown:
        raise ValueError(f"unknown registries: {', '.join(unknown)}; choose from {', '.join(KNOWN_REGISTRIES)}")
    from common.platform.registry import PLATFORM

    return [PLATFORM, *(importlib.import_module(f"registries.{name}").registry for name in names)]


def parse_names(value: str) -> list[str]:
    return [n.strip() for n in value.split(",") if n.strip()]


def registry_names(value: str) -> list[str]:
    """The registries a setting or --only names; all of them when it names none."""
    return parse_names(value) or list(KNOWN_REGISTRIES)


def create_app(
    registries: Sequence[Registry] | None = None,
    settings: Settings | None = None,
    engine: AsyncEngine | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    registries = list(registries if registries is not None else load_registries(registry_names(settings.registries)))
    engine = engine or db.create_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.migrate_on_start:
            await migrations.upgrade(engine, registries)
        dispatcher = None
        if settings.outbox_dispatch:
            from common.notifications import Dispatcher  # the outbox, delivered from this process

            dispatcher = Dispatcher.for_app(app)
            app.state.outbox_wake = dispatcher.wake  # set by common.changes.committed after each commit
            dispatcher.start()
        tasks = [asyncio.create_task(job(app), name=f"{registry.name}: {getattr(job, '__name__', 'job')}")
                 for registry in registries for job in registry.background]
        _freeze_startup_objects()
        try:
            yield
        finally:
            gc.unfreeze()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if dispatcher is not None:
                await dispatcher.stop()
            await app.state.processing_log.close()
            if app.state.autocommit_engine is not None:
                await app.state.autocommit_engine.dispose()
            await engine.dispose()

    app = FastAPI(
        title="Common Ground registries",
        lifespan=lifespan,
        redirect_slashes=False,  # a trailing slash is a 404, never a redirect
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = db.sessionmaker(engine)
    app.state.read_sessionmaker = db.read_sessionmaker(engine)
    app.state.write_sessionmaker = db.write_sessionmaker(engine)
    app.state.autocommit_engine = db.autocommit_engine(engine)  # statements outside the request's transaction
    app.state.accounts = AccountCache(app.state.sessionmaker, settings.auth_cache_seconds,
                                      _remote_autorisaties(settings, registries))
    app.state.processing_log = ProcessingLog.with_own_connection(engine)
    app.state.counted_tables = frozenset(t for r in registries for t in r.counted_tables)
    app.state.references = References(
        {api.root + path: resolver for r in registries for api in r.apis for path, resolver in api.resolvers.items()},
        parse_services(settings.services),
        settings.reference_cache_seconds,
    )
    app.state.relations = Relations(
        {api.root + path: handlers for r in registries for api in r.apis for path, handlers in api.collections.items()},
        parse_services(settings.services),
    )
    app.state.oidc = (
        OidcVerifier(settings.oidc_jwks, settings.oidc_issuer, settings.oidc_audience, settings.oidc_client_claim)
        if settings.oidc_jwks else None
    )
    app.state.registries = registries
    errors.install(app)

    roots = []
    for registry in registries:
        for api in registry.apis:
            app.include_router(RootedRouter(api.root, api.router), prefix=api.root)
            app.include_router(contract_router(api.contract, api.root, api.title))
            roots.append(ApiRoot(api.root, api.contract.version, multipart_operations(api.root, api.contract.document)))

    app.add_api_route("/healthz", healthz, methods=["GET"], include_in_schema=False)
    app.add_api_route("/readyz", readyz, methods=["GET"], include_in_schema=False)
    if settings.metrics_enabled:
        app.add_api_route("/metrics", metrics_endpoint, methods=["GET"], include_in_schema=False)

    app.include_router(inzage.router)  # the processing log of one data subject, for portals

    # Always installed: without origins it refuses every preflight with a problem that names the setting.
    app.add_middleware(Cors, origins=parse_names(settings.cors_origins))
    app.add_middleware(HttpConventions, roots=roots)
    return app


async def healthz() -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    try:
        await db.ping(request.app.state.engine)
    except Exception as exc:  # any failure to reach the database means "not ready"
        return JSONResponse({"status": "unavailable", "database": type(exc).__name__}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})


async def metrics_endpoint() -> Response:
    body, content_type = metrics.exposition()
    return Response(body, media_type=content_type)


def _remote_autorisaties(settings: Settings, registries: Sequence[Registry]):
    """The Autorisaties API elsewhere that holds this deployment's permissions, if one is set.

    A deployment that serves the Autorisaties API itself is the source: it never asks elsewhere
    (asking itself would authenticate the question with the question).
    """
    if not settings.autorisaties_api_url or any(r.name == "autorisaties" for r in registries):
        return None
    from common.auth.remote import RemoteAutorisaties

    return RemoteAutorisaties(settings.autorisaties_api_url, settings.autorisaties_api_client_id,
                              settings.autorisaties_api_secret)
