"""HTTP conventions of the NL API Design Rules and ZGW, as one ASGI middleware.

- a request id for every request (a UUID ``X-Request-ID`` from a proxy is kept), in the
  logs, in the ``X-Request-ID`` response header and in the ``instance`` of every problem;
- ``API-Version`` on every response under an API root;
- 415 for a body that is not JSON on POST, PUT and PATCH (multipart/form-data only where the
  contract takes it);
- an unexpected exception becomes a 500 problem without a traceback leaking, and a lost
  database connection a 503;
- one JSON log line and the Prometheus metrics for every request;
- the security headers of the NL API Design Rules (``SECURITY_HEADERS``) on every response.
"""

import logging
import re
import time
import uuid
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from common import metrics
from common.errors import Problem, problem_response

log = logging.getLogger("registries.http")

# A client's X-Request-ID is taken over when it is a UUID; otherwise we make one (problems
# name it as urn:uuid:<id>, and the log line carries it).
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_BODY_METHODS = {"POST", "PUT", "PATCH"}


@dataclass(frozen=True)
class ApiRoot:
    root: str
    version: str
    # The operations whose contract takes multipart/form-data (file uploads): (METHOD, path pattern).
    multipart: tuple[tuple[str, re.Pattern], ...] = ()


def multipart_operations(root: str, contract: dict) -> tuple[tuple[str, re.Pattern], ...]:
    """The operations of a contract whose request body may be multipart/form-data."""
    found = []
    for path, item in (contract.get("paths") or {}).items():
        pattern = re.compile("^" + re.escape(root) + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method, operation in item.items():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            if body and "multipart/form-data" in (body.get("content") or {}):
                found.append((method.upper(), pattern))
    return tuple(found)


class HttpConventions:
    def __init__(self, app, roots: list[ApiRoot]) -> None:
        self.app = app
        # Longest root first, so that /producten/api/v1 never shadows a longer one.
        self.roots = sorted(roots, key=lambda r: len(r.root), reverse=True)

    def _api_of(self, path: str) -> ApiRoot | None:
        for api in self.roots:
            if path == api.root or path.startswith(api.root + "/"):
                return api
        return None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given.lower() if _UUID.match(given) else str(uuid.uuid4())
        scope.setdefault("state", {})["request_id"] = request_id
        api = self._api_of(scope["path"])
        started = time.perf_counter()
        status_holder = {"status": 500, "started": False}

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                extra = [(b"x-request-id", request_id.encode())]
                if api is not None:
                    extra.append((b"api-version", api.version.encode()))
                given_names = {name.lower() for name, _ in message.get("headers", [])}
                extra += [(name, value) for name, value in _security_headers(scope) if name not in given_names]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        try:
            problem = self._refuse(scope, headers, api)
            if problem is not None:
                await problem_response(scope, problem)(scope, receive, send_with_headers)
            else:
                await self.app(scope, receive, send_with_headers)
        except Exception as exc:  # the last line of defence: never a traceback to the client
            if status_holder["started"]:
                raise
            if _database_unreachable(exc):
                log.error("database unavailable", extra={"request_id": request_id, "error": type(exc).__name__})
                problem = Problem(503, "De database is op dit moment niet bereikbaar; probeer het later opnieuw.",
                                  headers={"Retry-After": "5"})
            else:
                log.exception("unexpected error", extra={"request_id": request_id})
                problem = Problem(500, "Er ging iets mis bij het verwerken van dit verzoek.")
            await problem_response(scope, problem)(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            template = _route_template(scope, api)
            metrics.observe(scope["method"], template, status_holder["status"], elapsed)
            log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status_holder["status"],
                    "duration_ms": round(elapsed * 1000, 1),
                },
            )

    @staticmethod
    def _refuse(scope, headers: dict[bytes, bytes], api: ApiRoot | None) -> Problem | None:
        if api is None or scope["method"] not in _BODY_METHODS:
            return None
        content_type = headers.get(b"content-type", b"").decode("latin-1").split(";")[0].strip().lower()
        if content_type == "application/json" or (content_type.startswith("application/") and content_type.endswith("+json")):
            return None
        if content_type == "multipart/form-data" and any(
                method == scope["method"] and pattern.match(scope["path"]) for method, pattern in api.multipart):
            return None
        return Problem(415, f"Het mediatype '{content_type or '(geen)'}' wordt niet ondersteund; stuur application/json.")


# ADR /core/transport/security-headers, on every response that does not set its own: no MIME
# sniffing, no framing, no referrer, and no caching of what may be personal data (a client
# that wants to cache keeps the ETag and asks again with If-None-Match).
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
)
_HSTS = (b"strict-transport-security", b"max-age=31536000")


def _security_headers(scope) -> tuple[tuple[bytes, bytes], ...]:
    return SECURITY_HEADERS + (_HSTS,) if scope.get("scheme") == "https" else SECURITY_HEADERS


def _route_template(scope, api: ApiRoot | None) -> str:
    """The matched route's path template (never the raw path: one label per uuid would grow without bound)."""
    template = getattr(scope.get("route"), "path_format", None)
    if template is None:
        return "<unmatched>" if api is None else f"{api.root}/<unmatched>"
    if api is not None and not template.startswith(api.root):
        template = api.root + template  # a route of an included router knows only its own part
    return template


# SQLSTATE classes and codes of a database that cannot take us now: connection exceptions (08),
# insufficient resources (53: too many connections, out of memory, disk full), and a server that
# is shutting down or starting (57P01..57P03).
_PAUSE_SQLSTATES = ("08", "53", "57P01", "57P02", "57P03")


def _database_unreachable(exc: Exception) -> bool:
    """A lost or refused database connection (503, retry later), not a fault in the query (500)."""
    if isinstance(exc, OperationalError) and "no such table" in str(exc):
        return False  # SQLite's word for a database that was never migrated: our fault, not a pause
    if isinstance(exc, (OperationalError, InterfaceError, OSError, PoolTimeout)):
        return True  # PoolTimeout: every pooled connection stayed busy for the pool's timeout
    if not isinstance(exc, DBAPIError):
        return False
    sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None) or ""
    return exc.connection_invalidated or str(sqlstate).startswith(_PAUSE_SQLSTATES)
