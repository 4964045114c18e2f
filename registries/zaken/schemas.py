"""Wire shapes of the Zaken API (see openapi/zaken-1.5.1.yaml): request bodies and answers.

Request bodies are pydantic models (camelCase on the wire); read-only fields a client sends are
ignored. Answers are built as plain dicts from the rows, with the URLs of related objects that
the routes load in batches (never one query per object).
"""

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, field_validator
from pydantic_core import PydanticCustomError

from common import validation
from common.fields import AbsoluteUrl, Date, DateTime, Rsin, WireModel

API_ROOT = "/zaken/api/v1"

Vertrouwelijkheid = Literal[
    "openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim",
    "zeer_geheim",
]
Betalingsindicatie = Literal["nvt", "nog_niet", "gedeeltelijk", "geheel", ""]
Archiefnominatie = Literal["blijvend_bewaren", "vernietigen", ""]
Archiefstatus = Literal["nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen"]
BetrokkeneType = Literal["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid",
                         "medewerker"]
IndicatieMachtiging = Literal["gemachtigde", "machtiginggever", ""]
ObjectType = Literal[
    "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte", "huishouden",
    "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker",
    "natuurlijk_persoon", "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand",
    "spoorbaandeel", "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk",
    "woonplaats", "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige",
]
AardRelatie = Literal["vervolg", "onderwerp", "bijdrage"]

