"""Authentication and authorisation: real JWTs signed by the tests, over real HTTP."""

import asyncio
import os
import subprocess
import sys
import time
import uuid

import httpx
import jwt as pyjwt
import pytest
from sqlalchemy import select

from common import db
from common.auth import zgw_jwt
from common.auth.admin import NewGrant
from common.auth.principal import Grant, Principal
from common.auth.tokens import new_secret
from common.platform.models import AuditTrail
from tests import servers
from tests.test_catalogussen import ROOT, assert_problem, create, new_catalogus

SECRET = "een-gedeeld-geheim-van-ruim-32-tekens"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
def reader(server):
    """A client that may read catalogi and nothing else."""
    client_id = f"lezer-{uuid.uuid4().hex[:8]}"
    servers.add_client(server.database_url, client_id, secret=SECRET,
                       grants=[NewGrant(component="ztc", scopes=("catalogi.lezen",))])
    return client_id


@pytest.fixture(scope="module")
def other_component(server):
    """A client with scopes for zaken only."""
    client_id = f"zaken-{uuid.uuid4().hex[:8]}"
    servers.add_client(server.database_url, client_id, secret=SECRET,
                       grants=[NewGrant(component="zrc", scopes=("zaken.lezen", "catalogi.lezen"))])
    return client_id


LIST = f"{ROOT}/catalogussen"


class TestJwtErrors:
    def test_no_credentials(self, anonymous):
        assert_problem(anonymous.get(LIST), 403, "not_authenticated")

    def test_other_scheme(self, anonymous, reader):
        assert_problem(anonymous.get(LIST, headers={"Authorization": f"Token {SECRET}"}), 403, "not_authenticated")
        assert_problem(anonymous.get(LIST, headers={"Authorization": "Bearer"}), 403, "not_authenticated")

    def test_missing_client_identifier(self, anonymous):
        token = pyjwt.encode({"iat": int(time.time()), "iss": "x"}, SECRET, algorithm="HS256")
        assert_problem(anonymous.get(LIST, headers=bearer(token)), 403, "missing-client-identifier")

    def test_invalid_client_identifier(self, anonymous):
        token = zgw_jwt.mint("bestaat-niet", SECRET)
        assert_problem(anonymous.get(LIST, headers=bearer(token)), 403, "invalid-client-identifier")

    def test_invalid_signature(self, anonymous, reader):
        token = zgw_jwt.mint(reader, SECRET + "-fout")
        assert_problem(anonymous.get(LIST, headers=bearer(token)), 403, "invalid-jwt-signature")

    @pytest.mark.parametrize("token", ["geen.jwt", "a.b.c", "", "eyJhbGciOiJub25lIn0.eyJjbGllbnRfaWQiOiJ4In0."])
    def test_decode_error(self, anonymous, token):
        response = anonymous.get(LIST, headers={"Authorization": f"Bearer {token}".strip()})
        assert response.status_code == 403
        assert response.json()["code"] in ("jwt-decode-error", "not_authenticated")

    def test_alg_none_is_refused(self, anonymous, reader):
        token = pyjwt.encode({"client_id": reader, "iat": int(time.time())}, None, algorithm="none")
        assert_problem(anonymous.get(LIST, headers=bearer(token)), 403, "jwt-decode-error")

    def test_missing_iat(self, anonymous, reader):
        token = pyjwt.encode({"client_id": reader}, SECRET, algorithm="HS256")
        assert_problem(anonymous.get(LIST, headers=bearer(token)), 403, "jwt-decode-error")

    @pytest.mark.parametrize("age", [3600 + 61 + 5, -(61 + 5)])
    def test_iat_too_old_or_in_the_future(self, anonymous, reader, age):
        token = zgw_jwt.mint(reader, SECRET, issued_at=int(time.time()) - age)
        assert_problem(anonymous.get(LIST, headers=bearer(token)), 403, "jwt-expired")

    def test_iat_within_leeway_is_accepted(self, anonymous, reader):
        token = zgw_jwt.mint(reader, SECRET, issued_at=int(time.time()) - 3600 - 30)
        assert anonymous.get(LIST, headers=bearer(token)).status_code == 200


class TestScopes:
    def test_reader_reads_but_cannot_write(self, anonymous, api, reader):
        created = create(api)
        auth = servers.ZgwAuth(reader, SECRET)
        assert anonymous.get(LIST, auth=auth).status_code == 200
        assert anonymous.get(created["url"], auth=auth).status_code == 200
        assert anonymous.head(created["url"], auth=auth).status_code == 200
        refused = anonymous.post(LIST, json=new_catalogus(), auth=auth)
        assert_problem(refused, 403, "permission_denied")

    def test_scope_of_another_component_does_not_count(self, anonymous, api, other_component):
        created = create(api)
        auth = servers.ZgwAuth(other_component, SECRET)
        assert_problem(anonymous.get(LIST, auth=auth), 403, "permission_denied")
        assert_problem(anonymous.get(created["url"], auth=auth), 403, "permission_denied")
        assert anonymous.head(created["url"], auth=auth).status_code == 403

    def test_every_operation_of_every_contract_refuses_anonymous_callers(self, anonymous, api, server):
        from common.app import KNOWN_REGISTRIES, load_registries

        created = create(api)
        for registry in load_registries(KNOWN_REGISTRIES):
            for api_ in registry.apis:
                for path, item in api_.contract.document["paths"].items():
                    url = api_.root + path.replace("{uuid}", created["url"].rsplit("/", 1)[1])
                    for method in ("get", "head", "post", "put", "patch", "delete"):
                        if method in item:
                            response = anonymous.request(method.upper(), url, json={} if method in ("post", "put", "patch") else None)
                            # 403 on the ZGW APIs, 401 on the APIs that use API tokens
                            assert response.status_code in (401, 403), (method, url, response.text)


