"""Wire shapes of the Catalogi API (see openapi/catalogi-1.3.1.yaml)."""

from typing import Any

from pydantic import Field

from common.fields import Date, Email, NotBlank, Rsin, WireModel
from registries.catalogi.models import Catalogus


class CatalogusIn(WireModel):
    domein: NotBlank = Field(max_length=5)
    rsin: Rsin = Field(max_length=9)
    contactpersoon_beheer_naam: NotBlank = Field(max_length=40)
    contactpersoon_beheer_telefoonnummer: str = Field("", max_length=20)
    contactpersoon_beheer_emailadres: Email = Field("", max_length=254)
    naam: str | None = Field(None, max_length=200)
    versie: str | None = Field(None, max_length=20)
    begindatum_versie: Date | None = None


def catalogus_url(base: str, catalogus: Catalogus) -> str:
    return f"{base}/catalogi/api/v1/catalogussen/{catalogus.uuid}"


def catalogus_out(base: str, catalogus: Catalogus) -> dict[str, Any]:
    return {
        "url": catalogus_url(base, catalogus),
        "domein": catalogus.domein,
        "rsin": catalogus.rsin,
        "contactpersoonBeheerNaam": catalogus.contactpersoon_beheer_naam,
        "contactpersoonBeheerTelefoonnummer": catalogus.contactpersoon_beheer_telefoonnummer,
        "contactpersoonBeheerEmailadres": catalogus.contactpersoon_beheer_emailadres,
        # The types inside a catalogus arrive with the rest of the Catalogi API; until then none exist.
        "zaaktypen": [],
        "besluittypen": [],
        "informatieobjecttypen": [],
        "naam": catalogus.naam,
        "versie": catalogus.versie,
        "begindatumVersie": catalogus.begindatum_versie.isoformat() if catalogus.begindatum_versie else None,
    }
