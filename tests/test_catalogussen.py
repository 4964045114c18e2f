"""The catalogussen resource of the Catalogi API, on SQLite and on PostgreSQL."""

import concurrent.futures
import json
import uuid

import httpx
import pytest

from tests.conftest import valid_rsin

ROOT = "/catalogi/api/v1"


def new_catalogus(**overrides) -> dict:
    body = {
        "domein": uuid.uuid4().hex[:5].upper(),
        "rsin": valid_rsin(),
        "contactpersoonBeheerNaam": "Beheerder",
    }
    body.update(overrides)
    return body


def create(api: httpx.Client, **overrides) -> dict:
    response = api.post(f"{ROOT}/catalogussen", json=new_catalogus(**overrides))
    assert response.status_code == 201, response.text
    return response.json()


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert {"type", "code", "title", "status", "detail", "instance"} <= body.keys()
    if code is not None:
        assert body["code"] == code
    return body


def invalid_names(response: httpx.Response) -> dict[str, str]:
    body = assert_problem(response, 400, "invalid")
    return {p["name"]: p["code"] for p in body["invalidParams"]}


def test_create_answers_201_with_location_and_full_representation(api, server):
    body = new_catalogus(naam="Zaaktypen", versie="3", begindatumVersie="2026-03-01",
                         contactpersoonBeheerEmailadres="beheer@gemeente.example")
    response = api.post(f"{ROOT}/catalogussen", json=body)
    assert response.status_code == 201
    created = response.json()
    assert response.headers["location"] == created["url"]
    assert created["url"].startswith(f"{server.url}{ROOT}/catalogussen/")
    for field in ("domein", "rsin", "contactpersoonBeheerNaam", "naam", "versie", "begindatumVersie",
                  "contactpersoonBeheerEmailadres"):
        assert created[field] == body[field]
    assert created["contactpersoonBeheerTelefoonnummer"] == ""
    assert created["zaaktypen"] == created["besluittypen"] == created["informatieobjecttypen"] == []


def test_read_back_equals_created_and_read_only_fields_are_ignored(api):
    created = create(api, url="https://elders.example/x", zaaktypen=["https://elders.example/zt"])
    assert "elders" not in created["url"] and created["zaaktypen"] == []
    fetched = api.get(created["url"])
    assert fetched.status_code == 200
    assert fetched.json() == created


def test_detail_has_etag_and_if_none_match_gives_304(api):
    created = create(api)
    first = api.get(created["url"])
    etag = first.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')
    cached = api.get(created["url"], headers={"If-None-Match": etag})
    assert cached.status_code == 304 and cached.content == b""
    other = api.get(created["url"], headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


def test_head_gives_the_headers_of_get_without_body(api):
    created = create(api)
    got = api.get(created["url"])
    head = api.head(created["url"])
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == got.headers["etag"]
    assert head.headers["api-version"] == "1.3.1"


def test_unknown_and_malformed_uuid_are_404(api):
    assert_problem(api.get(f"{ROOT}/catalogussen/{uuid.uuid4()}"), 404, "not_found")
    assert_problem(api.get(f"{ROOT}/catalogussen/not-a-uuid"), 404, "not_found")
    assert api.head(f"{ROOT}/catalogussen/{uuid.uuid4()}").status_code == 404


def test_required_fields_are_named(api):
    names = invalid_names(api.post(f"{ROOT}/catalogussen", json={}))
    assert names == {"domein": "required", "rsin": "required", "contactpersoonBeheerNaam": "required"}


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("domein", "TOOLONG", "max_length"),
        ("domein", "", "blank"),
        ("domein", None, "null"),
        ("domein", 12, "invalid"),
        ("rsin", "123456789", "invalid"),  # fails the 11-proef
        ("rsin", "12345", "invalid"),
        ("rsin", "", "blank"),
        ("contactpersoonBeheerNaam", "x" * 41, "max_length"),
        ("contactpersoonBeheerEmailadres", "geen-adres", "invalid"),
        ("begindatumVersie", "2026-02-30", "invalid"),
        ("begindatumVersie", "01-03-2026", "invalid"),
        ("begindatumVersie", 20260301, "invalid"),
        ("naam", ["lijst"], "invalid"),
    ],
)
def test_invalid_fields_get_400_with_the_field_and_code(api, field, value, code):
    response = api.post(f"{ROOT}/catalogussen", json=new_catalogus(**{field: value}))
    assert invalid_names(response) == {field: code}


@pytest.mark.parametrize("value", [r"nul\u0000teken", r"los \ud800 surrogaat"])
def test_text_no_database_can_store_is_400(api, value):
    body = json.dumps(new_catalogus(naam="PLACEHOLDER")).replace("PLACEHOLDER", value)
    response = api.post(f"{ROOT}/catalogussen", content=body, headers={"content-type": "application/json"})
    assert invalid_names(response) == {"naam": "invalid"}
    assert invalid_names(api.get(f"{ROOT}/catalogussen", params={"domein": "a\x00b"})) == {"domein": "invalid"}


