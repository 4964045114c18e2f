"""Responses with the conventions of the standards: ETag and 304 on details, Location on 201."""

import hashlib
import json
from typing import Any

import orjson
from fastapi import Request
from starlette.responses import Response


def base_url(request: Request) -> str:
    """Scheme and host that resource URLs are built from: the configured one, or the request's."""
    configured = request.app.state.settings.public_base_url
    if configured:
        return configured.rstrip("/")
    return f"{request.url.scheme}://{request.url.netloc}"


def _json(data: Any) -> bytes:
    try:
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:  # integers beyond 64 bits: the standard library writes them
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def etag_of(body: bytes) -> str:
    return '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in candidates or etag in candidates


def detail_response(request: Request, data: dict[str, Any]) -> Response:
    """200 with an ETag of the body; 304 when the client has it already; no body on HEAD."""
    body = _json(data)
    etag = etag_of(body)
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers={"ETag": etag})
    if request.method == "HEAD":
        return Response(status_code=200, media_type="application/json",
                        headers={"ETag": etag, "Content-Length": str(len(body))})
    return Response(body, media_type="application/json", headers={"ETag": etag})


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(_json(data), status_code=status, media_type="application/json", headers=headers)


def created_response(data: dict[str, Any]) -> Response:
    return json_response(data, 201, {"Location": data["url"]})
