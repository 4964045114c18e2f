"""Demo data for `make run`: a few dozen zaken of the Catalogi demo zaaktype, in every state.

The zaken are made the way a client makes them: through the Zaken API, in-process, with the
demo client's token, so every rule, the audit trail and the notifications apply. The demo
zaaktype ("Melding openbare ruimte", identificatie ZT-MOR) is looked up through the Catalogi
API in the same way, never in its tables; when this deployment serves no Catalogi API or has no
published demo zaaktype, no zaken are made. Loaded only into an empty Zaken registry.

Resource URLs are built from REGISTRIES_PUBLIC_BASE_URL or, without it, from the address
`registries serve` listens on (as the banner prints it).
"""

import logging
import random
from datetime import date, datetime, timedelta, timezone
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.platform.demo import demo_api
from registries.zaken.models import Zaak

log = logging.getLogger("registries.zaken.demo")

ZAAKTYPE_IDENTIFICATIE = "ZT-MOR"
BRONORGANISATIE = "002564440"
# Test BSNs that pass the 11-proef (from the ranges the BRP reserves for testing).
BSNS = ("999993653", "999990627", "999991772", "999992934", "999995017", "999998456")
ONDERWERPEN = ("Losliggende stoeptegel", "Kapotte straatlantaarn", "Zwerfvuil bij de speeltuin", "Omgewaaide boom",
               "Verstopte kolk", "Graffiti op de brug", "Scheve verkeerspaal", "Overhangende haag")
COUNT = 36
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(Zaak)):
        return
    async with demo_api(session, ["catalogi", "zaken"], CRS) as client:
        if client is not None:
            await _fill(client)


async def _zaaktype(client: httpx.AsyncClient) -> dict | None:
    found = await client.get("/catalogi/api/v1/zaaktypen", params={"identificatie": ZAAKTYPE_IDENTIFICATIE})
    if found.status_code != 200 or not found.json().get("results"):
        return None
    zaaktype = found.json()["results"][0]
    return None if zaaktype.get("concept") else zaaktype


async def _objects(client: httpx.AsyncClient, urls: list[str]) -> list[dict]:
    return [(await client.get(url)).json() for url in urls]


async def _fill(client: httpx.AsyncClient) -> None:
    zaaktype = await _zaaktype(client)
    if zaaktype is None:
        log.info("no published demo zaaktype %s in the Catalogi API: no demo zaken", ZAAKTYPE_IDENTIFICATIE)
        return
    statustypen = sorted(await _objects(client, zaaktype["statustypen"]), key=lambda s: s["volgnummer"])
    roltypen = await _objects(client, zaaktype["roltypen"])
    resultaattypen = zaaktype["resultaattypen"]
    initiator = next((r["url"] for r in roltypen if r.get("omschrijvingGeneriek") == "initiator"), None)
    rng = random.Random(2026)
    start = date(2026, 1, 5)
    for number in range(COUNT):
        begin = start + timedelta(days=3 * number)
        point = [round(4.88 + rng.random() * 0.06, 5), round(52.35 + rng.random() * 0.04, 5)]
        zaak = await _post(client, "/zaken/api/v1/zaken", {
            "bronorganisatie": BRONORGANISATIE, "verantwoordelijkeOrganisatie": BRONORGANISATIE,
            "zaaktype": zaaktype["url"], "startdatum": begin.isoformat(), "registratiedatum": begin.isoformat(),
            "omschrijving": ONDERWERPEN[number % len(ONDERWERPEN)],
            "zaakgeometrie": {"type": "Point", "coordinates": point},
        })
        if zaak is None:
            return
        if initiator:
            await _post(client, "/zaken/api/v1/rollen", {
                "zaak": zaak["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": initiator,
                "roltoelichting": "Melder", "betrokkeneIdentificatie": {
                    "inpBsn": BSNS[number % len(BSNS)], "geslachtsnaam": "Demo", "voorletters": "A."}})
        steps = number % 4  # 0: only registered, 1-2: in progress, 3: closed
        moment = datetime.combine(begin, datetime.min.time(), tzinfo=timezone.utc) + timedelta(hours=9)
        for volgnummer in range(min(steps, len(statustypen) - 1)):
            await _post(client, "/zaken/api/v1/statussen", {
                "zaak": zaak["url"], "statustype": statustypen[volgnummer]["url"],
                "datumStatusGezet": (moment + timedelta(days=volgnummer)).isoformat()})
        if steps == 3 and resultaattypen and len(statustypen) > 1:
            await _post(client, "/zaken/api/v1/resultaten", {"zaak": zaak["url"], "resultaattype": resultaattypen[0]})
            await _post(client, "/zaken/api/v1/statussen", {
                "zaak": zaak["url"], "statustype": statustypen[-1]["url"],
                "datumStatusGezet": (moment + timedelta(days=10)).isoformat()})


async def _post(client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> dict | None:
    response = await client.post(path, json=body)
    if response.status_code != 201:
        log.warning("demo data: %s refused (%s): %s", path, response.status_code, response.text[:300])
        return None
    return response.json()
