"""Write one of our contracts from the facts of a reference specification and our own prose.

A reference specification (VNG's OpenAPI file of a standard) holds two kinds of content:

* facts a client depends on: paths, methods, operationIds, parameters, schemas (names, types,
  formats, lengths, nullable, readOnly, enums, required), status codes, headers, scopes;
* prose: descriptions, summaries, titles and examples.

Our contracts copy the facts and never the prose. This generator takes the facts from the
reference, drops every piece of prose, and writes our own texts from an *overlay* (a YAML file
per contract, see tools/contracts/README.md). It also

* factors what repeats into ``components`` (error responses, headers, path and header
  parameters), as long as the facts are equal, so the contract stays readable;
* applies our documented deviations, each switched on in the overlay: the ``pageSize``
  extension and a 404 for a page past the end on every list, HEAD secured like GET, the
  API-version header on every success response, extra responses where our rules need them,
  and explicit patches of facts the reference gets wrong.

Usage::

    python -m tools.contracts.generate tools/contracts/catalogi-1.3.1.yaml          # write
    python -m tools.contracts.generate tools/contracts/catalogi-1.3.1.yaml --check  # compare
    python -m tools.contracts.generate tools/contracts/catalogi-1.3.1.yaml --rows   # doc rows

``--rows`` prints the rows for docs/contract-differences.md: every wire difference with the
reference, explained by the overlay's ``differences`` rules.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
PROSE = frozenset({"description", "summary", "title", "example", "examples", "externalDocs"})
HTTP_METHODS = ("get", "head", "post", "put", "patch", "delete")
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf")
OPERATION_KINDS = ("partial_update", "update", "create", "retrieve", "list", "destroy", "headers")

Node = dict[str, Any]


# --------------------------------------------------------------------------- reading


def load_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader


def _lookup(document: Node, ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _resolve(document: Node, node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        node = _lookup(document, node["$ref"])
    return node


def _canonical(node: Any) -> str:
    return json.dumps(node, sort_keys=True, ensure_ascii=False)


# --------------------------------------------------------------------------- the overlay


@dataclass
class Overlay:
    """Our texts and switches for one contract; see README.md for every key."""

    path: Path
    data: Node

    @classmethod
    def read(cls, path: Path) -> Overlay:
        return cls(path, load_yaml(path) or {})

    def get(self, *keys: str, default: Any = None) -> Any:
        node: Any = self.data
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                return default
            node = node[key]
        return node

    @property
    def reference(self) -> Path:
        return (ROOT / self.data["reference"]).resolve()

    @property
    def output(self) -> Path:
        return ROOT / self.data["output"]

    @property
    def compared_with(self) -> Path:
        """What tests/test_contracts.py compares the contract with: ``compare_with`` or the reference."""
        return (ROOT / self.data.get("compare_with", self.data["reference"])).resolve()

    def fallback(self, key: str, **values: str) -> str:
        template = self.get("fallback", key, default="")
        return template.format(**values) if template else ""


# --------------------------------------------------------------------------- schemas


def schema_facts(schema: Any) -> Any:
    """A schema without its prose; property names (keys of ``properties``) are kept as they are."""
    if isinstance(schema, list):
        return [schema_facts(item) for item in schema]
    if not isinstance(schema, dict):
        return copy.deepcopy(schema)
    facts: Node = {}
    for key, value in schema.items():
        if key in PROSE:
            continue
        if key == "properties" and isinstance(value, dict):
            facts[key] = {name: schema_facts(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            facts[key] = schema_facts(value)
        elif key in SCHEMA_LISTS:
            facts[key] = [schema_facts(item) for item in value]
        else:
            facts[key] = copy.deepcopy(value)
    return facts


def _with_description(node: Node, text: str) -> Node:
    """``node`` with ``description`` placed after its type keywords (a bare $ref gets none:
    OpenAPI 3.0 ignores the siblings of a $ref)."""
    if not text or set(node) == {"$ref"}:
        return node
    described: Node = {}
    for key in ("type", "format"):
        if key in node:
            described[key] = node[key]
    described["description"] = text
    for key, value in node.items():
        if key not in described:
            described[key] = value
    return described


def schema_family(name: str) -> str:
    """The schema whose texts ``name`` shares: ZaakTypeCreate, PatchedZaakType -> ZaakType."""
    base = name.removeprefix("Patched")
    for suffix in ("Create", "Update"):
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
    return base


class SchemaTexts:
    def __init__(self, overlay: Overlay) -> None:
        self.overlay = overlay
        self.schemas = overlay.get("schemas", default={}) or {}
        self.fields = self.schemas.get("*", {}) or {}

    def _chain(self, schema: str) -> list[Node]:
        """The overlay's entries for ``schema`` and then for its family (ZaakTypeCreate -> ZaakType)."""
        names = [schema] if schema_family(schema) == schema else [schema, schema_family(schema)]
        return [self.schemas.get(name) or {} for name in names]

    def schema(self, name: str) -> str:
        for own in self._chain(name):
            if own.get("description"):
                return own["description"]
        match = re.fullmatch(r"Paginated(\w+)List", name)
        if match:
            return self.overlay.fallback("page_schema", schema=match.group(1))
        return self.overlay.fallback("schema", schema=name)

    def property(self, schema: str, name: str) -> str:
        for own in self._chain(schema):
            text = (own.get("properties") or {}).get(name)
            if text:
                return text
        return self.fields.get(name) or self.overlay.fallback("property", property=name, schema=schema)


