"""OAuth2/OIDC bearer tokens, checked against an identity provider's keys served on loopback."""

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.settings import Settings
from tests import servers
from tests.conftest import ensure_superuser
from tests.test_catalogussen import ROOT, assert_problem

ISSUER = "https://idp.gemeente.example/realms/medewerkers"
AUDIENCE = "registers"


class IdentityProvider:
    """Publishes a JWKS on loopback and signs tokens; can rotate its key."""

    def __init__(self) -> None:
        self.rotate()
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                body = json.dumps(provider.jwks()).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/jwks"

    def rotate(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = uuid.uuid4().hex

    def jwks(self) -> dict:
        public = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**public, "kid": self.kid, "use": "sig", "alg": "RS256"}]}

    def token(self, client: str, **overrides) -> str:
        now = int(time.time())
        claims = {"iss": ISSUER, "aud": AUDIENCE, "azp": client, "sub": "medewerker-42", "name": "A. de Boer",
                  "iat": now, "exp": now + 300, **overrides}
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": self.kid})


@pytest.fixture(scope="module")
def idp():
    provider = IdentityProvider()
    yield provider
    provider.http.shutdown()


@pytest.fixture
def oidc_server(idp, database_url, backend):
    settings = Settings(database_url=database_url, oidc_jwks=idp.url, oidc_issuer=ISSUER, oidc_audience=AUDIENCE)
    running = servers.start_server(database_url, backend, app=create_app(load_registries(KNOWN_REGISTRIES), settings))
    ensure_superuser(database_url)
    client = f"portaal-{uuid.uuid4().hex[:6]}"
    servers.add_client(database_url, client, secret=None, token=uuid.uuid4().hex, all_permissions=True)
    running.client = client
    yield running
    running.stop()


def get(server, token: str) -> httpx.Response:
    return httpx.get(f"{server.url}{ROOT}/catalogussen", headers={"Authorization": f"Bearer {token}"})


def test_a_valid_token_of_a_registered_client_is_accepted(oidc_server, idp):
    assert get(oidc_server, idp.token(oidc_server.client)).status_code == 200


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"iss": "https://elders.example"}, "invalid-issuer"),
        ({"aud": "iets-anders"}, "invalid-audience"),
        ({"exp": int(time.time()) - 600, "iat": int(time.time()) - 900}, "jwt-expired"),
        ({"azp": None}, "missing-client-identifier"),
        ({"azp": "onbekend"}, "invalid-client-identifier"),
    ],
)
def test_tokens_that_do_not_hold_are_refused(oidc_server, idp, overrides, code):
    assert_problem(get(oidc_server, idp.token(oidc_server.client, **overrides)), 403, code)


def test_a_token_signed_by_another_key_is_refused(oidc_server, idp):
    stranger = IdentityProvider()
    try:
        assert_problem(get(oidc_server, stranger.token(oidc_server.client)), 403, "invalid-jwt-signature")
        forged = jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "azp": oidc_server.client, "iat": int(time.time()),
                             "exp": int(time.time()) + 60}, stranger.key, algorithm="RS256", headers={"kid": idp.kid})
        assert_problem(get(oidc_server, forged), 403, "invalid-jwt-signature")
    finally:
        stranger.http.shutdown()


def test_a_rotated_key_is_fetched_when_first_seen(oidc_server, idp):
    assert get(oidc_server, idp.token(oidc_server.client)).status_code == 200
    idp.rotate()
    assert get(oidc_server, idp.token(oidc_server.client)).status_code == 200
