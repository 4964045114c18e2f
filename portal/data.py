"""What each page shows, read from the registries for one resident (by BSN).

Every read filters at the source by the resident's BSN, so the portal never receives other
people's data: zaken by the BSN of a rol, partijen by their BSN identificator, producten by
eigenaar, the processing log by data subject.
"""

import asyncio
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

from portal.registries import NotServed, Registries, RegistryUnavailable

ZAKEN = "/zaken/api/v1"
KLANTINTERACTIES = "/klantinteracties/api/v1"
CONTACTMOMENTEN = "/contactmomenten/api/v1"
PRODUCTEN = "/producten/api/v1"
INZAGE = "/inzage/verwerkingen"
BSN_OF_ROL = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


@dataclass
class Stap:
    omschrijving: str
    tekst: str
    gezet_op: datetime | None
    huidig: bool = False


@dataclass
class Zaak:
    uuid: str
    identificatie: str
    omschrijving: str
    zaaktype: str
    startdatum: date | None
    einddatum: date | None
    status: str
    resultaat: str | None = None
    tijdlijn: list[Stap] = field(default_factory=list)

    @property
    def afgesloten(self) -> bool:
        return self.einddatum is not None or self.resultaat is not None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


async def _zaken_raw(api: Registries, bsn: str) -> list[dict[str, Any]]:
    # One request per page: the zaaktype and the current status with its statustype come inline
    # (``expand``), instead of three more requests per zaak.
    return await api.all_pages(f"{ZAKEN}/zaken", {BSN_OF_ROL: bsn, "expand": "zaaktype,status.statustype"})


async def _zaak(api: Registries, raw: dict[str, Any]) -> Zaak:
    inline = raw.get("_expand") or {}
    zaaktype = inline.get("zaaktype") or await api.get_cached(raw["zaaktype"])
    status = "Geregistreerd"  # no status set yet
    if raw.get("status"):
        current = inline.get("status") or await api.get(raw["status"])
        statustype = (current.get("_expand") or {}).get("statustype") or await api.get_cached(current["statustype"])
        status = statustype["omschrijving"]
    return Zaak(uuid=raw["uuid"], identificatie=raw["identificatie"], omschrijving=raw["omschrijving"],
                zaaktype=zaaktype.get("omschrijving", ""), startdatum=_date(raw.get("startdatum")),
                einddatum=_date(raw.get("einddatum")), status=status)


async def zaken(api: Registries, bsn: str) -> list[Zaak]:
    """The resident's zaken, newest first, each with its current status."""
    found = await asyncio.gather(*(_zaak(api, raw) for raw in await _zaken_raw(api, bsn)))
    return sorted(found, key=lambda z: (z.startdatum or date.min, z.identificatie), reverse=True)


async def zaak(api: Registries, bsn: str, uuid: str) -> Zaak | None:
    """One of the resident's zaken with its status timeline; None when it is not theirs."""
    try:
        url = f"{api.base_url.rstrip('/')}{ZAKEN}/zaken/{UUID(uuid)}"
    except ValueError:
        return None
    # Is the resident a betrokkene of this zaak? Asked before the zaak itself is read.
    rollen = await api.get(f"{ZAKEN}/rollen", {"zaak": url, BSN_OF_ROL.removeprefix("rol__"): bsn})
    if not rollen.get("count"):
        return None
    raw = await api.get(url)
    result = await _zaak(api, raw)
    zaaktype, statussen = await asyncio.gather(
        api.get_cached(raw["zaaktype"]), api.all_pages(f"{ZAKEN}/statussen", {"zaak": raw["url"]}))
    statustypen = sorted(await asyncio.gather(*(api.get_cached(url) for url in zaaktype.get("statustypen", []))),
                         key=lambda s: s.get("volgnummer", 0))
    gezet = {s["statustype"]: _datetime(s.get("datumStatusGezet")) for s in statussen}
    current = max(statussen, key=lambda s: s.get("datumStatusGezet") or "", default=None)
    result.tijdlijn = [
        Stap(omschrijving=st["omschrijving"], tekst=st.get("statustekst") or "", gezet_op=gezet.get(st["url"]),
             huidig=current is not None and current["statustype"] == st["url"])
        for st in statustypen
    ]
    if raw.get("resultaat"):
        resultaat = await api.get(raw["resultaat"])
        result.resultaat = (await api.get_cached(resultaat["resultaattype"])).get("omschrijving", "")
    return result


@dataclass
class Contact:
    moment: datetime | None
    kanaal: str
    onderwerp: str
    inhoud: str
    bron: str  # which API it came from