def describe_schema(name: str, facts: Node, texts: SchemaTexts) -> Node:
    described = _with_description(facts, texts.schema(name))
    properties = described.get("properties")
    if isinstance(properties, dict):
        described["properties"] = {
            prop: _with_description(sub, texts.property(name, prop)) if isinstance(sub, dict) else sub
            for prop, sub in properties.items()
        }
    return described


# --------------------------------------------------------------------------- components


@dataclass
class Components:
    """What the generated contract factors out; each entry keeps the reference's facts."""

    parameters: dict[str, Node] = field(default_factory=dict)
    headers: dict[str, Node] = field(default_factory=dict)
    responses: dict[str, Node] = field(default_factory=dict)
    response_facts: dict[str, str] = field(default_factory=dict)  # component name -> canonical facts


class Builder:
    def __init__(self, overlay: Overlay, reference: Node) -> None:
        self.overlay = overlay
        self.reference = reference
        self.components = Components()
        self.texts = SchemaTexts(overlay)
        self._dominant = self._dominant_error_responses()

    # ---- responses

    def _response_facts(self, response: Node) -> Node:
        response = _resolve(self.reference, response)
        facts: Node = {}
        if response.get("headers"):
            facts["headers"] = {
                name: schema_facts(_resolve(self.reference, header)) for name, header in response["headers"].items()
            }
        if response.get("content"):
            facts["content"] = {
                media: {"schema": schema_facts((body or {}).get("schema", {}))}
                for media, body in response["content"].items()
            }
        return facts

    def _dominant_error_responses(self) -> dict[str, str]:
        """Per error status, the facts most operations share: those become the component."""
        variants: dict[str, Counter] = {}
        for _path, _method, operation in self._operations():
            for status, response in operation.get("responses", {}).items():
                if str(status)[0] in "45":
                    variants.setdefault(str(status), Counter())[_canonical(self._response_facts(response))] += 1
        return {status: counter.most_common(1)[0][0] for status, counter in variants.items()}

    def _operations(self):
        for path, item in self.reference.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]

    def header_ref(self, name: str, facts: Node) -> Node:
        """A $ref to components/headers/<name> when the facts match, else the header inline."""
        text = self.overlay.get("components", "headers", name, default="") or self.overlay.fallback("header", header=name)
        built = _with_description({k: v for k, v in facts.items() if k != "schema"}, text)
        built["schema"] = facts.get("schema", {"type": "string"})
        known = self.components.headers.get(name)
        if known is None:
            self.components.headers[name] = built
            known = built
        if _canonical(known.get("schema")) == _canonical(built["schema"]):
            return {"$ref": f"#/components/headers/{name}"}
        return built

    def _headers(self, facts: Node) -> Node:
        return {name: self.header_ref(name, header) for name, header in (facts.get("headers") or {}).items()}

    def error_response(self, status: str, facts: Node, operation_id: str) -> Node:
        config = self.overlay.get("components", "responses", "errors", status, default={}) or {}
        name = config.get("name")
        text = config.get("description") or self.overlay.fallback("error_response", status=status)
        if name and _canonical(facts) == self._dominant.get(status):
            if name not in self.components.responses:
                self.components.responses[name] = self._build_response(text, facts)
                self.components.response_facts[name] = _canonical(facts)
            return {"$ref": f"#/components/responses/{name}"}
        return self._build_response(text, facts)

    def named_response(self, name: str) -> Node:
        """A response component the overlay defines itself (e.g. PageNotFound)."""
        if name not in self.components.responses:
            config = self.overlay.get("components", "responses", "extra", name, default=None)
            if config is None:
                raise KeyError(f"overlay: components.responses.extra.{name} is not defined")
            facts = {
                "headers": {header: {"schema": {"type": "string"}} for header in config.get("headers", [])},
                "content": {config.get("media", "application/problem+json"): {"schema": {"$ref": config["schema"]}}},
            }
            if not facts["headers"]:
                del facts["headers"]
            self.components.responses[name] = self._build_response(config["description"], facts)
        return {"$ref": f"#/components/responses/{name}"}

    def response_ref(self, status: str) -> Node:
        """The component a standard error status uses (for responses our deviations add)."""
        config = self.overlay.get("components", "responses", "errors", status, default={}) or {}
        name = config.get("name")
        if not name:
            raise KeyError(f"overlay: components.responses.errors.{status}.name is not defined")
        if name not in self.components.responses:
            facts = json.loads(self._dominant[status])
            self.components.responses[name] = self._build_response(config.get("description", ""), facts)
        return {"$ref": f"#/components/responses/{name}"}

    def _build_response(self, text: str, facts: Node) -> Node:
        built: Node = {"description": text}
        if facts.get("headers"):
            built["headers"] = self._headers(facts)
        if facts.get("content"):
            built["content"] = {
                media: {"schema": self._inline_schema(body["schema"])} for media, body in facts["content"].items()
            }
        return built

    def _inline_schema(self, schema: Node) -> Node:
        if "$ref" in schema or not schema:
            return schema
        return _with_description(schema, self.overlay.fallback("inline_schema"))

    def success_response(self, operation_id: str, status: str, facts: Node) -> Node:
        kind = operation_kind(operation_id)
        text = (
            self.overlay.get("operations", "by_id", operation_id, "response", default=None)
            or self.overlay.get("components", "responses", "success", f"{kind}:{status}", default=None)
            or self.overlay.get("components", "responses", "success", status, default=None)
            or self.overlay.fallback("success_response", status=status)
        )
        return self._build_response(self.operation_text(text, operation_id), facts)

    # ---- parameters

    def parameter(self, raw: Node, operation_id: str) -> Node:
        parameter = _resolve(self.reference, raw)
        where, name = parameter["in"], parameter["name"]
        facts = {k: schema_facts(v) if k == "schema" else copy.deepcopy(v) for k, v in parameter.items() if k not in PROSE}
        if where in ("path", "header"):
            component = self.overlay.get("components", "parameters", name, default=None)
            text = component if isinstance(component, str) else (component or {}).get("description", "")
            built = _with_description(facts, text or self.overlay.fallback("parameter", parameter=name))
            if isinstance(component, dict) and component.get("examples"):
                built["examples"] = component["examples"]
            known = self.components.parameters.get(name)
            if known is None:
                self.components.parameters[name] = built
                known = built
            if _canonical({k: v for k, v in known.items() if k not in PROSE}) == _canonical(facts):
                return {"$ref": f"#/components/parameters/{name}"}
            return built
        text = (
            self.overlay.get("parameters", operation_id, name, default=None)
            or self.overlay.get("parameters", resource_of(operation_id), name, default=None)
            or self.overlay.get("parameters", "*", name, default=None)
            or self.overlay.fallback("parameter", parameter=name)
        )
        ordered = {"name": facts.pop("name"), "in": facts.pop("in")}
        if "required" in facts:
            ordered["required"] = facts.pop("required")
        ordered["description"] = self.operation_text(text, operation_id)
        ordered.update(facts)
        return ordered

    # ---- operations

    def operation_text(self, text: str, operation_id: str) -> str:
        """``text`` with the resource's words filled in: ``{meervoud}`` -> ``zaaktypen``."""
        resource = self.overlay.get("resources", resource_of(operation_id), default=None) or {}

        def word(match: re.Match) -> str:
            key = match.group(1)
            if key in resource:
                return str(resource[key])
            if key[:1].isupper() and key[:1].lower() + key[1:] in resource:  # {Het} -> "Het zaaktype"
                value = str(resource[key[:1].lower() + key[1:]])
                return value[:1].upper() + value[1:]
            return match.group(0)

        return re.sub(r"\{(\w+)\}", word, text)

    def operation(self, path: str, method: str, item: Node) -> Node:
        source = item[method]
        operation_id = source["operationId"]
        kind = operation_kind(operation_id)
        own = self.overlay.get("operations", "by_id", operation_id, default={}) or {}
        template = self.overlay.get("operations", "kinds", kind, default={}) or {}
        built: Node = {"operationId": operation_id}
        summary = own.get("summary") or template.get("summary") or self.overlay.fallback("summary", operation=operation_id)
        description = own.get("description") or template.get("description") or ""
        built["summary"] = self.operation_text(summary, operation_id)
        if description:
            built["description"] = self.operation_text(description, operation_id)
        for key in ("tags", "security", "deprecated"):
            if key in source:
                built[key] = copy.deepcopy(source[key])
        # Parameters of the path item hold for each of its operations; we write them per operation.
        own_keys = {(p.get("in"), p.get("name")) for p in source.get("parameters", [])}
        shared = [p for p in item.get("parameters", []) or [] if (p.get("in"), p.get("name")) not in own_keys]
        parameters = [self.parameter(raw, operation_id) for raw in [*shared, *source.get("parameters", [])]]
        if parameters:
            built["parameters"] = parameters
        if "requestBody" in source:
            body = _resolve(self.reference, source["requestBody"])
            request: Node = {}
            if "required" in body:
                request["required"] = body["required"]
            request["content"] = {
                media: {"schema": self._inline_schema(schema_facts((spec or {}).get("schema", {})))}
                for media, spec in body.get("content", {}).items()
            }
            built["requestBody"] = request
        responses: Node = {}
        for status, raw in source.get("responses", {}).items():
            status = str(status)
            facts = self._response_facts(raw)
            if status[0] in "45":
                responses[status] = self.error_response(status, facts, operation_id)
            else:
                responses[status] = self.success_response(operation_id, status, facts)
        built["responses"] = responses
        return built


