"""The suite is not a rubber stamp: against a deliberately wrong Catalogi API it fails the
checks it should, and names them; and against a server that stores whatever it is sent, the
business-rule scenarios of the Zaken, Klantinteracties, Producttypen and Producten APIs fail.

The wrong server is a small FastAPI app written here. It serves catalogussen the way a careless
implementation might: an invalid contract without CORS, no authentication at all, no
API-Version header, FastAPI's 422 instead of a 400 problem, plain JSON errors, a redirect for a
trailing slash, unknown query parameters ignored, list items without their url, no RSIN check,
no uniqueness, and a 500 when a filter value holds a quote.
"""

import json
import uuid

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from conformance.cli import main
from tests import servers

ROOT = "/catalogi/api/v1"
SECRET = "een-geheim-van-minstens-32-tekens-lang"

# What must fail against the wrong server, by check id.
MUST_FAIL = {
    "contract.valid": "the served contract is not valid OpenAPI",
    "design.api-version": "no API-Version header",
    "design.problem-details": "404 as plain JSON",
    "design.no-trailing-slash": "a redirect for a trailing slash",
    "design.cors-oas": "no CORS on the contract",
    "design.invalid-input": "422 instead of 400 with invalidParams",
    "design.unknown-query-parameter": "unknown query parameters ignored",
    "schema.catalogus_list": "list items without url and the required arrays",
    "schema.catalogus_create": "422 is not a documented status",
    "behaviour.ztc-catalogus-unique": "a second catalogus with the same domein and rsin is stored",
    "behaviour.ztc-catalogus-rsin": "an RSIN that fails the 11-proef is stored",
    "security.no-token": "no authentication",
    "security.unknown-token": "no authentication",
    "security.wrong-secret": "no authentication",
    "security.expired-iat": "no authentication",
    "security.unsigned-jwt": "no authentication",
    "security.limited-write": "a read-only client can write",
    "security.injection-filters": "500 for a quote in a filter",
}


class CatalogusIn(BaseModel):
    domein: str
    rsin: str
    contactpersoonBeheerNaam: str
    naam: str | None = None


def wrong_catalogi() -> FastAPI:
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)  # FastAPI redirects slashes by default
    store: dict[str, dict] = {}

    @app.get(f"{ROOT}/openapi.json")
    async def contract() -> JSONResponse:
        return JSONResponse({"openapi": "3.0.3", "info": {"title": "Catalogi"}, "paths": {"/catalogussen": {}}})

    @app.get(f"{ROOT}/catalogussen")
    async def catalogus_list(request: Request) -> JSONResponse:
        for value in request.query_params.values():
            if "'" in value:
                return JSONResponse({"error": "syntax error at or near \"'\""}, status_code=500)
        rows = [row for row in store.values()
                if all(row.get(key) == value for key, value in request.query_params.items() if key in row)]
        # the list forgets each item's url and the arrays the contract requires
        items = [{k: v for k, v in row.items() if k not in ("url", "zaaktypen")} for row in rows]
        return JSONResponse({"count": len(items), "next": None, "previous": None, "results": items})

    @app.post(f"{ROOT}/catalogussen", status_code=201)
    async def catalogus_create(body: CatalogusIn, request: Request) -> JSONResponse:
        key = str(uuid.uuid4())
        url = f"{str(request.base_url).rstrip('/')}{ROOT}/catalogussen/{key}"
        row = {"url": url, **body.model_dump(), "zaaktypen": [], "besluittypen": [], "informatieobjecttypen": []}
        store[key] = row
        return JSONResponse(row, status_code=201, headers={"Location": url})

    @app.get(f"{ROOT}/catalogussen/{{key}}")
    async def catalogus_read(key: str) -> JSONResponse:
        if key not in store:
            return JSONResponse({"detail": "Not Found"}, status_code=404)
        return JSONResponse(store[key])

    return app


@pytest.fixture(scope="module")
def wrong_server(tmp_path_factory):
    database = tmp_path_factory.mktemp("wrong") / "unused.db"
    running = servers.start_server(f"sqlite+aiosqlite:///{database}", "wrong", app=wrong_catalogi())
    yield running
    running.stop()


