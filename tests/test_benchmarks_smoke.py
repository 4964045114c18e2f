"""The benchmark harness still works: a tiny data set seeded into a fresh database and read back
through the APIs (SQLite and PostgreSQL), and every scenario run for about a second at one
connection without errors (PostgreSQL, the production database).

This is not a measurement (benchmarks/README.md is); it keeps benchmarks/ from rotting.
"""

import asyncio
import json

import httpx
import pytest

from benchmarks import loadgen, run, scenarios
from benchmarks.seed import DEFAULT_CLIENT_ID, DEFAULT_SECRET, seed_registry
from tests import servers
from tests.conftest import _database_for

ROWS = 200


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded(request, tmp_path_factory):
    """A fresh database with ROWS zaken, partijen and producten, and a server on it."""
    url, drop = _database_for(request.param, tmp_path_factory)
    server = servers.start_server(url, request.param)
    try:
        for registry in ("zaken", "klanten", "producten"):
            asyncio.run(seed_registry(url, registry, ROWS, seed=7, base_url=server.url))
        yield server
    finally:
        server.stop()
        drop()


def test_seeded_rows_are_readable_through_the_apis(seeded):
    auth = run.Credentials(DEFAULT_CLIENT_ID, DEFAULT_SECRET, None)
    with httpx.Client(base_url=seeded.url, timeout=30, headers={"Authorization": auth.header(), **scenarios.CRS}) as api:
        def count(path: str) -> int:
            response = api.get(path)
            assert response.status_code == 200, response.text
            return response.json()["count"]

        assert count("/zaken/api/v1/zaken") == ROWS
        assert count("/zaken/api/v1/statussen") == 2 * ROWS
        assert count("/zaken/api/v1/rollen") == ROWS
        assert count("/zaken/api/v1/resultaten") == ROWS
        assert count("/klantinteracties/api/v1/partijen") == ROWS
        assert count("/klantinteracties/api/v1/klantcontacten") == 2 * ROWS
        assert count("/producten/api/v1/producten") == ROWS
        assert count("/producttypen/api/v1/producttypen") == 500
        zaak = api.get("/zaken/api/v1/zaken").json()["results"][0]
        assert zaak["status"] and zaak["resultaat"] and zaak["identificatie"].startswith("ZAAK-")
        bsn = api.get("/zaken/api/v1/rollen").json()["results"][0]["betrokkeneIdentificatie"]["inpBsn"]
        assert count(f"/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={bsn}") >= 1


def test_every_scenario_runs_without_errors(seeded, tmp_path):
    if seeded.backend != "postgresql":
        return  # measured on the production database only; SQLite is covered by the test above
    out = tmp_path / "results"
    run.main(["--base-url", seeded.url, "--client-id", DEFAULT_CLIENT_ID, "--secret", DEFAULT_SECRET,
              "--scenario", "all", "--connections", "1", "--duration", "1", "--warmup", "0", "--no-plots",
              "--out", str(out)])
    results = json.loads((out / "results.json").read_text())["results"]
    assert [r["scenario"] for r in results] == scenarios.select("all")
    for result in results:
        assert result["non_2xx"] == 0 and result["socket_errors"] == 0, result
        assert result["tool"] == ("wrk" if loadgen.wrk_available() else "python")
    # wrk counts only the requests that finish within the second; on a busy machine a slow one
    # may not. The Python loop waits for the last request, so each scenario answers at least once.
    silent = [r["scenario"] for r in results if r["requests"] == 0]
    if silent:
        again = tmp_path / "again"
        run.main(["--base-url", seeded.url, "--client-id", DEFAULT_CLIENT_ID, "--secret", DEFAULT_SECRET,
                  "--scenario", ",".join(silent), "--connections", "1", "--duration", "1", "--warmup", "0",
                  "--tool", "python", "--no-plots", "--out", str(again)])
        for result in json.loads((again / "results.json").read_text())["results"]:
            assert result["requests"] > 0 and result["non_2xx"] == 0 and result["socket_errors"] == 0, result
    assert "| zaken.by_bsn | 1 |" in (out / "results.md").read_text()


def test_wrk_script_cycles_through_the_requests():
    script = loadgen.lua_script([scenarios.Request("GET", "/a?x=1"), scenarios.Request("POST", "/b", '{"c":"]]"}')],
                                {"Authorization": "Bearer x"})
    assert '[==[/a?x=1]==]' in script and '[==[{"c":"]]"}]==]' in script
    assert "[ [==[Authorization]==] ] = [==[Bearer x]==]" in script


def test_plots_one_png_per_scenario(tmp_path):
    pytest.importorskip("matplotlib")
    results = [{"scenario": "zaken.detail", "connections": c, "rps": 10.0 * c, "p99_ms": 5.0 + c} for c in (1, 8)]
    assert run.plots(tmp_path, results) == ["zaken.detail.png"]
    assert (tmp_path / "zaken.detail.png").read_bytes()[:4] == b"\x89PNG"