def operation_kind(operation_id: str) -> str:
    for kind in OPERATION_KINDS:
        if operation_id.endswith("_" + kind):
            return kind
    return operation_id.rsplit("_", 1)[-1]


def resource_of(operation_id: str) -> str:
    kind = operation_kind(operation_id)
    return operation_id[: -len(kind) - 1] if operation_id.endswith("_" + kind) else operation_id


# --------------------------------------------------------------------------- deviations


def is_list(path: str, method: str) -> bool:
    return method == "get" and "{" not in path


def _matches(patterns: list[str], method: str, path: str) -> bool:
    """``"DELETE *"``, ``"GET /zaaktypen/{uuid}"``, ``"* /zaaktypen"``: method and path, ``*`` for any."""
    for pattern in patterns:
        want_method, _, want_path = pattern.partition(" ")
        if want_method not in ("*", method.upper()):
            continue
        if want_path == "*" or want_path == path or (want_path.endswith("*") and path.startswith(want_path[:-1])):
            return True
    return False


def apply_deviations(builder: Builder, paths: Node) -> None:
    extensions = builder.overlay.get("extensions", default={}) or {}
    page_size = extensions.get("page_size")
    list_not_found = extensions.get("list_not_found")
    head = extensions.get("head_like_get")
    version_header = extensions.get("version_header")
    extra = extensions.get("extra_responses") or []
    for path, item in paths.items():
        for method, operation in item.items():
            if page_size and is_list(path, method):
                parameters = operation.setdefault("parameters", [])
                position = next(
                    (i + 1 for i, p in enumerate(parameters) if p.get("name") == page_size.get("after", "page")),
                    len(parameters),
                )
                parameters.insert(position, copy.deepcopy(page_size["parameter"]))
            if list_not_found and is_list(path, method):
                operation["responses"].setdefault("404", builder.named_response(list_not_found))
                operation["responses"] = _sorted_responses(operation["responses"])
            if head and method == "head" and "get" in item:
                if "security" in item["get"]:
                    operation["security"] = copy.deepcopy(item["get"]["security"])
                for status in head.get("responses", []):
                    operation["responses"].setdefault(str(status), builder.response_ref(str(status)))
            for rule in extra:
                if _matches(rule["operations"], method, path):
                    status = str(rule["status"])
                    operation["responses"].setdefault(status, builder.response_ref(status))
                    operation["responses"] = _sorted_responses(operation["responses"])
            if version_header:
                for status, response in operation["responses"].items():
                    if status[0] in "23" and "$ref" not in response:
                        headers = response.setdefault("headers", {})
                        if not any(name.lower() == version_header.lower() for name in headers):
                            headers[version_header] = {"$ref": f"#/components/headers/{version_header}"}


