"""Mijn gemeente end to end: `registries serve --demo` and the portal on real ports, headless Chromium
(Debian's, through playwright-core) through login, zaken, a zaak's timeline, producten, contact and
"who used my data", with a screenshot (reports/portal/) and an axe-core audit of every page.

Needs Node.js with .tools/ (`make test` installs playwright-core and axe-core there) and
/usr/bin/chromium (`make test` installs it with apt-get where it can). Without them the test is
skipped locally and fails on CI.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from common.auth.admin import NewGrant
from portal.app import create_portal
from portal.config import PortalConfig
from tests import servers

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / ".tools" / "node_modules"
SCRIPT = ROOT / "tests" / "portal_e2e.mjs"
SHOTS = ROOT / "reports" / "portal"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CLIENT = ("mijn-gemeente", "geheim-van-mijn-gemeente-minstens-32-tekens")
# What the portal may do, and nothing more: read, in each registry it shows.
PORTAL_GRANTS = [NewGrant("zrc", ("zaken.lezen",)), NewGrant("ztc", ("catalogi.lezen",)),
                 NewGrant("kic", ("klantinteracties.lezen",)), NewGrant("pdc", ("producten.lezen",)),
                 NewGrant("cmc", ("contactmomenten.lezen",)), NewGrant("ac", ("verwerkingen.lezen",))]
RESIDENT = "999990627"  # Hendrik van Dijk in the demo data: zaken (some closed), a klantcontact, a product


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "Node.js not found"
    for package in ("playwright-core", "axe-core"):
        if not (TOOLS / package).exists():
            return f"{package} not in .tools/ (run `make test` with npm installed)"
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def tools():
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def registries(tools, tmp_path_factory):
    """`registries serve --demo` as a real process, with an application for the portal."""
    port = _free_port()
    database = tmp_path_factory.mktemp("portal") / "demo.db"
    env = {**os.environ, "REGISTRIES_DATABASE_URL": f"sqlite:///{database}", "REGISTRIES_PORT": str(port),
           "REGISTRIES_OUTBOX_DISPATCH": "false"}
    process = subprocess.Popen([sys.executable, "-m", "common.cli", "serve", "--demo"], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("registries serve --demo did not start")
            time.sleep(0.2)
        servers.add_client(f"sqlite+aiosqlite:///{database}", CLIENT[0], secret=CLIENT[1],
                           label="Mijn gemeente (portaal)", grants=PORTAL_GRANTS)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


@pytest.fixture(scope="module")
def portal(registries):
    """The portal's backend on a port of its own, talking to the registries over HTTP."""
    app = create_portal(PortalConfig(registries_url=registries, client_id=CLIENT[0], secret=CLIENT[1]))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)


def _walk(portal: str) -> dict:
    shutil.rmtree(SHOTS, ignore_errors=True)
    done = subprocess.run(["node", str(SCRIPT), portal, str(SHOTS)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CHROMIUM": CHROMIUM, "TOOLS_DIR": str(ROOT / ".tools")})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# One test for the whole walk: the registries and the browser start once, also under pytest-xdist.
def test_a_resident_walks_through_the_portal_and_every_page_passes_axe(portal):
    walk = _walk(portal)
    checks = walk["checks"]

    # Every page: a title, a heading, a screenshot, and no serious or critical axe-core finding.
    assert [p["name"] for p in walk["pages"]] == ["inloggen", "zaken", "zaak", "producten", "contact",
                                                   "gegevensgebruik"]
    serious = {p["name"]: [v for v in p["violations"] if v["impact"] in ("serious", "critical")]
               for p in walk["pages"]}
    assert serious == {name: [] for name in serious}, json.dumps(serious, indent=1, ensure_ascii=False)
    assert all(p["title"].endswith("Mijn gemeente") and p["h1"] for p in walk["pages"])
    assert sorted(path.name for path in SHOTS.glob("*.png")) == [
        "1-inloggen.png", "2-zaken.png", "3-zaak.png", "4-producten.png", "5-contact.png", "6-gegevensgebruik.png"]

    # Login with the keyboard; the skip link comes first; the demo data gives Hendrik van Dijk six zaken.
    assert checks["firstTab"] == "Naar de inhoud"
    assert checks["zaken"] == 6

    # A closed zaak: its timeline, the current step and the result.
    assert [step.splitlines()[0] for step in checks["timeline"]] == ["Ontvangen", "In behandeling", "Afgehandeld"]
    assert checks["currentStep"] == "Afgehandeld"
    assert checks["resultaat"] not in ("", "—")

    # Producten, contact and who used the data (the portal's own reads, and the demo data's writes).
    [product] = checks["producten"]
    assert "XY-987-Z" in product and "Gereed" in product and "€ 54,20 per jaar" in product
    assert "Vraag over de afvalpas" in checks["contact"]
    assert any("Mijn gemeente (portaal)" in row and "zaak bekeken" in row for row in checks["verwerkingen"])
    assert any("rol vastgelegd" in row for row in checks["verwerkingen"])

    # After logging out, /zaken leads back to the login page.
    assert checks["afterLogout"] == "/ 200"