def test_body_that_is_not_an_object_or_not_json_is_400(api):
    assert invalid_names(api.post(f"{ROOT}/catalogussen", json=["a"])) == {"nonFieldErrors": "invalid"}
    broken = api.post(f"{ROOT}/catalogussen", content=b"{not json", headers={"content-type": "application/json"})
    assert invalid_names(broken) == {"nonFieldErrors": "parse_error"}


def test_same_domein_and_rsin_twice_is_400_unique(api):
    first = create(api)
    again = api.post(f"{ROOT}/catalogussen", json=new_catalogus(domein=first["domein"], rsin=first["rsin"]))
    assert invalid_names(again) == {"nonFieldErrors": "unique"}
    other_rsin = api.post(f"{ROOT}/catalogussen", json=new_catalogus(domein=first["domein"]))
    assert other_rsin.status_code == 201


def test_concurrent_creates_of_one_pair_store_exactly_one(api, server, superuser_auth):
    body = new_catalogus()

    def post(_):
        with httpx.Client(base_url=server.url, timeout=60, auth=superuser_auth) as client:
            return client.post(f"{ROOT}/catalogussen", json=body).status_code

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = sorted(pool.map(post, range(8)))
    assert statuses.count(201) == 1 and statuses.count(400) == 7, statuses
    listed = api.get(f"{ROOT}/catalogussen", params={"domein": body["domein"], "rsin": body["rsin"]}).json()
    assert listed["count"] == 1


def test_injection_strings_are_stored_and_returned_as_plain_text(api):
    nasty = "'; DROP TABLE catalogi_catalogus; --<script>alert(1)</script>"
    created = create(api, naam=nasty, contactpersoonBeheerNaam="Robert'); --")
    assert api.get(created["url"]).json()["naam"] == nasty
    listed = api.get(f"{ROOT}/catalogussen", params={"domein": "' OR 1=1 --"})
    assert listed.status_code == 200 and listed.json()["count"] == 0


class TestList:
    def test_filters_exact_and_in(self, api):
        rsin = valid_rsin()
        a = create(api, rsin=rsin, domein="AAA")
        b = create(api, rsin=rsin, domein="BBB")
        create(api, domein="AAA")
        by_rsin = api.get(f"{ROOT}/catalogussen", params={"rsin": rsin}).json()
        assert by_rsin["count"] == 2
        assert {c["url"] for c in by_rsin["results"]} == {a["url"], b["url"]}
        one = api.get(f"{ROOT}/catalogussen", params={"rsin": rsin, "domein": "BBB"}).json()
        assert [c["url"] for c in one["results"]] == [b["url"]]
        both = api.get(f"{ROOT}/catalogussen", params={"rsin__in": f"{rsin},{valid_rsin()}", "domein__in": "AAA,BBB"})
        assert both.json()["count"] == 2

    def test_empty_filter_value_means_no_filter(self, api):
        rsin = valid_rsin()
        create(api, rsin=rsin)
        assert api.get(f"{ROOT}/catalogussen", params={"rsin": rsin, "domein": ""}).json()["count"] == 1

    def test_unknown_query_parameter_is_400(self, api):
        response = api.get(f"{ROOT}/catalogussen", params={"domain": "X"})
        body = assert_problem(response, 400, "invalid")
        assert body["invalidParams"][0]["code"] == "unknown-parameters"
        assert "domain" in body["invalidParams"][0]["reason"]

    def test_pages_have_count_next_previous_and_stable_order(self, api):
        rsin = valid_rsin()
        made = [create(api, rsin=rsin)["url"] for _ in range(5)]
        first = api.get(f"{ROOT}/catalogussen", params={"rsin": rsin, "pageSize": 2}).json()
        assert first["count"] == 5 and first["previous"] is None
        assert "page=2" in first["next"] and f"rsin={rsin}" in first["next"]
        seen = [c["url"] for c in first["results"]]
        page = first
        while page["next"]:
            page = api.get(page["next"]).json()
            seen += [c["url"] for c in page["results"]]
        assert seen == made
        assert "page=2" in page["previous"]

    def test_a_page_that_does_not_exist_is_404(self, api):
        rsin = valid_rsin()
        create(api, rsin=rsin)
        assert_problem(api.get(f"{ROOT}/catalogussen", params={"rsin": rsin, "page": 2}), 404)
        assert api.get(f"{ROOT}/catalogussen", params={"rsin": valid_rsin(), "page": 1}).json()["count"] == 0
        for bad in ("0", "-1", "abc", "1.5", "١", "99999999999999999999"):
            assert_problem(api.get(f"{ROOT}/catalogussen", params={"page": bad}), 404, "not_found")

    @pytest.mark.parametrize("size", ["0", "501", "abc", "-5"])
    def test_page_size_is_bounded(self, api, size):
        assert invalid_names(api.get(f"{ROOT}/catalogussen", params={"pageSize": size})) == {"pageSize": "invalid"}
