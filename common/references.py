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
from common.errors import Problem
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


# --------------------------------------------------------------------------- relations kept on both sides
#
# Some relations are stored twice, once in each API (a zaak's zaakcontactmoment in the Zaken API
# and its objectcontactmoment in the Contactmomenten API), and the API where a client makes the
# relation makes the other side too. An API that takes part offers, per collection, in-process
# handlers to the other registries of the same server; other deployments are reached over HTTP
# with the credentials of REGISTRIES_SERVICES. In-process the handlers run in the caller's
# session, so both sides commit in one transaction.

# (session, base URL, query parameters) -> every object of the list that matches, as the API serves it.
Searcher = Callable[[AsyncSession, str, Mapping[str, str]], Awaitable[list[dict[str, Any]]]]
# (request, session, body) -> the created object; raises common.errors.Problem when refused.
Creator = Callable[[Request, AsyncSession, dict[str, Any]], Awaitable[dict[str, Any]]]
# (request, session, uuid) -> None; raises common.errors.Problem when refused or not found.
Deleter = Callable[[Request, AsyncSession, UUID], Awaitable[None]]


@dataclass(frozen=True)
class LocalCollection:
    """What a collection offers other registries in the same server besides reading by uuid."""

    search: Searcher | None = None
    create: Creator | None = None
    delete: Deleter | None = None


def _refusal(problem: Problem) -> ReferenceError:
    params = problem.invalid_params or []
    if params:
        return ReferenceError(params[0].code, params[0].reason)
    return ReferenceError(problem.code or "invalid", problem.detail)


def _remote_refusal(response: httpx.Response) -> ReferenceError:
    try:
        body = response.json()
    except ValueError:
        body = {}
    params = body.get("invalidParams") if isinstance(body, dict) else None
    if params and isinstance(params[0], dict):
        return ReferenceError(str(params[0].get("code") or "invalid"), str(params[0].get("reason") or ""))
    return ReferenceError("bad-url", f"De API achter deze URL antwoordde {response.status_code}.")


class Relations:
    """Search, create and delete objects of another API: in-process when mounted here, else over HTTP."""

    def __init__(self, local: Mapping[str, LocalCollection], services: list[Service]) -> None:
        self.local = dict(local)  # "{api root}{collection}" -> handlers
        self.services = services

    def local_collection(self, request: Request, collection_url: str) -> LocalCollection | None:
        parts = urlsplit(collection_url)
        ours = urlsplit(base_url(request))
        if (parts.scheme, parts.netloc) != (ours.scheme, ours.netloc):
            return None
        return self.local.get(parts.path.rstrip("/"))

    def is_local(self, request: Request, collection_url: str) -> bool:
        return self.local_collection(request, collection_url) is not None

    def knows(self, request: Request, collection_url: str) -> bool:
        return self.is_local(request, collection_url) or self._service(collection_url) is not None

    def _service(self, url: str) -> Service | None:
        return next((s for s in self.services if url.startswith(s.api_root + "/")), None)

    def _remote_service(self, url: str) -> Service:
        service = self._service(url)
        if service is None:
            raise ReferenceError("bad-url", "Deze URL hoort bij geen API die deze installatie kent.")
        return service

    async def search(self, request: Request, session: AsyncSession, collection_url: str,
                     params: Mapping[str, str]) -> list[dict[str, Any]]:
        local = self.local_collection(request, collection_url)
        if local is not None and local.search is not None:
            try:
                return await local.search(session, base_url(request), params)
            except Problem as exc:  # the other API refused the question (a malformed URL ...)
                raise _refusal(exc) from None
        service = self._remote_service(collection_url)
        found: list[dict[str, Any]] = []
        url: str | None = collection_url
        query: Mapping[str, str] | None = params
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                while url and len(found) < 10_000:
                    response = await client.get(url, params=query, headers={**service.headers(),
                                                                            "Accept": "application/json"})
                    if response.status_code != 200:
                        raise ReferenceError("bad-url", f"De API achter deze URL antwoordde {response.status_code}.")
                    body = response.json()
                    if isinstance(body, list):
                        return found + body
                    found += body.get("results") or []
                    url, query = body.get("next"), None
        except (httpx.HTTPError, ValueError):
            raise ReferenceError("bad-url", "De API achter deze URL is niet bereikbaar.") from None
        return found

    async def create(self, request: Request, session: AsyncSession, collection_url: str,
                     body: dict[str, Any]) -> dict[str, Any]:
        local = self.local_collection(request, collection_url)
        if local is not None and local.create is not None:
            try:
                return await local.create(request, session, body)
            except Problem as exc:  # the other API refused
                raise _refusal(exc) from None
        service = self._remote_service(collection_url)
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.post(collection_url, json=body, headers=service.headers())
        except httpx.HTTPError:
            raise ReferenceError("bad-url", "De API achter deze URL is niet bereikbaar.") from None
        if response.status_code != 201:
            raise _remote_refusal(response)
        return response.json()

    async def delete(self, request: Request, session: AsyncSession, url: str) -> None:
        collection_url, _, key = url.rstrip("/").rpartition("/")
        local = self.local_collection(request, collection_url)
        if local is not None and local.delete is not None:
            try:
                await local.delete(request, session, UUID(key))
            except ValueError:
                raise ReferenceError("bad-url", "De URL wijst niet naar een bestaand object.") from None
            except Problem as exc:
                raise _refusal(exc) from None
            return
        service = self._remote_service(url)
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.delete(url, headers=service.headers())
        except httpx.HTTPError:
            raise ReferenceError("bad-url", "De API achter deze URL is niet bereikbaar.") from None
        if response.status_code not in (204, 404):
            raise _remote_refusal(response)