OPERATION_ORDER = ("operationId", "summary", "description", "tags", "security", "parameters", "requestBody", "responses")


def _ordered_operation(operation: Node) -> Node:
    ordered = {key: operation[key] for key in OPERATION_ORDER if key in operation}
    ordered.update({key: value for key, value in operation.items() if key not in ordered})
    return ordered


def _sorted_responses(responses: Node) -> Node:
    return dict(sorted(responses.items(), key=lambda pair: (pair[0][0] not in "23", pair[0])))


def apply_patches(document: Node, patches: list[Node]) -> None:
    """Set the value at each JSON pointer: deliberate changes of facts, each with its reason."""
    for patch in patches or []:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in patch["pointer"].removeprefix("/").split("/")]
        node = document
        for part in parts[:-1]:
            node = node[part]
        if parts[-1] not in node and not patch.get("create", False):
            raise KeyError(f"patch: {patch['pointer']} does not exist in the generated contract")
        node[parts[-1]] = copy.deepcopy(patch["value"])


# --------------------------------------------------------------------------- the document


def generate(overlay: Overlay, reference: Node | None = None) -> Node:
    reference = reference if reference is not None else load_yaml(overlay.reference)
    builder = Builder(overlay, reference)
    info = copy.deepcopy(overlay.get("info", default={}))
    info = {"title": info.pop("title", reference["info"].get("title")), "version": reference["info"]["version"], **info}
    document: Node = {"openapi": reference.get("openapi", "3.0.3"), "info": info}
    if overlay.get("servers"):
        document["servers"] = copy.deepcopy(overlay.get("servers"))
    tag_texts = overlay.get("tags", default={}) or {}
    tags = [
        {"name": tag["name"], "description": tag_texts.get(tag["name"]) or overlay.fallback("tag", tag=tag["name"])}
        for tag in reference.get("tags", [])
    ]
    if tags:
        document["tags"] = sorted(tags, key=lambda tag: tag["name"])
    paths: Node = {}
    for path, item in reference.get("paths", {}).items():
        built_item = {method: builder.operation(path, method, item) for method in HTTP_METHODS if method in item}
        paths[path] = built_item
    apply_deviations(builder, paths)
    document["paths"] = {
        path: {method: _ordered_operation(operation) for method, operation in item.items()}
        for path, item in paths.items()
    }
    components: Node = {}
    schemes = reference.get("components", {}).get("securitySchemes")
    if schemes:
        components["securitySchemes"] = {
            name: _with_description(schema_facts(scheme), overlay.get("components", "securitySchemes", name, default=""))
            for name, scheme in schemes.items()
        }
    if builder.components.parameters:
        components["parameters"] = builder.components.parameters
    if builder.components.headers:
        components["headers"] = builder.components.headers
    if builder.components.responses:
        components["responses"] = builder.components.responses
    components["schemas"] = {
        name: describe_schema(name, schema_facts(schema), builder.texts)
        for name, schema in reference.get("components", {}).get("schemas", {}).items()
    }
    document["components"] = components
    apply_patches(document, overlay.get("patches", default=[]))
    return document