# ISO 8601 durations as the standard uses them (P1Y2M10DT2H30M, P2W).
_DURATION = re.compile(r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")


def _url_or_blank(value: str) -> str:
    if value:
        try:
            validation.validate_absolute_url(value)
        except ValueError as exc:
            raise PydanticCustomError("invalid", str(exc)) from None
    return value


UrlOrBlank = Annotated[str, AfterValidator(_url_or_blank)]


class Verlenging(WireModel):
    reden: str = Field(max_length=200)
    duur: str

    @field_validator("duur")
    @classmethod
    def _duur(cls, value: str) -> str:
        if not _DURATION.fullmatch(value):
            raise PydanticCustomError("invalid", "Geef een duur volgens ISO 8601, bijvoorbeeld P30D.")
        return value


class Opschorting(WireModel):
    indicatie: bool
    reden: str = Field(max_length=200)


class RelevanteZaak(WireModel):
    url: AbsoluteUrl = Field(max_length=1000)
    aard_relatie: AardRelatie


class ZaakKenmerk(WireModel):
    kenmerk: str = Field(max_length=40)
    bron: str = Field(max_length=40)


class Processobject(WireModel):
    datumkenmerk: str = Field(max_length=250)
    identificatie: str = Field(max_length=250)
    objecttype: str = Field(max_length=250)
    registratie: str = Field(max_length=250)


class ZaakIn(WireModel):
    """POST and PUT of a zaak. PATCH uses the same model and looks only at the fields sent."""

    identificatie: str = Field("", max_length=40)
    bronorganisatie: Rsin = Field(max_length=9)
    omschrijving: str = Field("", max_length=80)
    toelichting: str = Field("", max_length=1000)
    zaaktype: AbsoluteUrl = Field(max_length=1000)
    registratiedatum: Date | None = None
    verantwoordelijke_organisatie: Rsin = Field(max_length=9)
    startdatum: Date
    einddatum_gepland: Date | None = None
    uiterlijke_einddatum_afdoening: Date | None = None
    publicatiedatum: Date | None = None
    communicatiekanaal: UrlOrBlank = Field("", max_length=1000)
    producten_of_diensten: list[AbsoluteUrl] = Field(default_factory=list)
    vertrouwelijkheidaanduiding: Vertrouwelijkheid | None = None
    betalingsindicatie: Betalingsindicatie = ""
    laatste_betaaldatum: DateTime | None = None
    zaakgeometrie: dict[str, Any] | None = None
    verlenging: Verlenging | None = None
    opschorting: Opschorting | None = None
    selectielijstklasse: UrlOrBlank = Field("", max_length=1000)
    hoofdzaak: AbsoluteUrl | None = Field(None, max_length=1000)
    relevante_andere_zaken: list[RelevanteZaak] = Field(default_factory=list)
    kenmerken: list[ZaakKenmerk] = Field(default_factory=list)
    archiefnominatie: Archiefnominatie | None = None
    archiefstatus: Archiefstatus = "nog_te_archiveren"
    archiefactiedatum: Date | None = None
    opdrachtgevende_organisatie: str = Field("", max_length=9)
    processobjectaard: str | None = Field(None, max_length=200)
    startdatum_bewaartermijn: Date | None = None
    processobject: Processobject | None = None

    @field_validator("producten_of_diensten")
    @classmethod
    def _lengths(cls, value: list[str]) -> list[str]:
        if any(len(v) > 1000 for v in value):
            raise PydanticCustomError("max_length", "Een URL heeft hoogstens 1000 tekens.")
        return value


class ZaakPatch(ZaakIn):
    """PATCH: every field optional; only the fields sent change."""

    bronorganisatie: Rsin | None = Field(None, max_length=9)
    zaaktype: AbsoluteUrl | None = Field(None, max_length=1000)
    verantwoordelijke_organisatie: Rsin | None = Field(None, max_length=9)
    startdatum: Date | None = None
    archiefstatus: Archiefstatus | None = None


# --- sub-resources ---------------------------------------------------------------------------


class StatusIn(WireModel):
    zaak: AbsoluteUrl = Field(max_length=1000)
    statustype: AbsoluteUrl = Field(max_length=1000)
    datum_status_gezet: DateTime
    statustoelichting: str = Field("", max_length=1000)
    gezetdoor: AbsoluteUrl | None = Field(None, max_length=200)


class ResultaatIn(WireModel):
    zaak: AbsoluteUrl = Field(max_length=1000)
    resultaattype: AbsoluteUrl = Field(max_length=1000)
    toelichting: str = Field("", max_length=1000)


class ResultaatPatch(ResultaatIn):
    zaak: AbsoluteUrl | None = Field(None, max_length=1000)
    resultaattype: AbsoluteUrl | None = Field(None, max_length=1000)


class ContactPersoonRol(WireModel):
    emailadres: str = Field("", max_length=254)
    functie: str = Field("", max_length=50)
    telefoonnummer: str = Field("", max_length=20)
    naam: str = Field(max_length=40)


class RolIn(WireModel):
    zaak: AbsoluteUrl = Field(max_length=1000)
    betrokkene: UrlOrBlank = Field("", max_length=1000)
    betrokkene_type: BetrokkeneType
    afwijkende_naam_betrokkene: str = Field("", max_length=625)
    roltype: AbsoluteUrl = Field(max_length=1000)
    roltoelichting: str = Field(max_length=1000)
    indicatie_machtiging: IndicatieMachtiging = ""
    contactpersoon_rol: ContactPersoonRol | None = None
    betrokkene_identificatie: dict[str, Any] | None = None



class ZaakObjectIn(WireModel):
    zaak: AbsoluteUrl = Field(max_length=1000)
    object: UrlOrBlank = Field("", max_length=1000)
    zaakobjecttype: UrlOrBlank = Field("", max_length=1000)
    object_type: ObjectType
    object_type_overige: str = Field("", max_length=100, pattern=r"[a-z\_]+|^$")
    object_type_overige_definitie: dict[str, Any] | None = None
    relatieomschrijving: str = Field("", max_length=80)
    object_identificatie: dict[str, Any] | None = None


class ZaakObjectPatch(ZaakObjectIn):
    zaak: AbsoluteUrl | None = Field(None, max_length=1000)
    object_type: ObjectType | None = None


class ZaakInformatieObjectIn(WireModel):
    informatieobject: AbsoluteUrl = Field(max_length=1000)
    zaak: AbsoluteUrl = Field(max_length=1000)
    titel: str = Field("", max_length=200)
    beschrijving: str = ""
    vernietigingsdatum: DateTime | None = None
    status: AbsoluteUrl | None = Field(None, max_length=1000)


class ZaakInformatieObjectPatch(ZaakInformatieObjectIn):
    informatieobject: AbsoluteUrl | None = Field(None, max_length=1000)
    zaak: AbsoluteUrl | None = Field(None, max_length=1000)


class KlantContactIn(WireModel):
    zaak: AbsoluteUrl = Field(max_length=1000)
    identificatie: str = Field("", max_length=14)
    datumtijd: DateTime
    kanaal: str = Field("", max_length=20)
    onderwerp: str = Field("", max_length=200)
    toelichting: str = Field("", max_length=1000)


class ZaakContactMomentIn(WireModel):
    zaak: AbsoluteUrl = Field(max_length=1000)
    contactmoment: AbsoluteUrl = Field(max_length=1000)


class ZaakVerzoekIn(WireModel):
    zaak: AbsoluteUrl = Field(max_length=1000)
    verzoek: AbsoluteUrl = Field(max_length=1000)


class ZaakEigenschapIn(WireModel):
    zaak: AbsoluteUrl | None = None
    eigenschap: AbsoluteUrl = Field(max_length=1000)
    waarde: str


class ZaakEigenschapPatch(ZaakEigenschapIn):
    eigenschap: AbsoluteUrl | None = Field(None, max_length=1000)
    waarde: str | None = None


class ZaakBesluitIn(WireModel):
    besluit: AbsoluteUrl = Field(max_length=1000)


# --- answers ----------------------------------------------------------------------------------


def url(base: str, collection: str, key: Any) -> str:
    return f"{base}{API_ROOT}/{collection}/{key}"


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _datetime(value: datetime | None) -> str | None:
    """RFC 3339 with its offset; SQLite gives moments back without one, and they are stored in UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


BETALINGSINDICATIE_WEERGAVE = {
    "": "",
    "nvt": "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.",
    "nog_niet": "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
    "gedeeltelijk": "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
    "geheel": "De met de zaak gemoeide kosten zijn geheel betaald.",
}
AARD_RELATIE_WEERGAVE = {
    "hoort_bij": "Hoort bij, omgekeerd: kent",
    "legt_vast": "Legt vast, omgekeerd: kan vastgelegd zijn als",
}
