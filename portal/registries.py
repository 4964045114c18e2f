"""The portal's HTTP client for the registries: a fresh ZGW JWT per request, pages, and ETags.

Objects that rarely change (zaaktypen, statustypen, resultaattypen) are kept with their ETag and
asked again with ``If-None-Match``; a 304 costs the registry no serialisation and the network
almost nothing.
"""

import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt

# The Zaken API answers 412 without it (zaakgeometrie); the other APIs ignore it.
_CRS = {"Accept-Crs": "EPSG:4326"}
SERVED_SECONDS = 300
MAX_CACHED = 2000
MAX_PAGES = 20  # a resident with more than 20 pages of zaken is an error in the data, not a use case


class RegistryUnavailable(Exception):
    """A registry did not answer, or answered with an error the page cannot do without."""


class NotServed(RegistryUnavailable):
    """The API root is not served by this deployment (404 on the root's contract)."""


@dataclass
class Registries:
    base_url: str
    client_id: str
    secret: str
    purpose: str = "Inwoner bekijkt de eigen gegevens in Mijn gemeente"
    transport: httpx.AsyncBaseTransport | None = None
    _client: httpx.AsyncClient | None = None
    _etags: dict[str, tuple[str, Any]] = field(default_factory=dict)
    _served: dict[str, tuple[bool, float]] = field(default_factory=dict)

    def token(self) -> str:
        claims = {"iss": self.client_id, "iat": int(time.time()), "client_id": self.client_id,
                  "user_id": "mijn-gemeente", "user_representation": "Inwoner via Mijn gemeente"}
        return jwt.encode(claims, self.secret, algorithm="HS256")

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(base_url=self.base_url.rstrip("/"), timeout=15, transport=self.transport)
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}", "X-Audit-Toelichting": self.purpose, **_CRS,
                **(extra or {})}

    async def _get(self, url: str, params: dict[str, str] | None = None,
                   headers: dict[str, str] | None = None) -> httpx.Response:
        try:
            return await self.client.get(url, params=params, headers=self._headers(headers))
        except httpx.HTTPError as exc:
            raise RegistryUnavailable(f"{url}: {type(exc).__name__}") from exc

    async def get(self, url: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        response = await self._get(url, params)
        if response.status_code != 200:
            raise RegistryUnavailable(f"{url}: {response.status_code}")
        return response.json()

    async def get_cached(self, url: str) -> dict[str, Any]:
        """An object that rarely changes: revalidated with its ETag instead of read again."""
        known = self._etags.get(url)
        response = await self._get(url, headers={"If-None-Match": known[0]} if known else None)
        if response.status_code == 304 and known:
            return known[1]
        if response.status_code != 200:
            raise RegistryUnavailable(f"{url}: {response.status_code}")
        body = response.json()
        if response.headers.get("etag"):
            if len(self._etags) >= MAX_CACHED:
                self._etags.clear()  # catalogue objects are few; a full cache means something else is kept here
            self._etags[url] = (response.headers["etag"], body)
        return body

    async def all_pages(self, path: str, params: dict[str, str]) -> list[dict[str, Any]]:
        """Every result of a list: the ``next`` links are absolute URLs, followed as they are."""
        page = await self.get(path, params)
        results = list(page["results"])
        for _ in range(MAX_PAGES - 1):
            if not page.get("next"):
                break
            page = await self.get(page["next"])
            results += page["results"]
        return results

    async def served(self, api_root: str) -> bool:
        """Does this deployment serve the API at ``api_root``? Its public contract says; asked every 5 minutes."""
        known = self._served.get(api_root)
        if known is not None and known[1] > time.monotonic():
            return known[0]
        try:
            async with self.client.stream("GET", f"{api_root}/openapi.json") as response:
                answer = response.status_code == 200  # the body (the whole contract) is not needed
        except httpx.HTTPError:
            answer = False
        self._served[api_root] = (answer, time.monotonic() + SERVED_SECONDS)
        return answer
