"""Real registries over real HTTP for the tests: a uvicorn server on a loopback port, per database."""

import asyncio
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass

import httpx
import uvicorn
from sqlalchemy.engine import make_url

from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.auth import admin, zgw_jwt
from common.db import async_url, create_engine, write_sessionmaker
from common.settings import Settings

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"


@dataclass
class Server:
    url: str
    database_url: str
    backend: str
    _server: uvicorn.Server
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


def start_server(database_url: str, backend: str, app=None, **settings) -> Server:
    settings_obj = Settings(**{"database_url": database_url, "migrate_on_start": True, **settings})
    app = app or create_app(load_registries(KNOWN_REGISTRIES), settings_obj)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it every keep-alive request waits ~40 ms for
    # the delayed ACK of the previous one (Nagle's algorithm).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_config=None, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test server on {backend} did not start")
        time.sleep(0.02)
    return Server(f"http://127.0.0.1:{port}", database_url, backend, server, thread)


# --- PostgreSQL databases the tests create and drop ---------------------------------------

def postgres_admin_url() -> str:
    return os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES)


async def _admin(sql: str) -> None:
    import asyncpg

    url = make_url(async_url(postgres_admin_url()))
    connection = await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password,
        database=url.database or "postgres", timeout=5,
    )
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def postgres_reachable() -> str | None:
    """None when PostgreSQL answers, else the reason it does not."""
    try:
        asyncio.run(_admin("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means: no PostgreSQL for these tests
        return f"{type(exc).__name__}: {exc}"
    return None


def postgres_admin(sql: str) -> None:
    """Run one statement as the administrator of TEST_DATABASE_URL (roles, databases)."""
    asyncio.run(_admin(sql))


def create_postgres_database() -> str:
    name = f"registries_test_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    return make_url(async_url(postgres_admin_url())).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# --- credentials the tests use ----------------------------------------------------------------

class ZgwAuth(httpx.Auth):
    """Signs every request with a fresh ZGW JWT, as a real client does."""

    def __init__(self, client_id: str, secret: str, user_id: str = "tester", user_representation: str = "Test") -> None:
        self.client_id, self.secret = client_id, secret
        self.user_id, self.user_representation = user_id, user_representation

    def header(self) -> str:
        return "Bearer " + zgw_jwt.mint(self.client_id, self.secret, user_id=self.user_id,
                                        user_representation=self.user_representation)

    def auth_flow(self, request):
        request.headers["Authorization"] = self.header()
        yield request


def add_client(database_url: str, client_id: str, **kwargs) -> None:
    """Add an application straight into the database, as `registries clients add` does."""

    async def run() -> None:
        engine = create_engine(database_url)
        try:
            async with write_sessionmaker(engine)() as session:
                await admin.add_client(session, client_id, **kwargs)
        finally:
            await engine.dispose()

    asyncio.run(run())
