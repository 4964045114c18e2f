"""The outside lists some rules need: the Selectielijst API (procestypen, resultaten) and the
Referentielijsten API (resultaattypeomschrijvingen), both served by VNG's referentielijsten API.

A deployment that configures the API root of such a list (``REGISTRIES_SERVICES``, e.g.
``[{"apiRoot": "https://selectielijst.openzaak.nl/api/v1"}]``) gets the full rules ztc-001 to
ztc-003: the URL must lead to an object of the right kind, and what that object says is used.
Without one, only the URL's form is checked (an absolute http(s) URL), and the rules that need
the object's content are skipped; docs/catalogi.md says which.
"""

from typing import Any

from common.errors import InvalidParam, ValidationProblem
from common.references import ReferenceError

# The fields an object of each kind always has, by the collection in its URL.
SHAPES = {
    "procestypen": {"nummer", "jaar", "naam"},
    "resultaten": {"procesType", "waardering", "procestermijn"},
    "resultaattypeomschrijvingen": {"omschrijving"},
}


def configured(request, url: str) -> bool:
    services = getattr(request.app.state.references, "services", [])
    return any(url.startswith(service.api_root + "/") for service in services)


async def lookup(write, url: str, field: str, kind: str) -> dict[str, Any] | None:
    """The object at ``url`` when an API serving it is configured; None when none is (then only
    the form of the URL was checked). A URL that leads nowhere, or to an object of another kind,
    is a 400 on ``field``."""
    if not url or not configured(write.request, url):
        return None
    try:
        found = await write.request.app.state.references.fetch(write.request, write.session, url)
    except ReferenceError as exc:
        raise ValidationProblem([InvalidParam(field, exc.code, exc.reason)]) from None
    path = url.split("?", 1)[0]
    if f"/{kind}/" not in path or not isinstance(found, dict) or not SHAPES[kind] <= found.keys():
        raise ValidationProblem([InvalidParam(field, "invalid-resource",
                                              f"Deze URL wijst niet naar een object in {kind}.")])
    return found
