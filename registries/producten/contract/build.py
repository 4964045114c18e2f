"""Write openapi/producttypen-1.7.0.yaml and openapi/producten-1.7.0.yaml.

The facts come from the references through tools/contracts/generate.py, the prose from the
overlays beside this file (common.yaml, merged under producttypen.yaml / producten.yaml). On
top of what the generator does, this applies the deviations these two APIs need and the
generator has no switch for (yet):

* the paths not built yet are left out (``x_exclude_paths``; each is a not-yet-implemented row
  in docs/contract-differences.md), and paths of our own are added (``x_extra_paths``, given
  whole in the overlay; each is a path-added row there);
* errors are application/problem+json, as on every API of this project: that media type is
  added to the reference's 400 and 403 responses, next to the reference's own;
* 401 (failed authentication, as Open Product answers with tokens) on every operation, 404 on
  every operation with a path parameter, 415 on every operation with a request body, and 400
  where the reference forgot it on an operation with query parameters.

Usage::

    python -m registries.producten.contract.build           # write both contracts
    python -m registries.producten.contract.build --check   # exit 1 when a contract on disk differs
    python -m registries.producten.contract.build --rows    # rows for docs/contract-differences.md
"""

import argparse
import copy
import sys
from pathlib import Path
from typing import Any

from tools.contracts.generate import ROOT, Overlay, difference_rows, generate, load_yaml, render

HERE = Path(__file__).resolve().parent
CONTRACTS = ("producttypen", "producten")
PROBLEM = "application/problem+json"
HTTP_METHODS = ("get", "head", "post", "put", "patch", "delete")

FOUT = {
    "type": "object",
    "description": "Een fout, als application/problem+json (RFC 7807).",
    "required": ["code", "title", "status", "detail", "instance"],
    "properties": {
        "type": {"type": "string", "description": "Een URN die de soort fout noemt."},
        "code": {"type": "string", "description": "De code van de fout, voor programma's."},
        "title": {"type": "string", "description": "De soort fout, in woorden."},
        "status": {"type": "integer", "description": "De HTTP-statuscode."},
        "detail": {"type": "string", "description": "Wat er in dit geval mis is."},
        "instance": {"type": "string", "description": "De URN van dit verzoek (het request-id), om het in de logs terug te vinden."},
    },
}
VALIDATIEFOUT = {
    "description": "Een ongeldig verzoek: per veld of parameter wat er mis is.",
    "allOf": [
        {"$ref": "#/components/schemas/Fout"},
        {
            "type": "object",
            "required": ["invalidParams"],
            "properties": {
                "invalidParams": {
                    "type": "array",
                    "description": "Eén item per veld of parameter dat niet klopt.",
                    "items": {"$ref": "#/components/schemas/FieldValidationError"},
                }
            },
        },
    ],
}
FIELD_ERROR = {
    "type": "object",
    "description": "Wat er mis is met één veld of parameter.",
    "required": ["name", "code", "reason"],
    "properties": {
        "name": {"type": "string", "description": "De naam van het veld (met punten voor geneste velden) of `nonFieldErrors`."},
        "code": {"type": "string", "description": "De code van de fout, voor programma's."},
        "reason": {"type": "string", "description": "Wat er mis is, in woorden."},
    },
}


def _merge(base: Any, own: Any) -> Any:
    if isinstance(base, dict) and isinstance(own, dict):
        merged = dict(base)
        for key, value in own.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    return own


def overlay(name: str) -> Overlay:
    data = _merge(load_yaml(HERE / "common.yaml"), load_yaml(HERE / f"{name}.yaml"))
    return Overlay(HERE / f"{name}.yaml", data)


def _response(description: str, schema: str) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {"API-version": {"$ref": "#/components/headers/API-version"}},
        "content": {PROBLEM: {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def deviate(document: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    for path in data.get("x_exclude_paths", []):
        document["paths"].pop(path, None)
    for path, item in (data.get("x_extra_paths") or {}).items():
        document["paths"][path] = copy.deepcopy(item)
    components = document["components"]
    schemas = components["schemas"]
    schemas["Fout"] = copy.deepcopy(FOUT)
    schemas["ValidatieFout"] = copy.deepcopy(VALIDATIEFOUT)
    schemas["FieldValidationError"] = copy.deepcopy(FIELD_ERROR)
    responses = components["responses"]
    responses["BadRequest"]["content"][PROBLEM] = {"schema": {"$ref": "#/components/schemas/ValidatieFout"}}
    responses["Forbidden"]["content"][PROBLEM] = {"schema": {"$ref": "#/components/schemas/Fout"}}
    responses["Unauthorized"] = _response("Er is geen (geldig) token meegestuurd.", "Fout")
    responses["NotFound"] = _response("Er bestaat geen object met deze sleutel.", "Fout")
    responses["UnsupportedMediaType"] = _response(
        "De meegestuurde gegevens hebben een Content-Type dat deze bewerking niet aanneemt (JSON, en "
        "multipart/form-data bij het uploaden van bestanden), of er is geen Content-Type meegestuurd.", "Fout")
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            operation["responses"].setdefault("401", {"$ref": "#/components/responses/Unauthorized"})
            if "{" in path:
                operation["responses"].setdefault("404", {"$ref": "#/components/responses/NotFound"})
            if "400" not in operation["responses"] and any(
                    "$ref" not in p and p.get("in") == "query" for p in operation.get("parameters", [])):
                operation["responses"]["400"] = {"$ref": "#/components/responses/BadRequest"}
            if "requestBody" in operation:
                operation["responses"].setdefault("415", {"$ref": "#/components/responses/UnsupportedMediaType"})
            operation["responses"] = dict(sorted(operation["responses"].items(),
                                                 key=lambda pair: (pair[0][0] not in "23", pair[0])))
    return document


def build(name: str) -> tuple[Overlay, dict[str, Any], dict[str, Any]]:
    own = overlay(name)
    reference = load_yaml(own.reference)
    document = deviate(generate(own, reference), own.data)
    return own, document, reference


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args(argv)
    status = 0
    for name in CONTRACTS:
        own, document, reference = build(name)
        text = render(document).replace("tools/contracts/generate.py from our overlay",
                                        "registries/producten/contract/build.py from our overlays")
        if args.rows:
            print("\n".join(difference_rows(own, document, reference)))
        elif args.check:
            if not own.output.exists() or own.output.read_text(encoding="utf-8") != text:
                print(f"{own.output} is not what build.py writes; run it without --check", file=sys.stderr)
                status = 1
        else:
            own.output.write_text(text, encoding="utf-8")
            print(f"wrote {own.output.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
