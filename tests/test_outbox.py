"""The transactional outbox, end to end: real registries servers, a real HTTP receiver, both databases.

Catalogussen have no notification channel in the Catalogi standard, so the deliveries are driven
by two test-only routes that record a change on kanaal "zaken" through ``common.changes``, exactly
as a Zaken route does: one commits, the other fails after writing and before its commit.
"""

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import httpx
import jwt
import pytest
from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import JSONResponse

from common import notifications
from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.changes import Change, committed, record
from common.db import create_engine, get_write_session, sessionmaker
from common.settings import Settings
from tests import servers
from tests.test_catalogussen import ROOT, new_catalogus

NRC_CLIENT_ID = "registries-outbox"
NRC_SECRET = "geheim-van-de-notificaties-minstens-32-tekens"
NRC_KEYS = {"kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum", "kenmerken"}
DEADLINE = 15.0


# --- a receiver on the loopback: records every request, answers 500 when told, or is down -----------

class Receiver:
    def __init__(self, port: int | None = None, delay: float = 0.0) -> None:
        self.port = port or free_port()
        self.delay = delay
        self.requests: list[dict] = []
        self.fail: dict[str, int] = {}  # path -> how many of the next requests answer 500
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Receiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                if receiver.delay:
                    time.sleep(receiver.delay)
                with receiver._lock:
                    failing = receiver.fail.get(self.path, 0) > 0
                    if failing:
                        receiver.fail[self.path] -= 1
                    status = 500 if failing else (201 if self.path.endswith("/notificaties") else 204)
                    receiver.requests.append({
                        "path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": json.loads(body), "status": status, "at": time.monotonic(),
                    })
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def received(self, path: str | None = None, status: int | None = None) -> list[dict]:
        with self._lock:
            return [r for r in self.requests
                    if (path is None or r["path"] == path) and (status is None or r["status"] == status)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- registries servers with test routes that record a change --------------------------------------

def zaak_change() -> Change:
    zaak = f"http://registers.test/zaken/api/v1/zaken/{uuid.uuid4()}"
    return Change(
        bron="ZRC", actie="create", resource="zaak", resource_url=zaak, hoofd_object=zaak, kanaal="zaken",
        kenmerken={"bronorganisatie": "002220647",
                   "zaaktype": "http://registers.test/catalogi/api/v1/zaaktypen/0c5a6b3c-6a38-4c6c-8b38-2d1c7f1f2b11",
                   "vertrouwelijkheidaanduiding": "openbaar"},
    )


async def commit_change(request: Request, session: AsyncSession = Depends(get_write_session)):
    change = zaak_change()
    await record(session, request, change)
    await session.commit()
    committed(request)
    return JSONResponse({"resourceUrl": change.resource_url}, status_code=201)


async def fail_before_commit(request: Request, session: AsyncSession = Depends(get_write_session)):
    await record(session, request, zaak_change())
    await session.flush()  # the outbox rows are written, in a transaction that never commits
    raise RuntimeError("the change fails after its write and before its commit")


def start(database_url: str, backend: str, receiver: Receiver | None, *, nrc: bool = True, hook: bool = True,
          **overrides) -> servers.Server:
    options = {
        "notificaties_url": f"{receiver.url}/nrc" if receiver and nrc else None,
        "notificaties_client_id": NRC_CLIENT_ID,
        "notificaties_secret": NRC_SECRET,
        "webhook_urls": f"{receiver.url}/hook" if receiver and hook else "",
        "outbox_backoff_seconds": 0.1,
        **overrides,
    }
    settings = Settings(database_url=database_url, migrate_on_start=True, **options)
    app = create_app(load_registries(KNOWN_REGISTRIES), settings)
    app.add_api_route("/test/outbox/commit", commit_change, methods=["POST"])
    app.add_api_route("/test/outbox/fail", fail_before_commit, methods=["POST"])
    return servers.start_server(database_url, backend, app=app)


def change_committed(server: servers.Server) -> str:
    response = httpx.post(f"{server.url}/test/outbox/commit", timeout=30)
    assert response.status_code == 201, response.text
    return response.json()["resourceUrl"]


# --- looking into the outbox -------------------------------------------------------------------------

def run(database_url: str, work):
    async def go():
        engine = create_engine(database_url)
        try:
            return await work(engine)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def outbox(database_url: str) -> list[dict]:
    async def rows(engine):
        async with sessionmaker(engine)() as session:
            found = (await session.execute(select(notifications.OUTBOX).order_by(notifications.OUTBOX.c.id))).mappings()
            return [dict(row) for row in found]

    return run(database_url, rows)


def message_rows(database_url: str, resource_url: str) -> list[dict]:
    return [row for row in outbox(database_url) if row["message"]["resourceUrl"] == resource_url]


def wait_for(what: str, check, timeout: float = DEADLINE):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.05)


