"""The conformance command without a server: diff, list, its own rules (a pure HTTP client),
profiles, usage errors, and the reports' shapes."""

import ast
import json
from pathlib import Path

import pytest
import yaml

from conformance import apis, contracts
from conformance.cli import main
from conformance.model import Check, Exchange, Result
from conformance.profile import Profile, ProfileError
from conformance.report.html import render
from conformance.suite import ApiRun, checks_for, select

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "conformance"
ZAKEN = ROOT.parent / "shared" / "standards" / "zgw" / "zaken-1.5.1.yaml"
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_zaken() -> dict:
    return yaml.load(ZAKEN.read_text(encoding="utf-8"), Loader=FAST_LOADER)


# --------------------------------------------------------------------------- a pure HTTP client


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module":
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
            elif node.args and isinstance(node.args[0], ast.JoinedStr):
                head = node.args[0].values[0]
                if isinstance(head, ast.Constant):
                    found.add(str(head.value).rstrip("."))
    return found


def test_the_suite_imports_nothing_from_common_or_registries():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10
    offending = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in files
        for module in imported_modules(path)
        if module.split(".")[0] in ("common", "registries", "tests")
    }
    assert offending == set()


def test_the_import_check_sees_every_form_of_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import common.app\nfrom registries.zaken import x\nimportlib.import_module('common.db')\n"
                      "def f():\n    from common import errors\n")
    assert imported_modules(sample) == {"common.app", "registries.zaken", "common.db", "common"}


def test_our_contracts_are_found_relative_to_the_package(monkeypatch, tmp_path):
    assert contracts.DEFAULT_FOLDER == ROOT / "openapi"
    assert contracts.find("catalogi-1.3.1.yaml", "catalogi") == ROOT / "openapi" / "catalogi-1.3.1.yaml"
    (tmp_path / "catalogi-1.3.9.yaml").write_text("openapi: 3.0.3\n")
    (tmp_path / "catalogi-1.3.10.yaml").write_text("openapi: 3.0.3\n")
    monkeypatch.setenv(contracts.ENVIRONMENT_VARIABLE, str(tmp_path))
    assert contracts.find("catalogi-1.3.1.yaml", "catalogi") == tmp_path / "catalogi-1.3.10.yaml"
    assert contracts.find("zaken-1.5.1.yaml", "zaken") is None


# --------------------------------------------------------------------------- diff


@pytest.fixture(scope="module")
def changed_zaken(tmp_path_factory) -> Path:
    """zaken-1.5.1 with Zaak.omschrijving removed and 'geheim' taken out of the confidentiality enum."""
    changed = read_zaken()
    schemas = changed["components"]["schemas"]
    del schemas["Zaak"]["properties"]["omschrijving"]
    schemas["VertrouwelijkheidaanduidingEnum"]["enum"].remove("geheim")
    path = tmp_path_factory.mktemp("diff") / "zaken-changed.yaml"
    path.write_text(yaml.dump(changed, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True),
                    encoding="utf-8")
    return path


def test_diff_reports_a_removed_field_and_a_narrowed_enum_as_breaking(changed_zaken, capsys):
    code = main(["diff", str(ZAKEN), str(changed_zaken)])
    out = capsys.readouterr().out
    assert code == 1
    breaking, _, additive = out.partition("ADDITIVE")
    assert "BREAKING (" in breaking
    assert "field-removed" in breaking and "GET /zaken/{uuid} response 200 .omschrijving" in breaking
    assert "enum-value-removed" in breaking and "POST /zaken request .vertrouwelijkheidaanduiding" in breaking
    assert "value 'geheim' removed" in breaking
    assert "ADDITIVE (0)" in out
    assert "the new contract breaks clients" in out


