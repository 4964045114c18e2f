"""Request bodies of the Producttypen API and the Producten API (see openapi/producttypen-1.7.0.yaml
and openapi/producten-1.7.0.yaml).

These APIs speak snake_case on the wire, as Open Product does. Every body has a full form (POST,
PUT) and a patched form (PATCH) in which every field is optional; ``model_fields_set`` tells
which fields a client sent. A field that may not be null refuses an explicit null in both forms.
Answers are built in represent.py.
"""

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, ClassVar, Literal
from uuid import UUID

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, ValidationInfo, create_model, field_validator, model_validator
from pydantic_core import PydanticCustomError

from common import validation
from common.fields import AbsoluteUrl, Date, Email, WireModel

Doelgroep = Literal["burgers", "interne_organisatie", "samenwerkingspartners", "bedrijven_en_instellingen"]
ToegestaneStatus = Literal["in_aanvraag", "gereed", "actief", "ingetrokken", "geweigerd", "verlopen"]
Status = Literal["initieel", "in_aanvraag", "gereed", "actief", "ingetrokken", "geweigerd", "verlopen"]
Frequentie = Literal["eenmalig", "maandelijks", "jaarlijks", ""]
STATUSSEN = ("initieel", "in_aanvraag", "gereed", "actief", "ingetrokken", "geweigerd", "verlopen")
DOELGROEPEN = ("burgers", "interne_organisatie", "samenwerkingspartners", "bedrijven_en_instellingen")

# RFC 8141 URNs, as the reference writes them (NID of 2 to 32 characters, then the NSS).
_URN = re.compile(
    r"urn:[A-Za-z0-9](?:[A-Za-z0-9]|-){0,30}[A-Za-z0-9]:(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])"
    r"(?:(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])|/)*"
    r"(?:\?\+(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])(?:(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])|/|\?)*)?"
    r"(?:\?=(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])(?:(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])|/|\?)*)?"
    r"(?:#(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])(?:(?:[A-Za-z0-9]|[-._~]|%[0-9A-Fa-f][0-9A-Fa-f]|[!$&'()*+,;=]|[:@])|/|\?)*)?"
)
_CODE = re.compile(r"[A-Z0-9-]+")
_KEY_VALUE = re.compile(r"[^:\[\]]+")
_POSTCODE = re.compile(r"[1-9][0-9]{3}\s?[A-Za-z]{2}")
_BEDRAG = re.compile(r"-?[0-9]{0,6}(?:\.[0-9]{0,2})?")


def _invalid(message: str) -> PydanticCustomError:
    return PydanticCustomError("invalid", message)


def _urn(value: str | None) -> str | None:
    if value is not None and not _URN.fullmatch(value):
        raise _invalid("Geef een URN als urn:<organisatie>:<systeem>:<component>:<resource>:<identificatie>.")
    return value


def _code(value: str) -> str:
    if not _CODE.fullmatch(value):
        raise _invalid("Een code bestaat alleen uit hoofdletters, cijfers en koppeltekens.")
    return value


def _key_value(value: str) -> str:
    if not _KEY_VALUE.fullmatch(value):
        raise _invalid("Dubbele punten en blokhaken zijn hier niet toegestaan.")
    return value


def _postcode(value: str) -> str:
    if value and not _POSTCODE.fullmatch(value):
        raise _invalid("Geef een postcode als 1234 AB.")
    return value


def _url(value: str | None) -> str | None:
    if value:
        try:
            validation.validate_absolute_url(value)
        except ValueError as exc:
            raise _invalid(str(exc)) from None
    return value


def _bedrag(value: Any) -> Any:
    """A decimal amount as the reference takes it: a number, or a string with . or , before the cents."""
    if value is None or isinstance(value, bool):
        return value if value is None else "x"
    text = str(value).strip().replace(",", ".") if isinstance(value, (str, int, float, Decimal)) else None
    if text is None or not text or not _BEDRAG.fullmatch(text) or text in ("-", ".", "-."):
        raise _invalid("Geef een bedrag met hoogstens 6 cijfers voor en 2 na de komma.")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _invalid("Geef een bedrag met hoogstens 6 cijfers voor en 2 na de komma.") from None