def all_delivered(database_url: str, count: int):
    rows = outbox(database_url)
    return len(rows) == count and all(row["delivered_at"] is not None for row in rows)


def cli(database_url: str, *args: str) -> str:
    script = Path(sys.executable).with_name("registries")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "common.cli"]
    env = {**os.environ, "REGISTRIES_DATABASE_URL": database_url}
    done = subprocess.run([*command, "outbox", *args], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- fixtures ----------------------------------------------------------------------------------------

@pytest.fixture
def fresh_database(backend, tmp_path):
    """A database of its own for each test: the outbox is counted row by row."""
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/registries.db"
        return
    reason = servers.postgres_reachable()
    if reason:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required (REQUIRE_POSTGRES=1) but not reachable: {reason}")
        pytest.skip(f"PostgreSQL not reachable at TEST_DATABASE_URL: {reason}")
    url = servers.create_postgres_database()
    yield url
    servers.drop_postgres_database(url)


@pytest.fixture
def receiver():
    running = Receiver().start()
    yield running
    running.stop()


# --- the tests ---------------------------------------------------------------------------------------

def test_committed_changes_are_delivered_and_rolled_back_ones_never(fresh_database, backend, receiver):
    server = start(fresh_database, backend, receiver)
    try:
        # A catalogus is written with its audit trail, but the Catalogi standard has no kanaal for it.
        client_id, secret = "tests-outbox", "geheim-van-de-outbox-tests-minstens-32-tekens"
        servers.add_client(fresh_database, client_id, secret=secret, label="Outbox tests", all_permissions=True)
        created = httpx.post(f"{server.url}{ROOT}/catalogussen", json=new_catalogus(),
                             auth=servers.ZgwAuth(client_id, secret), timeout=30)
        assert created.status_code == 201, created.text
        assert outbox(fresh_database) == []

        failed = httpx.post(f"{server.url}/test/outbox/fail", timeout=30)
        assert failed.status_code == 500
        first, second = change_committed(server), change_committed(server)

        wait_for("both changes delivered to both receivers", lambda: all_delivered(fresh_database, 4))
        nrc, hook = receiver.received("/nrc/notificaties"), receiver.received("/hook")
        assert [r["body"]["resourceUrl"] for r in nrc] == [first, second]  # in order, and nothing else
        assert [r["body"]["resourceUrl"] for r in hook] == [first, second]
        assert len(receiver.requests) == 4

        for request in nrc + hook:
            body = request["body"]
            assert set(body) == NRC_KEYS
            assert body["kanaal"] == "zaken" and body["resource"] == "zaak" and body["actie"] == "create"
            assert body["hoofdObject"] == body["resourceUrl"]
            assert body["aanmaakdatum"].endswith("Z")
            assert body["kenmerken"]["vertrouwelijkheidaanduiding"] == "openbaar"
            assert request["headers"]["content-type"] == "application/json"
        for request in nrc:
            scheme, token = request["headers"]["authorization"].split(" ")
            claims = jwt.decode(token, NRC_SECRET, algorithms=["HS256"])
            assert scheme == "Bearer" and claims["client_id"] == NRC_CLIENT_ID and claims["iss"] == NRC_CLIENT_ID
            assert abs(claims["iat"] - time.time()) < 60
        assert all("authorization" not in request["headers"] for request in hook)
        rows = outbox(fresh_database)
        assert all(row["attempts"] == 0 and row["last_error"] is None for row in rows)
    finally:
        server.stop()


def test_a_receiver_that_fails_gets_the_message_again_with_growing_waits(fresh_database, backend, receiver):
    receiver.fail["/hook"] = 2
    server = start(fresh_database, backend, receiver, nrc=False, outbox_backoff_seconds=0.2)
    try:
        resource = change_committed(server)
        wait_for("delivered after two failures", lambda: all_delivered(fresh_database, 1))
        tries = receiver.received("/hook")
        assert [t["status"] for t in tries] == [500, 500, 204]
        assert {t["body"]["resourceUrl"] for t in tries} == {resource}
        (row,) = outbox(fresh_database)
        assert row["attempts"] == 2 and row["last_error"] == "HTTP 500" and row["failed_at"] is None
        first_wait, second_wait = tries[1]["at"] - tries[0]["at"], tries[2]["at"] - tries[1]["at"]
        # 0.2 s after the first failure, 0.8 s after the second (never sooner; later only under load).
        assert first_wait >= 0.2 * 0.9 and second_wait >= 0.8 * 0.9, (first_wait, second_wait)
    finally:
        server.stop()


def test_a_receiver_that_is_down_gets_it_when_it_comes_up_and_given_up_ones_can_be_revived(
        fresh_database, backend):
    down = Receiver()  # its port is chosen, but nothing listens on it yet
    server = start(fresh_database, backend, down, nrc=False, outbox_max_attempts=3)
    try:
        first = change_committed(server)
        wait_for("two failed attempts", lambda: message_rows(fresh_database, first)[0]["attempts"] >= 2)
        (row,) = message_rows(fresh_database, first)
        assert row["last_error"] == "ConnectError" and row["delivered_at"] is None and row["failed_at"] is None
        down.start()
        wait_for("delivered once the receiver is up", lambda: all_delivered(fresh_database, 1))
        assert [r["body"]["resourceUrl"] for r in down.received()] == [first]
        down.stop()

        # Down for longer than all attempts: the messages are given up ...
        given_up = [change_committed(server), change_committed(server)]
        wait_for("given up after 3 attempts",
                 lambda: all(r["failed_at"] is not None for u in given_up for r in message_rows(fresh_database, u)))
        rows = [message_rows(fresh_database, u)[0] for u in given_up]
        assert [r["attempts"] for r in rows] == [3, 3]
        report = json.loads(cli(fresh_database, "status", "--json"))
        assert (report["pending"], report["in_retry"], report["delivered"], report["failed"]) == (0, 0, 1, 2)
        assert [(o["id"], o["kanaal"], o["attempts"], o["last_error"]) for o in report["oldest"]] == [
            (r["id"], "zaken", 3, "ConnectError") for r in rows]
        assert report["oldest"][0]["receiver"] == f"{down.url}/hook"
        text = notifications.format_status(run(fresh_database, notifications.status))
        assert "failed:           2" in text and f"{rows[0]['id']:>8}  zaken" in text

        # ... and nothing goes out by itself once the receiver is back, until an operator revives them:
        # one by the function behind `registries outbox retry --id`, the other by the command.
        down.start()
        time.sleep(0.3)
        assert len(down.received()) == 1
        assert run(fresh_database, lambda engine: notifications.retry(engine, ids=[rows[0]["id"]])) == 1
        assert "sent again from now on: 1 notification(s)" in cli(fresh_database, "retry", "--all")
        wait_for("the revived ones delivered", lambda: all_delivered(fresh_database, 3))
        assert [r["body"]["resourceUrl"] for r in down.received()] == [first, *given_up]
        report = run(fresh_database, notifications.status)
        assert (report.pending, report.in_retry, report.delivered, report.failed, report.oldest) == (0, 0, 3, 0, [])
    finally:
        server.stop()
        down.stop()


def test_a_message_committed_before_the_process_died_is_delivered_by_the_next_one(
        fresh_database, backend, receiver):
    first = start(fresh_database, backend, receiver, outbox_dispatch=False)
    try:
        resource = change_committed(first)
        rows = outbox(fresh_database)
        assert len(rows) == 2 and all(r["delivered_at"] is None and r["attempts"] == 0 for r in rows)
        time.sleep(0.3)
        assert receiver.requests == []
    finally:
        first.stop()

    second = start(fresh_database, backend, receiver)
    try:
        wait_for("delivered by the next process", lambda: all_delivered(fresh_database, 2))
        time.sleep(0.3)
        assert Counter((r["path"], r["body"]["resourceUrl"]) for r in receiver.requests) == {
            ("/nrc/notificaties", resource): 1, ("/hook", resource): 1}
    finally:
        second.stop()


def test_two_dispatchers_on_one_database_deliver_each_message_once(fresh_database, backend):
    receiver = Receiver(delay=0.01).start()
    one = start(fresh_database, backend, receiver, notificaties_client_id="dispatcher-one")
    two = start(fresh_database, backend, receiver, notificaties_client_id="dispatcher-two")
    try:
        resources = [change_committed(one if n % 2 else two) for n in range(30)]
        wait_for("all delivered", lambda: all_delivered(fresh_database, 60))
        time.sleep(0.3)
        seen = Counter((r["path"], r["body"]["resourceUrl"]) for r in receiver.requests)
        assert seen == {(path, u): 1 for u in resources for path in ("/nrc/notificaties", "/hook")}
        # Both took part: the JWT towards the Notificaties API names the dispatcher that sent it.
        senders = Counter(jwt.decode(r["headers"]["authorization"].split(" ")[1], NRC_SECRET,
                                     algorithms=["HS256"])["client_id"] for r in receiver.received("/nrc/notificaties"))
        assert set(senders) == {"dispatcher-one", "dispatcher-two"}, senders
    finally:
        one.stop()
        two.stop()
        receiver.stop()


def test_the_dispatcher_outlives_an_unreachable_database():
    # Nothing listens on port 9: every round of the dispatcher fails; the server serves on and stops cleanly.
    server = servers.start_server("postgresql+asyncpg://postgres@127.0.0.1:9/none", "postgresql",
                                  migrate_on_start=False, webhook_urls="http://127.0.0.1:9/hook")
    try:
        time.sleep(0.5)
        assert httpx.get(f"{server.url}/healthz").status_code == 200
    finally:
        began = time.monotonic()
        server.stop()
        assert time.monotonic() - began < 8


def test_the_backoff_schedule_of_the_defaults_spans_about_a_day():
    settings = Settings()
    waits = [notifications.backoff_seconds(settings, n) for n in range(1, settings.outbox_max_attempts)]
    assert waits == [60, 240, 960, 3840, 15360, 61440]
    assert 20 * 3600 < sum(waits) < 25 * 3600


def test_only_a_write_with_messages_wakes_the_dispatcher():
    """A write whose change has no receivers (no Notificaties API, no webhooks) costs the
    dispatcher no look at the outbox; one with messages wakes it at once."""
    class Session:
        def __init__(self) -> None:
            self.added = []

        def add(self, row) -> None:
            self.added.append(row)

    for urls, wakes in (("", False), ("http://hooks.test/a", True)):
        wake = asyncio.Event()
        settings = Settings(notificaties_url="", webhook_urls=urls)
        request = SimpleNamespace(headers={}, state=SimpleNamespace(principal=None),
                                  app=SimpleNamespace(state=SimpleNamespace(settings=settings, outbox_wake=wake)))
        session = Session()
        asyncio.run(record(session, request, zaak_change()))
        committed(request)
        assert (len(session.added), wake.is_set()) == (1 + wakes, wakes)
