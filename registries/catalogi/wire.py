"""Request bodies checked against the contract itself.

Each operation's request schema in openapi/catalogi-1.3.1.yaml becomes a pydantic model
(a WireModel: camelCase on the wire, snake_case in Python, read-only fields ignored), so what
the API accepts is exactly what its contract describes: required fields, types (strict: no
"1" for an integer, no "true" for a boolean), formats, lengths, enums, nullable, minimum and
maximum, unique items. The standard's business rules come after, in rules.py.

Nothing here knows the Catalogi API; it could serve any contract (see the report on moving it
to common/).
"""

import json
import re
from functools import cache
from typing import Annotated, Any, Literal, Optional

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints, ValidationError, create_model
from pydantic.alias_generators import to_snake
from pydantic_core import PydanticCustomError
from fastapi import Request

from common import validation
from common.errors import NON_FIELD_ERRORS, InvalidParam, ValidationProblem, validation_params
from common.fields import Date, Email, WireModel

Schema = dict[str, Any]

# RFC 3986 characters only: what a strict "uri" format check (as clients and our property
# tests apply to responses) accepts; an IRI with non-ASCII characters is refused.
_URI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# An ISO 8601 duration: P[nY][nM][nW][nD][T[nH][nM][n[.n]S]], at least one part.
_DURATION = re.compile(r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")


def check_url(value: str, max_length: int = 1000) -> str:
    """An absolute http(s) URL of RFC 3986 characters; ValueError otherwise."""
    validation.validate_absolute_url(value, max_length)
    if not _URI_CHARS.fullmatch(value) or _PERCENT.search(value):
        raise ValueError("Een URL bestaat alleen uit de tekens van RFC 3986; codeer andere tekens met %.")
    return value


def check_duration(value: str) -> str:
    if len(value) > 100 or not _DURATION.fullmatch(value):
        raise ValueError("Geef een duur volgens ISO 8601, bijvoorbeeld P30D of P1Y6M.")
    return value


def _custom(check, code: str = "invalid"):
    def run(value: Any) -> Any:
        try:
            return check(value)
        except ValueError as exc:
            raise PydanticCustomError(code, str(exc)) from None

    return run


def _strict_text(value: Any) -> Any:
    if value is not None and not isinstance(value, str):
        raise PydanticCustomError("invalid", "Geef een tekst.")
    return value


def _unique(items: list) -> list:
    seen = []
    for item in items:
        if item in seen:
            raise PydanticCustomError("unique", "Elke waarde mag maar één keer voorkomen.")
        seen.append(item)
    return items


# --- from JSON schema to pydantic --------------------------------------------------------------


def _resolve(document: Schema, schema: Schema) -> tuple[Schema, str | None]:
    """Follow $ref and single-part allOf wrappers; keep the wrapper's nullable. Returns the
    schema and the name of the component it came from."""
    name = None
    nullable = bool(schema.get("nullable"))
    while True:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = document["components"]["schemas"][name]
        elif "allOf" in schema and len(schema["allOf"]) == 1:
            nullable = nullable or bool(schema.get("nullable"))
            schema = schema["allOf"][0]
        else:
            break
        nullable = nullable or bool(schema.get("nullable"))
    if nullable and not schema.get("nullable"):
        schema = {**schema, "nullable": True}
    return schema, name


def _enum_values(document: Schema, schema: Schema) -> tuple | None:
    if "enum" in schema:
        return tuple(schema["enum"])
    if "oneOf" in schema:
        values: list = []
        for variant in schema["oneOf"]:
            resolved, _name = _resolve(document, variant)
            if "enum" not in resolved:
                return None
            values += resolved["enum"]
        return tuple(values)
    return None


def annotation(document: Schema, schema: Schema, name: str, partial: bool = False) -> Any:
    """The pydantic type of one JSON schema of the contract."""
    schema, component = _resolve(document, schema)
    nullable = bool(schema.get("nullable"))
    enum = _enum_values(document, schema)
    if enum is not None:
        kind: Any = Annotated[Literal[enum], BeforeValidator(_strict_text)] if all(
            isinstance(v, str) for v in enum) else Literal[enum]
    elif schema.get("type") == "string":
        kind = _string(schema)
    elif schema.get("type") == "integer":
        kind = Annotated[int, Field(strict=True, ge=schema.get("minimum"), le=schema.get("maximum"))]
    elif schema.get("type") == "number":
        kind = Annotated[float, Field(strict=True, ge=schema.get("minimum"), le=schema.get("maximum"))]
    elif schema.get("type") == "boolean":
        kind = Annotated[bool, Field(strict=True)]
    elif schema.get("type") == "array":
        item = annotation(document, schema.get("items", {}), f"{name}Item")
        kind = Annotated[list[item], Field(strict=True, min_length=schema.get("minItems"), max_length=schema.get("maxItems"))]
        if schema.get("uniqueItems"):
            kind = Annotated[kind, AfterValidator(_unique)]
    elif schema.get("properties"):
        kind = model(document, schema, component or name, partial=False)
    else:
        kind = dict[str, Any]
    return Optional[kind] if nullable else kind


def _string(schema: Schema) -> Any:
    max_length, min_length = schema.get("maxLength"), schema.get("minLength")
    text = Annotated[str, StringConstraints(strict=True, max_length=max_length, min_length=min_length)]
    fmt = schema.get("format")
    if fmt == "date":
        return Date
    if fmt == "uri":
        return Annotated[text, AfterValidator(_custom(lambda v: check_url(v, max_length or 1000)))]
    if fmt == "duration":
        return Annotated[text, AfterValidator(_custom(check_duration))]
    if fmt == "email":
        return Annotated[text, *Email.__metadata__]
    return text


def model(document: Schema, schema: Schema, name: str, *, partial: bool) -> type[WireModel]:
    """A WireModel for an object schema; ``partial`` makes every field optional (PATCH)."""
    schema, _component = _resolve(document, schema)
    required = set(schema.get("required") or [])
    fields: dict[str, Any] = {}
    for prop, sub in (schema.get("properties") or {}).items():
        if isinstance(sub, dict) and sub.get("readOnly"):
            continue
        kind = annotation(document, sub, f"{name}{prop[:1].upper()}{prop[1:]}")
        if prop in required and not partial:
            fields[to_snake(prop)] = (kind, Field(alias=prop))
        else:
            fields[to_snake(prop)] = (kind, Field(None, alias=prop))
    return create_model(f"{name}{'Patch' if partial else ''}", __base__=WireModel, **fields)


@cache
def _operation_model(contract_file: str, path: str, method: str, partial: bool,
                     fallbacks: tuple[tuple[str, str], ...]) -> type[WireModel]:
    from common.app import _contract  # the app's own cached copy of the contract

    document = _contract(contract_file).document
    for where, how in ((path, method), *fallbacks):
        body = document["paths"][where][how].get("requestBody") or {}
        schema = (body.get("content") or {}).get("application/json", {}).get("schema") or {}
        if schema.get("properties") or "$ref" in schema:
            return model(document, schema, schema.get("$ref", "/Body").rsplit("/", 1)[-1], partial=partial)
    # The standard leaves this body unspecified and names no neighbour: any object.
    return model(document, {"type": "object", "properties": {}}, "Body", partial=partial)


def operation_model(contract_file: str, path: str, method: str, *, partial: bool = False,
                    fallbacks: tuple[tuple[str, str], ...] = ()) -> type[WireModel]:
    """The model of an operation's request body. Where the standard leaves a body unspecified
    (PATCH of a zaaktype, PUT of an informatieobjecttype) the first of ``fallbacks`` (path,
    method) with a specified body gives the schema instead."""
    return _operation_model(contract_file, path, method, partial, tuple(fallbacks))


async def read_json(request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except ValueError:
        raise ValidationProblem([InvalidParam(NON_FIELD_ERRORS, "parse_error", "De inhoud is geen geldige JSON.")]) from None


def parse(body_model: type[WireModel], data: Any) -> WireModel:
    try:
        return body_model.model_validate(data)
    except ValidationError as exc:
        raise ValidationProblem(validation_params(exc.errors())) from None


def given(body: WireModel) -> dict[str, Any]:
    """The fields the client sent (snake_case), with nested models as dicts by wire name."""
    return {name: _plain(getattr(body, name)) for name in body.model_fields_set}


def _plain(value: Any) -> Any:
    if isinstance(value, WireModel):
        return {field.alias or name: _plain(getattr(value, name))
                for name, field in type(value).model_fields.items() if name in value.model_fields_set}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
