"""Compare two OpenAPI 3 contracts and tell what changed, and whether a change breaks clients.

Used by our tests (our contract against the VNG reference) and by ``conformance diff OLD NEW``
(what a new version of a standard breaks for the software that already uses the old one).

Only what is visible on the wire is compared: paths, methods, parameters, bodies, status codes,
headers, media types, security scopes and the facts of schemas (field names, types, formats,
lengths, nullable, enums, required). Prose (descriptions, summaries, titles, examples) is ignored.

"Breaking" is judged from a client written against the OLD contract:

* request side (what the client sends): the new contract must accept everything the old one
  accepted. Narrowing (new required field, shorter maxLength, removed enum value, field that
  is no longer nullable) breaks; widening does not.
* response side (what the client reads): the new contract must not give the client anything
  it was not promised. Removing a field, making a field nullable or optional, a longer
  maxLength or a new enum value breaks; adding an optional field does not.
* removing anything a client may use (path, operation, parameter, field, header, media type,
  success status code) breaks; a changed ``operationId`` breaks generated client code.

Only local references (``#/...``) are followed; a reference to another file or URL is compared
as text. Recursive schemas are compared once per pair of schemas on the current branch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # five times faster on a large contract
REQUEST = "request"
RESPONSE = "response"

Schema = dict[str, Any]


@dataclass(frozen=True)
class Difference:
    """One change between the old and the new contract.

    ``kind`` is a stable, machine-readable name such as ``field-removed``; ``location`` says
    where, e.g. ``GET /catalogussen/{uuid} response 200 .zaaktypen``; ``detail`` is a short
    human explanation; ``breaking`` tells whether clients of the old contract may fail.
    """

    kind: str
    location: str
    detail: str
    breaking: bool


class _Docs(NamedTuple):
    """The two whole documents, needed to follow ``$ref`` on either side."""

    old: dict[str, Any]
    new: dict[str, Any]


# --------------------------------------------------------------------------- loading


def load(path: str | Path) -> dict[str, Any]:
    """Read an OpenAPI document from a ``.json`` file or a YAML file."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader, in C where available


# --------------------------------------------------------------------------- references


def _is_local_ref(node: Any) -> bool:
    """True for an object ``{"$ref": "#/..."}`` that points into the same document."""
    return isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")


def _lookup(doc: dict[str, Any], ref: str) -> Any:
    """The node a local JSON pointer such as ``#/components/schemas/Fout`` points at."""
    node: Any = doc
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(f"unresolvable reference {ref}")
    return node


def resolve(doc: dict[str, Any], node: Any) -> tuple[Any, tuple[str, ...]]:
    """Follow local ``$ref``s until a real node; return it with the references passed.

    A chain of references that loops back on itself stops at the last new node.
    """
    passed: list[str] = []
    while _is_local_ref(node) and node["$ref"] not in passed:
        passed.append(node["$ref"])
        node = _lookup(doc, node["$ref"])
    return node, tuple(passed)


def _deref(doc: dict[str, Any], node: Any) -> Any:
    """``resolve`` without the list of references."""
    return resolve(doc, node)[0]


