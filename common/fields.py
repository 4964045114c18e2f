"""Field types for the wire shapes of the registries: camelCase names and the checks of common.validation.

Errors raised here carry codes (``invalid``, ``blank``) that the problem+json translation in
common.errors passes to the client unchanged.
"""

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, field_validator
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError

from common import validation


class WireModel(BaseModel):
    """A request body: snake_case in Python, camelCase on the wire; read-only fields are ignored."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")

    @field_validator("*", mode="after")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        # No database stores a NUL character or a lone surrogate in text (PostgreSQL refuses
        # both): refuse them here, as a 400, instead of failing in the database.
        if not _storable_text(value):
            raise PydanticCustomError("invalid", "Een waarde mag geen NUL-teken of ongeldige unicode bevatten.")
        return value


def _storable_text(value: Any) -> bool:
    if isinstance(value, str):
        if "\x00" in value:
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, (list, tuple)):
        return all(_storable_text(item) for item in value)
    if isinstance(value, dict):
        return all(_storable_text(k) and _storable_text(v) for k, v in value.items())
    return True


def _checked(check, code: str = "invalid"):
    def run(value: Any) -> Any:
        if value is None:
            return value
        try:
            return check(value)
        except ValueError as exc:
            raise PydanticCustomError(code, str(exc)) from None

    return run


def _date(value: Any) -> Any:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("invalid", "Geef een datum als JJJJ-MM-DD.")
    return _checked(validation.parse_date)(value)


def _datetime(value: Any) -> Any:
    if value is None or isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("invalid", "Geef een datum-tijd volgens RFC 3339.")
    return _checked(validation.parse_datetime)(value)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _email(value: str) -> str:
    if value and not _EMAIL.match(value):
        raise PydanticCustomError("invalid", "Geef een geldig e-mailadres.")
    return value


def _not_blank(value: str) -> str:
    if value == "":
        raise PydanticCustomError("blank", "Dit veld mag niet leeg zijn.")
    return value


Date = Annotated[date, BeforeValidator(_date)]
DateTime = Annotated[datetime, BeforeValidator(_datetime)]
Rsin = Annotated[str, AfterValidator(_not_blank), AfterValidator(_checked(validation.validate_rsin))]
Bsn = Annotated[str, AfterValidator(_checked(validation.validate_bsn))]
KvkNummer = Annotated[str, AfterValidator(_checked(validation.validate_kvk_nummer))]
Vestigingsnummer = Annotated[str, AfterValidator(_checked(validation.validate_vestigingsnummer))]
AbsoluteUrl = Annotated[str, AfterValidator(_checked(validation.validate_absolute_url))]
Email = Annotated[str, AfterValidator(_email)]
NotBlank = Annotated[str, AfterValidator(_not_blank)]
