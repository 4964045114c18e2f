"""The conformance suite against our own registries: every API that exists, on SQLite and on
PostgreSQL, real servers on loopback ports. It must pass 100%.

"Every API that exists" is read from the platform (KNOWN_REGISTRIES and their API roots), so a
registry that lands is tested here without a change to this file, as long as the suite's table
(conformance/apis.py) knows its root. The suite itself is used exactly as a supplier uses it:
through ``conformance.cli.main`` with a base URL and credentials, reading the JSON report.
"""

import json

import httpx
import pytest

from common.app import KNOWN_REGISTRIES, load_registries
from common.auth.admin import AdminError, NewGrant
from conformance import apis
from conformance.behaviour import scenarios_of
from conformance.cli import main
from tests import servers

MAX_EXAMPLES = "2"  # generated requests per operation; the suite's own default is 25
LIMITED = ("conformance-lezer", "geheim-van-de-conformance-lezer-32-tekens")
# Where the standard's rules are about what an ordinary writer may not do (ztc-009: a published
# zaaktype is fixed, unless the client may force it), the suite runs as an ordinary writer;
# elsewhere as the tests' superuser.
WRITERS = {
    "catalogi": ("conformance-ztc-schrijver", "geheim-van-de-catalogi-schrijver-32-tekens",
                 [NewGrant("ztc", ("catalogi.lezen", "catalogi.schrijven"))]),
}
# A zaken writer without zaken.geforceerd-bijwerken and zaken.heropenen, for zrc-007c and zrc-008c
# (the superuser run skips them: it may change closed zaken). It makes its own zaaktypen, so it
# may write in the Catalogi API too.
ZAKEN_WRITER = ("conformance-zrc-schrijver", "geheim-van-de-zaken-schrijver-32-tekens",
                [NewGrant("zrc", ("zaken.lezen", "zaken.aanmaken", "zaken.bijwerken", "zaken.statussen.toevoegen"),
                          max_vertrouwelijkheidaanduiding="zeer_geheim"),
                 NewGrant("ztc", ("catalogi.lezen", "catalogi.schrijven"))])
# Scenarios that skip against any deployment with these credentials, by design: what they need
# cannot be made over HTTP by the suite (a Documenten API with documents, a client restricted to
# some zaaktypen), or they need a client without the superuser's scopes (run separately below).
SKIPPED_BY_DESIGN = {
    "zaken": {"behaviour.zrc-003", "behaviour.zrc-004", "behaviour.zrc-005", "behaviour.zrc-006a",
              "behaviour.zrc-007q", "behaviour.zrc-017a", "behaviour.zrc-007c", "behaviour.zrc-008c"},
}
TOKEN = "conformance-token-" + "0" * 24
LIMITED_TOKEN = "conformance-lezer-token-" + "1" * 24
# The read scope of each API, for the suite's second credential (a client that may only read).
READ_SCOPES = {
    "catalogi": NewGrant("ztc", ("catalogi.lezen",)),
    "autorisaties": NewGrant("ac", ("autorisaties.lezen",)),
    "zaken": NewGrant("zrc", ("zaken.lezen",), max_vertrouwelijkheidaanduiding="zeer_geheim"),
    "contactmomenten": NewGrant("cmc", ("contactmomenten.lezen",)),
    "klantinteracties": NewGrant("kic", ("klantinteracties.lezen",)),
    "producttypen": NewGrant("pdc", ("producttypen.lezen",)),
    "producten": NewGrant("pdc", ("producten.lezen",)),
}
BY_ROOT = {entry.root: entry.name for entry in apis.APIS.values()}
SERVED = [BY_ROOT.get(api.root, api.root) for registry in load_registries(KNOWN_REGISTRIES)[1:] for api in registry.apis]


@pytest.fixture(scope="module")
def deployment(server):
    """The shared test server, with the suite's clients: the superuser (JWT and API token) and a
    read-only client (JWT and API token)."""
    grants = [grant for name, grant in READ_SCOPES.items() if name in SERVED]
    clients = [
        ("conformance-token", {"token": TOKEN, "all_permissions": True}),
        (LIMITED[0], {"secret": LIMITED[1], "token": LIMITED_TOKEN, "grants": grants}),
        *((client_id, {"secret": secret, "grants": writer_grants})
          for client_id, secret, writer_grants in [*WRITERS.values(), ZAKEN_WRITER]),
    ]
    for client_id, kwargs in clients:
        try:
            servers.add_client(server.database_url, client_id, label=f"{client_id} (tests)", **kwargs)
        except AdminError:
            pass  # added on this database by an earlier module
    return server


def credentials(name: str) -> list[str]:
    from tests.conftest import SUPERUSER

    if apis.get(name).auth == apis.API_TOKEN:
        return ["--token", TOKEN, "--limited-token", LIMITED_TOKEN]
    client_id, secret = WRITERS[name][:2] if name in WRITERS else SUPERUSER
    return ["--client-id", client_id, "--secret", secret,
            "--limited-client-id", LIMITED[0], "--limited-secret", LIMITED[1]]


