"""The processing log: every read of a person's data is recorded before the data is shown."""

import asyncio
import concurrent.futures
import os
import subprocess
import sys

import httpx
import pytest
from fastapi import Depends, Request
from starlette.responses import JSONResponse

from common import db
from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.auth.dependencies import Authorizer
from common.processing import ProcessingLog, Subject, log_processing, processing_of
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER, ensure_superuser

ROUTE = "/catalogi/api/v1/test-personen/{bsn}"
BSNS = ["111222333", "123456782", "999993653"]


@pytest.fixture
def person_server(database_url, backend):
    """A registries server with one extra route that shows a person and logs that it did."""
    app = create_app(load_registries(KNOWN_REGISTRIES), Settings(database_url=database_url))
    reader = Authorizer(component="ztc").require("catalogi.lezen")

    async def show_person(bsn: str, request: Request, _=Depends(reader)) -> JSONResponse:
        url = str(request.url)
        await log_processing(request, component="catalogi", activiteit="lezen", resource="persoon",
                             resource_url=url, subjects=[Subject("bsn", bsn)])
        return JSONResponse({"bsn": bsn})

    app.add_api_route(ROUTE, show_person)
    running = servers.start_server(database_url, backend, app=app)
    ensure_superuser(database_url)
    yield running
    running.stop()


def _records(database_url: str, bsn: str):
    async def run():
        engine = db.create_engine(database_url)
        try:
            async with db.sessionmaker(engine)() as session:
                return await processing_of(session, Subject("bsn", bsn))
        finally:
            await engine.dispose()

    return asyncio.run(run())


def test_every_concurrent_read_is_recorded_once_with_who_and_trace(person_server, database_url):
    auth = servers.ZgwAuth(*SUPERUSER, user_id="medewerker-7", user_representation="K. Jansen")
    bsn = BSNS[0]
    before = len(_records(database_url, bsn))
    trace = "0af7651916cd43dd8448eb211c80319c"

    def read(i: int) -> int:
        headers = {"traceparent": f"00-{trace}-b7ad6b7169203331-01"} if i == 0 else {"Fsc-Transaction-Id": f"fsc-{i}"}
        with httpx.Client(base_url=person_server.url, auth=auth, timeout=60) as client:
            return client.get(ROUTE.format(bsn=bsn), headers=headers).status_code

    with concurrent.futures.ThreadPoolExecutor(10) as pool:
        statuses = list(pool.map(read, range(40)))
    assert statuses == [200] * 40
    records = _records(database_url, bsn)
    assert len(records) - before == 40
    newest = records[:40]
    assert {r.activiteit for r in newest} == {"lezen"} and {r.resource for r in newest} == {"persoon"}
    assert {r.gebruikers_id for r in newest} == {"medewerker-7"}
    assert {r.applicatie_weergave for r in newest} == {"Tests (alles)"}
    traces = {r.trace_id for r in newest}
    assert trace in traces and "fsc-1" in traces and len(traces) == 40


def test_a_refused_read_is_not_recorded(person_server, database_url):
    bsn = BSNS[1]
    before = len(_records(database_url, bsn))
    response = httpx.get(person_server.url + ROUTE.format(bsn=bsn))
    assert response.status_code == 403
    assert len(_records(database_url, bsn)) == before


def test_inzage_command_shows_a_citizen_what_happened(person_server, database_url):
    bsn = BSNS[2]
    auth = servers.ZgwAuth(*SUPERUSER, user_id="balie-3")
    httpx.get(person_server.url + ROUTE.format(bsn=bsn), auth=auth, headers={"X-Audit-Toelichting": "aanvraag paspoort"})
    env = {**os.environ, "REGISTRIES_DATABASE_URL": database_url}
    shown = subprocess.run([sys.executable, "-m", "common.cli", "inzage", "--bsn", bsn],
                           capture_output=True, text=True, env=env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert '"activiteit": "lezen"' in shown.stdout and '"doel": "aanvraag paspoort"' in shown.stdout
    assert '"gebruiker": "balie-3"' in shown.stdout
    wrong = subprocess.run([sys.executable, "-m", "common.cli", "inzage", "--bsn", "123"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert wrong.returncode != 0 and "BSN" in wrong.stderr


def test_records_that_cannot_be_stored_fail_the_request():
    async def run():
        engine = db.create_engine("postgresql+asyncpg://postgres@127.0.0.1:9/none")
        log = ProcessingLog(db.sessionmaker(engine))
        try:
            await log.write([{"component": "x"}])
        finally:
            await engine.dispose()

    with pytest.raises(OSError):
        asyncio.run(run())
