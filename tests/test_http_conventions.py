"""The HTTP conventions every API root follows (NL API Design Rules, ZGW), over real HTTP."""

import json
import re
import uuid

import httpx
import pytest
import yaml
from openapi_spec_validator import validate
from sqlalchemy.engine import make_url

from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER, ensure_superuser
from tests.test_catalogussen import ROOT, assert_problem


def test_every_api_response_carries_api_version(api):
    for path in (f"{ROOT}/catalogussen", f"{ROOT}/catalogussen/nope", f"{ROOT}/openapi.json", f"{ROOT}/bestaat-niet"):
        assert api.get(path).headers["api-version"] == "1.3.1", path


def test_trailing_slash_is_404_not_a_redirect(api):
    response = api.get(f"{ROOT}/catalogussen/", follow_redirects=False)
    assert_problem(response, 404, "not_found")


def test_unknown_route_is_problem_404(api):
    assert_problem(api.get("/geen/api/hier"), 404, "not_found")
    assert_problem(api.get(f"{ROOT}/zaaktypen-bestaan-niet"), 404, "not_found")


def test_wrong_method_is_problem_405(api):
    assert_problem(api.delete(f"{ROOT}/catalogussen"), 405, "method_not_allowed")
    assert_problem(api.put(f"{ROOT}/catalogussen", json={}), 405, "method_not_allowed")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml", None])
def test_body_that_is_not_json_is_problem_415(api, content_type):
    headers = {"content-type": content_type} if content_type else {}
    response = api.post(f"{ROOT}/catalogussen", content=b"domein=X", headers=headers)
    assert_problem(response, 415, "unsupported_media_type")


def test_problem_instance_carries_the_request_id(api):
    given = "0f8e2c58-6b1d-4c55-9a51-2d8c3f3e9b10"
    response = api.get(f"{ROOT}/catalogussen/nope", headers={"X-Request-ID": given})
    assert response.headers["x-request-id"] == given
    assert response.json()["instance"] == f"urn:uuid:{given}"
    for not_a_uuid in ("trace-123", "bad id with spaces"):
        generated = api.get(f"{ROOT}/catalogussen/nope", headers={"X-Request-ID": not_a_uuid})
        assert re.fullmatch(r"[0-9a-f-]{36}", generated.headers["x-request-id"])
        assert generated.json()["instance"] == f"urn:uuid:{generated.headers['x-request-id']}"


@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_contract_is_served_without_auth_with_cors_and_validates(api, server, suffix):
    response = api.get(f"{ROOT}/openapi.{suffix}")
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    document = json.loads(response.text) if suffix == "json" else yaml.safe_load(response.text)
    validate(document)
    assert document["info"]["version"] == "1.3.1"
    assert document["servers"] == [{"url": f"{server.url}{ROOT}", "description": "Deze installatie"}]


def test_documentation_page_works_offline(api):
    page = api.get(f"{ROOT}/docs")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith(f"{ROOT}/docs/static/") for s in sources), sources
    for source in sources:
        assert api.get(source).status_code == 200, source
    assert_problem(api.get(f"{ROOT}/docs/static/..%2F..%2Fsettings.py"), 404)


def test_health_readiness_and_metrics(api):
    assert api.get("/healthz").json() == {"status": "ok"}
    assert api.get("/readyz").json() == {"status": "ok", "database": "ok"}
    api.get(f"{ROOT}/catalogussen")
    metrics = api.get("/metrics").text
    assert 'registries_http_requests_total{method="GET",route="/catalogi/api/v1/catalogussen",status="200"}' in metrics


def test_unexpected_error_is_500_problem_without_traceback(tmp_path):
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/r.db")
    app = create_app(load_registries(KNOWN_REGISTRIES), settings)

    async def boom():
        raise RuntimeError("secret internals /etc/passwd")

    app.add_api_route(f"{ROOT}/kapot", boom)
    running = servers.start_server(settings.database_url, "sqlite", app=app)
    try:
        response = httpx.get(f"{running.url}{ROOT}/kapot")
        body = assert_problem(response, 500, "error")
        assert "secret" not in response.text and "Traceback" not in response.text
        assert response.headers["api-version"] == "1.3.1"
        assert body["instance"] == f"urn:uuid:{response.headers['x-request-id']}"
    finally:
        running.stop()


