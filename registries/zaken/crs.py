"""Coordinate reference systems in headers, as the ZGW APIs with geometry demand them.

Not Zaken-specific (a candidate for common/): an API whose resources carry GeoJSON asks the
client which CRS it sends (``Content-Crs``, on requests with a body) and which it accepts
(``Accept-Crs``). Only WGS 84 (``EPSG:4326``) is supported, as in the standard. A missing
header is ``412 Precondition Failed``, another CRS ``406 Not Acceptable``; every answer that may
hold geometry says ``Content-Crs: EPSG:4326``.

Like the reference implementation, ``Content-Crs`` is demanded only when there is a body
(POST, PUT, PATCH); on GET, HEAD and DELETE it is checked only when sent.
"""

from fastapi import Request
from starlette.responses import Response

from common.errors import Problem

WGS84 = "EPSG:4326"
BODY_METHODS = {"POST", "PUT", "PATCH"}


def _check(request: Request, header: str, required: bool) -> None:
    value = request.headers.get(header)
    if value is None:
        if required:
            raise Problem(412, f"De header '{header}' ontbreekt; stuur {header}: {WGS84}.",
                          code="precondition_failed")
        return
    if value.strip() != WGS84:
        raise Problem(406, f"CRS '{value}' wordt niet ondersteund; alleen {WGS84}.", code="not_acceptable")


async def negotiate_crs(request: Request) -> None:
    """FastAPI dependency for every operation on a resource with geometry."""
    _check(request, "Content-Crs", request.method in BODY_METHODS)
    _check(request, "Accept-Crs", True)


def with_crs(response: Response) -> Response:
    response.headers["Content-Crs"] = WGS84
    return response