def flatten(doc: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> tuple[Schema, frozenset[str]]:
    """Resolve a schema's references and merge its ``allOf`` parts into one schema.

    Keywords next to ``allOf`` win over those of the parts; ``properties`` and ``required``
    are united. Returns the merged schema and every reference it was built from, which the
    caller uses to recognise recursion.
    """
    node, passed = resolve(doc, schema)
    refs = seen | frozenset(passed)
    if not isinstance(node, dict):
        return {}, refs
    if any(ref in seen for ref in passed):  # allOf that includes itself
        return {}, refs
    merged = {key: value for key, value in node.items() if key != "allOf"}
    for part in node.get("allOf") or []:
        part_schema, refs = flatten(doc, part, refs)
        _merge_into(merged, part_schema)
    return merged, refs


def _merge_into(target: Schema, part: Schema) -> None:
    """Merge an ``allOf`` part into ``target`` (``target``'s own keywords win)."""
    for key, value in part.items():
        if key == "properties":
            target["properties"] = {**value, **target.get("properties", {})}
        elif key == "required":
            target["required"] = sorted(set(target.get("required", [])) | set(value))
        else:
            target.setdefault(key, value)


# --------------------------------------------------------------------------- schemas


def _join(base: str, field_path: str) -> str:
    """A location: ``base`` followed by the field path, if there is one."""
    return f"{base} {field_path}" if field_path else base


def _visible_properties(schema: Schema, direction: str) -> dict[str, Any]:
    """The properties a message in ``direction`` can hold: readOnly fields are never sent
    by a client, writeOnly fields never returned by a server."""
    hidden = "readOnly" if direction == REQUEST else "writeOnly"
    properties = schema.get("properties") or {}
    return {name: sub for name, sub in properties.items() if not (isinstance(sub, dict) and sub.get(hidden))}


def _required(schema: Schema) -> set[str]:
    """The names in a schema's ``required`` list."""
    return set(schema.get("required") or [])


def _compare_schemas(
    docs: _Docs,
    old: Any,
    new: Any,
    base: str,
    direction: str,
    field_path: str = "",
    visiting: frozenset = frozenset(),
) -> Iterator[Difference]:
    """All differences between two schemas, recursively through objects, arrays and allOf."""
    old_schema, old_refs = flatten(docs.old, old)
    new_schema, new_refs = flatten(docs.new, new)
    pair = (old_refs, new_refs)
    if (old_refs or new_refs) and pair in visiting:
        return  # this pair is already being compared higher up: a recursive schema
    visiting = visiting | {pair}
    where = _join(base, field_path)
    if "$ref" in old_schema or "$ref" in new_schema:
        yield from _compare_external_refs(old_schema, new_schema, where)
        return
    yield from _compare_type(old_schema, new_schema, where)
    yield from _compare_format(old_schema, new_schema, where)
    yield from _compare_nullable(old_schema, new_schema, where, direction)
    yield from _compare_max_length(old_schema, new_schema, where, direction)
    yield from _compare_min_length(old_schema, new_schema, where, direction)
    yield from _compare_enum(old_schema, new_schema, where, direction)
    yield from _compare_properties(docs, old_schema, new_schema, base, direction, field_path, visiting)
    yield from _compare_items(docs, old_schema, new_schema, base, direction, field_path, visiting)
    for keyword in ("oneOf", "anyOf"):
        yield from _compare_variants(docs, old_schema, new_schema, keyword, base, direction, field_path, visiting)


def _compare_external_refs(old: Schema, new: Schema, where: str) -> Iterator[Difference]:
    """A reference to another document is compared as text, as it cannot be followed."""
    if old.get("$ref") != new.get("$ref"):
        yield Difference("ref-changed", where, f"{old.get('$ref')} -> {new.get('$ref')}", True)


def _compare_type(old: Schema, new: Schema, where: str) -> Iterator[Difference]:
    """A changed ``type`` breaks both readers and writers."""
    if old.get("type") != new.get("type"):
        yield Difference("type-changed", where, f"type {old.get('type')} -> {new.get('type')}", True)


def _compare_format(old: Schema, new: Schema, where: str) -> Iterator[Difference]:
    """A changed ``format`` (e.g. ``uri`` -> plain string) breaks both readers and writers."""
    if old.get("format") != new.get("format"):
        yield Difference("format-changed", where, f"format {old.get('format')} -> {new.get('format')}", True)


def _compare_nullable(old: Schema, new: Schema, where: str, direction: str) -> Iterator[Difference]:
    """Breaks a writer when null is no longer accepted, a reader when null may now come."""
    was, now = bool(old.get("nullable")), bool(new.get("nullable"))
    if was != now:
        breaking = (was and direction == REQUEST) or (now and direction == RESPONSE)
        yield Difference("nullable-changed", where, f"nullable {was} -> {now}", breaking)


def _compare_max_length(old: Schema, new: Schema, where: str, direction: str) -> Iterator[Difference]:
    """A shorter maxLength breaks writers; a longer (or no) maxLength breaks readers."""
    was, now = old.get("maxLength"), new.get("maxLength")
    if was == now:
        return
    if now is not None and (was is None or now < was):
        yield Difference("max-length-narrowed", where, f"maxLength {was} -> {now}", direction == REQUEST)
    else:
        yield Difference("max-length-widened", where, f"maxLength {was} -> {now}", direction == RESPONSE)


def _compare_min_length(old: Schema, new: Schema, where: str, direction: str) -> Iterator[Difference]:
    """A higher minLength breaks writers; a lower one breaks readers."""
    was, now = old.get("minLength") or 0, new.get("minLength") or 0
    if now > was:
        yield Difference("min-length-raised", where, f"minLength {was} -> {now}", direction == REQUEST)
    elif now < was:
        yield Difference("min-length-lowered", where, f"minLength {was} -> {now}", direction == RESPONSE)


def _compare_enum(old: Schema, new: Schema, where: str, direction: str) -> Iterator[Difference]:
    """A removed enum value always breaks (clients send it, store it or filter on it);
    an added value breaks readers that only know the old list."""
    if "enum" not in old or "enum" not in new:
        if ("enum" in old) != ("enum" in new):
            narrowed = "enum" in new
            detail = "enum added" if narrowed else "enum removed"
            breaking = direction == REQUEST if narrowed else direction == RESPONSE
            yield Difference("enum-changed", where, detail, breaking)
        return
    for value in old["enum"]:
        if value not in new["enum"]:
            yield Difference("enum-value-removed", where, f"value {value!r} removed", True)
    for value in new["enum"]:
        if value not in old["enum"]:
            yield Difference("enum-value-added", where, f"value {value!r} added", direction == RESPONSE)


def _compare_properties(
    docs: _Docs,
    old: Schema,
    new: Schema,
    base: str,
    direction: str,
    field_path: str,
    visiting: frozenset,
) -> Iterator[Difference]:
    """Fields removed, added, newly required or optional, and each common field in depth."""
    old_props, new_props = _visible_properties(old, direction), _visible_properties(new, direction)
    old_required, new_required = _required(old), _required(new)
    for name, old_sub in old_props.items():
        path = f"{field_path}.{name}"
        where = _join(base, path)
        if name not in new_props:
            yield Difference("field-removed", where, f"field {name} removed", True)
            continue
        yield from _compare_required(name, name in old_required, name in new_required, where, direction)
        yield from _compare_schemas(docs, old_sub, new_props[name], base, direction, path, visiting)
    for name in new_props:
        if name not in old_props:
            required = name in new_required
            detail = f"{'required' if required else 'optional'} field {name} added"
            yield Difference("field-added", _join(base, f"{field_path}.{name}"), detail, required and direction == REQUEST)


def _compare_required(name: str, was: bool, now: bool, where: str, direction: str) -> Iterator[Difference]:
    """Newly required breaks writers (they may omit it); newly optional breaks readers."""
    if not was and now:
        yield Difference("field-became-required", where, f"field {name} is now required", direction == REQUEST)
    elif was and not now:
        yield Difference("field-became-optional", where, f"field {name} is no longer required", direction == RESPONSE)


def _compare_items(
    docs: _Docs,
    old: Schema,
    new: Schema,
    base: str,
    direction: str,
    field_path: str,
    visiting: frozenset,
) -> Iterator[Difference]:
    """The element schema of two arrays, at location ``<field>[]``."""
    if "items" in old and "items" in new:
        yield from _compare_schemas(docs, old["items"], new["items"], base, direction, f"{field_path}[]", visiting)


def _compare_variants(
    docs: _Docs,
    old: Schema,
    new: Schema,
    keyword: str,
    base: str,
    direction: str,
    field_path: str,
    visiting: frozenset,
) -> Iterator[Difference]:
    """``oneOf`` / ``anyOf`` alternatives, compared by position."""
    old_variants, new_variants = old.get(keyword) or [], new.get(keyword) or []
    for index, (old_sub, new_sub) in enumerate(zip(old_variants, new_variants)):
        path = f"{field_path}({keyword} {index})"
        yield from _compare_schemas(docs, old_sub, new_sub, base, direction, path, visiting)
    where = _join(base, field_path)
    if len(new_variants) < len(old_variants):
        yield Difference("variant-removed", where, f"{keyword} {len(old_variants)} -> {len(new_variants)} alternatives", True)
    elif len(new_variants) > len(old_variants):
        yield Difference("variant-added", where, f"{keyword} {len(old_variants)} -> {len(new_variants)} alternatives", direction == RESPONSE)


# --------------------------------------------------------------------------- parameters


def _parameter_key(parameter: dict[str, Any]) -> tuple[str, str]:
    """``(in, name)``; header names are case-insensitive."""
    name = str(parameter.get("name", ""))
    where = str(parameter.get("in", ""))
    return where, name.lower() if where == "header" else name


def _parameters(doc: dict[str, Any], path_item: dict[str, Any], operation: dict[str, Any]) -> dict[tuple[str, str], dict]:
    """The parameters of an operation, path-level ones included (the operation's win)."""
    found: dict[tuple[str, str], dict] = {}
    for raw in list(path_item.get("parameters") or []) + list(operation.get("parameters") or []):
        parameter = _deref(doc, raw)
        if isinstance(parameter, dict):
            found[_parameter_key(parameter)] = parameter
    return found


def _compare_parameters(docs: _Docs, old_params: dict, new_params: dict, op: str) -> Iterator[Difference]:
    """Parameters removed, added, newly required or optional, and their schemas."""
    for key, old_param in old_params.items():
        where = f"{op} parameter {key[0]} {old_param.get('name')}"
        if key not in new_params:
            yield Difference("parameter-removed", where, f"{key[0]} parameter {old_param.get('name')} removed", True)
            continue
        new_param = new_params[key]
        was, now = bool(old_param.get("required")), bool(new_param.get("required"))
        if not was and now:
            yield Difference("parameter-became-required", where, "parameter is now required", True)
        elif was and not now:
            yield Difference("parameter-became-optional", where, "parameter is no longer required", False)
        yield from _compare_schemas(docs, old_param.get("schema") or {}, new_param.get("schema") or {}, where, REQUEST)
    for key, new_param in new_params.items():
        if key not in old_params:
            required = bool(new_param.get("required"))
            where = f"{op} parameter {key[0]} {new_param.get('name')}"
            detail = f"{'required' if required else 'optional'} {key[0]} parameter {new_param.get('name')} added"
            yield Difference("parameter-added", where, detail, required)


# --------------------------------------------------------------------------- bodies and responses


def _compare_content(docs: _Docs, old: dict, new: dict, where: str, direction: str) -> Iterator[Difference]:
    """Media types of a body, and the schema of each media type both sides offer."""
    old_content, new_content = old.get("content") or {}, new.get("content") or {}
    for media_type, old_media in old_content.items():
        if media_type not in new_content:
            yield Difference("media-type-removed", where, f"media type {media_type} removed", True)
            continue
        old_schema = (old_media or {}).get("schema") or {}
        new_schema = (new_content[media_type] or {}).get("schema") or {}
        yield from _compare_schemas(docs, old_schema, new_schema, where, direction)
    for media_type in new_content:
        if media_type not in old_content:
            yield Difference("media-type-added", where, f"media type {media_type} added", False)


def _compare_request_body(docs: _Docs, old_op: dict, new_op: dict, op: str) -> Iterator[Difference]:
    """Presence, required-ness and content of the request body."""
    old_body = _deref(docs.old, old_op.get("requestBody"))
    new_body = _deref(docs.new, new_op.get("requestBody"))
    where = f"{op} request"
    if not old_body and not new_body:
        return
    if not new_body:
        yield Difference("request-body-removed", where, "request body removed", True)
        return
    if not old_body:
        required = bool(new_body.get("required"))
        yield Difference("request-body-added", where, "request body added", required)
        return
    if not old_body.get("required") and new_body.get("required"):
        yield Difference("request-body-became-required", where, "request body is now required", True)
    yield from _compare_content(docs, old_body, new_body, where, REQUEST)


def _is_success(status: str) -> bool:
    """True for a 2xx status code (or the ``2XX`` range)."""
    return status.startswith("2")


def _compare_headers(docs: _Docs, old: dict, new: dict, where: str) -> Iterator[Difference]:
    """Response headers (case-insensitive names): a removed header breaks readers."""
    old_headers = {name.lower(): name for name in old.get("headers") or {}}
    new_headers = {name.lower(): name for name in new.get("headers") or {}}
    for key, name in old_headers.items():
        if key not in new_headers:
            yield Difference("header-removed", f"{where} header {name}", f"header {name} removed", True)
            continue
        old_header = _deref(docs.old, old["headers"][name]) or {}
        new_header = _deref(docs.new, new["headers"][new_headers[key]]) or {}
        yield from _compare_schemas(docs, old_header.get("schema") or {}, new_header.get("schema") or {}, f"{where} header {name}", RESPONSE)
    for key, name in new_headers.items():
        if key not in old_headers:
            yield Difference("header-added", f"{where} header {name}", f"header {name} added", False)


def _compare_responses(docs: _Docs, old_op: dict, new_op: dict, op: str) -> Iterator[Difference]:
    """Status codes removed or added, and the headers and content of each common one.

    A removed or added success code breaks clients; other codes are documentation of errors
    that clients handle by class (4xx, 5xx), so their addition or removal does not.
    """
    old_responses = {str(code): value for code, value in (old_op.get("responses") or {}).items()}
    new_responses = {str(code): value for code, value in (new_op.get("responses") or {}).items()}
    for status, old_raw in old_responses.items():
        where = f"{op} response {status}"
        if status not in new_responses:
            yield Difference("response-removed", where, f"status {status} removed", _is_success(status))
            continue
        old_response = _deref(docs.old, old_raw) or {}
        new_response = _deref(docs.new, new_responses[status]) or {}
        yield from _compare_headers(docs, old_response, new_response, where)
        yield from _compare_content(docs, old_response, new_response, where, RESPONSE)
    for status in new_responses:
        if status not in old_responses:
            yield Difference("response-added", f"{op} response {status}", f"status {status} added", _is_success(status))


# --------------------------------------------------------------------------- security


def _scopes(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, set[str]]:
    """Security schemes and scopes an operation asks for (the document default if it has none)."""
    requirements = operation.get("security", doc.get("security")) or []
    scopes: dict[str, set[str]] = {}
    for requirement in requirements:
        for scheme, names in (requirement or {}).items():
            scopes.setdefault(scheme, set()).update(names or [])
    return scopes


def _compare_security(docs: _Docs, old_op: dict, new_op: dict, op: str) -> Iterator[Difference]:
    """A new scheme or scope breaks clients whose tokens lack it; fewer demands do not."""
    old_scopes, new_scopes = _scopes(docs.old, old_op), _scopes(docs.new, new_op)
    if old_scopes == new_scopes:
        return
    stricter = any(
        scheme not in old_scopes or not scopes <= old_scopes[scheme] for scheme, scopes in new_scopes.items()
    )
    detail = f"security {_format_scopes(old_scopes)} -> {_format_scopes(new_scopes)}"
    yield Difference("security-changed", f"{op} security", detail, stricter)


def _format_scopes(scopes: dict[str, set[str]]) -> str:
    """``JWT-Claims[catalogi.lezen]``-style text, or ``none``."""
    if not scopes:
        return "none"
    return ", ".join(f"{scheme}[{' '.join(sorted(names))}]" for scheme, names in sorted(scopes.items()))


# --------------------------------------------------------------------------- operations and paths


def _compare_operation(
    docs: _Docs, old_item: dict, new_item: dict, method: str, path: str
) -> Iterator[Difference]:
    """Everything of one operation: id, parameters, request body, responses, security."""
    op = f"{method.upper()} {path}"
    old_op, new_op = old_item[method], new_item[method]
    if old_op.get("operationId") != new_op.get("operationId"):
        detail = f"operationId {old_op.get('operationId')} -> {new_op.get('operationId')}"
        yield Difference("operation-id-changed", op, detail, True)
    old_params = _parameters(docs.old, old_item, old_op)
    new_params = _parameters(docs.new, new_item, new_op)
    yield from _compare_parameters(docs, old_params, new_params, op)
    yield from _compare_request_body(docs, old_op, new_op, op)
    yield from _compare_responses(docs, old_op, new_op, op)
    yield from _compare_security(docs, old_op, new_op, op)


def _compare_path(docs: _Docs, old_item: dict, new_item: dict, path: str) -> Iterator[Difference]:
    """Operations removed, added, and each common operation."""
    for method in HTTP_METHODS:
        in_old, in_new = method in old_item, method in new_item
        if in_old and not in_new:
            yield Difference("operation-removed", f"{method.upper()} {path}", "operation removed", True)
        elif in_new and not in_old:
            yield Difference("operation-added", f"{method.upper()} {path}", "operation added", False)
        elif in_old and in_new:
            yield from _compare_operation(docs, old_item, new_item, method, path)


def path_key(path: str) -> str:
    """A path template with its variables blanked: ``/zaken/{uuid}`` and ``/zaken/{id}``
    are the same URL on the wire."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _select_paths(doc: dict[str, Any], only: Iterable[str] | None) -> dict[str, tuple[str, dict]]:
    """``{path_key: (path, resolved path item)}``, restricted to ``only`` when given."""
    wanted = None if only is None else {path_key(path) for path in only}
    selected = {}
    for path, item in (doc.get("paths") or {}).items():
        if wanted is None or path_key(path) in wanted:
            selected[path_key(path)] = (path, _deref(doc, item) or {})
    return selected


def compare(old: dict[str, Any], new: dict[str, Any], paths: set[str] | None = None) -> list[Difference]:
    """Every difference between contract ``old`` and contract ``new``.

    ``paths`` limits the comparison to those paths (on both sides), e.g. the paths a contract
    that covers only part of a standard already has.
    """
    docs = _Docs(old, new)
    old_paths, new_paths = _select_paths(old, paths), _select_paths(new, paths)
    differences: list[Difference] = []
    for key, (path, old_item) in old_paths.items():
        if key not in new_paths:
            differences.append(Difference("path-removed", path, f"path {path} removed", True))
            continue
        new_path, new_item = new_paths[key]
        differences.extend(_compare_path(docs, old_item, new_item, new_path))
    for key, (path, _item) in new_paths.items():
        if key not in old_paths:
            differences.append(Difference("path-added", path, f"path {path} added", False))
    return differences


def breaking(differences: Iterable[Difference]) -> list[Difference]:
    """Only the differences that break clients of the old contract."""
    return [difference for difference in differences if difference.breaking]


# --------------------------------------------------------------------------- documented differences

TABLE_COLUMNS = ("contract", "kind", "location", "why")


def _cells(line: str) -> list[str]:
    """The cells of one Markdown table row, without surrounding spaces and backticks."""
    return [cell.strip().strip("`").strip() for cell in line.strip().strip("|").split("|")]


def parse_difference_table(markdown: str) -> list[dict[str, str]]:
    """The rows of the first Markdown table headed ``contract | kind | location | why``.

    This is how a project documents the differences it accepts (e.g. in
    ``docs/contract-differences.md``): one row per difference, ``kind`` and ``location``
    exactly as :class:`Difference` spells them. Cells must not contain ``|``.
    """
    rows: list[dict[str, str]] = []
    lines = iter(markdown.splitlines())
    for line in lines:
        if line.lstrip().startswith("|") and tuple(_cells(line)) == TABLE_COLUMNS:
            next(lines, None)  # the |---|---| line under the header
            for row in lines:
                if not row.lstrip().startswith("|"):
                    break
                rows.append(dict(zip(TABLE_COLUMNS, _cells(row))))
            break
    return rows