@pytest.fixture(scope="module")
def report(wrong_server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("wrong-report")
    code = main([
        "run", "--api", "catalogi", "--base-url", wrong_server.url,
        "--client-id", "wie-dan-ook", "--secret", "een-geheim-dat-er-niet-toe-doet-32-tekens",
        "--limited-client-id", "alleen-lezen", "--limited-secret", "ook-dit-geheim-doet-er-niet-toe-32",
        "--only", "contract", "--only", "design", "--only", "schema.catalogus_*",
        "--only", "behaviour.ztc-catalogus-*", "--only", "security",
        "--max-examples", "3", "--seed", "7", "--no-colour",
        "--json", str(folder / "report.json"), "--junit", str(folder / "report.xml"), "--html", str(folder / "report.html"),
    ])
    document = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    return code, document, folder


def statuses(document: dict) -> dict[str, str]:
    return {check["id"]: check["status"] for check in document["apis"][0]["checks"]}


def test_the_run_fails(report):
    code, document, _folder = report
    assert code == 1
    assert document["passed"] is False


@pytest.mark.parametrize("check_id", sorted(MUST_FAIL), ids=sorted(MUST_FAIL))
def test_it_fails_the_check_it_should(report, check_id):
    _code, document, _folder = report
    assert statuses(document)[check_id] == "fail", MUST_FAIL[check_id]


def test_each_failure_shows_request_response_and_expectation(report):
    _code, document, _folder = report
    failures = [check for check in document["apis"][0]["checks"] if check["status"] == "fail"]
    for check in failures:
        assert check["message"] and check["expected"], check["id"]
        exchange = check["exchanges"][0]
        assert exchange["request"]["method"] and exchange["request"]["url"].startswith("http"), check["id"]
        assert exchange["response"]["status"], check["id"]
    no_token = next(check for check in failures if check["id"] == "security.no-token")
    assert no_token["exchanges"][0]["response"]["status"] == 200
    assert "Authorization" not in no_token["exchanges"][0]["request"]["headers"]


def test_the_terminal_names_the_failed_checks(wrong_server, capsys, tmp_path):
    code = main(["run", "--api", "catalogi", "--base-url", wrong_server.url, "--client-id", "x", "--secret", SECRET,
                 "--only", "design.problem-details", "--only", "security.no-token", "--no-colour"])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL      design.problem-details" in out and "[ADR /core/error-handling/problem-details]" in out
    assert "FAIL      security.no-token" in out
    assert "< 404" in out and '{"detail": "Not Found"}' in out  # the response, as it came
    assert "expected: 404 as application/problem+json" in out
    assert "failed mandatory checks: design.problem-details, security.no-token" in out


def test_a_profile_turns_failures_into_known_deviations(wrong_server, tmp_path, capsys):
    profile = tmp_path / "profile.yaml"
    profile.write_text(
        "name: bekende afwijkingen\n"
        "checks:\n"
        "  design.problem-details:\n"
        "    status: known-deviation\n"
        "    reason: errors are plain JSON until release 2\n"
        "  catalogi:security.no-token: {status: optional, reason: test environment without authentication}\n",
        encoding="utf-8",
    )
    code = main(["run", "--api", "catalogi", "--base-url", wrong_server.url, "--client-id", "x", "--secret", SECRET,
                 "--only", "design.problem-details", "--only", "security.no-token", "--no-colour",
                 "--profile", str(profile), "--json", str(tmp_path / "r.json")])
    out = capsys.readouterr().out
    assert code == 0
    assert "DEVIATION design.problem-details" in out and "errors are plain JSON until release 2" in out
    assert "WARN      security.no-token" in out
    checks = {c["id"]: c for c in json.loads((tmp_path / "r.json").read_text())["apis"][0]["checks"]}
    assert checks["design.problem-details"]["status"] == "deviation"
    assert checks["design.problem-details"]["classification"] == "known-deviation"
    assert checks["security.no-token"]["status"] == "optional-fail"


def test_the_reports_name_the_failures(report):
    _code, document, folder = report
    failed = {c["id"] for c in document["apis"][0]["checks"] if c["status"] == "fail"}
    junit = (folder / "report.xml").read_text(encoding="utf-8")
    html = (folder / "report.html").read_text(encoding="utf-8")
    for check_id in failed:
        assert f'name="{check_id} [' in junit
        assert f"<span class='id'>{check_id}</span>" in html
    assert junit.count("<failure ") == len(failed)
    # one self-contained page: no scripts, stylesheets or images from elsewhere
    assert "<script" not in html and "<link" not in html and "src=" not in html


# --------------------------------------------------------------------------- a server without rules

# Behaviour scenarios that must fail against a server that stores whatever it is sent, per API.
MUST_FAIL_SCENARIOS = {
    "zaken": {
        "behaviour.zrc-007a": "no einddatum derived from the eindstatus",
        "behaviour.zrc-012": "an opschorting without indicatie and reden is stored",
        "behaviour.zrc-014": "betalingsindicatie nvt with a laatsteBetaaldatum is stored",
        "behaviour.zrc-016a": "a statustype of another zaaktype is accepted",
    },
    "klantinteracties": {
        "behaviour.kic-003": "a second partij with the same BSN is stored",
        "behaviour.kic-014": "an IBAN with wrong check digits is stored",
        "behaviour.kic-maak-klantcontact": "maak-klantcontact is not served",
    },
    "producttypen": {
        "behaviour.prd-001": "a code in small letters is stored",
        "behaviour.prd-010": "a prijs in the past is stored",
    },
    "producten": {
        "behaviour.prd-014": "a product without eigenaren is stored",
        "behaviour.prd-015": "a status the producttype does not allow is stored",
    },
}


def storing_server() -> FastAPI:
    """Every API root at once, with no rules at all: a POST stores the body under a new uuid (201),
    GET, PUT, PATCH and DELETE do what they say, ``.../publish`` clears ``concept``, and a GET of
    a collection lists what is stored under it. No authentication either."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    store: dict[str, dict] = {}

    @app.api_route("/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    async def anything(path: str, request: Request) -> JSONResponse:
        url = f"{str(request.base_url).rstrip('/')}/{path}"
        body = await request.json() if request.method in ("POST", "PUT", "PATCH") else None
        if request.method == "POST" and path.endswith("/publish"):
            target = store.get(url.removesuffix("/publish"))
            if target is None:
                return JSONResponse({"detail": "Not Found"}, status_code=404)
            target["concept"] = False
            return JSONResponse(target)
        if request.method == "POST":
            key = str(uuid.uuid4())
            made = {**(body if isinstance(body, dict) else {}), "uuid": key, "url": f"{url}/{key}"}
            store[made["url"]] = made
            return JSONResponse(made, status_code=201, headers={"Location": made["url"]})
        if request.method == "GET" and url not in store:
            items = [item for key, item in store.items() if key.rpartition("/")[0] == url]
            return JSONResponse({"count": len(items), "next": None, "previous": None, "results": items})
        if url not in store:
            return JSONResponse({"detail": "Not Found"}, status_code=404)
        if request.method == "DELETE":
            del store[url]
            return Response(status_code=204)
        if request.method in ("PUT", "PATCH") and isinstance(body, dict):
            base = {} if request.method == "PUT" else store[url]
            store[url] = {**base, **body, "uuid": store[url]["uuid"], "url": url}
        return JSONResponse(store[url])

    return app


@pytest.fixture(scope="module")
def storing(tmp_path_factory):
    running = servers.start_server("", "wrong", app=storing_server())
    yield running
    running.stop()


@pytest.mark.parametrize("api", sorted(MUST_FAIL_SCENARIOS))
def test_business_rule_scenarios_fail_against_a_server_without_rules(storing, api, tmp_path):
    credentials = (["--token", "een-token-dat-er-niet-toe-doet"] if api != "zaken" else
                   ["--client-id", "wie-dan-ook", "--secret", SECRET])
    only = [arg for check_id in MUST_FAIL_SCENARIOS[api] for arg in ("--only", check_id)]
    code = main(["run", "--api", api, "--base-url", storing.url, *credentials, *only, "--no-colour",
                 "--json", str(tmp_path / "report.json")])
    document = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    found = statuses(document)
    assert code == 1
    for check_id, why in MUST_FAIL_SCENARIOS[api].items():
        assert found[check_id] == "fail", f"{check_id} should fail: {why}"
    failures = [check for check in document["apis"][0]["checks"] if check["status"] == "fail"]
    assert all(check["message"] and check["expected"] and check["exchanges"] for check in failures)
