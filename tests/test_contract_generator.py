"""tools/contracts/generate.py: our contracts from the reference's facts and our own prose."""

import copy
from pathlib import Path

import pytest

from conformance.contractdiff import compare
from tools.contracts.generate import Overlay, generate, load_yaml, render

ROOT = Path(__file__).resolve().parents[1]
OVERLAYS = sorted((ROOT / "tools" / "contracts").glob("*.yaml"))
PROSE = ("description", "summary")


def _prose(node, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE and isinstance(value, str):
                found.add(" ".join(value.split()))
            else:
                _prose(value, found)
    elif isinstance(node, list):
        for item in node:
            _prose(item, found)
    return found


@pytest.mark.parametrize("overlay_path", OVERLAYS, ids=lambda p: p.name)
def test_the_contract_in_openapi_is_what_its_overlay_generates(overlay_path):
    overlay = Overlay.read(overlay_path)
    assert overlay.output.read_text(encoding="utf-8") == render(generate(overlay)), (
        f"run: python -m tools.contracts.generate {overlay_path.relative_to(ROOT)}")


@pytest.mark.parametrize("overlay_path", OVERLAYS, ids=lambda p: p.name)
def test_no_sentence_of_the_reference_is_copied(overlay_path):
    overlay = Overlay.read(overlay_path)
    theirs = {text for text in _prose(load_yaml(overlay.reference), set()) if len(text) > 25}
    ours = _prose(generate(overlay), set())
    assert theirs & ours == set()


@pytest.mark.parametrize("overlay_path", OVERLAYS, ids=lambda p: p.name)
def test_without_deviations_the_facts_equal_the_reference(overlay_path):
    """Switch off every deviation: what remains must not differ from the reference at all."""
    overlay = Overlay.read(overlay_path)
    plain = Overlay(overlay.path, {k: v for k, v in overlay.data.items() if k not in ("extensions", "patches")})
    reference = load_yaml(overlay.reference)
    assert compare(reference, generate(plain, reference)) == []


# --- the generator on a small reference --------------------------------------------------------

PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Fout"}}}
VERSION = {"API-version": {"schema": {"type": "string"}, "description": "Their words about the header."}}
REFERENCE = {
    "openapi": "3.0.3",
    "info": {"title": "Dingen API", "version": "1.0.0", "description": "Their long description of the API."},
    "tags": [{"name": "dingen", "description": "Their words about dingen."}],
    "paths": {
        "/dingen": {"get": {
            "operationId": "ding_list", "summary": "Their summary.", "tags": ["dingen"],
            "security": [{"JWT-Claims": ["dingen.lezen"]}],
            "parameters": [{"name": "naam", "in": "query", "description": "Their words.", "schema": {"type": "string"}},
                           {"name": "page", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "OK", "headers": VERSION, "content": {"application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Ding"}}}}},
                "403": {"description": "Forbidden", "headers": VERSION, "content": PROBLEM}},
        }},
        "/dingen/{uuid}": {
            "get": {"operationId": "ding_retrieve", "security": [{"JWT-Claims": ["dingen.lezen"]}],
                    "parameters": [{"name": "uuid", "in": "path", "required": True,
                                    "schema": {"type": "string", "format": "uuid", "title": "uuid"}}],
                    "responses": {"200": {"description": "OK", "headers": VERSION, "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Ding"}}}},
                        "403": {"description": "Forbidden", "headers": VERSION, "content": PROBLEM},
                        "404": {"description": "Not found", "headers": VERSION, "content": PROBLEM}}},
            "head": {"operationId": "ding_headers",
                     "parameters": [{"name": "uuid", "in": "path", "required": True,
                                     "schema": {"type": "string", "format": "uuid"}}],
                     "responses": {"200": {"description": "OK", "headers": VERSION}}},
            "delete": {"operationId": "ding_destroy", "security": [{"JWT-Claims": ["dingen.schrijven"]}],
                       "parameters": [{"name": "uuid", "in": "path", "required": True,
                                       "schema": {"type": "string", "format": "uuid"}}],
                       "responses": {"204": {"description": "No content"},
                                     "403": {"description": "Forbidden", "content": PROBLEM}}},
        },
    },
    "components": {
        "securitySchemes": {"JWT-Claims": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
        "schemas": {
            "Ding": {"type": "object", "title": "Their title", "required": ["naam"], "properties": {
                "naam": {"type": "string", "maxLength": 20, "description": "Their words about naam."},
                "description": {"type": "string", "description": "A field that is called description."}}},
            "Fout": {"type": "object", "properties": {"status": {"type": "integer"}}},
        },
    },
}
OUR_WORDS = {
    "info": {"title": "Dingen API", "description": "Onze beschrijving.",
             "contact": {"name": "x", "url": "https://x.example", "email": "x@x.example"}},
    "resources": {"ding": {"het": "het ding", "meervoud": "dingen"}},
    "operations": {"kinds": {"list": {"summary": "{Meervoud} zoeken"}, "retrieve": {"summary": "{Het} ophalen"}}},
    "parameters": {"*": {"naam": "Alleen {meervoud} met deze naam."}},
    "schemas": {"Ding": {"description": "Een ding.", "properties": {"naam": "De naam."}}},
    "components": {"responses": {"errors": {"403": {"name": "Forbidden", "description": "Mag niet."},
                                            "404": {"name": "NotFound", "description": "Bestaat niet."}},
                                 "extra": {"PageNotFound": {"description": "Geen pagina.", "headers": ["API-version"],
                                                            "schema": "#/components/schemas/Fout"}}}},
    "fallback": {"property": "Het gegeven {property}.", "summary": "{operation}"},
    "extensions": {"page_size": {"after": "page", "parameter": {"name": "pageSize", "in": "query",
                                                               "schema": {"type": "integer"}}},
                   "list_not_found": "PageNotFound", "head_like_get": {"responses": ["403", "404"]},
                   "version_header": "API-version"},
}