def test_audit_trail_records_the_write_with_application_and_user(server, anonymous, superuser_auth):
    auth = servers.ZgwAuth(superuser_auth.client_id, superuser_auth.secret, user_id="u123", user_representation="Els de Vries")
    response = anonymous.post(LIST, json=new_catalogus(), auth=auth, headers={"X-Audit-Toelichting": "inrichting 2026"})
    created = response.json()

    async def fetch():
        engine = db.create_engine(server.database_url)
        try:
            async with db.sessionmaker(engine)() as session:
                return (await session.scalars(select(AuditTrail).where(AuditTrail.resource_url == created["url"]))).all()
        finally:
            await engine.dispose()

    (entry,) = asyncio.run(fetch())
    assert (entry.bron, entry.actie, entry.resultaat, entry.resource) == ("ZTC", "create", 201, "catalogus")
    assert entry.hoofd_object == created["url"]
    assert entry.applicatie_weergave == "Tests (alles)" and entry.applicatie_id
    assert (entry.gebruikers_id, entry.gebruikers_weergave) == ("u123", "Els de Vries")
    assert entry.toelichting == "inrichting 2026"
    assert entry.oud is None and entry.nieuw == created
    assert entry.aanmaakdatum is not None


def test_refused_write_leaves_no_audit_and_no_row(server, anonymous, reader):
    body = new_catalogus()
    anonymous.post(LIST, json=body, auth=servers.ZgwAuth(reader, SECRET))
    listed = anonymous.get(LIST, params={"rsin": body["rsin"], "domein": body["domein"]}, auth=servers.ZgwAuth(reader, SECRET))
    assert listed.json()["count"] == 0


class TestPrincipal:
    def principal(self, *grants, alles=False):
        return Principal(uuid.uuid4(), "app", "c", alles, tuple(grants))

    def test_heeft_alle_autorisaties_allows_everything(self):
        p = self.principal(alles=True)
        assert p.allows("zrc", ["zaken.lezen"], type_field="zaaktype", type_url="x", vertrouwelijkheidaanduiding="zeer_geheim")
        assert p.limits("zrc", ["zaken.lezen"], "zaaktype") is None

    def test_type_and_confidentiality_limit_an_object(self):
        zt = "https://catalogi/zaaktypen/1"
        p = self.principal(Grant("zrc", frozenset({"zaken.lezen"}), zaaktype=zt, max_vertrouwelijkheidaanduiding="intern"))
        assert p.allows("zrc", ["zaken.lezen"], type_field="zaaktype", type_url=zt, vertrouwelijkheidaanduiding="openbaar")
        assert p.allows("zrc", ["zaken.lezen"], type_field="zaaktype", type_url=zt, vertrouwelijkheidaanduiding="intern")
        assert not p.allows("zrc", ["zaken.lezen"], type_field="zaaktype", type_url=zt, vertrouwelijkheidaanduiding="zaakvertrouwelijk")
        assert not p.allows("zrc", ["zaken.lezen"], type_field="zaaktype", type_url=zt + "0", vertrouwelijkheidaanduiding="openbaar")
        assert not p.allows("zrc", ["zaken.bijwerken"], type_field="zaaktype", type_url=zt)
        assert not p.allows("ztc", ["zaken.lezen"])
        assert [(l.type_url, l.max_vertrouwelijkheidaanduiding) for l in p.limits("zrc", ["zaken.lezen"], "zaaktype")] == [(zt, "intern")]


def _cli(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "REGISTRIES_DATABASE_URL": database_url}
    return subprocess.run([sys.executable, "-m", "common.cli", *args], capture_output=True, text=True, env=env, timeout=120)


def test_cli_adds_lists_rotates_and_removes_clients(server, anonymous):
    client_id = f"cli-{uuid.uuid4().hex[:8]}"
    added = _cli(server.database_url, "clients", "add", "--client-id", client_id, "--scope", "catalogi.lezen",
                 "--label", "Zaaksysteem")
    assert added.returncode == 0, added.stderr
    secret = added.stdout.split("secret: ")[1].split()[0]
    token = _cli(server.database_url, "token", "--client-id", client_id, "--secret", secret).stdout.strip()
    assert anonymous.get(LIST, headers=bearer(token)).status_code == 200

    listing = _cli(server.database_url, "clients", "list").stdout
    assert f'"client_id": "{client_id}"' in listing and '"ztc"' in listing and secret not in listing

    duplicate = _cli(server.database_url, "clients", "add", "--client-id", client_id, "--all-permissions")
    assert duplicate.returncode != 0 and "exists already" in duplicate.stderr

    rotated = _cli(server.database_url, "clients", "rotate-secret", "--client-id", client_id)
    new_secret = rotated.stdout.split("secret: ")[1].strip()
    assert new_secret != secret
    removed = _cli(server.database_url, "clients", "remove", "--client-id", client_id)
    assert removed.returncode == 0
    assert client_id not in _cli(server.database_url, "clients", "list").stdout


