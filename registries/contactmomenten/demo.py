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

from common import db
from common.auth import zgw_jwt
from common.platform.demo import DEMO_CLIENT_ID, demo_secret
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


def public_base() -> str:
    settings = get_settings()
    return (settings.public_base_url or f"http://{settings.host}:{settings.port}").rstrip("/")


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(ContactMoment)):
        return
    secret = await demo_secret(session)
    await session.rollback()  # release the write lock: the APIs below write in their own sessions
    if secret is None:
        return
    from common.app import create_app, load_registries, registry_names  # late: the factory imports registries

    settings = get_settings().model_copy(update={"outbox_dispatch": False, "migrate_on_start": False})
    served = registry_names(settings.registries)
    names = [name for name in ("zaken", "klanten") if name in served] + ["contactmomenten"]
    engine = db.create_engine(session.bind.url.render_as_string(hide_password=False))
    app = None
    try:
        app = create_app(load_registries(names), settings, engine)
        token = zgw_jwt.mint(DEMO_CLIENT_ID, secret, user_id="demo", user_representation="Demo-gegevens")
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=public_base(), timeout=60,
                                     headers={"Authorization": f"Bearer {token}", "Accept-Crs": "EPSG:4326",
                                              "Content-Crs": "EPSG:4326"}) as client:
            await _fill(client, served="zaken" in names, klanten="klanten" in names)
    finally:
        if app is not None:  # no lifespan runs in-process: close what the app started
            await app.state.processing_log.close()
        await engine.dispose()


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
