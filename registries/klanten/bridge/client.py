"""The HTTP side of the bridge: one small client per API, with its credentials."""

from collections.abc import Iterator
from typing import Any

import httpx

from common.auth import zgw_jwt

# Sent with every request, so the processing logs of both sides say why the data was read.
PURPOSE = "Migratie van contactmomenten naar Klantinteracties"


class BridgeError(Exception):
    """The migration cannot go on (a source or target that does not answer as expected)."""


class Refused(Exception):
    """The target refused one write (4xx); ``reason`` names the fields when it said which."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


class ZgwJwt(httpx.Auth):
    """A fresh ZGW JWT on every request (they are checked for age)."""

    def __init__(self, client_id: str, secret: str) -> None:
        self.client_id, self.secret = client_id, secret

    def auth_flow(self, request):
        request.headers["Authorization"] = "Bearer " + zgw_jwt.mint(
            self.client_id, self.secret, user_id="registries-migratie", user_representation="Migratie contactmomenten")
        yield request


class ApiToken(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = f"Token {self.token}"
        yield request


def _reason(response: httpx.Response) -> str:
    try:
        problem = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    params = problem.get("invalidParams") or [] if isinstance(problem, dict) else []
    if params:
        return "; ".join(f"{p.get('name')}: {p.get('reason')}" for p in params)
    if isinstance(problem, dict):
        return f"HTTP {response.status_code}: {problem.get('detail') or problem.get('title') or ''}".rstrip(": ")
    return f"HTTP {response.status_code}"


class Api:
    """An API root, read (and for the target written) as JSON."""

    def __init__(self, root: str, auth: httpx.Auth, *, name: str, timeout: float = 30,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.root = root.rstrip("/")
        self.name = name
        self.http = httpx.Client(auth=auth, timeout=timeout, transport=transport,
                                 headers={"X-Audit-Toelichting": PURPOSE, "Accept": "application/json"})

    def close(self) -> None:
        self.http.close()

    def _url(self, path_or_url: str) -> str:
        return path_or_url if "://" in path_or_url else f"{self.root}{path_or_url}"

    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            return self.http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise BridgeError(f"{self.name} at {url} does not answer: {type(exc).__name__}: {exc}") from None

    def get(self, path_or_url: str, params: dict | None = None) -> dict | None:
        """The object, or None when it does not exist (404); any other failure stops the run."""
        url = self._url(path_or_url)
        response = self._send("GET", url, params=params)
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise BridgeError(f"{self.name} answered {url} with {_reason(response)}")
        return response.json()

    def list(self, path: str, params: dict | None = None) -> Iterator[dict]:
        """Every result of a paginated list, following ``next``."""
        url, query = self._url(path), dict(params or {})
        while url:
            page = self.get(url, query)
            if page is None:
                return
            yield from page.get("results", [])
            url, query = page.get("next"), None

    def post(self, path: str, body: dict[str, Any]) -> dict:
        url = self._url(path)
        response = self._send("POST", url, json=body)
        if response.status_code in (200, 201):
            return response.json()
        if 400 <= response.status_code < 500 and response.status_code not in (401, 403, 404):
            raise Refused(response.status_code, _reason(response))
        raise BridgeError(f"{self.name} answered POST {url} with {_reason(response)}")
