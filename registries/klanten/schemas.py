"""Request bodies of the Klantinteracties API (see openapi/klantinteracties-0.9.0.yaml).

POST and PUT bodies are the ``...In`` models, with the contract's required fields; PATCH bodies
are the same models with every field optional (``patch_model``). As in the reference, a PUT
leaves the optional fields it does not mention unchanged: a route applies only the fields a
body names (``model_fields_set``).

Polymorphic parts (``partijIdentificatie`` by ``soortPartij``, ``actorIdentificatie`` by
``soortActor``) are checked after the body, when the kind is known (``parse``).
"""

import re
from typing import Annotated, Any, Literal, TypeVar
from uuid import UUID

from pydantic import AfterValidator, BaseModel, Field, ValidationError, create_model
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from common import validation
from common.errors import ValidationProblem, validation_params
from common.fields import Date, DateTime, WireModel

SoortPartij = Literal["persoon", "organisatie", "contactpersoon"]
SoortActor = Literal["medewerker", "geautomatiseerde_actor", "organisatorische_eenheid"]
SoortDigitaalAdres = Literal["email", "telefoonnummer", "overig"]
CodeObjecttype = Literal["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging"]
CodeSoortObjectId = Literal["bsn", "vestigingsnummer", "kvk_nummer", "rsin"]
CodeRegister = Literal["brp", "hr"]
Rol = Literal["vertegenwoordiger", "klant"]
Status = Literal["te_verwerken", "verwerkt"]

PHONE_PATTERN = r"^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$"


def _url(value: str) -> str:
    if value:
        try:
            validation.validate_absolute_url(value, max_length=200)
        except ValueError as exc:
            raise PydanticCustomError("invalid", str(exc)) from None
    return value


def _digits(value: str | None) -> str | None:
    if value and not re.fullmatch(r"[0-9]+", value):
        raise PydanticCustomError("invalid", "Een nummer bestaat alleen uit cijfers.")
    return value


Url200 = Annotated[str, AfterValidator(_url)]
Nummer = Annotated[str | None, Field(max_length=10), AfterValidator(_digits)]


class Ref(WireModel):
    """A reference to another object of this API, by its uuid (its ``url`` is read-only)."""

    uuid: UUID


class Adres(WireModel):
    nummeraanduiding_id: str = Field("", max_length=16, pattern=r"^[0-9]{16}$")
    straatnaam: str = Field("", max_length=255)
    huisnummer: int | None = Field(None, ge=1, le=99999)
    huisnummertoevoeging: str = Field("", max_length=20)
    postcode: str = Field("", max_length=7, pattern=r"^[1-9][0-9]{3} [A-Z]{2}$")
    stad: str = Field("", max_length=255)
    adresregel1: str = Field("", max_length=80)
    adresregel2: str = Field("", max_length=80)
    adresregel3: str = Field("", max_length=80)
    land: str = Field("", min_length=2, max_length=2)


class Contactnaam(WireModel):
    voorletters: str = Field("", max_length=10)
    voornaam: str = Field("", max_length=200)
    voorvoegsel_achternaam: str = Field("", max_length=10)
    achternaam: str = Field("", max_length=200)


class Objectidentificator(WireModel):
    """Onderwerpobject-, bijlage- and actoridentificator: free codes of another register."""

    object_id: str = Field("", max_length=200)
    code_objecttype: str = Field("", max_length=200)
    code_register: str = Field("", max_length=200)
    code_soort_object_id: str = Field("", max_length=200)


# --- partijen ---------------------------------------------------------------------------------


class PartijIdentificatorGroep(WireModel):
    code_objecttype: CodeObjecttype
    code_soort_object_id: CodeSoortObjectId
    object_id: str = Field(max_length=200)
    code_register: CodeRegister


class PartijIdentificatorIn(WireModel):
    uuid: UUID | None = None  # in a partij's list: which existing identificator this item is
    identificeerde_partij: Ref | None = None
    andere_partij_identificator: str = Field("", max_length=200)
    partij_identificator: PartijIdentificatorGroep
    sub_identificator_van: Ref | None = None


class PersoonIn(WireModel):
    contactnaam: Contactnaam | None = None


class OrganisatieIn(WireModel):
    naam: str = Field("", max_length=200)


class ContactpersoonIn(WireModel):
    uuid: UUID | None = None
    werkte_voor_partij: Ref | None = None
    contactnaam: Contactnaam | None = None


PARTIJ_IDENTIFICATIE: dict[str, type[WireModel]] = {
    "persoon": PersoonIn,
    "organisatie": OrganisatieIn,
    "contactpersoon": ContactpersoonIn,
}


class PartijIn(WireModel):
    nummer: Nummer = None
    interne_notitie: str = Field("", max_length=1000)
    digitale_adressen: list[Ref] | None = None
    voorkeurs_digitaal_adres: Ref | None = None
    rekeningnummers: list[Ref] | None = None
    voorkeurs_rekeningnummer: Ref | None = None
    partij_identificatoren: list[PartijIdentificatorIn] | None = None
    soort_partij: SoortPartij
    indicatie_geheimhouding: bool | None = None
    voorkeurstaal: str = Field("", max_length=3)
    indicatie_actief: bool
    bezoekadres: Adres | None = None
    correspondentieadres: Adres | None = None
    # Checked against PARTIJ_IDENTIFICATIE once soortPartij is known (parse_identificatie).
    partij_identificatie: dict[str, Any] | None = None


class DigitaalAdresIn(WireModel):
    verstrekt_door_betrokkene: Ref | None = None
    verstrekt_door_partij: Ref | None = None
    adres: str = Field(max_length=80)
    soort_digitaal_adres: SoortDigitaalAdres
    is_standaard_adres: bool = False
    omschrijving: str = Field("", max_length=40)
    referentie: str = Field("", max_length=50, pattern=r"^[-a-zA-Z0-9_]+$")
    verificatie_datum: Date | None = None


