"""Demo data for `make run`: a few contactmomenten with the demo klanten and demo zaken.

Made the way a client makes them: through the APIs, in-process, with the demo client's token,
so the rules, the audit trail and the notifications apply. A contactmoment is linked to a demo
partij of the Klantinteracties API (as its klant) and, through the Zaken API's
zaakcontactmomenten, to a demo zaak (zrc-025 makes the objectcontactmoment here). What this
deployment does not serve (Zaken, Klantinteracties) is left out. Loaded only into an empty registry.
"""

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.platform.demo import demo_api
from common.settings import get_settings
from registries.contactmomenten.models import ContactMoment

log = logging.getLogger("registries.contactmomenten.demo")

BRONORGANISATIE = "002564440"
ROOT = "/contactmomenten/api/v1"
GESPREKKEN = (
    ("telefoon", "klant", "Vraag over de afvalpas: wanneer komt de nieuwe pas?"),
    ("e-mail", "klant", "Melding van een losliggende stoeptegel voor de deur."),
    ("balie", "klant", "Komt een paspoort ophalen en vraagt naar de status van de melding."),
    ("telefoon", "gemeente", "Teruggebeld over de melding; de klant is tevreden."),
    ("webformulier", "klant", "Vraagt of de kapotte straatlantaarn al gemaakt is."),
)


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(ContactMoment)):
        return
    from common.app import registry_names  # late: the app factory imports the registries

    served = registry_names(get_settings().registries)
    names = [name for name in ("zaken", "klanten") if name in served] + ["contactmomenten"]
    async with demo_api(session, names, {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}) as client:
        if client is not None:
            await _fill(client, served="zaken" in names, klanten="klanten" in names)


async def _urls(client: httpx.AsyncClient, path: str, params: dict[str, str]) -> list[str]:
    response = await client.get(path, params=params)
    if response.status_code != 200:
        return []
    body = response.json()
    return [item["url"] for item in (body.get("results", []) if isinstance(body, dict) else body)]


async def _fill(client: httpx.AsyncClient, served: bool, klanten: bool) -> None:
    zaken = await _urls(client, "/zaken/api/v1/zaken", {"pageSize": "5"}) if served else []
    partijen = (await _urls(client, "/klantinteracties/api/v1/partijen", {"soortPartij": "persoon"})
                if klanten else [])
    begin = datetime(2026, 2, 2, 9, 30, tzinfo=UTC)
    vorig = None
    for number, (kanaal, initiatiefnemer, tekst) in enumerate(GESPREKKEN):
        moment = await _post(client, f"{ROOT}/contactmomenten", {
            "bronorganisatie": BRONORGANISATIE, "registratiedatum": (begin + timedelta(days=number)).isoformat(),
            "kanaal": kanaal, "voorkeurskanaal": "e-mail", "voorkeurstaal": "nld", "tekst": tekst,
            "initiatiefnemer": initiatiefnemer, "onderwerpLinks": ["https://www.gemeente.example/afval-en-straat"],
            "medewerkerIdentificatie": {"identificatie": "demi", "achternaam": "Demo", "voorletters": "D."},
            # the last contactmoment follows up on the one before it
            **({"vorigContactmoment": vorig} if vorig and number == len(GESPREKKEN) - 1 else {}),
        })
        if moment is None:
            return
        vorig = moment["url"]
        if partijen:
            await _post(client, f"{ROOT}/klantcontactmomenten", {
                "contactmoment": moment["url"], "klant": partijen[number % len(partijen)], "rol": "gesprekspartner"})
        if zaken:
            await _post(client, "/zaken/api/v1/zaakcontactmomenten", {
                "zaak": zaken[number % len(zaken)], "contactmoment": moment["url"]})


async def _post(client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> dict | None:
    response = await client.post(path, json=body)
    if response.status_code != 201:
        log.warning("demo data: %s refused (%s): %s", path, response.status_code, response.text[:300])
        return None
    return response.json()
