"""Fixtures: every API test runs against a real server on SQLite and on PostgreSQL.

PostgreSQL comes from TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres);
the tests create and drop their own databases there. Without a reachable PostgreSQL those
tests are skipped, unless REQUIRE_POSTGRES=1 (CI), where that is a failure.
"""

import os
import random
from pathlib import Path

import httpx
import pytest

from common.auth.admin import AdminError
from tests import servers

BACKENDS = ["sqlite", "postgresql"]
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _database_for(backend: str, tmp_path_factory) -> tuple[str, callable]:
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("sqlite") / "registries.db"
        return f"sqlite+aiosqlite:///{path}", lambda: None
    reason = servers.postgres_reachable()
    if reason:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required (REQUIRE_POSTGRES=1) but not reachable: {reason}")
        pytest.skip(f"PostgreSQL not reachable at TEST_DATABASE_URL: {reason}")
    url = servers.create_postgres_database()
    return url, lambda: servers.drop_postgres_database(url)


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def database_url(backend, tmp_path_factory):
    url, drop = _database_for(backend, tmp_path_factory)
    yield url
    drop()


SUPERUSER = ("tests-alles", "geheim-van-de-tests-minstens-32-tekens")


def ensure_superuser(database_url: str) -> None:
    """The tests' own application with every permission, in a migrated database."""
    client_id, secret = SUPERUSER
    try:
        servers.add_client(database_url, client_id, secret=secret, label="Tests (alles)", all_permissions=True)
    except AdminError:
        pass  # added by an earlier fixture on the same database


@pytest.fixture(scope="session")
def server(database_url, backend):
    running = servers.start_server(database_url, backend)
    ensure_superuser(database_url)
    yield running
    running.stop()


@pytest.fixture
def superuser_auth() -> servers.ZgwAuth:
    return servers.ZgwAuth(*SUPERUSER)


@pytest.fixture
def api(server, superuser_auth):
    """A client with every permission, signing each request with a fresh ZGW JWT."""
    with httpx.Client(base_url=server.url, timeout=30, auth=superuser_auth) as client:
        yield client


@pytest.fixture
def anonymous(server):
    """A client without credentials."""
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def valid_rsin(rng: random.Random | None = None) -> str:
    """A random RSIN that passes the 11-proef, so each test can make its own catalogussen."""
    rng = rng or random.Random()
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2)))
        check = total % 11
        if check < 10:
            candidate = "".join(map(str, digits)) + str(check)
            if candidate != "000000000":
                return candidate
