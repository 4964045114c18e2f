"""Wire shapes of the Autorisaties API (see openapi/autorisaties-1.0.0.yaml).

An autorisatie is polymorphic on ``component``, as the standard's discriminator says: besides
``component``, ``componentWeergave`` and ``scopes`` it carries only the fields of its component
(``zaaktype`` and ``maxVertrouwelijkheidaanduiding`` for zrc, ``informatieobjecttype`` and
``maxVertrouwelijkheidaanduiding`` for drc, ``besluittype`` for brc). Fields of another component
in a request are ignored, as the reference implementation does.
"""

from collections.abc import Sequence
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AfterValidator, Field, StrictBool, StringConstraints
from pydantic_core import PydanticCustomError

from common import validation
from common.fields import NotBlank, WireModel
from registries.autorisaties.models import Applicatie, Autorisatie

ROOT = "/autorisaties/api/v1"

# The components of Autorisaties API 1.0, with the names the standard gives them.
COMPONENT_WEERGAVE = {
    "ac": "Autorisatiecomponent",
    "nrc": "Notificatierouteringcomponent",
    "zrc": "Zaakregistratiecomponent",
    "ztc": "Zaaktypecatalogus",
    "drc": "Documentregistratiecomponent",
    "brc": "Besluitregistratiecomponent",
}
COMPONENTS = tuple(COMPONENT_WEERGAVE)
# What an autorisatie of each component carries besides its scopes (snake_case, as stored).
COMPONENT_FIELDS: dict[str, tuple[str, ...]] = {
    "zrc": ("zaaktype", "max_vertrouwelijkheidaanduiding"),
    "drc": ("informatieobjecttype", "max_vertrouwelijkheidaanduiding"),
    "brc": ("besluittype",),
}
WIRE_NAMES = {
    "zaaktype": "zaaktype",
    "informatieobjecttype": "informatieobjecttype",
    "besluittype": "besluittype",
    "max_vertrouwelijkheidaanduiding": "maxVertrouwelijkheidaanduiding",
}


def _type_url(value: str) -> str:
    # "" is how the reference implementation says "no type"; clients send back what they read.
    if value == "":
        return value
    try:
        return validation.validate_absolute_url(value)
    except ValueError as exc:
        raise PydanticCustomError("invalid", str(exc)) from None


ClientId = Annotated[str, StringConstraints(min_length=1, max_length=50)]
Scope = Annotated[str, StringConstraints(min_length=1, max_length=100)]
TypeUrl = Annotated[str, Field(max_length=1000), AfterValidator(_type_url)]
Vertrouwelijkheidaanduiding = Literal[
    "", "openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim",
    "zeer_geheim",
]


class AutorisatieIn(WireModel):
    component: Literal["ac", "nrc", "zrc", "ztc", "drc", "brc"]
    scopes: list[Scope]
    zaaktype: TypeUrl = ""
    informatieobjecttype: TypeUrl = ""
    besluittype: TypeUrl = ""
    max_vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding = ""

    def stored(self) -> dict[str, Any]:
        """The columns of this autorisatie: only its component's fields, None where not given."""
        values: dict[str, Any] = {"component": self.component, "scopes": list(self.scopes)}
        for name in COMPONENT_FIELDS.get(self.component, ()):
            values[name] = getattr(self, name) or None
        return values


class ApplicatiePatch(WireModel):
    """PATCH: every field optional. Which fields were sent is ``model_fields_set``."""

    client_ids: list[ClientId] = []
    label: Annotated[NotBlank, Field(max_length=100)] = ""
    heeft_alle_autorisaties: StrictBool = False
    autorisaties: list[AutorisatieIn] = []


class ApplicatieIn(ApplicatiePatch):
    """POST and PUT: ``clientIds`` and ``label`` are required, the rest keeps its value when left out."""

    client_ids: list[ClientId]
    label: Annotated[NotBlank, Field(max_length=100)]


def applicatie_url(base: str, uuid: UUID) -> str:
    return f"{base}{ROOT}/applicaties/{uuid}"


def autorisatie_out(row: Autorisatie) -> dict[str, Any]:
    data: dict[str, Any] = {
        "component": row.component,
        "componentWeergave": COMPONENT_WEERGAVE[row.component],
        "scopes": list(row.scopes),
    }
    for name in COMPONENT_FIELDS.get(row.component, ()):
        data[WIRE_NAMES[name]] = getattr(row, name) or ""
    return data


def applicatie_out(
    base: str, applicatie: Applicatie, client_ids: Sequence[str], autorisaties: Sequence[Autorisatie]
) -> dict[str, Any]:
    return {
        "url": applicatie_url(base, applicatie.uuid),
        "clientIds": list(client_ids),
        "label": applicatie.label,
        "heeftAlleAutorisaties": applicatie.heeft_alle_autorisaties,
        "autorisaties": [autorisatie_out(row) for row in autorisaties if row.component in COMPONENT_WEERGAVE],
    }