def test_database_that_went_away_is_503_and_not_ready():
    # Nothing listens on port 9 of the loopback: the database is unreachable from the start.
    running = servers.start_server("postgresql+asyncpg://postgres@127.0.0.1:9/none", "postgresql",
                                   migrate_on_start=False)
    try:
        auth = servers.ZgwAuth("iemand", "een-geheim-van-minstens-32-tekens-lang")
        response = httpx.get(f"{running.url}{ROOT}/catalogussen", timeout=30, auth=auth)
        assert_problem(response, 503, "service_unavailable")
        assert response.headers["retry-after"] == "5"
        assert httpx.get(f"{running.url}/readyz", timeout=30).status_code == 503
        assert httpx.get(f"{running.url}/healthz").status_code == 200
    finally:
        running.stop()


def test_a_database_with_no_connection_left_is_503_not_500():
    """PostgreSQL refusing a connection (too many connections, class 53) is a pause, not a fault."""
    reason = servers.postgres_reachable()
    if reason:
        pytest.skip(f"PostgreSQL not reachable: {reason}")
    role = f"registries_vol_{uuid.uuid4().hex[:8]}"
    servers.postgres_admin(f'CREATE ROLE "{role}" LOGIN CONNECTION LIMIT 0')
    url = make_url(servers.postgres_admin_url()).set(drivername="postgresql+asyncpg", username=role, password=None)
    running = servers.start_server(url.render_as_string(hide_password=False), "postgresql", migrate_on_start=False)
    try:
        auth = servers.ZgwAuth("iemand", "een-geheim-van-minstens-32-tekens-lang")
        response = httpx.get(f"{running.url}{ROOT}/catalogussen", timeout=30, auth=auth)
        assert_problem(response, 503, "service_unavailable")
        assert response.headers["retry-after"]
    finally:
        running.stop()
        servers.postgres_admin(f'DROP ROLE "{role}"')


def _terminate_connections_to(database_url: str) -> None:
    name = make_url(database_url).database
    servers.postgres_admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")


@pytest.mark.parametrize("idle_seconds, accepted", [(0.0, {200}), (3600.0, {503})])
def test_a_restarted_database_costs_at_most_one_503_never_a_500(monkeypatch, idle_seconds, accepted):
    """Pooled connections are pinged only after lying idle (common/db.py): a connection cut while
    idle is replaced unseen; one cut while in steady use answers 503 once and the pool starts afresh."""
    reason = servers.postgres_reachable()
    if reason:
        pytest.skip(f"PostgreSQL not reachable: {reason}")
    from common import db

    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", idle_seconds)
    url = servers.create_postgres_database()
    running = servers.start_server(url, "postgresql")
    ensure_superuser(url)
    try:
        with httpx.Client(base_url=running.url, auth=servers.ZgwAuth(*SUPERUSER), timeout=30) as client:
            assert client.get(f"{ROOT}/catalogussen").status_code == 200
            _terminate_connections_to(url)
            first = client.get(f"{ROOT}/catalogussen")
            assert first.status_code in accepted, first.text
            if first.status_code == 503:
                assert_problem(first, 503, "service_unavailable")
            assert client.get(f"{ROOT}/catalogussen").status_code == 200
    finally:
        running.stop()
        servers.drop_postgres_database(url)


def test_a_read_session_refuses_to_write(database_url):
    """Reads run without a transaction of their own (common/db.py): a write through one is a bug."""
    import asyncio

    from common import db
    from common.platform.models import Verwerking

    async def attempt() -> None:
        engine = db.create_engine(database_url)
        try:
            async with db.read_sessionmaker(engine)() as session:
                session.add(Verwerking())
                with pytest.raises(RuntimeError, match="read session"):
                    await session.flush()
        finally:
            await engine.dispose()

    asyncio.run(attempt())
