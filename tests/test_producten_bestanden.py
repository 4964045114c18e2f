"""/bestanden of the Producttypen API over real HTTP on SQLite and PostgreSQL (rule prd-023):
multipart uploads, the download, replacing and deleting files, and the status-by-date job
(prd-018) that the server runs itself.

One server per database for this module, on the Producten test database, with its own file
folder, a small size limit and the status job every 0.2 s.
"""

import asyncio
import time
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote

import httpx
import pytest
from sqlalchemy import select, text, update

from common.app import create_app, load_registries
from common.settings import Settings
from tests import servers
from tests.conftest import SUPERUSER
from tests.test_producten_support import producten_database, producten_server  # noqa: F401 - fixtures
from tests.test_producten_support import (
    PR,
    PT,
    TODAY,
    grant,
    make_product,
    make_producttype,
    make_thema,
    ok,
    problem,
    token_client,
)

LIMIT = 64 * 1024


@pytest.fixture(scope="module")
def files_server(producten_server, producten_database, backend, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bestanden")
    settings = Settings(database_url=producten_database, migrate_on_start=False, webhook_urls="", outbox_dispatch=False,
                        bestanden_dir=str(folder), bestanden_max_bytes=LIMIT, producten_status_interval=0.2)
    running = servers.start_server(producten_database, backend, app=create_app(load_registries(["producten"]), settings))
    running.folder = folder
    yield running
    running.stop()


@pytest.fixture
def beheer(files_server):
    with httpx.Client(base_url=files_server.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
        yield client


@pytest.fixture
def producttype(beheer):
    return make_producttype(beheer, [make_thema(beheer)["uuid"]])


def _stored(server) -> set[str]:
    return {p.name for p in Path(server.folder).iterdir()}


def upload(client, producttype_uuid, content=b"Folder over parkeren.\n", filename="folder.txt", method="POST", key=None):
    url = f"{PT}/bestanden" + (f"/{key}" if key else "")
    files = {} if content is None else {"bestand": (filename, content, "text/plain")}
    if producttype_uuid is not None:
        files["producttype_uuid"] = (None, producttype_uuid)  # a plain form field, in the multipart body
    return client.request(method, url, files=files or {"leeg": (None, "")})


def test_prd023_upload_retrieve_download(beheer, files_server, producttype):
    before = _stored(files_server)
    response = upload(beheer, producttype["uuid"], b"<html><script>alert(1)</script></html>", "folder.html")
    bestand = ok(response, 201)
    assert set(bestand) == {"uuid", "bestand", "producttype_uuid"}
    assert bestand["producttype_uuid"] == producttype["uuid"]
    assert bestand["bestand"] == f"{files_server.url}{PT}/bestanden/{bestand['uuid']}/download"
    assert response.headers["location"] == f"{files_server.url}{PT}/bestanden/{bestand['uuid']}"
    assert ok(beheer.get(f"{PT}/bestanden/{bestand['uuid']}")) == bestand

    # Stored under a random name of its own, never the client's.
    (stored,) = _stored(files_server) - before
    assert "folder" not in stored and len(stored) == 32

    download = beheer.get(bestand["bestand"])
    assert download.status_code == 200
    assert download.content == b"<html><script>alert(1)</script></html>"
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"].startswith("attachment;")
    assert 'filename="folder.html"' in download.headers["content-disposition"]

    # The producttype shows its bestanden.
    pt = ok(beheer.get(f"{PT}/producttypen/{producttype['uuid']}"))
    assert pt["bestanden"] == [{"uuid": bestand["uuid"], "bestand": bestand["bestand"]}]


def test_prd023_list_with_filters(beheer, producttype):
    other = make_producttype(beheer, [make_thema(beheer)["uuid"]], naam="Afvalpas", uniforme_product_naam="afvalpas")
    mine = ok(upload(beheer, producttype["uuid"], filename="aanvraagformulier.pdf"), 201)
    theirs = ok(upload(beheer, other["uuid"], filename="tarieven.pdf"), 201)

    def uuids(**params):
        return {b["uuid"] for b in ok(beheer.get(f"{PT}/bestanden", params=params))["results"]}

    assert uuids(producttype__uuid=producttype["uuid"]) == {mine["uuid"]}
    assert uuids(producttype__code=other["code"]) == {theirs["uuid"]}
    assert mine["uuid"] in uuids(naam__contains="aanvraagformulier")
    assert theirs["uuid"] not in uuids(naam__contains="aanvraagformulier")
    assert uuids(producttype__naam__icontains="AFVALPAS", producttype__uuid=other["uuid"]) == {theirs["uuid"]}
    assert uuids(uniforme_product_naam="afvalpas", producttype__uuid=producttype["uuid"]) == set()
    problem(beheer.get(f"{PT}/bestanden", params={"naam": "x"}), 400)
    problem(beheer.get(f"{PT}/bestanden", params={"producttype__uuid": "geen-uuid"}), 400, "producttype__uuid")


def test_prd023_put_and_patch_replace_the_file(beheer, files_server, producttype):
    bestand = ok(upload(beheer, producttype["uuid"], b"versie 1", "v1.txt"), 201)
    first = _stored(files_server)
    other = make_producttype(beheer, [make_thema(beheer)["uuid"]])

    replaced = ok(upload(beheer, other["uuid"], b"versie 2", "v2.txt", method="PUT", key=bestand["uuid"]))
    assert replaced["producttype_uuid"] == other["uuid"] and replaced["bestand"] == bestand["bestand"]
    assert beheer.get(bestand["bestand"]).content == b"versie 2"
    second = _stored(files_server)
    assert len(second) == len(first) and second != first  # the old file is gone, the new one is there

    # PATCH: only the file, or only the producttype.
    ok(upload(beheer, None, b"versie 3", "v3.txt", method="PATCH", key=bestand["uuid"]))
    got = beheer.get(bestand["bestand"])
    assert got.content == b"versie 3" and 'filename="v3.txt"' in got.headers["content-disposition"]
    moved = ok(upload(beheer, producttype["uuid"], None, method="PATCH", key=bestand["uuid"]))
    assert moved["producttype_uuid"] == producttype["uuid"]
    assert beheer.get(bestand["bestand"]).content == b"versie 3"
    assert len(_stored(files_server)) == len(first)

    # PUT needs both fields.
    problem(upload(beheer, producttype["uuid"], None, method="PUT", key=bestand["uuid"]), 400, "bestand")
    problem(upload(beheer, producttype["uuid"], key="00000000-0000-0000-0000-000000000000", method="PUT"), 404)


def test_prd023_replacements_at_the_same_time_leave_one_file(beheer, files_server, producttype):
    from concurrent.futures import ThreadPoolExecutor

    bestand = ok(upload(beheer, producttype["uuid"], b"origineel"), 201)
    before = _stored(files_server)

    def replace(n):
        with httpx.Client(base_url=files_server.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
            return upload(client, None, f"versie {n}".encode(), f"v{n}.txt", method="PATCH", key=bestand["uuid"]).status_code

    with ThreadPoolExecutor(6) as pool:
        assert set(pool.map(replace, range(6))) == {200}
    assert len(_stored(files_server)) == len(before)  # one file for the bestand, none orphaned
    assert beheer.get(bestand["bestand"]).content.startswith(b"versie ")


def test_prd023_a_failed_database_write_leaves_no_file(tmp_path):
    """The file is stored first and the row after: when the row cannot be written, the file goes too."""
    import sqlite3

    from tests.conftest import ensure_superuser

    database = tmp_path / "producten.db"
    url = f"sqlite+aiosqlite:///{database}"
    folder = tmp_path / "bestanden"
    settings = Settings(database_url=url, migrate_on_start=True, webhook_urls="", outbox_dispatch=False,
                        bestanden_dir=str(folder))
    running = servers.start_server(url, "sqlite", app=create_app(load_registries(["producten"]), settings))
    try:
        ensure_superuser(url)
        with httpx.Client(base_url=running.url, timeout=30, auth=servers.ZgwAuth(*SUPERUSER)) as client:
            pt = make_producttype(client, [make_thema(client)["uuid"]], doelgroep="interne_organisatie",
                                  uniforme_product_naam=None)
            ok(upload(client, pt["uuid"]), 201)
            assert len(list(folder.iterdir())) == 1
            with sqlite3.connect(database) as connection:  # the table is gone: the insert fails
                connection.execute("ALTER TABLE producten_bestand RENAME TO producten_bestand_weg")
            response = upload(client, pt["uuid"], b"komt nergens")
            assert response.status_code == 500
            assert response.headers["content-type"].startswith("application/problem+json")
            assert len(list(folder.iterdir())) == 1
    finally:
        running.stop()


def test_prd023_delete_removes_the_file(beheer, files_server, producttype):
    before = _stored(files_server)
    bestand = ok(upload(beheer, producttype["uuid"]), 201)
    assert len(_stored(files_server)) == len(before) + 1
    ok(beheer.delete(f"{PT}/bestanden/{bestand['uuid']}"), 204)
    assert _stored(files_server) == before
    problem(beheer.get(f"{PT}/bestanden/{bestand['uuid']}"), 404)
    problem(beheer.get(bestand["bestand"]), 404)

    # Deleting the producttype deletes its bestanden and their files.
    ok(upload(beheer, producttype["uuid"]), 201)
    ok(beheer.delete(f"{PT}/producttypen/{producttype['uuid']}"), 204)
    assert _stored(files_server) == before


def test_prd023_size_limit(beheer, files_server, producttype):
    before = _stored(files_server)
    ok(upload(beheer, producttype["uuid"], b"x" * LIMIT), 201)
    body = problem(upload(beheer, producttype["uuid"], b"x" * (LIMIT + 1)), 400, "bestand")
    assert body["invalidParams"][0]["code"] == "max_size"
    # Far too large: refused from its Content-Length, before it is read.
    problem(upload(beheer, producttype["uuid"], b"x" * (4 * LIMIT)), 400, "bestand")

    # Without Content-Length (chunked): refused while it arrives.
    def chunks():
        boundary = b"--grens\r\n"
        yield boundary + f'Content-Disposition: form-data; name="producttype_uuid"\r\n\r\n{producttype["uuid"]}\r\n'.encode()
        yield boundary + b'Content-Disposition: form-data; name="bestand"; filename="groot.bin"\r\n\r\n'
        for _ in range(8):
            yield b"y" * LIMIT
        yield b"\r\n--grens--\r\n"

    response = beheer.post(f"{PT}/bestanden", content=chunks(),
                           headers={"Content-Type": "multipart/form-data; boundary=grens"})
    problem(response, 400, "bestand")
    assert len(_stored(files_server)) == len(before) + 1  # only the one that fitted


def test_prd023_bad_input_is_a_problem_and_stores_nothing(beheer, files_server, producttype):
    before = _stored(files_server)
    problem(upload(beheer, producttype["uuid"], None), 400, "bestand")
    problem(upload(beheer, None), 400, "producttype_uuid")
    problem(upload(beheer, "geen-uuid"), 400, "producttype_uuid")
    problem(upload(beheer, "00000000-0000-0000-0000-000000000000"), 400, "producttype_uuid")
    problem(upload(beheer, producttype["uuid"], b""), 400, "bestand")
    # A text field named bestand is not a file.
    problem(beheer.post(f"{PT}/bestanden", data={"producttype_uuid": producttype["uuid"], "bestand": "folder.txt"},
                        files={"iets": ("x.txt", b"x")}), 400, "bestand")
    # Two files at once, a broken body, JSON instead of a form.
    problem(beheer.post(f"{PT}/bestanden", data={"producttype_uuid": producttype["uuid"]},
                        files=[("bestand", ("a.txt", b"a")), ("bestand", ("b.txt", b"b"))]), 400, "bestand")
    problem(beheer.post(f"{PT}/bestanden", content=b"--x\r\nkapot",
                        headers={"Content-Type": "multipart/form-data; boundary=x"}), 400)
    problem(beheer.post(f"{PT}/bestanden", json={"producttype_uuid": producttype["uuid"], "bestand": "x"}), 415)
    problem(beheer.post(f"{PT}/bestanden", content=b"x", headers={"Content-Type": "text/plain"}), 415)
    # Multipart only where the contract takes it.
    problem(beheer.post(f"{PT}/links", files={"bestand": ("a.txt", b"a")}), 415)
    assert _stored(files_server) == before


@pytest.mark.parametrize("filename", [
    "../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    'a"; filename="evil.exe',
    "rapport\r\nX-Injected: ja.pdf",
    "'; DROP TABLE producten_bestand; --.pdf",
    "<script>alert(1)</script>.html",
    "élève ✓.pdf",
])
def test_prd023_injection_strings_in_the_filename(beheer, files_server, producttype, filename):
    before = _stored(files_server)
    bestand = ok(upload(beheer, producttype["uuid"], b"inhoud", filename), 201)
    (stored,) = _stored(files_server) - before
    assert len(stored) == 32 and all(c in "0123456789abcdef" for c in stored)
    got = beheer.get(bestand["bestand"])
    assert got.status_code == 200 and got.content == b"inhoud"
    assert "x-injected" not in got.headers
    disposition = got.headers["content-disposition"]
    assert "\r" not in disposition and "\n" not in disposition
    fallback = disposition.split('filename="', 1)[1].split('"', 1)[0]
    assert "/" not in fallback and "\\" not in fallback and '"' not in fallback and ";" not in fallback
    exact = unquote(disposition.split("filename*=UTF-8''", 1)[1])
    assert "/" not in exact and "\\" not in exact and "\r" not in exact
    assert ok(beheer.get(f"{PT}/bestanden", params={"naam__contains": exact[:20]}))["count"] >= 1
    ok(beheer.delete(f"{PT}/bestanden/{bestand['uuid']}"), 204)


def test_prd023_scopes(files_server, producttype, beheer):
    bestand = ok(upload(beheer, producttype["uuid"]), 201)
    with token_client(files_server, grants=[grant("producttypen.lezen")]) as reader:
        assert ok(reader.get(f"{PT}/bestanden/{bestand['uuid']}"))["uuid"] == bestand["uuid"]
        assert reader.get(bestand["bestand"]).status_code == 200
        problem(upload(reader, producttype["uuid"]), 403)
        problem(reader.delete(f"{PT}/bestanden/{bestand['uuid']}"), 403)
    with httpx.Client(base_url=files_server.url, timeout=30) as anonymous:
        problem(anonymous.get(bestand["bestand"]), 401)
        problem(upload(anonymous, producttype["uuid"]), 401)


def test_prd023_writes_leave_an_audit_trail(beheer, files_server, producttype):
    from common.db import create_engine, sessionmaker
    from common.platform.models import AuditTrail

    bestand = ok(upload(beheer, producttype["uuid"]), 201)
    ok(upload(beheer, None, b"nieuw", "nieuw.txt", method="PATCH", key=bestand["uuid"]))
    ok(beheer.delete(f"{PT}/bestanden/{bestand['uuid']}"), 204)

    async def trail():
        engine = create_engine(files_server.database_url)
        try:
            async with sessionmaker(engine)() as session:
                return (await session.scalars(select(AuditTrail).where(
                    AuditTrail.resource_url.like(f"%/bestanden/{bestand['uuid']}")).order_by(AuditTrail.id))).all()
        finally:
            await engine.dispose()

    rows = asyncio.run(trail())
    assert [(r.actie, r.resource) for r in rows] == [("create", "bestand"), ("partial_update", "bestand"), ("destroy", "bestand")]
    assert rows[0].hoofd_object.endswith(f"/producttypen/{producttype['uuid']}")


def test_prd018_the_server_sets_a_due_product_actief(beheer, files_server, producttype):
    """The status job in the server process (REGISTRIES_PRODUCTEN_STATUS_INTERVAL) moves a product
    whose start_datum came while nobody wrote it."""
    from common.db import create_engine, write_sessionmaker
    from registries.producten.models import Product

    product = make_product(beheer, producttype["uuid"], status="gereed",
                           start_datum=(TODAY + timedelta(days=30)).isoformat())
    assert product["status"] == "gereed"

    async def backdate():
        # What time does: the start day is now in the past, and nobody wrote the product since.
        engine = create_engine(files_server.database_url)
        try:
            async with write_sessionmaker(engine)() as session:
                await session.execute(update(Product).where(Product.uuid == uuid.UUID(product["uuid"]))
                                      .values(start_datum=TODAY - timedelta(days=1)))
                await session.commit()
        finally:
            await engine.dispose()

    asyncio.run(backdate())
    for _ in range(100):
        got = ok(beheer.get(f"{PR}/producten/{product['uuid']}"))
        if got["status"] == "actief":
            break
        time.sleep(0.1)
    assert got["status"] == "actief"


def test_prd018_one_round_at_a_time_on_postgresql(files_server, backend):
    """A process that finds the round's advisory lock taken skips the round."""
    if backend != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's")
    from common.db import create_engine, write_sessionmaker
    from registries.producten import statuses

    async def run():
        engine = create_engine(files_server.database_url)
        try:
            async with engine.connect() as holder:
                await holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": statuses.LOCK_KEY})
                skipped = await statuses.run_once(engine, write_sessionmaker(engine), Settings())
                await holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": statuses.LOCK_KEY})
            for _ in range(50):  # the module's server runs rounds too, each holding the lock a moment
                ran = await statuses.run_once(engine, write_sessionmaker(engine), Settings())
                if ran is not None:
                    break
                await asyncio.sleep(0.05)
            return skipped, ran
        finally:
            await engine.dispose()

    skipped, ran = asyncio.run(run())
    assert skipped is None and ran is not None


def test_prd018_status_job_survives_a_database_that_is_away(caplog):
    """A round that cannot reach the database is logged; the job (and so the server) goes on."""
    from types import SimpleNamespace

    from common.db import create_engine, write_sessionmaker
    from registries.producten import statuses

    async def run():
        engine = create_engine("postgresql://niemand@127.0.0.1:9/weg")  # nothing listens on port 9
        app = SimpleNamespace(state=SimpleNamespace(
            settings=Settings(producten_status_interval=0.05), engine=engine, write_sessionmaker=write_sessionmaker(engine)))
        task = asyncio.create_task(statuses.status_job(app))
        try:
            for _ in range(100):
                await asyncio.sleep(0.05)
                if sum("background job failed" in r.getMessage() for r in caplog.records) >= 2:
                    break
            assert not task.done()  # still running after failed rounds
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await engine.dispose()

    with caplog.at_level("ERROR", logger="registries.periodic"):
        asyncio.run(run())
    failures = [r for r in caplog.records if "background job failed" in r.getMessage()]
    assert len(failures) >= 2 and failures[0].job == "producten status by date"


def test_prd018_status_job_is_off_by_default():
    from types import SimpleNamespace

    from registries.producten import statuses

    app = SimpleNamespace(state=SimpleNamespace(settings=Settings()))
    assert asyncio.run(asyncio.wait_for(statuses.status_job(app), 1)) is None