Urn = Annotated[str, AfterValidator(_urn)]
Code = Annotated[str, AfterValidator(_code)]
KeyValue = Annotated[str, AfterValidator(_key_value)]
Postcode = Annotated[str, AfterValidator(_postcode)]
Url = Annotated[str, AfterValidator(_url)]
Bedrag = Annotated[Decimal, BeforeValidator(_bedrag)]


class Body(WireModel):
    """snake_case on the wire (Open Product's dialect), unknown fields ignored."""

    model_config = ConfigDict(alias_generator=None, populate_by_name=True, extra="ignore")

    # Fields that accept null (the contract's nullable ones); an explicit null elsewhere is a 400.
    NULLABLE: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _no_null(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name not in cls.NULLABLE:
            raise PydanticCustomError("null", "Dit veld mag niet leeg (null) zijn.")
        return value


def patched(model: type[Body]) -> type[Body]:
    """The PATCH form of ``model``: the same fields, each optional; explicit nulls still refused."""
    fields = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation
        fields[name] = (annotation | None, Field(None, alias=info.alias, **_constraints(info)))
    patched_model = create_model(f"Patched{model.__name__}", __base__=model, **fields)
    return patched_model


def _constraints(info) -> dict[str, Any]:
    kept = {}
    for item in info.metadata:
        for key in ("max_length", "min_length"):
            if getattr(item, key, None) is not None:
                kept[key] = getattr(item, key)
    return kept


# --------------------------------------------------------------------------- producttypen


class NamedValue(Body):
    naam: KeyValue = Field(min_length=1, max_length=255)


class ExterneCodeIn(NamedValue):
    code: KeyValue = Field(min_length=1, max_length=255)


class ParameterIn(NamedValue):
    waarde: KeyValue = Field(min_length=1, max_length=255)


class VerwijzingIn(Body):
    """A reference to an object elsewhere (zaaktype, document, zaak ...), as a URL and/or a URN."""

    NULLABLE = frozenset({"url", "urn"})
    urn: Urn | None = None
    url: Url | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _one_of_them(self):
        if not self.url and not self.urn:
            raise PydanticCustomError("invalid", "Geef een url, een urn of beide.")
        return self


class ProductTypeIn(Body):
    NULLABLE = frozenset({"uniforme_product_naam", "eigenaar", "publicatie_start_datum", "publicatie_eind_datum"})

    uniforme_product_naam: str | None = Field(None, min_length=1)
    doelgroep: Doelgroep
    thema_uuids: list[UUID]
    locatie_uuids: list[UUID] = []
    organisatie_uuids: list[UUID] = []
    contact_uuids: list[UUID] = []
    eigenaar: Urn | None = None
    naam: str = Field(min_length=1, max_length=255)
    samenvatting: str = Field(min_length=1)
    externe_codes: list[ExterneCodeIn] = []
    parameters: list[ParameterIn] = []
    verbruiksobject_schema_naam: str | None = Field(None, min_length=1)
    dataobject_schema_naam: str | None = Field(None, min_length=1)
    publicatie_start_datum: Date | None = None
    publicatie_eind_datum: Date | None = None
    code: Code = Field(min_length=1, max_length=255)
    toegestane_statussen: list[ToegestaneStatus] = []
    keywords: list[Annotated[str, Field(max_length=100)]] = []
    interne_opmerkingen: str = ""
    zaaktypen: list[VerwijzingIn] = []
    verzoektypen: list[VerwijzingIn] = []
    processen: list[VerwijzingIn] = []


ProductTypePatch = patched(ProductTypeIn)


class VertalingIn(Body):
    naam: str = Field(min_length=1, max_length=255)
    samenvatting: str = Field(min_length=1)


VertalingPatch = patched(VertalingIn)


class ThemaIn(Body):
    NULLABLE = frozenset({"hoofd_thema"})

    naam: str = Field(min_length=1, max_length=255)
    beschrijving: str = ""
    gepubliceerd: bool = False
    hoofd_thema: UUID | None
    producttype_uuids: list[UUID]


ThemaPatch = patched(ThemaIn)


class JsonSchemaIn(Body):
    naam: str = Field(min_length=1, max_length=200)
    schema_: dict[str, Any] = Field(alias="schema")


JsonSchemaPatch = patched(JsonSchemaIn)


class PrijsOptieIn(Body):
    uuid: UUID | None = None
    bedrag: Bedrag
    beschrijving: str = Field(min_length=1, max_length=255)


class PrijsRegelIn(Body):
    NULLABLE = frozenset({"mapping"})

    uuid: UUID | None = None
    beschrijving: str = Field(min_length=1, max_length=255)
    dmn_tabel_id: str = Field(min_length=1, max_length=255)
    tabel_endpoint: AbsoluteUrl = Field(min_length=1, max_length=1000)
    mapping: dict[str, Any] | None = None


class PrijsIn(Body):
    producttype_uuid: UUID
    prijsopties: list[PrijsOptieIn] = []
    prijsregels: list[PrijsRegelIn] = []
    actief_vanaf: Date


PrijsPatch = patched(PrijsIn)


class LinkIn(Body):
    naam: str = Field(min_length=1, max_length=255)
    url: Url = Field(min_length=1, max_length=200)
    producttype_uuid: UUID


LinkPatch = patched(LinkIn)


class ActieIn(Body):
    NULLABLE = frozenset({"mapping"})

    naam: str = Field(min_length=1, max_length=255)
    direct_url: Url | None = Field(None, min_length=1, max_length=1000)
    tabel_endpoint: Url | None = Field(None, min_length=1, max_length=1000)
    dmn_tabel_id: str | None = Field(None, min_length=1, max_length=255)
    producttype_uuid: UUID
    mapping: dict[str, Any] | None = None


ActiePatch = patched(ActieIn)


class AdresIn(Body):
    naam: str = Field(min_length=1, max_length=255)
    email: Email = Field("", max_length=254)
    telefoonnummer: str = Field("", max_length=15)
    straat: str = Field("", max_length=255)
    huisnummer: str = Field("", max_length=10)
    postcode: Postcode = Field("", max_length=7)
    stad: str = Field("", max_length=255)


LocatieIn = AdresIn
LocatiePatch = patched(AdresIn)


class OrganisatieIn(AdresIn):
    code: str = Field(min_length=1, max_length=255)


OrganisatiePatch = patched(OrganisatieIn)


class ContactIn(Body):
    organisatie_uuid: UUID | None = None
    naam: str = Field(min_length=1, max_length=255)
    email: Email = Field("", max_length=254)
    telefoonnummer: str = Field("", max_length=15)
    rol: str = Field("", max_length=100)


ContactPatch = patched(ContactIn)


# --------------------------------------------------------------------------- producten


class EigenaarIn(Body):
    """bsn and/or klantnummer, or kvk_nummer (with or without vestigingsnummer); checked in rules.py."""

    uuid: UUID | None = None
    bsn: str = ""
    kvk_nummer: str = Field("", max_length=8)
    vestigingsnummer: str = Field("", max_length=24)
    klantnummer: str = Field("", max_length=50)


class ProductIn(Body):
    NULLABLE = frozenset({"start_datum", "eind_datum", "prijs", "verbruiksobject", "dataobject",
                           "aanvraag_zaak_urn", "aanvraag_zaak_url"})

    naam: str = Field("", max_length=255)
    start_datum: Date | None = None
    eind_datum: Date | None = None
    producttype_uuid: UUID
    gepubliceerd: bool = False
    eigenaren: list[EigenaarIn]
    documenten: list[VerwijzingIn] = []
    zaken: list[VerwijzingIn] = []
    taken: list[VerwijzingIn] = []
    status: Status = "initieel"
    prijs: Bedrag | None = None
    frequentie: Frequentie = ""
    verbruiksobject: dict[str, Any] | None = None
    dataobject: dict[str, Any] | None = None
    aanvraag_zaak_urn: Urn | None = None
    aanvraag_zaak_url: Url | None = Field(None, max_length=200)


ProductPatch = patched(ProductIn)


# --------------------------------------------------------------------------- content


class ContentElementIn(Body):
    NULLABLE = frozenset({"producttype_uuid", "thema_uuid"})

    content: str = Field(min_length=1)
    aanvullende_informatie: str = Field("", min_length=1)
    labels: list[Annotated[str, Field(min_length=1, max_length=255)]] = []
    producttype_uuid: UUID | None = None
    thema_uuid: UUID | None = None


ContentElementPatch = patched(ContentElementIn)


class ContentVertalingIn(Body):
    content: str = Field(min_length=1)
    aanvullende_informatie: str = Field("", min_length=1)