def test_prose_is_ours_and_facts_are_theirs():
    document = generate(Overlay(Path("x.yaml"), copy.deepcopy(OUR_WORDS)), copy.deepcopy(REFERENCE))
    listing = document["paths"]["/dingen"]["get"]
    assert listing["summary"] == "Dingen zoeken"
    assert [p["name"] for p in listing["parameters"]] == ["naam", "page", "pageSize"]
    assert listing["parameters"][0]["description"] == "Alleen dingen met deze naam."
    assert document["paths"]["/dingen/{uuid}"]["get"]["summary"] == "Het ding ophalen"
    ding = document["components"]["schemas"]["Ding"]
    assert ding["description"] == "Een ding." and "title" not in ding
    assert ding["properties"]["naam"] == {"type": "string", "description": "De naam.", "maxLength": 20}
    # a field named "description" is a field, not prose
    assert ding["properties"]["description"]["description"] == "Het gegeven description."
    assert "Their" not in render(document)


def test_repeated_facts_become_components_and_deviations_are_applied():
    document = generate(Overlay(Path("x.yaml"), copy.deepcopy(OUR_WORDS)), copy.deepcopy(REFERENCE))
    detail = document["paths"]["/dingen/{uuid}"]
    assert detail["get"]["parameters"] == [{"$ref": "#/components/parameters/uuid"}]
    assert detail["get"]["responses"]["403"] == {"$ref": "#/components/responses/Forbidden"}
    # the DELETE's 403 lacks the header the others have: its facts differ, so it stays inline
    assert detail["delete"]["responses"]["403"]["description"] == "Mag niet."
    assert "headers" not in detail["delete"]["responses"]["403"]
    # deviations: version header on every success, HEAD secured like GET, 404 past the last page
    assert detail["delete"]["responses"]["204"]["headers"] == {"API-version": {"$ref": "#/components/headers/API-version"}}
    assert detail["head"]["security"] == [{"JWT-Claims": ["dingen.lezen"]}]
    assert set(detail["head"]["responses"]) == {"200", "403", "404"}
    assert document["paths"]["/dingen"]["get"]["responses"]["404"] == {"$ref": "#/components/responses/PageNotFound"}
    kinds = {d.kind for d in compare(REFERENCE, document)}
    assert kinds == {"parameter-added", "response-added", "security-changed", "header-added"}