@pytest.fixture
def token_server(database_url, backend):
    """A server with one route guarded as Open Klant and Open Product guard theirs: API tokens, 401."""
    from fastapi import Depends
    from starlette.responses import JSONResponse

    from common.app import KNOWN_REGISTRIES, create_app, load_registries
    from common.auth.dependencies import TOKEN, Authorizer
    from common.settings import Settings

    app = create_app(load_registries(KNOWN_REGISTRIES), Settings(database_url=database_url))
    guard = Authorizer(component="pdc", schemes=(TOKEN,), failure_status=401).require("producten.lezen")

    async def guarded(principal=Depends(guard)) -> JSONResponse:
        return JSONResponse({"client": principal.client_id})

    app.add_api_route("/catalogi/api/v1/token-test", guarded)
    running = servers.start_server(database_url, backend, app=app)
    suffix = uuid.uuid4().hex[:8]
    servers.add_client(database_url, f"portaal-{suffix}", token=f"sleutel-{suffix}",
                       grants=[NewGrant(component="pdc", scopes=("producten.lezen",))])
    servers.add_client(database_url, f"ander-{suffix}", token=f"ander-{suffix}",
                       grants=[NewGrant(component="kic", scopes=("klantinteracties.lezen",))])
    running.suffix = suffix
    yield running
    running.stop()


def test_generated_secrets_are_letters_and_digits_and_work_on_the_command_line():
    """A generated secret is printed in commands to paste (`registries token --secret ...`): one
    starting with "-" would be read as an option."""
    generated = [new_secret() for _ in range(2000)]
    assert all(len(s) == 43 and s.isascii() and s.isalnum() for s in generated)
    assert len(set(generated)) == len(generated)
    minted = _cli("sqlite+aiosqlite:///unused.db", "token", "--client-id", "c", "--secret", generated[0])
    assert minted.returncode == 0, minted.stderr
    assert pyjwt.decode(minted.stdout.strip(), generated[0], algorithms=["HS256"])["client_id"] == "c"


def test_api_tokens_authenticate_and_failures_are_401(token_server):
    url = f"{token_server.url}/catalogi/api/v1/token-test"
    suffix = token_server.suffix
    ok = httpx.get(url, headers={"Authorization": f"Token sleutel-{suffix}"})
    assert ok.status_code == 200 and ok.json() == {"client": f"portaal-{suffix}"}
    missing = httpx.get(url)
    assert_problem(missing, 401, "not_authenticated")
    assert missing.headers["www-authenticate"] == "Token"
    assert_problem(httpx.get(url, headers={"Authorization": "Token verkeerd"}), 401, "invalid_token")
    assert_problem(httpx.get(url, headers={"Authorization": f"Bearer {zgw_jwt.mint('x', SECRET)}"}), 401, "not_authenticated")
    assert_problem(httpx.get(url, headers={"Authorization": f"Token ander-{suffix}"}), 403, "permission_denied")


def test_a_reused_jwt_is_checked_against_the_current_secret_and_its_age_every_time():
    """zgw_jwt keeps the tokens it verified (common/auth/zgw_jwt.py): a reused token still fails
    once its client's secret changed, once it is older than max_age and once its exp passed."""
    secrets = {"hergebruik": SECRET}

    async def secret_of(client_id):
        return secrets.get(client_id)

    async def check(token, now):
        return await zgw_jwt.verify(token, secret_of, max_age=60, leeway=5, now=now)

    issued = int(time.time())
    token = zgw_jwt.mint("hergebruik", SECRET, user_id="u1", issued_at=issued)
    assert asyncio.run(check(token, issued)).user_id == "u1"
    assert asyncio.run(check(token, issued + 30)).user_id == "u1"  # the second use: from what was kept
    with pytest.raises(zgw_jwt.JwtError) as too_old:
        asyncio.run(check(token, issued + 120))
    assert too_old.value.code == "jwt-expired"
    secrets["hergebruik"] = "een-nieuw-geheim-na-rotatie-van-32-tekens"
    with pytest.raises(zgw_jwt.JwtError) as rotated:
        asyncio.run(check(token, issued + 1))
    assert rotated.value.code == "invalid-jwt-signature"

    secrets["hergebruik"] = SECRET
    expiring = pyjwt.encode({"client_id": "hergebruik", "iat": issued, "exp": issued + 10}, SECRET, algorithm="HS256")
    assert asyncio.run(check(expiring, issued)).client_id == "hergebruik"
    with pytest.raises(zgw_jwt.JwtError) as expired:
        asyncio.run(check(expiring, issued + 11))
    assert expired.value.code == "jwt-expired"