def test_diff_as_json_and_markdown(changed_zaken, capsys):
    assert main(["diff", str(ZAKEN), str(changed_zaken), "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    kinds = {d["kind"] for d in document["differences"]}
    assert kinds == {"field-removed", "enum-value-removed"} and document["additive"] == 0
    assert all(d["breaking"] for d in document["differences"])
    assert main(["diff", str(ZAKEN), str(changed_zaken), "--format", "markdown"]) == 1
    assert "| yes | `field-removed` |" in capsys.readouterr().out


def test_diff_of_an_additive_change_exits_0(tmp_path, capsys):
    old = ROOT / "openapi" / "autorisaties-1.0.0.yaml"
    document = contracts.load(old)
    changed = json.loads(json.dumps(document))  # a copy; the loaded contract is shared
    schema = next(s for name, s in changed["components"]["schemas"].items() if "clientIds" in s.get("properties", {}))
    schema["properties"]["nieuwVeld"] = {"type": "string", "readOnly": True}
    new = tmp_path / "autorisaties-new.json"
    new.write_text(json.dumps(changed), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "BREAKING (0)" in out and "field-added" in out and "nieuwVeld" in out
    assert "is backwards compatible" in out
    # a new value in an enum a response holds breaks readers that only know the old values
    enum_schema = next(s for s in _walk(changed) if isinstance(s, dict) and isinstance(s.get("enum"), list)
                       and len(s["enum"]) > 2)
    enum_schema["enum"].append("nieuwe_waarde")
    new.write_text(json.dumps(changed), encoding="utf-8")
    assert main(["diff", str(old), str(new), "--breaking-only"]) == 1
    out = capsys.readouterr().out
    assert "enum-value-added" in out and "ADDITIVE" not in out


def _walk(node):
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_diff_of_a_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["diff", str(ZAKEN), str(tmp_path / "nope.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err


# --------------------------------------------------------------------------- list


def test_list_names_every_check_with_layer_and_rule(capsys):
    assert main(["list", "--api", "autorisaties"]) == 0
    out = capsys.readouterr().out
    for check_id, rule in (("contract.valid", "openapi-spec-validator"), ("design.api-version", "/core/version-header"),
                           ("schema.applicatie_create", "autorisaties-1.0.0.yaml"), ("behaviour.ac-001b", "ac-001b"),
                           ("security.expired-iat", "jwt-expired")):
        line = next(line for line in out.splitlines() if line.strip().startswith(check_id + " "))
        assert rule in line


@pytest.mark.parametrize(("api", "codes"), [
    ("zaken", [f"zrc-{n:03d}" for n in range(3, 24)]),
    ("klantinteracties", ["kic-002", "kic-003", "kic-009", "kic-maak-klantcontact", "kic-partijidentificatie"]),
    ("producttypen", ["prd-001", "prd-003", "prd-010", "prd-012"]),
    ("producten", ["prd-014", "prd-015", "prd-016", "prd-017"]),
])
def test_list_shows_the_business_rule_scenarios_with_their_codes(api, codes, capsys):
    assert main(["list", "--api", api, "--layer", "behaviour", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(row["layer"] == "behaviour" and row["title"] and row["id"] == f"behaviour.{row['rule']}"
                        for row in rows)
    for code in codes:
        assert any(row["rule"].startswith(code) for row in rows), f"no scenario for {code}"


def test_list_as_json_covers_every_layer_of_every_api_with_a_contract(capsys):
    assert main(["list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    for name, entry in apis.APIS.items():
        layers = {row["layer"] for row in rows if row["api"] == name}
        assert {"contract", "design", "security"} <= layers, name
        if contracts.find(entry.contract, name):
            assert "schema" in layers, name
    ids = [(row["api"], row["id"]) for row in rows]
    assert len(ids) == len(set(ids)), "check ids are unique per API"
    token_api = {row["id"] for row in rows if row["api"] == "klantinteracties"}
    assert "security.wrong-secret" not in token_api and "design.unknown-query-parameter" not in token_api


def test_only_and_skip_select_by_id_layer_rule_and_glob():
    checks = checks_for(apis.get("autorisaties"))
    assert {c.layer for c in select(checks, ["security"], [])} == {"security"}
    assert [c.id for c in select(checks, ["ac-001b"], [])] == ["behaviour.ac-001b"]
    assert {c.id for c in select(checks, ["behaviour.ac-003*"], ["ac-003f"])} == {
        "behaviour.ac-003a", "behaviour.ac-003b", "behaviour.ac-003c", "behaviour.ac-003d"}
    assert not any(c.layer == "schema" for c in select(checks, [], ["schema"]))


# --------------------------------------------------------------------------- profiles and usage


def test_a_profile_needs_a_known_status_and_a_reason(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("checks:\n  design.api-version: {status: optional}\n")
    with pytest.raises(ProfileError, match="needs a reason"):
        Profile.load(path)
    path.write_text("checks:\n  design.api-version: {status: sometimes, reason: x}\n")
    with pytest.raises(ProfileError, match="status must be one of"):
        Profile.load(path)
    path.write_text("checks:\n  catalogi:design.*: {status: optional, reason: x}\n  security.headers-typo: mandatory\n")
    profile = Profile.load(path)
    check = next(c for c in checks_for(apis.get("catalogi")) if c.id == "design.api-version")
    assert profile.classify("catalogi", check) == ("optional", "x")
    assert profile.classify("zaken", check) == ("mandatory", "")
    assert profile.unused({"catalogi": [check]}) == ["security.headers-typo"]


@pytest.mark.parametrize(("argv", "message"), [
    (["run", "--base-url", "http://x"], "give --api"),
    (["run", "--api", "zaaksysteem", "--base-url", "http://x"], "unknown API 'zaaksysteem'"),
    (["run", "--api", "catalogi"], "give --base-url"),
    (["run", "--api", "catalogi", "--base-url", "http://x", "--client-id", "a"], "needs --secret"),
    (["run", "--api", "catalogi", "--base-url", "http://x", "--client-id", "a", "--secret", "b", "--token", "t"],
     "give one of"),
    (["run", "--api", "catalogi,zaken", "--base-url", "http://x", "--api-root", "/x"], "for one --api"),
])
def test_usage_errors_exit_2_with_a_sentence(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_an_unreachable_server_is_an_error_per_check_not_a_crash(tmp_path, capsys):
    code = main(["run", "--api", "autorisaties", "--base-url", "http://127.0.0.1:9", "--client-id", "a",
                 "--secret", "b" * 32, "--only", "design", "--timeout", "2", "--json", str(tmp_path / "r.json")])
    assert code == 1
    checks = json.loads((tmp_path / "r.json").read_text())["apis"][0]["checks"]
    assert {c["status"] for c in checks if c["classification"] == "mandatory"} == {"error"}
    assert "no answer from the server" in checks[0]["message"]


def test_the_html_report_escapes_what_the_server_sent():
    check = Check("design.x", "design", "rule", "title", run=lambda ctx: None)
    exchange = Exchange("GET", "http://x/y", {}, "", 500, {}, "<script>alert(1)</script>")
    run = ApiRun(apis.get("catalogi"), "http://x", [Result("catalogi", check, "fail", "<b>boom</b>", "x", [exchange])])
    page = render([run])
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;boom&lt;/b&gt;" in page