def run_suite(base_url: str, name: str, tmp_path, *extra: str) -> tuple[int, dict]:
    """``conformance run`` as a supplier types it; the exit code and the API's part of the JSON report
    (with the run's ``run_id``)."""
    report = tmp_path / f"{name}.json"
    code = main(["run", "--api", name, "--base-url", base_url, *credentials(name), "--max-examples", MAX_EXAMPLES,
                 "--seed", "20261123", "--json", str(report), "--no-colour", *extra])
    document = json.loads(report.read_text(encoding="utf-8"))
    return code, {**document["apis"][0], "run_id": document["run_id"]}


def applicaties_of_run(base_url: str, run_id: str) -> list[dict]:
    from tests.conftest import SUPERUSER

    with httpx.Client(base_url=base_url, auth=servers.ZgwAuth(*SUPERUSER)) as client:
        listed = client.get("/autorisaties/api/v1/applicaties", params={"pageSize": 500}).json()["results"]
    return [a for a in listed if any(c.startswith(f"cf-{run_id}-") for c in a["clientIds"])]


def test_every_served_api_is_in_the_suite():
    assert [name for name in SERVED if name not in apis.APIS] == [], "add the API to conformance/apis.py"


@pytest.mark.slow
@pytest.mark.parametrize("name", SERVED)
def test_the_suite_passes_100_percent_against_our_registry(deployment, name, tmp_path, capsys):
    code, report = run_suite(deployment.url, name, tmp_path)
    output = capsys.readouterr().out
    failed = [f"{c['id']}: {c['message']}" for c in report["checks"] if c["status"] in ("fail", "error")]
    skipped = [f"{c['id']}: {c['message']}" for c in report["checks"]
               if c["status"] == "skip" and c["id"] not in SKIPPED_BY_DESIGN.get(name, set())]
    assert failed == [], output
    assert skipped == [], "with both credentials nothing should be skipped"
    assert code == 0
    layers = {c["layer"] for c in report["checks"]}
    expected = {"contract", "design", "schema", "security"}
    if scenarios_of(apis.get(name).scenarios):
        expected.add("behaviour")
    assert layers == expected
    assert report["passed"] is True
    if name == "zaken":  # what its scenarios share for the run (their zaaktypen) is removed when it ends
        assert not any("zaaktype" in item for item in report["left_behind"]), report["left_behind"]
    # advisory checks may warn (security headers are not a standard's requirement) but never fail the run
    assert all(c["classification"] != "mandatory" for c in report["checks"] if c["status"] == "optional-fail")


@pytest.mark.slow
def test_scenarios_clean_up_after_themselves(deployment, tmp_path):
    code, report = run_suite(deployment.url, "autorisaties", tmp_path, "--only", "behaviour")
    assert code == 0
    made = [c for c in report["checks"] if c["layer"] == "behaviour"]
    assert made and all(c["status"] == "pass" for c in made)
    assert applicaties_of_run(deployment.url, report["run_id"]) == []


@pytest.mark.slow
def test_no_cleanup_leaves_the_fixtures_for_inspection(deployment, tmp_path):
    from tests.conftest import SUPERUSER

    code, report = run_suite(deployment.url, "autorisaties", tmp_path, "--only", "ac-001b", "--no-cleanup")
    assert code == 0
    notes = report["checks"][0]["notes"]
    assert any(note.startswith("left in place (--no-cleanup): applicatie") for note in notes), notes
    left = applicaties_of_run(deployment.url, report["run_id"])
    assert len(left) == 1
    with httpx.Client(auth=servers.ZgwAuth(*SUPERUSER)) as client:
        assert client.delete(left[0]["url"]).status_code == 204


@pytest.mark.slow
def test_zaken_rules_for_a_client_that_may_not_change_closed_zaken(deployment, tmp_path):
    """zrc-007c and zrc-008c, skipped for the superuser, pass for an ordinary writer."""
    client_id, secret, _grants = ZAKEN_WRITER
    report = tmp_path / "writer.json"
    code = main(["run", "--api", "zaken", "--base-url", deployment.url, "--client-id", client_id, "--secret", secret,
                 "--only", "behaviour.zrc-007c", "--only", "behaviour.zrc-008c", "--only", "behaviour.zrc-007i",
                 "--json", str(report), "--no-colour"])
    document = json.loads(report.read_text(encoding="utf-8"))["apis"][0]
    checks = {c["id"]: c for c in document["checks"]}
    assert code == 0
    assert checks["behaviour.zrc-007c"]["status"] == "pass", checks["behaviour.zrc-007c"]
    assert checks["behaviour.zrc-008c"]["status"] == "pass", checks["behaviour.zrc-008c"]
    assert checks["behaviour.zrc-007i"]["status"] == "skip"  # the writer may not force, so that rule is not its
    # The writer may not delete published zaaktypen: the report lists the shared one as left behind.
    assert any(item.startswith("published zaaktype") and "refuses to delete" in item
               for item in document["left_behind"]), document["left_behind"]
