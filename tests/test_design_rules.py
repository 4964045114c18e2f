"""Our contracts against the NL API Design Rules (ADR 2.2 linter, run with Spectral).

Every error the linter reports must be a documented deviation in docs/contract-differences.md
(kind ``design-rule:<rule code>``), and every documented deviation must still occur.

``lint`` works on any OpenAPI file, so the served contract (``{root}/openapi.json``, written to
a file) can be checked the same way as the files in openapi/.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conformance.contractdiff import load, parse_difference_table, resolve

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RULESET = SHARED / "standards" / "adr" / "linter-adr-2.2.0-main.yaml"
OPENAPI = ROOT / "openapi"
DIFFERENCES_DOC = ROOT / "docs" / "contract-differences.md"

ERROR = 0  # Spectral severities: 0 error, 1 warning, 2 info, 3 hint
CONTRACTS = sorted(path.name for path in OPENAPI.glob("*.yaml"))


def spectral_command() -> str | None:
    """The Spectral executable: the one ``make test`` installs in .tools/, else one on PATH."""
    local = ROOT / ".tools" / "node_modules" / ".bin" / "spectral"
    if local.exists():
        return str(local)
    return shutil.which("spectral")


def require_spectral() -> str:
    """The Spectral executable; without one the test fails on CI and is skipped elsewhere."""
    command = spectral_command()
    if command is None:
        reason = "Spectral not found (.tools/node_modules/.bin/spectral or on PATH); run `make test` with Node.js installed"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return command


def lint(path: Path, spectral: str | None = None, ruleset: Path = RULESET) -> list[dict[str, Any]]:
    """Spectral's findings for one OpenAPI file (YAML or JSON), as Spectral's JSON objects
    (``code``, ``path``, ``message``, ``severity``, ``range``, ``source``)."""
    command = [spectral or require_spectral(), "lint", "-r", str(ruleset), "-f", "json", "--quiet", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode not in (0, 1):  # 1 means "there are errors", anything else a failed run
        raise RuntimeError(f"Spectral failed ({result.returncode}): {result.stderr or result.stdout}")
    output = result.stdout.strip()
    return json.loads(output) if output else []


def location(document: dict[str, Any], path: list[str]) -> str:
    """A Spectral path as text, with list items named where they have a name:
    ``["paths", "/x", "get", "parameters", "1", "name"]`` -> ``paths./x.get.parameters[rsin__in].name``."""
    parts: list[str] = []
    node: Any = document
    for segment in path:
        if isinstance(node, list) and str(segment).isdigit():
            node, _refs = resolve(document, node[int(segment)])
            name = node.get("name") if isinstance(node, dict) else None
            parts[-1] += f"[{name if name is not None else segment}]"
            continue
        parts.append(str(segment))
        node = node.get(segment) if isinstance(node, dict) else None
        node, _refs = resolve(document, node)
    return ".".join(parts)


def design_rule_errors(path: Path, spectral: str | None = None) -> set[tuple[str, str]]:
    """``(design-rule:<code>, location)`` for every error the linter reports on ``path``."""
    document = load(path)
    return {
        (f"design-rule:{finding['code']}", location(document, finding["path"]))
        for finding in lint(path, spectral)
        if finding["severity"] == ERROR
    }


def documented_deviations(contract: str) -> set[tuple[str, str]]:
    """The design-rule rows of the differences doc for this contract."""
    rows = parse_difference_table(DIFFERENCES_DOC.read_text(encoding="utf-8"))
    return {
        (row["kind"], row["location"])
        for row in rows
        if row["contract"] == contract and row["kind"].startswith("design-rule:")
    }


def test_location_names_list_items():
    document = {"paths": {"/x": {"get": {"parameters": [{"name": "a"}, {"$ref": "#/components/parameters/b"}]}}},
                "components": {"parameters": {"b": {"name": "rsin__in", "in": "query"}}}}
    assert location(document, ["paths", "/x", "get", "parameters", "1", "name"]) == "paths./x.get.parameters[rsin__in].name"
    assert location(document, ["paths", "/x", "get", "responses"]) == "paths./x.get.responses"


@pytest.fixture(scope="module")
def spectral() -> str:
    return require_spectral()


def test_linter_reports_errors(spectral, tmp_path):
    """Guards against a linter run that silently checks nothing."""
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {}}))
    codes = {finding["code"] for finding in lint(broken, spectral) if finding["severity"] == ERROR}
    assert "info-contact" in codes
    assert "nlgov:semver" in codes


@pytest.fixture(scope="module")
def reported(spectral) -> dict[str, set[tuple[str, str]]]:
    """The linter's errors per contract in openapi/, linted once for all tests below."""
    return {contract: design_rule_errors(OPENAPI / contract, spectral) for contract in CONTRACTS}


@pytest.mark.parametrize("contract", CONTRACTS)
def test_every_design_rule_error_is_a_documented_deviation(reported, contract):
    undocumented = reported[contract] - documented_deviations(contract)
    assert undocumented == set(), "fix these, or document why the standard forces them"


@pytest.mark.parametrize("contract", CONTRACTS)
def test_every_documented_deviation_still_occurs(reported, contract):
    stale = documented_deviations(contract) - reported[contract]
    assert stale == set(), "remove these rows from docs/contract-differences.md"


def _served_roots() -> list[tuple[str, str]]:
    from common.app import KNOWN_REGISTRIES, load_registries

    return [(api.root, api.contract_file) for r in load_registries(KNOWN_REGISTRIES) for api in r.apis]


@pytest.mark.parametrize(("root", "contract"), _served_roots())
def test_served_contract_passes_the_linter_like_its_file(spectral, api, tmp_path, root, contract):
    """What a running registry serves is linted too: the same findings as the file, no others
    (its ``servers`` names this deployment instead of the relative root)."""
    served = tmp_path / "openapi.json"
    served.write_text(api.get(f"{root}/openapi.json").text, encoding="utf-8")
    assert design_rule_errors(served, spectral) == documented_deviations(contract)
