"""Our contracts in openapi/ are the source of truth for what each API root serves.

A contract is loaded once, and served at ``{root}/openapi.json`` and ``{root}/openapi.yaml``
(no authentication, CORS for any origin) with ``servers`` pointing at this deployment. The
offline documentation page at ``{root}/docs`` renders it with a Swagger UI shipped inside the
Python package, so closed municipal networks need no CDN.
"""

import copy
import json
from functools import cached_property
from pathlib import Path
from typing import Any

import swagger_ui_bundle
import yaml
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from starlette.responses import Response

from common.errors import Problem
from common.responses import base_url

CONTRACTS = Path(__file__).resolve().parent.parent / "openapi"
_SWAGGER = Path(swagger_ui_bundle.swagger_ui_path)
_CORS = {"Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300"}
_STATIC = {"swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "favicon-32x32.png"}


class Contract:
    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def document(self) -> dict[str, Any]:
        with self.path.open(encoding="utf-8") as handle:
            # The C loader reads a large contract ten times faster than the pure-Python one.
            return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    @property
    def version(self) -> str:
        return str(self.document["info"]["version"])

    def served(self, base: str, root: str) -> dict[str, Any]:
        document = copy.copy(self.document)
        document["servers"] = [{"url": f"{base}{root}", "description": "Deze installatie"}]
        return document


def contract_router(contract: Contract, root: str, title: str) -> APIRouter:
    router = APIRouter(prefix=root, include_in_schema=False)

    @router.get("/openapi.json")
    async def openapi_json(request: Request) -> Response:
        body = json.dumps(contract.served(base_url(request), root), ensure_ascii=False)
        return Response(body, media_type="application/vnd.oai.openapi+json", headers=_CORS)

    @router.get("/openapi.yaml")
    async def openapi_yaml(request: Request) -> Response:
        body = yaml.safe_dump(contract.served(base_url(request), root), allow_unicode=True, sort_keys=False)
        return Response(body, media_type="application/vnd.oai.openapi", headers=_CORS)

    @router.get("/docs")
    async def docs() -> HTMLResponse:
        return HTMLResponse(_docs_page(title, f"{root}/openapi.json", f"{root}/docs/static"))

    @router.get("/docs/static/{name}")
    async def docs_static(name: str) -> FileResponse:
        if name not in _STATIC:
            raise Problem(404, f"Geen bestand {name} in de documentatie.")
        return FileResponse(_SWAGGER / name, headers={"Cache-Control": "public, max-age=86400"})

    return router


def _docs_page(title: str, spec_url: str, static: str) -> str:
    return f"""<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <link rel="icon" href="{static}/favicon-32x32.png">
  <link rel="stylesheet" href="{static}/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="{static}/swagger-ui-bundle.js"></script>
  <script src="{static}/swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({{url: "{spec_url}", dom_id: "#docs", deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout"}});
  </script>
</body>
</html>
"""
