"""Check a JSON value against a schema of our contract (OpenAPI 3.0), field by field.

Not Zaken-specific (a candidate for common/): polymorphic parts of a resource (a rol's
``betrokkeneIdentificatie`` per ``betrokkeneType``, a zaakobject's ``objectIdentificatie`` per
``objectType``) have dozens of shapes that the contract already describes exactly. Rather than
writing each shape twice, the registry checks such a part against the contract's own schema.

Supported: $ref, allOf, oneOf/anyOf (any alternative fits), type, nullable, enum, format (date,
date-time, uri, email, uuid), minLength, maxLength, pattern, required, properties, items,
minItems, maxItems. Unknown fields are ignored, as the reference implementations do.
"""

import re
import uuid
from typing import Any

from common import validation
from common.errors import InvalidParam

_TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _format_error(fmt: str | None, value: str) -> str | None:
    try:
        if fmt == "date":
            validation.parse_date(value)
        elif fmt == "date-time":
            validation.parse_datetime(value)
        elif fmt == "uri" and value:
            validation.validate_absolute_url(value)
        elif fmt == "uuid":
            uuid.UUID(value)
        elif fmt == "email" and value and not _EMAIL.match(value):
            return "Geef een geldig e-mailadres."
    except ValueError as exc:
        return str(exc) or "Ongeldige waarde."
    return None


class SchemaChecker:
    def __init__(self, document: dict) -> None:
        self.document = document

    def _resolve(self, schema: Any) -> dict:
        seen = set()
        while isinstance(schema, dict) and "$ref" in schema and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            node: Any = self.document
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            schema = node
        return schema if isinstance(schema, dict) else {}

    def schema(self, name: str) -> dict:
        return self.document["components"]["schemas"][name]

    def errors(self, value: Any, schema: Any, name: str) -> list[InvalidParam]:
        schema = self._resolve(schema)
        if value is None:
            if schema.get("nullable") or any(self._resolve(s).get("enum") == [None] for s in schema.get("oneOf", [])):
                return []
            return [InvalidParam(name, "null", "Dit veld mag niet null zijn.")]
        found: list[InvalidParam] = []
        for part in schema.get("allOf", []):
            found += self.errors(value, part, name)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                options = [self.errors(value, option, name) for option in schema[keyword]]
                if all(options):
                    found += min(options, key=len)
        kind = schema.get("type")
        if kind and not _TYPES[kind](value):
            return found + [InvalidParam(name, "invalid", f"Geef een waarde van type {kind}.")]
        if "enum" in schema and value not in schema["enum"]:
            choices = ", ".join(str(c) for c in schema["enum"] if c not in (None, ""))
            found.append(InvalidParam(name, "invalid_choice", f"Kies uit: {choices}."))
        if isinstance(value, str):
            found += self._string(value, schema, name)
        elif isinstance(value, list):
            if "minItems" in schema and len(value) < schema["minItems"]:
                found.append(InvalidParam(name, "min_length", f"Geef ten minste {schema['minItems']} elementen."))
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                found.append(InvalidParam(name, "max_length", f"Geef hoogstens {schema['maxItems']} elementen."))
            if "items" in schema:
                for index, item in enumerate(value):
                    found += self.errors(item, schema["items"], f"{name}.{index}")
        elif isinstance(value, dict):
            properties = schema.get("properties") or {}
            for required in schema.get("required") or []:
                if required not in value and not self._resolve(properties.get(required, {})).get("readOnly"):
                    found.append(InvalidParam(f"{name}.{required}", "required", "Dit veld is verplicht."))
            for key, sub in properties.items():
                if key in value and not self._resolve(sub).get("readOnly"):
                    found += self.errors(value[key], sub, f"{name}.{key}")
        return found

    @staticmethod
    def _string(value: str, schema: dict, name: str) -> list[InvalidParam]:
        found = []
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(InvalidParam(name, "max_length", f"Gebruik hoogstens {schema['maxLength']} tekens."))
        if "minLength" in schema and len(value) < schema["minLength"]:
            found.append(InvalidParam(name, "min_length", f"Gebruik ten minste {schema['minLength']} tekens."))
        if "pattern" in schema and value and not re.search(schema["pattern"], value):
            found.append(InvalidParam(name, "invalid", f"De waarde past niet in het patroon {schema['pattern']}."))
        if "\x00" in value:
            found.append(InvalidParam(name, "invalid", "Een waarde mag geen NUL-teken bevatten."))
        problem = _format_error(schema.get("format"), value)
        if problem:
            found.append(InvalidParam(name, "invalid", problem))
        return found
