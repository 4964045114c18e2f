"""The ASGI application for servers started by an ASGI server's own command line, one per worker process.

    uvicorn --factory benchmarks.asgi:app --workers 2

Configured from the environment (``REGISTRIES_*``) like `registries serve`, with the same JSON
log lines; it never migrates (several workers start at once), so migrate first with
`registries migrate`. benchmarks/serve.sh does both.
"""

from fastapi import FastAPI

from common import logs
from common.app import create_app
from common.settings import get_settings


def app() -> FastAPI:
    settings = get_settings()
    settings.migrate_on_start = False
    logs.configure(settings.log_level)
    return create_app(settings=settings)