class RekeningnummerIn(WireModel):
    partij: Ref | None = None
    iban: str = Field(max_length=34, pattern=r"^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$")
    bic: str = Field("", min_length=8, max_length=11, pattern=r"^[\S]+$")


class VertegenwoordigingIn(WireModel):
    vertegenwoordigende_partij: Ref
    vertegenwoordigde_partij: Ref


class CategorieIn(WireModel):
    naam: str = Field("", max_length=80)


class CategorieRelatieIn(WireModel):
    partij: Ref | None = None
    categorie: Ref | None = None
    begin_datum: Date | None = None
    eind_datum: Date | None = None


# --- klantcontacten ---------------------------------------------------------------------------


class KlantcontactIn(WireModel):
    nummer: Nummer = None
    referentienummer: str | None = Field(None, max_length=10)
    kanaal: str = Field(max_length=50)
    onderwerp: str = Field(max_length=200)
    inhoud: str = Field("", max_length=1000)
    reactie: str = Field("", max_length=4000)
    indicatie_contact_gelukt: bool | None = None
    hoofd_onderwerp_type: Url200 = Field("", max_length=200)
    verdere_actie_ondernomen: bool = False
    taal: str = Field(max_length=3)
    vertrouwelijk: bool
    plaatsgevonden_op: DateTime | None = None
    metadata: dict[str, Annotated[str, Field(max_length=255)]] = Field(default_factory=dict)


class BetrokkeneVelden(WireModel):
    was_partij: Ref | None = None
    bezoekadres: Adres | None = None
    correspondentieadres: Adres | None = None
    contactnaam: Contactnaam | None = None
    rol: Rol
    organisatienaam: str = Field("", max_length=200)
    initiator: bool


class BetrokkeneIn(BetrokkeneVelden):
    had_klantcontact: Ref


class OnderwerpobjectVelden(WireModel):
    was_klantcontact: Ref | None = None
    onderwerpobjectidentificator: Objectidentificator | None = None


class OnderwerpobjectIn(OnderwerpobjectVelden):
    klantcontact: Ref | None = None


class BijlageIn(WireModel):
    was_bijlage_van_klantcontact: Ref | None = None
    bijlageidentificator: Objectidentificator | None = None


class MaakKlantcontactIn(WireModel):
    klantcontact: KlantcontactIn
    betrokkene: BetrokkeneVelden | None = None
    onderwerpobject: OnderwerpobjectVelden | None = None


# --- actoren en interne taken -----------------------------------------------------------------


class MedewerkerIn(WireModel):
    functie: str = Field(max_length=40)
    emailadres: str = Field("", max_length=254)
    telefoonnummer: str = Field(max_length=20, pattern=PHONE_PATTERN)


class GeautomatiseerdeActorIn(WireModel):
    functie: str = Field(max_length=40)
    omschrijving: str = Field("", max_length=200)


class OrganisatorischeEenheidIn(WireModel):
    omschrijving: str = Field("", max_length=200)
    emailadres: str = Field("", max_length=254)
    faxnummer: str = Field("", max_length=20)
    telefoonnummer: str = Field("", max_length=20, pattern=PHONE_PATTERN)


ACTOR_IDENTIFICATIE: dict[str, type[WireModel]] = {
    "medewerker": MedewerkerIn,
    "geautomatiseerde_actor": GeautomatiseerdeActorIn,
    "organisatorische_eenheid": OrganisatorischeEenheidIn,
}


class ActorIn(WireModel):
    naam: str = Field(max_length=200)
    soort_actor: SoortActor
    indicatie_actief: bool = True
    actoridentificator: Objectidentificator | None = None
    actor_identificatie: dict[str, Any] | None = None


class ActorKlantcontactIn(WireModel):
    actor: Ref
    klantcontact: Ref


class InterneTaakIn(WireModel):
    nummer: Nummer = None
    referentienummer: str | None = Field(None, max_length=10)
    gevraagde_handeling: str = Field(max_length=200)
    aanleidinggevend_klantcontact: Ref
    toegewezen_aan_actor: Ref | None = None
    toegewezen_aan_actoren: list[Ref] | None = None
    toelichting: str = Field("", max_length=1000)
    status: Status
    afgehandeld_op: DateTime | None = None


# --- parsing ----------------------------------------------------------------------------------

Model = TypeVar("Model", bound=BaseModel)
_patch_models: dict[type, type] = {}


def patch_model(model: type[Model]) -> type[Model]:
    """The PATCH body of ``model``: the same fields, none required.

    A field the contract requires keeps its type, so an explicit ``null`` is still refused;
    only its absence is allowed (the default ``None`` is never validated).
    """
    if model not in _patch_models:
        fields = {
            name: (info.annotation, FieldInfo.merge_field_infos(info, default=None))
            for name, info in model.model_fields.items()
            if info.is_required()
        }
        _patch_models[model] = create_model(f"Patched{model.__name__}", __base__=model, **fields)
    return _patch_models[model]


def parse(model: type[Model], data: Any, prefix: str = "") -> Model:
    """``data`` as ``model``, or a 400 naming each wrong field (``prefix.field``)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        params = validation_params(exc.errors())
        if prefix:
            params = [type(p)(f"{prefix}.{p.name}" if p.name != "nonFieldErrors" else prefix, p.code, p.reason)
                      for p in params]
        raise ValidationProblem(params) from None


def given(body: BaseModel, name: str) -> bool:
    """Did the client send this field (PUT and PATCH change only what they name)?"""
    return name in body.model_fields_set

