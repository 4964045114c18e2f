"""Unit tests of conformance.contractdiff: small hand-made contracts, and a real one (Zaken 1.5.1)."""

import copy
import json
from pathlib import Path

import pytest
import yaml

from conformance.contractdiff import Difference, breaking, compare, load, parse_difference_table

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ZAKEN = SHARED / "standards" / "zgw" / "zaken-1.5.1.yaml"


# --------------------------------------------------------------------------- helpers


def contract(schemas: dict | None = None, **paths) -> dict:
    """A minimal OpenAPI document with the given paths (``paths`` keys use ``_`` for ``/``)."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {key.replace("_", "/"): value for key, value in paths.items()},
        "components": {"schemas": schemas or {}},
    }


def thing_api(thing: dict, *, scopes=("x.lezen",), list_params=None) -> dict:
    """A small API: ``GET/POST /things`` and ``GET /things/{id}`` around schema ``Thing``."""
    ref = {"$ref": "#/components/schemas/Thing"}
    json_body = {"application/json": {"schema": ref}}
    return contract(
        {"Thing": thing},
        _things={
            "get": {
                "operationId": "thing_list",
                "parameters": list_params if list_params is not None else [
                    {"name": "naam", "in": "query", "required": False, "schema": {"type": "string"}}
                ],
                "security": [{"JWT": list(scopes)}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "array", "items": ref}}},
                    },
                    "400": {"description": "bad"},
                },
            },
            "post": {
                "operationId": "thing_create",
                "requestBody": {"required": True, "content": json_body},
                "responses": {"201": {"description": "made", "headers": {"Location": {"schema": {"type": "string"}}}, "content": json_body}},
            },
        },
        **{"_things_{id}": {"get": {"operationId": "thing_read", "responses": {"200": {"description": "ok", "content": json_body}}}}},
    )


THING = {
    "type": "object",
    "properties": {
        "url": {"type": "string", "format": "uri", "readOnly": True},
        "naam": {"type": "string", "maxLength": 40},
        "soort": {"type": "string", "enum": ["a", "b"]},
        "toelichting": {"type": "string", "nullable": True},
    },
    "required": ["url", "naam"],
}


def changed_thing(**changes) -> dict:
    """A deep copy of THING with property keys replaced (``None`` deletes a property)."""
    thing = copy.deepcopy(THING)
    for name, value in changes.items():
        if value is None:
            del thing["properties"][name]
        else:
            thing["properties"][name] = value
    return thing


def kinds(differences: list[Difference]) -> set[tuple[str, str, bool]]:
    """``(kind, location, breaking)`` of each difference, for compact assertions."""
    return {(d.kind, d.location, d.breaking) for d in differences}


# --------------------------------------------------------------------------- loading


def test_load_reads_yaml_and_json_alike(tmp_path):
    document = thing_api(THING)
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(document), encoding="utf-8")
    assert load(tmp_path / "a.yaml") == document
    assert load(tmp_path / "a.json") == document


def test_identical_contracts_have_no_differences():
    assert compare(thing_api(THING), thing_api(copy.deepcopy(THING))) == []


# --------------------------------------------------------------------------- paths and operations


def test_removed_path_breaks_and_added_path_does_not():
    old = thing_api(THING)
    new = copy.deepcopy(old)
    del new["paths"]["/things/{id}"]
    new["paths"]["/others"] = {}
    assert kinds(compare(old, new)) == {
        ("path-removed", "/things/{id}", True),
        ("path-added", "/others", False),
    }


def test_renamed_path_variable_is_the_same_path():
    old = thing_api(THING)
    new = copy.deepcopy(old)
    new["paths"]["/things/{uuid}"] = new["paths"].pop("/things/{id}")
    assert compare(old, new) == []


def test_paths_argument_restricts_the_comparison():
    old = thing_api(THING)
    new = copy.deepcopy(old)
    del new["paths"]["/things/{id}"]
    assert compare(old, new, paths={"/things"}) == []
    assert [d.kind for d in compare(old, new, paths={"/things/{id}"})] == ["path-removed"]


def test_removed_and_added_operations():
    old = thing_api(THING)
    new = copy.deepcopy(old)
    del new["paths"]["/things"]["post"]
    new["paths"]["/things/{id}"]["delete"] = {"responses": {"204": {"description": "gone"}}}
    assert kinds(compare(old, new)) == {
        ("operation-removed", "POST /things", True),
        ("operation-added", "DELETE /things/{id}", False),
    }


def test_changed_operation_id_is_breaking():
    old = thing_api(THING)
    new = copy.deepcopy(old)
    new["paths"]["/things"]["get"]["operationId"] = "things_list"
    [difference] = compare(old, new)
    assert (difference.kind, difference.location, difference.breaking) == ("operation-id-changed", "GET /things", True)
    assert "thing_list" in difference.detail and "things_list" in difference.detail


# --------------------------------------------------------------------------- parameters


def test_parameter_removed_added_and_required():
    optional = {"name": "naam", "in": "query", "required": False, "schema": {"type": "string"}}
    old = thing_api(THING, list_params=[optional, {"name": "oud", "in": "query", "schema": {"type": "string"}}])
    new = thing_api(THING, list_params=[
        dict(optional, required=True),
        {"name": "pageSize", "in": "query", "schema": {"type": "integer"}},
        {"name": "verplicht", "in": "query", "required": True, "schema": {"type": "string"}},
    ])
    assert kinds(compare(old, new)) == {
        ("parameter-became-required", "GET /things parameter query naam", True),
        ("parameter-removed", "GET /things parameter query oud", True),
        ("parameter-added", "GET /things parameter query pageSize", False),
        ("parameter-added", "GET /things parameter query verplicht", True),
    }


def test_parameter_type_change_is_breaking():
    old = thing_api(THING)
    new = thing_api(THING, list_params=[{"name": "naam", "in": "query", "schema": {"type": "integer"}}])
    assert kinds(compare(old, new)) == {("type-changed", "GET /things parameter query naam", True)}


def test_parameters_by_reference_and_header_names_ignore_case():
    old = thing_api(THING, list_params=[{"name": "If-None-Match", "in": "header", "schema": {"type": "string"}}])
    new = thing_api(THING, list_params=[{"$ref": "#/components/parameters/etag"}])
    new["components"]["parameters"] = {"etag": {"name": "if-none-match", "in": "header", "schema": {"type": "string"}}}
    assert compare(old, new) == []


# --------------------------------------------------------------------------- schemas of bodies


def test_removed_response_field_is_breaking_everywhere_it_is_read():
    result = compare(thing_api(THING), thing_api(changed_thing(toelichting=None)))
    assert kinds(result) == {
        ("field-removed", "GET /things response 200 [].toelichting", True),
        ("field-removed", "POST /things request .toelichting", True),
        ("field-removed", "POST /things response 201 .toelichting", True),
        ("field-removed", "GET /things/{id} response 200 .toelichting", True),
    }


def test_added_optional_field_breaks_nobody():
    new = changed_thing(extra={"type": "string"})
    assert {d.kind for d in compare(thing_api(THING), thing_api(new))} == {"field-added"}
    assert breaking(compare(thing_api(THING), thing_api(new))) == []


def test_added_required_request_field_breaks_writers_only():
    new = changed_thing(extra={"type": "string"})
    new["required"].append("extra")
    result = {d.location: d.breaking for d in compare(thing_api(THING), thing_api(new))}
    assert result["POST /things request .extra"] is True
    assert result["POST /things response 201 .extra"] is False


def test_read_only_fields_are_not_part_of_requests():
    old = changed_thing(url=None)
    result = compare(thing_api(old), thing_api(THING))
    assert all("request" not in d.location for d in result)
    assert ("field-added", "GET /things/{id} response 200 .url", False) in kinds(result)


def test_field_becomes_required_or_optional():
    old = copy.deepcopy(THING)
    new = copy.deepcopy(THING)
    new["required"] = ["url", "soort"]  # naam optional, soort required
    result = {(d.kind, d.location): d.breaking for d in compare(thing_api(old), thing_api(new))}
    assert result[("field-became-required", "POST /things request .soort")] is True
    assert result[("field-became-required", "POST /things response 201 .soort")] is False
    assert result[("field-became-optional", "POST /things request .naam")] is False
    assert result[("field-became-optional", "POST /things response 201 .naam")] is True


def test_type_and_format_changes_are_breaking():
    new = changed_thing(url={"type": "string", "readOnly": True}, naam={"type": "integer"})
    result = kinds(compare(thing_api(THING), thing_api(new)))
    assert ("format-changed", "GET /things/{id} response 200 .url", True) in result
    assert ("type-changed", "POST /things request .naam", True) in result


def test_nullable_change_depends_on_direction():
    became_nullable = changed_thing(naam={"type": "string", "maxLength": 40, "nullable": True})
    result = {d.location: d.breaking for d in compare(thing_api(THING), thing_api(became_nullable))}
    assert result["GET /things/{id} response 200 .naam"] is True  # readers may now get null
    assert result["POST /things request .naam"] is False  # writers may now send null
    no_longer_nullable = changed_thing(toelichting={"type": "string"})
    result = {d.location: (d.kind, d.breaking) for d in compare(thing_api(THING), thing_api(no_longer_nullable))}
    assert result["POST /things request .toelichting"] == ("nullable-changed", True)
    assert result["GET /things/{id} response 200 .toelichting"] == ("nullable-changed", False)


def test_max_length_narrowed_breaks_writers_widened_breaks_readers():
    narrowed = changed_thing(naam={"type": "string", "maxLength": 20})
    result = {d.location: (d.kind, d.breaking) for d in compare(thing_api(THING), thing_api(narrowed))}
    assert result["POST /things request .naam"] == ("max-length-narrowed", True)
    assert result["GET /things/{id} response 200 .naam"] == ("max-length-narrowed", False)
    unlimited = changed_thing(naam={"type": "string"})
    result = {d.location: (d.kind, d.breaking) for d in compare(thing_api(THING), thing_api(unlimited))}
    assert result["POST /things request .naam"] == ("max-length-widened", False)
    assert result["GET /things/{id} response 200 .naam"] == ("max-length-widened", True)


def test_enum_value_removed_is_breaking_and_added_breaks_readers():
    new = changed_thing(soort={"type": "string", "enum": ["a", "c"]})
    result = {(d.kind, d.location): d.breaking for d in compare(thing_api(THING), thing_api(new))}
    assert result[("enum-value-removed", "POST /things request .soort")] is True
    assert result[("enum-value-removed", "GET /things/{id} response 200 .soort")] is True
    assert result[("enum-value-added", "POST /things request .soort")] is False
    assert result[("enum-value-added", "GET /things/{id} response 200 .soort")] is True
    removed = [d for d in compare(thing_api(THING), thing_api(new)) if d.kind == "enum-value-removed"]
    assert all("'b'" in d.detail for d in removed)


def test_nested_fields_through_arrays_and_all_of():
    wrapper = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/Inner"}], "nullable": True}},
        },
    }
    old = thing_api(wrapper)
    old["components"]["schemas"]["Inner"] = {"type": "object", "properties": {"naam": {"type": "string"}}}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Inner"]["properties"]["naam"]["format"] = "date"
    result = kinds(compare(old, new))
    assert ("format-changed", "GET /things/{id} response 200 .items[].naam", True) in result
    assert ("format-changed", "GET /things response 200 [].items[].naam", True) in result


def test_enum_behind_all_of_reference_is_compared():
    old = thing_api(changed_thing(soort={"allOf": [{"$ref": "#/components/schemas/SoortEnum"}], "description": "x"}))
    old["components"]["schemas"]["SoortEnum"] = {"type": "string", "enum": ["a", "b"]}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["SoortEnum"]["enum"] = ["a"]
    assert {d.kind for d in compare(old, new)} == {"enum-value-removed"}


def test_recursive_schemas_terminate():
    node = {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/Thing"}, "naam": {"type": "string"}}}
    old = thing_api(node)
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Thing"]["properties"]["naam"]["maxLength"] = 5
    result = compare(old, new)
    assert ("max-length-narrowed", "POST /things request .naam", True) in kinds(result)
    assert compare(old, copy.deepcopy(old)) == []


def test_prose_is_ignored():
    new = copy.deepcopy(THING)
    new["description"] = "Iets anders"
    new["properties"]["naam"]["title"] = "Naam"
    new["properties"]["naam"]["example"] = "Jan"
    assert compare(thing_api(THING), thing_api(new)) == []


def test_reference_to_another_document_is_compared_as_text():
    old = thing_api(changed_thing(soort={"$ref": "https://example.org/a.yaml#/components/schemas/X"}))
    new = thing_api(changed_thing(soort={"$ref": "https://example.org/b.yaml#/components/schemas/X"}))
    assert {d.kind for d in compare(old, new)} == {"ref-changed"}
    assert compare(old, copy.deepcopy(old)) == []


# --------------------------------------------------------------------------- responses and security


def test_status_codes_removed_and_added():
    old = thing_api(THING)
    new = copy.deepcopy(old)
    del new["paths"]["/things"]["get"]["responses"]["400"]
    new["paths"]["/things"]["get"]["responses"]["404"] = {"description": "no page"}
    new["paths"]["/things"]["post"]["responses"]["202"] = new["paths"]["/things"]["post"]["responses"].pop("201")
    assert kinds(compare(old, new)) == {
        ("response-removed", "GET /things response 400", False),
        ("response-added", "GET /things response 404", False),
        ("response-removed", "POST /things response 201", True),
        ("response-added", "POST /things response 202", True),
    }


def test_removed_header_and_media_type_are_breaking():
    old = thing_api(THING)
    new = copy.deepcopy(old)
    created = new["paths"]["/things"]["post"]["responses"]["201"]
    del created["headers"]["Location"]
    created["content"] = {"application/hal+json": created["content"]["application/json"]}
    assert kinds(compare(old, new)) == {
        ("header-removed", "POST /things response 201 header Location", True),
        ("media-type-removed", "POST /things response 201", True),
        ("media-type-added", "POST /things response 201", False),
    }


def test_security_scopes():
    old = thing_api(THING)
    stricter = thing_api(THING, scopes=("x.lezen", "x.geheim"))
    [difference] = compare(old, stricter)
    assert (difference.kind, difference.location, difference.breaking) == ("security-changed", "GET /things security", True)
    assert "x.geheim" in difference.detail
    [difference] = compare(stricter, old)
    assert difference.breaking is False


def test_request_body_becomes_required():
    old = thing_api(THING)
    old["paths"]["/things"]["post"]["requestBody"]["required"] = False
    result = kinds(compare(old, thing_api(THING)))
    assert ("request-body-became-required", "POST /things request", True) in result


# --------------------------------------------------------------------------- documented differences


def test_parse_difference_table_reads_the_rows():
    markdown = """Intro.

