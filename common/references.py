"""References between APIs: a zaak's ``zaaktype`` is a URL into the Catalogi API, and so on.

Data stays at its source (Common Ground), so a registry never reads another registry's tables.
It resolves the URL instead: in-process, through the other registry's own resolver, when that
API is mounted in this server; over HTTP, with the credentials configured for that API root
(``REGISTRIES_SERVICES``), when it is not. Either way the caller gets the representation the
other API serves. Results of HTTP look-ups are cached briefly.
"""

import json
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

import httpx
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from common import validation
from common.auth import zgw_jwt
from common.responses import base_url

# (session, base URL of this deployment, uuid) -> the object's JSON as its API serves it, or None.
Resolver = Callable[[AsyncSession, str, UUID], Awaitable[dict[str, Any] | None]]


class ReferenceError(Exception):
    """A reference that does not hold; ``code`` is what invalidParams reports."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


@dataclass(frozen=True)
class Service:
    """Another deployment's API root, with the credentials to read from it."""

    api_root: str
    client_id: str = ""
    secret: str = ""
    token: str = ""

    def headers(self) -> dict[str, str]:
        if self.token:
            return {"Authorization": f"Token {self.token}"}
        if self.client_id:
            return {"Authorization": "Bearer " + zgw_jwt.mint(self.client_id, self.secret)}
        return {}


def parse_services(value: str) -> list[Service]:
    """``REGISTRIES_SERVICES``: a JSON list of {apiRoot, clientId, secret} or {apiRoot, token}."""
    if not value.strip():
        return []
    return [
        Service(item["apiRoot"].rstrip("/"), item.get("clientId", ""), item.get("secret", ""), item.get("token", ""))
        for item in json.loads(value)
    ]


class References:
    def __init__(self, local: Mapping[str, Resolver], services: list[Service], cache_seconds: int = 300) -> None:
        # local: "{api root}{collection}" (e.g. /catalogi/api/v1/zaaktypen) -> resolver
        self.local = dict(local)
        self.services = services
        self.cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, dict | None]] = {}

    def _local_target(self, request: Request, url: str) -> tuple[Resolver, UUID] | None:
        parts = urlsplit(url)
        ours = urlsplit(base_url(request))
        if (parts.scheme, parts.netloc) != (ours.scheme, ours.netloc):
            return None
        collection, _, key = parts.path.rstrip("/").rpartition("/")
        resolver = self.local.get(collection)
        if resolver is None:
            return None
        try:
            return resolver, UUID(key)
        except ValueError:
            raise ReferenceError("bad-url", "De URL wijst niet naar een bestaand object.") from None

    async def fetch(self, request: Request, session: AsyncSession, url: str) -> dict[str, Any]:
        """The object behind ``url``; ReferenceError when the URL is not valid or leads nowhere."""
        try:
            validation.validate_absolute_url(url)
        except ValueError as exc:
            raise ReferenceError("bad-url", str(exc)) from None
        local = self._local_target(request, url)
        if local is not None:
            resolver, key = local
            found = await resolver(session, base_url(request), key)
        else:
            found = await self._remote(url)
        if found is None:
            raise ReferenceError("bad-url", "De URL wijst niet naar een bestaand object.")
        return found

    async def _remote(self, url: str) -> dict[str, Any] | None:
        now = time.monotonic()
        hit = self._cache.get(url)
        if hit is not None and hit[0] > now:
            return hit[1]
        service = next((s for s in self.services if url.startswith(s.api_root + "/")), None)
        if service is None:
            raise ReferenceError("bad-url", "Deze URL hoort bij geen API die deze installatie kent.")
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.get(url, headers={**service.headers(), "Accept": "application/json"})
        except httpx.HTTPError:
            raise ReferenceError("bad-url", "De API achter deze URL is niet bereikbaar.") from None
        if response.status_code == 404:
            found = None
        elif response.status_code == 200:
            try:
                found = response.json()
            except ValueError:
                raise ReferenceError("invalid-resource", "De URL levert geen JSON op.") from None
        else:
            raise ReferenceError("bad-url", f"De API achter deze URL antwoordde {response.status_code}.")
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[url] = (now + self.cache_seconds, found)
        return found