@dataclass
class Contacten:
    klantcontacten: list[Contact]
    contactmomenten: list[Contact] | None  # None: this deployment serves no Contactmomenten API
    naam: str = ""


async def _partij(api: Registries, bsn: str) -> dict[str, Any] | None:
    found = await api.get(f"{KLANTINTERACTIES}/partijen", {
        "partijIdentificator__codeSoortObjectId": "bsn", "partijIdentificator__objectId": bsn})
    return found["results"][0] if found["results"] else None


def _naam(partij: dict[str, Any]) -> str:
    naam = (partij.get("partijIdentificatie") or {}).get("contactnaam") or {}
    return " ".join(p for p in (naam.get("voornaam"), naam.get("voorvoegselAchternaam"), naam.get("achternaam")) if p)


async def contacten(api: Registries, bsn: str) -> Contacten:
    """Klantcontacten through the resident's partij; contactmomenten when that API is served."""
    partij = await _partij(api, bsn)
    if partij is None:
        return Contacten([], await _contactmomenten(api, None))
    raw, momenten = await asyncio.gather(
        api.all_pages(f"{KLANTINTERACTIES}/klantcontacten", {"hadBetrokkene__wasPartij__uuid": partij["uuid"]}),
        _contactmomenten(api, partij["url"]))
    klantcontacten = [Contact(_datetime(k.get("plaatsgevondenOp")), k.get("kanaal", ""), k.get("onderwerp", ""),
                              k.get("inhoud", ""), "Klantinteracties") for k in raw]
    klantcontacten.sort(key=lambda c: c.moment or datetime.min, reverse=True)
    return Contacten(klantcontacten, momenten, _naam(partij))


async def _contactmomenten(api: Registries, partij_url: str | None) -> list[Contact] | None:
    if not await api.served(CONTACTMOMENTEN):
        return None
    if partij_url is None:
        return []
    try:
        raw = await api.all_pages(f"{CONTACTMOMENTEN}/contactmomenten", {"klant": partij_url})
    except NotServed:
        return None
    momenten = [Contact(_datetime(m.get("registratiedatum")), m.get("kanaal", ""),
                        m.get("onderwerp", "") or "", m.get("tekst", ""), "Contactmomenten") for m in raw]
    return sorted(momenten, key=lambda c: c.moment or datetime.min, reverse=True)


@dataclass
class Product:
    naam: str
    producttype: str
    status: str
    start: date | None
    eind: date | None
    prijs: str | None
    frequentie: str


STATUS_TEKST = {"initieel": "Nieuw", "in_aanvraag": "In aanvraag", "gereed": "Gereed", "actief": "Actief",
                "ingetrokken": "Ingetrokken", "geweigerd": "Geweigerd", "verlopen": "Verlopen"}
FREQUENTIE_TEKST = {"eenmalig": "eenmalig", "maandelijks": "per maand", "jaarlijks": "per jaar"}


async def producten(api: Registries, bsn: str) -> list[Product]:
    raw = await api.all_pages(f"{PRODUCTEN}/producten", {"eigenaren__bsn": bsn})
    return [Product(naam=p.get("naam") or (p.get("producttype") or {}).get("naam", ""),
                    producttype=(p.get("producttype") or {}).get("naam", ""),
                    status=STATUS_TEKST.get(p.get("status", ""), p.get("status", "")),
                    start=_date(p.get("start_datum")), eind=_date(p.get("eind_datum")),
                    prijs=p.get("prijs"), frequentie=FREQUENTIE_TEKST.get(p.get("frequentie", ""), ""))
            for p in raw]


@dataclass
class Verwerking:
    tijdstip: datetime | None
    register: str
    activiteit: str
    resource: str
    applicatie: str
    doel: str


async def verwerkingen(api: Registries, bsn: str, page: int = 1) -> tuple[list[Verwerking], int, bool]:
    """One page of who read or changed the resident's data (newest first), the total, and whether more follow."""
    params = {"bsn": bsn, "pageSize": "50"}
    if page > 1:
        params["page"] = str(page)
    found = await api.get(INZAGE, params)
    records = [Verwerking(_datetime(r["tijdstip"]), r["register"], r["activiteit"], r["resource"],
                          r["applicatie"] or "Onbekende applicatie", r["doel"]) for r in found["results"]]
    return records, found["count"], found["next"] is not None


__all__ = ["RegistryUnavailable", "zaken", "zaak", "contacten", "producten", "verwerkingen"]
