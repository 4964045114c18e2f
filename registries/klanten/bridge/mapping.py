"""How the records of a Contactmomenten API become the bodies of Klantinteracties requests.

Pure functions, no HTTP. The table for users is in docs/migration.md; keep the two equal.
A record that cannot be moved whole raises ``NotMovable`` before anything is written.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from common import validation

INHOUD_MAX = 1000  # klantcontact.inhoud
METADATA_MAX = 255  # each value of klantcontact.metadata
IDENTIFICATOR_MAX = 200  # objectId of an onderwerpobject- or actoridentificator
DEFAULT_TAAL = "nld"  # klantcontact.taal is required; a contactmoment may have no voorkeurstaal

# Where the links of a contactmoment point, as onderwerpobjectidentificator.
ZAAK = {"codeObjecttype": "zgw-Zaak", "codeRegister": "openzaak", "codeSoortObjectId": "uuid"}
ONDERWERPLINK = {"codeObjecttype": "onderwerplink", "codeRegister": "contactmomenten", "codeSoortObjectId": "url"}
MEDEWERKER = {"codeObjecttype": "mdw", "codeRegister": "contactmomenten"}

# Fields of a contactmoment kept in klantcontact.metadata (Klantinteracties has no field for them).
METADATA_FIELDS = ("bronorganisatie", "voorkeurskanaal", "initiatiefnemer", "medewerker")


class NotMovable(Exception):
    """The record cannot be written to Klantinteracties; the message says why."""


def uuid_of(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rpartition("/")[2]


def _fits(name: str, value: str, limit: int) -> str:
    if len(value) > limit:
        raise NotMovable(f"{name} has {len(value)} characters; Klantinteracties holds at most {limit} there")
    return value


# --- contactmoment -> klantcontact ------------------------------------------------------------


def klantcontact(contactmoment: dict) -> dict:
    """The klantcontact of a contactmoment (without its links, which are records of their own)."""
    metadata = {"contactmoment": _fits("url", contactmoment["url"], METADATA_MAX)}
    for name in METADATA_FIELDS:
        value = contactmoment.get(name) or ""
        if value:
            metadata[name] = _fits(name, value, METADATA_MAX)
    body = {
        "kanaal": contactmoment.get("kanaal") or "",
        "onderwerp": "",
        "inhoud": _fits("tekst", contactmoment.get("tekst") or "", INHOUD_MAX),
        "taal": contactmoment.get("voorkeurstaal") or DEFAULT_TAAL,
        "vertrouwelijk": False,
        "metadata": metadata,
    }
    if contactmoment.get("registratiedatum"):
        body["plaatsgevondenOp"] = contactmoment["registratiedatum"]
    return body


def onderwerplinks(contactmoment: dict) -> list[dict]:
    """One onderwerpobjectidentificator per onderwerpLink."""
    return [
        {"objectId": _fits("onderwerpLinks", link, IDENTIFICATOR_MAX), **ONDERWERPLINK}
        for link in contactmoment.get("onderwerpLinks") or []
    ]


def medewerker_actor(contactmoment: dict) -> dict | None:
    """The actor (soort medewerker) who registered the contactmoment, or None when unknown."""
    wie = contactmoment.get("medewerkerIdentificatie") or {}
    identificatie, url = wie.get("identificatie") or "", contactmoment.get("medewerker") or ""
    naam = " ".join(p for p in (wie.get("voorletters"), wie.get("voorvoegselAchternaam"), wie.get("achternaam")) if p)
    if identificatie:
        identificator = {"objectId": identificatie, **MEDEWERKER, "codeSoortObjectId": "identificatie"}
    elif url:
        identificator = {"objectId": _fits("medewerker", url, IDENTIFICATOR_MAX), **MEDEWERKER,
                         "codeSoortObjectId": "url"}
    elif naam:
        identificator = None
    else:
        return None
    actor = {"naam": (naam or identificatie or url)[:200], "soortActor": "medewerker", "indicatieActief": True}
    if identificator:
        actor["actoridentificator"] = identificator
    return actor


def check_contactmoment(contactmoment: dict) -> None:
    """Everything a contactmoment becomes, built once, so a record that cannot move whole fails first."""
    klantcontact(contactmoment)
    onderwerplinks(contactmoment)
    medewerker_actor(contactmoment)


# --- objectcontactmoment -> onderwerpobject ---------------------------------------------------


def onderwerpobjectidentificator(objectcontactmoment: dict) -> dict:
    if objectcontactmoment.get("objectType") != "zaak":
        raise NotMovable(f"objectType {objectcontactmoment.get('objectType')!r} is not known (only 'zaak')")
    object_id = uuid_of(objectcontactmoment["object"])
    if not object_id:
        raise NotMovable(f"object {objectcontactmoment['object']!r} does not end in the zaak's uuid")
    return {"objectId": _fits("object", object_id, IDENTIFICATOR_MAX), **ZAAK}


# --- klant (Klanten API 1.0) -> partij ------------------------------------------------------


@dataclass
class Subject:
    """Who a klant is, as a partij-identificator of Klantinteracties."""

    code_register: str
    code_objecttype: str
    code_soort_object_id: str
    object_id: str
    soort_partij: str  # persoon or organisatie
    notes: list[str] = field(default_factory=list)

    @property
    def identificator(self) -> dict:
        return {"codeRegister": self.code_register, "codeObjecttype": self.code_objecttype,
                "codeSoortObjectId": self.code_soort_object_id, "objectId": self.object_id}

    @property
    def may_create(self) -> bool:
        # A vestigingsnummer hangs under a KvK-nummer the klant does not name (kic-004): find only.
        return self.code_soort_object_id != "vestigingsnummer"


def _last_digits(url: str) -> str:
    last = uuid_of(url or "")
    return last if re.fullmatch(r"[0-9]+", last) else ""


def subject_of(klant: dict) -> Subject | None:
    """BSN, KvK-nummer, RSIN or vestigingsnummer of a klant, from subjectIdentificatie (or, when that
    is empty, from the end of its ``subject`` URL, as the BRP and HR APIs name their resources)."""
    kind = klant.get("subjectType")
    ident = klant.get("subjectIdentificatie") or {}
    from_url = _last_digits(klant.get("subject") or "")
    if kind == "natuurlijk_persoon":
        bsn = ident.get("inpBsn") or from_url
        try:
            validation.validate_bsn(bsn)
        except ValueError:
            return None
        return Subject("brp", "natuurlijk_persoon", "bsn", bsn, "persoon")
    if kind == "niet_natuurlijk_persoon":
        number = ident.get("innNnpId") or from_url
        if re.fullmatch(r"[0-9]{8}", number):
            return Subject("hr", "niet_natuurlijk_persoon", "kvk_nummer", number, "organisatie")
        try:
            validation.validate_rsin(number)
        except ValueError:
            return None
        return Subject("hr", "niet_natuurlijk_persoon", "rsin", number, "organisatie")
    if kind == "vestiging":
        number = ident.get("vestigingsNummer") or from_url
        if re.fullmatch(r"[0-9]{12}", number):
            return Subject("hr", "vestiging", "vestigingsnummer", number, "organisatie")
    return None


def _cut(value: str | None, limit: int) -> str:
    return (value or "")[:limit]


def partij(klant: dict, subject: Subject) -> dict:
    """A new partij for a klant that Klantinteracties does not know yet."""
    ident = klant.get("subjectIdentificatie") or {}
    if subject.soort_partij == "persoon":
        identificatie = {"contactnaam": {
            "voorletters": _cut(ident.get("voorletters"), 10),
            "voornaam": _cut(ident.get("voornamen") or klant.get("voornaam"), 200),
            "voorvoegselAchternaam": _cut(ident.get("voorvoegselGeslachtsnaam")
                                          or klant.get("voorvoegselAchternaam"), 10),
            "achternaam": _cut(ident.get("geslachtsnaam") or klant.get("achternaam"), 200),
        }}
    else:
        identificatie = {"naam": _cut(ident.get("statutaireNaam") or klant.get("bedrijfsnaam"), 200)}
    return {
        "soortPartij": subject.soort_partij,
        "indicatieActief": True,
        "partijIdentificatie": identificatie,
        "partijIdentificatoren": [{"partijIdentificator": subject.identificator}],
    }


# --- klantcontactmoment -> betrokkene ---------------------------------------------------------


def rol(link: dict, links: list[dict]) -> str:
    """belanghebbende is the klant; a gesprekspartner is the klant too, unless another klant of the
    same contactmoment is the belanghebbende: then the gesprekspartner spoke for them."""
    if link.get("rol") == "gesprekspartner" and any(
        other.get("rol") == "belanghebbende" and other.get("klant") != link.get("klant") for other in links
    ):
        return "vertegenwoordiger"
    return "klant"


def betrokkene(link: dict, links: list[dict], contactmoment: dict, klant: dict | None) -> dict:
    """The betrokkene of a klantcontactmoment; ``hadKlantcontact`` and ``wasPartij`` are set by the caller."""
    klant = klant or {}
    mapped = rol(link, links)
    return {
        "rol": mapped,
        "initiator": mapped == "klant" and contactmoment.get("initiatiefnemer") == "klant",
        "contactnaam": {
            "voorletters": "",
            "voornaam": _cut(klant.get("voornaam"), 200),
            "voorvoegselAchternaam": _cut(klant.get("voorvoegselAchternaam"), 10),
            "achternaam": _cut(klant.get("achternaam"), 200),
        },
        "organisatienaam": _cut(klant.get("bedrijfsnaam"), 200),
    }


def not_moved(kind: str, record: dict) -> list[str]:
    """Fields of a record with a value that has no place in Klantinteracties (for the report)."""
    if kind == "klantcontactmoment" and record.get("gelezen"):
        return ["gelezen"]
    return []
