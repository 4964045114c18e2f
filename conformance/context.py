"""What a check works with: the API under test, the credentials, and an HTTP client that keeps
the exchanges so a failure can show them.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from conformance import contracts
from conformance.apis import ApiEntry
from conformance.auth import Credentials, redact
from conformance.contractdiff import resolve
from conformance.model import CheckFailed, CheckSkipped, Exchange, body_text

SHOWN_RESPONSE_HEADERS = (
    "content-type", "location", "api-version", "www-authenticate", "etag", "allow",
    "access-control-allow-origin", "x-content-type-options", "cache-control",
)
_NO_AUTH = object()


@dataclass
class Options:
    max_examples: int = 25
    seed: int | None = None
    cleanup: bool = True
    timeout: float = 30.0
    verify_tls: bool = True
    run_id: str = field(default_factory=lambda: "".join(random.choices(string.ascii_lowercase + string.digits, k=6)))


class Context:
    """One API of one deployment, as seen by the checks."""

    def __init__(
        self,
        entry: ApiEntry,
        root_url: str,
        credentials: Credentials,
        *,
        limited: Credentials | None = None,
        related: dict[str, str] | None = None,
        contract_path: Path | None = None,
        options: Options | None = None,
    ) -> None:
        self.entry = entry
        self.root_url = root_url.rstrip("/")
        self.credentials = credentials
        self.limited = limited
        self.related = related or {}
        self.options = options or Options()
        self.contract_path = contract_path or contracts.find(entry.contract, entry.name)
        self._contract: dict[str, Any] | None = None
        self._served: dict[str, Any] | None | Exception = None
        self._served_exchange: Exchange | None = None
        self._header_index: list[tuple[str, re.Pattern, dict[str, str]]] | None = None
        self.client = httpx.Client(timeout=self.options.timeout, follow_redirects=False, verify=self.options.verify_tls)
        self.exchanges: list[Exchange] = []
        self.notes: list[str] = []
        self._cleanups: list[tuple[str, Callable[[], None]]] = []
        self._run_cleanups: list[tuple[str, Callable[[], None]]] = []
        self.leftovers: list[str] = []

    # ------------------------------------------------------------------ identity of this run

    @property
    def prefix(self) -> str:
        """Put in the names of everything the suite creates, so people can recognise it."""
        return f"cf-{self.options.run_id}"

    def unique(self, label: str = "") -> str:
        """A short unique name under the run's prefix."""
        tail = uuid.uuid4().hex[:8]
        return f"{self.prefix}-{label}-{tail}" if label else f"{self.prefix}-{tail}"

    # ------------------------------------------------------------------ contracts

    @property
    def contract(self) -> dict[str, Any]:
        """Our contract for this API; the check is skipped when the suite has none."""
        if self._contract is None:
            if self.contract_path is None or not self.contract_path.is_file():
                raise CheckSkipped(
                    f"no contract for {self.entry.name} in {contracts.folder()} (expected {self.entry.contract})"
                )
            self._contract = contracts.load(self.contract_path)
        return self._contract

    def served_contract(self) -> dict[str, Any]:
        """The contract the server publishes at ``{root}/openapi.json`` (fetched once, without auth)."""
        if self._served is None:
            try:
                response = self.request("GET", "/openapi.json", auth=None)
                self._served_exchange = self.exchanges[-1]
                if response.status_code != 200:
                    raise CheckFailed(f"{self.root_url}/openapi.json answered {response.status_code}",
                                      expected="200 with the OpenAPI document, without authentication")
                self._served = response.json()
            except ValueError as exc:
                self._served = CheckFailed(f"{self.root_url}/openapi.json is not JSON: {exc}",
                                           expected="an OpenAPI document in JSON")
            except CheckFailed as exc:
                self._served = exc
        elif self._served_exchange is not None and self._served_exchange not in self.exchanges:
            self.exchanges.append(self._served_exchange)  # the evidence for checks judging the document
        if isinstance(self._served, Exception):
            raise self._served
        return self._served

    # ------------------------------------------------------------------ HTTP

    def _required_headers(self) -> list[tuple[str, re.Pattern, dict[str, str]]]:
        """Per operation of our contract, the headers it requires with a value the contract gives
        (``Accept-Crs: EPSG:4326`` on the Zaken API): sent on every request the checks make, so a
        check of one rule does not fail on another."""
        if self._header_index is None:
            index = []
            try:
                document = self.contract
            except CheckSkipped:
                document = {}
            for method, path, operation in contracts.operations(document):
                item = (document.get("paths") or {}).get(path) or {}
                headers = {}
                for raw in list(item.get("parameters") or []) + list(operation.get("parameters") or []):
                    parameter, _refs = resolve(document, raw)
                    if not isinstance(parameter, dict) or parameter.get("in") != "header" or not parameter.get("required"):
                        continue
                    schema, _refs = resolve(document, parameter.get("schema") or {})
                    values = (schema or {}).get("enum") or ([schema["default"]] if "default" in (schema or {}) else [])
                    if values and str(parameter.get("name", "")).lower() != "content-type":
                        headers[str(parameter["name"])] = str(values[0])
                if headers:
                    pattern = re.compile("^" + re.sub(r"\\{[^}]*\\}", "[^/]+", re.escape(path)) + "$")
                    index.append((method, pattern, headers))
            self._header_index = index
        return self._header_index

    def url(self, path: str) -> str:
        """An absolute URL: ``path`` under the API root, or ``path`` itself when it is absolute."""
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.root_url}{path}"

    def auth_header(self, credentials: Credentials | None | object = _NO_AUTH) -> str | None:
        chosen = self.credentials if credentials is _NO_AUTH else credentials
        return chosen.header() if isinstance(chosen, Credentials) else None

    def request(
        self,
        method: str,
        path: str,
        *,
        auth: Credentials | str | None | object = _NO_AUTH,
        json: Any = None,
        content: bytes | str | None = None,
        params: dict[str, Any] | list[tuple[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send a request and keep the exchange.

        ``auth`` is left out for the main credentials, ``None`` for none at all, other
        ``Credentials``, or a literal ``Authorization`` value.
        """
        sent_headers = dict(headers or {})
        target = self.url(path)
        if target.startswith(self.root_url + "/"):
            relative = target[len(self.root_url):].split("?")[0]
            for op_method, pattern, required in self._required_headers():
                if op_method == method.upper() and pattern.match(relative):
                    for name, value in required.items():
                        if name.lower() not in {key.lower() for key in sent_headers}:
                            sent_headers[name] = value
                    break
        if isinstance(auth, str):
            sent_headers["Authorization"] = auth
        else:
            value = self.auth_header(auth)
            if value:
                sent_headers["Authorization"] = value
        request = self.client.build_request(method, self.url(path), json=json, content=content, params=params,
                                            headers=sent_headers)
        exchange = Exchange(
            method=method,
            url=str(request.url),
            request_headers={
                name: (redact(value) if name.lower() == "authorization" else value)
                for name, value in sent_headers.items()
            },
            request_body=body_text(request.content, request.headers.get("content-type", "")),
        )
        self.exchanges.append(exchange)
        try:
            response = self.client.send(request)
            response.read()
        except httpx.HTTPError as exc:
            exchange.error = f"{type(exc).__name__}: {exc}"
            raise
        exchange.status = response.status_code
        exchange.response_headers = {
            name: response.headers[name] for name in SHOWN_RESPONSE_HEADERS if name in response.headers
        }
        exchange.response_body = body_text(response.content, response.headers.get("content-type", ""))
        response.extensions["conformance_exchange"] = exchange
        return response

    def exchange_of(self, response: httpx.Response) -> Exchange | None:
        """The recorded exchange of a response (for checks that send requests in parallel)."""
        return response.extensions.get("conformance_exchange")

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    # ------------------------------------------------------------------ fixtures

    def on_cleanup(self, description: str, undo: Callable[[], None]) -> None:
        """Register how to remove something the check created (run in reverse order)."""
        self._cleanups.append((description, undo))

    def created(self, url: str, description: str = "", *, may_stay: bool = False) -> None:
        """Something was created at ``url``; remove it with DELETE afterwards.

        ``may_stay``: the standard may refuse the DELETE (a published zaaktype stays unless the
        client may force it); a 400 then lists the object as left behind instead of a problem.
        """

        def delete() -> None:
            response = self.request("DELETE", url)
            if may_stay and response.status_code == 400:
                self.left_behind(f"{description or url} (the API refuses to delete it)")
            elif response.status_code not in (204, 200, 404):
                raise RuntimeError(f"DELETE {url} answered {response.status_code}")

        self.on_cleanup(description or url, delete)

    def created_for_run(self, url: str, description: str) -> None:
        """Something several checks share (the Zaken scenarios' zaaktype): removed with DELETE when
        the run of this API ends. A 400 (the standard keeps it, e.g. a published zaaktype for a
        client that may not force its removal) lists it as left behind."""

        def delete() -> None:
            response = self.request("DELETE", url)
            if response.status_code == 400:
                self.left_behind(f"{description} (the API refuses to delete it)")
            elif response.status_code not in (204, 200, 404):
                raise RuntimeError(f"DELETE {url} answered {response.status_code}")

        self._run_cleanups.append((description, delete))

    def finish(self) -> None:
        """At the end of the run: remove what the checks shared (in reverse order)."""
        cleanups, self._run_cleanups = self._run_cleanups, []
        for description, undo in reversed(cleanups):
            if not self.options.cleanup:
                self.left_behind(f"{description} (left in place: --no-cleanup)")
                continue
            try:
                undo()
            except Exception as exc:  # noqa: BLE001 - report, and go on with the rest
                self.left_behind(f"{description} (could not remove it: {exc})")

    def left_behind(self, description: str) -> None:
        """Something was created that the API offers no way to remove."""
        self.leftovers.append(description)

    def clean_up(self) -> list[str]:
        """Remove what the last check created; returns what could not be removed."""
        problems: list[str] = []
        cleanups, self._cleanups = self._cleanups, []
        if not self.options.cleanup:
            self.notes.extend(f"left in place (--no-cleanup): {what}" for what, _undo in cleanups)
            return problems
        for description, undo in reversed(cleanups):
            try:
                undo()
            except Exception as exc:  # noqa: BLE001 - report, and go on with the rest
                problems.append(f"could not remove {description}: {exc}")
        return problems

    def close(self) -> None:
        self.client.close()

