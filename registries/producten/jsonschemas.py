"""JSON Schema (draft 2020-12) for a producttype's verbruiksobject and dataobject, formats enforced.

jsonschema checks ``format`` only for the formats it has a checker for, and some checkers need
optional packages; a format it cannot check would pass silently. The formats below are checked
with the project's own parsers, so ``date``, ``date-time``, ``time``, ``email``, ``uri``,
``uri-reference``, ``uuid``, ``ipv4``, ``ipv6``, ``hostname`` and ``regex`` are always enforced.
Validators are compiled once per schema version and cached.
"""

import ipaddress
import re
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError

from common import validation

FORMATS = FormatChecker()

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_HOSTNAME = re.compile(r"(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")


def _checks(name: str, *raises):
    return FORMATS.checks(name, raises=raises or (ValueError,))


@_checks("date")
def _date(value: Any) -> bool:
    return not isinstance(value, str) or bool(validation.parse_date(value))


@_checks("date-time")
def _date_time(value: Any) -> bool:
    return not isinstance(value, str) or bool(validation.parse_datetime(value, require_offset=True))


@_checks("time")
def _time(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    if not _TIME.fullmatch(value):
        return False
    hours, minutes, seconds = int(value[0:2]), int(value[3:5]), int(value[6:8])
    return hours < 24 and minutes < 60 and seconds < 61


@_checks("email")
def _email(value: Any) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.fullmatch(value))


@_checks("uri")
def _uri(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        return False
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(_SCHEME.fullmatch(parts.scheme)) and bool(parts.netloc or parts.path)


@_checks("uri-reference")
def _uri_reference(value: Any) -> bool:
    return not isinstance(value, str) or not any(ch.isspace() or ord(ch) < 32 for ch in value)


@_checks("uuid")
def _uuid(value: Any) -> bool:
    return not isinstance(value, str) or (len(value) == 36 and bool(UUID(value)))


@_checks("ipv4")
def _ipv4(value: Any) -> bool:
    return not isinstance(value, str) or bool(ipaddress.IPv4Address(value))


@_checks("ipv6")
def _ipv6(value: Any) -> bool:
    return not isinstance(value, str) or bool(ipaddress.IPv6Address(value))


@_checks("hostname")
def _hostname(value: Any) -> bool:
    return not isinstance(value, str) or bool(_HOSTNAME.fullmatch(value))


@_checks("regex", re.error)
def _regex(value: Any) -> bool:
    return not isinstance(value, str) or bool(re.compile(value) or True)


def schema_problem(schema: Any) -> str | None:
    """Why ``schema`` is not a valid draft 2020-12 JSON Schema, or None when it is."""
    if not isinstance(schema, dict):
        return "Een JSON-schema is een object."
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        return f"Dit is geen geldig JSON-schema (draft 2020-12): {exc.message}"
    return None


_compiled: dict[tuple[int, str], Draft202012Validator] = {}


def _validator(key: tuple[int, str], schema: dict) -> Draft202012Validator:
    validator = _compiled.get(key)
    if validator is None:
        if len(_compiled) > 1000:  # schemas change rarely; never let old versions pile up
            _compiled.clear()
        validator = _compiled[key] = Draft202012Validator(schema, format_checker=FORMATS)
    return validator


def errors(key: tuple[int, str], schema: dict, instance: Any) -> list[str]:
    """The reasons ``instance`` does not match ``schema`` (empty when it does).

    ``key`` (the schema's id and last change) identifies the compiled validator in the cache.
    """
    found = []
    for error in sorted(_validator(key, schema).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))[:10]:
        where = "/".join(str(p) for p in error.absolute_path)
        found.append(f"{where}: {error.message}" if where else error.message)
    return found
