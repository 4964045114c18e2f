"""Wire shapes of the Contactmomenten API (see openapi/contactmomenten-1.0.0.yaml).

Request bodies are pydantic models (camelCase on the wire); read-only fields a client sends
(``url``, ``volgendContactmoment``, ``klantcontactmomenten``, ``objectcontactmomenten``) are
ignored. Answers are plain dicts built in serialize.py.
"""

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from common import validation
from common.fields import AbsoluteUrl, DateTime, Rsin, WireModel

API_ROOT = "/contactmomenten/api/v1"

Initiatiefnemer = Literal["gemeente", "klant", ""]
Rol = Literal["belanghebbende", "gesprekspartner"]
ObjectType = Literal["zaak"]

_TAALCODE = re.compile(r"[a-z]{3}")


def _url_or_blank(value: str) -> str:
    if value:
        try:
            validation.validate_absolute_url(value)
        except ValueError as exc:
            raise PydanticCustomError("invalid", str(exc)) from None
    return value


def _taalcode(value: str) -> str:
    if value and not _TAALCODE.fullmatch(value):
        raise PydanticCustomError("invalid", "Geef een taalcode volgens ISO 639-2/B, zoals nld.")
    return value


UrlOrBlank = Annotated[str, AfterValidator(_url_or_blank)]
Taalcode = Annotated[str, AfterValidator(_taalcode)]


class MedewerkerIn(WireModel):
    identificatie: str = Field("", max_length=24)
    achternaam: str = Field("", max_length=200)
    voorletters: str = Field("", max_length=20)
    voorvoegsel_achternaam: str = Field("", max_length=10)


class ContactMomentIn(WireModel):
    vorig_contactmoment: AbsoluteUrl | None = Field(None, max_length=1000)
    bronorganisatie: Rsin = Field(max_length=9)
    registratiedatum: DateTime | None = None
    kanaal: str = Field("", max_length=50)
    voorkeurskanaal: str = Field("", max_length=50)
    voorkeurstaal: Taalcode = Field("", max_length=3)
    tekst: str = ""
    onderwerp_links: list[Annotated[AbsoluteUrl, Field(max_length=1000)]] = Field(default_factory=list)
    initiatiefnemer: Initiatiefnemer = ""
    medewerker: UrlOrBlank = Field("", max_length=1000)
    medewerker_identificatie: MedewerkerIn | None = None


class ContactMomentPatch(ContactMomentIn):
    bronorganisatie: Rsin | None = Field(None, max_length=9)
    kanaal: str | None = Field(None, max_length=50)
    voorkeurskanaal: str | None = Field(None, max_length=50)
    voorkeurstaal: Taalcode | None = Field(None, max_length=3)
    tekst: str | None = None
    onderwerp_links: list[Annotated[AbsoluteUrl, Field(max_length=1000)]] | None = None
    initiatiefnemer: Initiatiefnemer | None = None
    medewerker: UrlOrBlank | None = Field(None, max_length=1000)


class KlantContactMomentIn(WireModel):
    contactmoment: AbsoluteUrl = Field(max_length=1000)
    klant: AbsoluteUrl = Field(max_length=1000)
    rol: Rol
    gelezen: bool = False


class KlantContactMomentPatch(KlantContactMomentIn):
    contactmoment: AbsoluteUrl | None = Field(None, max_length=1000)
    klant: AbsoluteUrl | None = Field(None, max_length=1000)
    rol: Rol | None = None
    gelezen: bool | None = None


class ObjectContactMomentIn(WireModel):
    contactmoment: AbsoluteUrl = Field(max_length=1000)
    object: AbsoluteUrl = Field(max_length=1000)
    object_type: ObjectType