# --------------------------------------------------------------------------- writing


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def render(document: Node) -> str:
    header = "# Generated by tools/contracts/generate.py from our overlay; edit the overlay, not this file.\n"
    return header + yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def difference_rows(overlay: Overlay, document: Node, reference: Node) -> list[str]:
    """Rows for docs/contract-differences.md: every wire difference, with the overlay's reason."""
    from conformance.contractdiff import compare

    contract = overlay.output.name
    rules = overlay.get("differences", default=[]) or []
    rows = []
    for difference in compare(reference, document, paths=set(document["paths"])):
        why = next(
            (rule["why"] for rule in rules
             if rule["kind"] == difference.kind and re.search(rule.get("match", ""), difference.location)),
            "TODO: explain",
        )
        rows.append(f"| {contract} | {difference.kind} | `{difference.location}` | {why} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("overlay", type=Path, help="the overlay YAML of one contract")
    parser.add_argument("--check", action="store_true", help="exit 1 when the contract on disk differs")
    parser.add_argument("--rows", action="store_true", help="print the difference rows for the docs")
    args = parser.parse_args(argv)
    overlay = Overlay.read(args.overlay)
    reference = load_yaml(overlay.reference)
    document = generate(overlay, reference)
    text = render(document)
    if args.rows:
        print("\n".join(difference_rows(overlay, document, load_yaml(overlay.compared_with))))
        return 0
    if args.check:
        current = overlay.output.read_text(encoding="utf-8") if overlay.output.exists() else ""
        if current != text:
            print(f"{overlay.output} is not what {args.overlay} generates; run without --check", file=sys.stderr)
            return 1
        return 0
    overlay.output.write_text(text, encoding="utf-8")
    print(f"wrote {overlay.output.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
