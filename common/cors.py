"""CORS for browser clients: the origins of REGISTRIES_CORS_ORIGINS may call the APIs, others may not.

Starlette's middleware does the work; what we add is the answer to a preflight we refuse: a
problem (403, ``cors_refused``, naming what was refused) instead of a bare text 400, so a
front-end developer sees in the network tab why the browser blocked the call. With no origins
configured every preflight is refused that way, which tells the same developer which setting
to change.
"""

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware

from common.errors import Problem, problem_response

ALLOW_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
ALLOW_HEADERS = ["Authorization", "Content-Type", "Accept-Crs", "Content-Crs", "If-None-Match", "If-Match",
                 "X-Audit-Toelichting", "X-Request-ID", "traceparent"]
EXPOSE_HEADERS = ["API-Version", "ETag", "Location", "X-Request-ID", "Content-Crs"]

_REFUSED = {
    "origin": "de herkomst (Origin) {origin} staat niet in REGISTRIES_CORS_ORIGINS",
    "method": "de methode {method} is niet toegestaan",
    "headers": "een van de headers {headers} is niet toegestaan",
    "private-network": "toegang vanaf een publiek netwerk tot een privé-netwerk is niet toegestaan",
}


class Cors(CORSMiddleware):
    def __init__(self, app, origins: list[str]) -> None:
        super().__init__(app, allow_origins=origins, allow_methods=ALLOW_METHODS, allow_headers=ALLOW_HEADERS,
                         expose_headers=EXPOSE_HEADERS, max_age=600)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "OPTIONS":
            headers = Headers(scope=scope)
            if "origin" in headers and "access-control-request-method" in headers:
                response = self.preflight_response(request_headers=headers)
                if response.status_code >= 400:
                    response = _refusal(scope, headers, response.body.decode(), dict(response.headers))
                await response(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


def _refusal(scope, headers: Headers, text: str, response_headers: dict[str, str]):
    """Starlette's "Disallowed CORS origin, method" as a problem that says what to change."""
    failures = [part.strip() for part in text.removeprefix("Disallowed CORS").split(",") if part.strip()]
    reasons = [_REFUSED.get(f, f).format(origin=headers.get("origin", ""),
                                         method=headers.get("access-control-request-method", ""),
                                         headers=headers.get("access-control-request-headers", ""))
               for f in failures]
    keep = {k: v for k, v in response_headers.items() if k.lower() in ("vary", "access-control-allow-origin")}
    detail = "Dit verzoek vanuit de browser (CORS-preflight) is geweigerd: " + "; ".join(reasons) + "."
    return problem_response(scope, Problem(403, detail, code="cors_refused", headers=keep))
