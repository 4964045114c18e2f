"""The typed TypeScript clients (clients/typescript): generated from openapi/*.yaml, in step with them,
and compiling with tsc. `make clients` regenerates them after a contract changes.

Needs Node.js with openapi-typescript and typescript in .tools/ (`make test` installs them);
without them the tests are skipped locally and fail on CI.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLIENTS = ROOT / "clients" / "typescript"
GENERATED = CLIENTS / "src" / "contracts"
TOOLS = ROOT / ".tools" / "node_modules"


@pytest.fixture(scope="module")
def node():
    missing = [p for p in ("openapi-typescript", "typescript") if not (TOOLS / p).exists()]
    if shutil.which("node") is None or missing:
        reason = f"Node.js or {', '.join(missing) or 'node'} not found in .tools/; run `make test` with npm installed"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return shutil.which("node")


def test_generated_types_are_those_of_the_contracts(node, tmp_path):
    done = subprocess.run([node, str(CLIENTS / "generate.mjs"), str(tmp_path)], capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    fresh = {path.name: path.read_text() for path in tmp_path.glob("*.ts")}
    kept = {path.name: path.read_text() for path in GENERATED.glob("*.ts")}
    contracts = {path.stem for path in (ROOT / "openapi").glob("*.yaml")}
    assert set(fresh) == {f"{name}.ts" for name in contracts} | {"index.ts"}
    stale = sorted(name for name in fresh.keys() | kept.keys() if fresh.get(name) != kept.get(name))
    assert not stale, f"clients/typescript/src/contracts differs from openapi/ in {stale}: run `make clients`"


def test_clients_and_examples_compile_and_a_wrong_filter_does_not(node, tmp_path):
    """One compiler run: the clients and examples compile; a filter the contract lacks is an error (not `any`)."""
    wrong = tmp_path / "wrong.ts"
    wrong.write_text(
        f'import {{ createClient, type zaken }} from "{CLIENTS / "src" / "index"}";\n'
        'const api = createClient<zaken.paths>({ baseUrl: "https://r.example/zaken/api/v1" });\n'
        'export const found = api.get("/zaken", { query: { bsnVanDeBurger: "1" },\n'
        '  header: { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" } });\n')
    config = tmp_path / "tsconfig.json"
    config.write_text((CLIENTS / "tsconfig.json").read_text().replace(
        '"include": ["src/**/*.ts", "examples/**/*.ts"]',
        f'"include": ["{CLIENTS}/src/**/*.ts", "{CLIENTS}/examples/**/*.ts", "{wrong}"]'))
    done = subprocess.run([str(TOOLS / ".bin" / "tsc"), "--noEmit", "--pretty", "false", "-p", str(config)],
                          capture_output=True, text=True, timeout=180)
    errors = [line for line in done.stdout.splitlines() if ": error TS" in line]
    assert errors and all(line.split("(")[0].endswith("/wrong.ts") for line in errors), done.stdout[-4000:]
    assert "bsnVanDeBurger" in errors[0]