| contract | kind | location | why |
|---|---|---|---|
| a.yaml | parameter-added | `GET /x parameter query pageSize` | Uitbreiding. |
| a.yaml | not-yet-implemented | `/y` | Later. |

Na de tabel.
| niet | deze | tabel | meer |
"""
    assert parse_difference_table(markdown) == [
        {"contract": "a.yaml", "kind": "parameter-added", "location": "GET /x parameter query pageSize", "why": "Uitbreiding."},
        {"contract": "a.yaml", "kind": "not-yet-implemented", "location": "/y", "why": "Later."},
    ]
    assert parse_difference_table("geen tabel") == []


# --------------------------------------------------------------------------- a real contract


@pytest.fixture(scope="module")
def zaken() -> dict:
    return load(ZAKEN)


def test_identical_copy_of_zaken_has_no_differences(zaken):
    assert compare(zaken, copy.deepcopy(zaken)) == []


def test_zaken_removed_field_and_narrowed_enum_are_breaking(zaken):
    changed = copy.deepcopy(zaken)
    schemas = changed["components"]["schemas"]
    del schemas["Zaak"]["properties"]["omschrijving"]
    schemas["VertrouwelijkheidaanduidingEnum"]["enum"].remove("geheim")

    result = compare(zaken, changed)

    removed_field = [d for d in result if d.kind == "field-removed"]
    narrowed_enum = [d for d in result if d.kind == "enum-value-removed"]
    assert Difference("field-removed", "GET /zaken/{uuid} response 200 .omschrijving", "field omschrijving removed", True) in removed_field
    assert "GET /zaken response 200 .results[].omschrijving" in {d.location for d in removed_field}
    assert "GET /zaken/{uuid} response 200 .vertrouwelijkheidaanduiding" in {d.location for d in narrowed_enum}
    assert "POST /zaken request .vertrouwelijkheidaanduiding" in {d.location for d in narrowed_enum}
    assert removed_field and narrowed_enum
    assert all(d.breaking for d in removed_field + narrowed_enum)
    assert all("omschrijving" in d.location or "vertrouwelijkheidaanduiding" in d.location for d in result)
