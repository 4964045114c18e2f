"""Autorisaties read from an Autorisaties API elsewhere, for deployments with one database per registry.

Where each registry has its own database, each would otherwise keep its own applications. With
``REGISTRIES_AUTORISATIES_API_URL`` set, a registry still checks credentials (the JWT secret of a
client id, the hash of a token) against its own platform tables, but what an application may do
(its label, ``heeftAlleAutorisaties`` and autorisaties) comes from that one Autorisaties API:
``GET {url}/applicaties/consumer?clientId=...``. The answer is cached with the credentials
(``auth_cache_seconds``). An application the Autorisaties API does not know gets no permissions;
an Autorisaties API that cannot be reached is a 503, never a silent grant or a silent refusal.
"""

from __future__ import annotations

from dataclasses import replace

import httpx

from common.auth import zgw_jwt
from common.auth.principal import COMPONENTS, TYPE_FIELDS, VERTROUWELIJKHEIDAANDUIDINGEN, Grant, Principal
from common.errors import Problem

UNAVAILABLE = "autorisaties-unavailable"


class RemoteAutorisaties:
    def __init__(self, url: str, client_id: str, secret: str, timeout: float = 5.0) -> None:
        self.url = url.rstrip("/")
        self.client_id = client_id
        self.secret = secret
        self.timeout = timeout

    async def _fetch(self, client_id: str) -> dict | None:
        token = zgw_jwt.mint(self.client_id, self.secret)
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                response = await client.get(
                    f"{self.url}/applicaties/consumer",
                    params={"clientId": client_id},
                    headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
                )
        except httpx.HTTPError as exc:
            raise _unavailable(f"niet bereikbaar ({type(exc).__name__})") from None
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise _unavailable(f"antwoordde {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            raise _unavailable("gaf geen JSON") from None
        if isinstance(body, list):  # the published contract answers a list of the one applicatie
            body = body[0] if body else None
        if body is not None and not isinstance(body, dict):
            raise _unavailable("gaf geen applicatie")
        return body

    async def apply(self, principal: Principal) -> Principal:
        """``principal`` with the label and permissions the Autorisaties API holds for its client id."""
        body = await self._fetch(principal.client_id)
        if body is None:
            return replace(principal, heeft_alle_autorisaties=False, grants=())
        try:
            grants = tuple(_grant(item) for item in body.get("autorisaties") or ())
        except (KeyError, TypeError, ValueError):
            raise _unavailable("gaf autorisaties in een onbekende vorm") from None
        return replace(
            principal,
            label=str(body.get("label") or principal.label),
            heeft_alle_autorisaties=body.get("heeftAlleAutorisaties") is True,
            grants=grants,
        )


def _grant(item: dict) -> Grant:
    component = item["component"]
    if component not in COMPONENTS:
        raise ValueError(component)
    level = item.get("maxVertrouwelijkheidaanduiding") or None
    if level is not None and level not in VERTROUWELIJKHEIDAANDUIDINGEN:
        raise ValueError(level)
    types = {name: item.get(name) or None for name in TYPE_FIELDS}
    return Grant(component=component, scopes=frozenset(item["scopes"]), max_vertrouwelijkheidaanduiding=level,
                 **types)


def _unavailable(what: str) -> Problem:
    return Problem(503, f"De Autorisaties API {what}; probeer het later opnieuw.", code=UNAVAILABLE,
                   headers={"Retry-After": "30"})
