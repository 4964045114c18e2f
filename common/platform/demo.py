"""The demo application of `make run`: client id ``demo`` with every permission and a random secret.

Its API token (for Klantinteracties and Producten, which take ``Authorization: Token``) is derived
from the secret, so the banner can show it again on every start although only its hash is stored.
"""

import hmac
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import httpx

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common import db
from common.auth import admin, zgw_jwt
from common.auth.tokens import new_secret
from common.platform.models import ClientCredential
from common.settings import get_settings

DEMO_CLIENT_ID = "demo"


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(ClientCredential.id).where(ClientCredential.client_id == DEMO_CLIENT_ID)):
        return
    secret = new_secret()
    await admin.add_client(session, DEMO_CLIENT_ID, secret=secret, token=demo_token(secret),
                           label="Demo (alle autorisaties)", all_permissions=True)


def demo_token(secret: str) -> str:
    """The demo client's API token: a function of its secret, never stored in the clear."""
    return hmac.new(secret.encode("utf-8"), b"demo api token", "sha256").hexdigest()[:40]


async def demo_secret(session: AsyncSession) -> str | None:
    return await session.scalar(select(ClientCredential.secret).where(ClientCredential.client_id == DEMO_CLIENT_ID))


@asynccontextmanager
async def demo_api(session: AsyncSession, registries: Sequence[str],
                   headers: dict[str, str] | None = None) -> AsyncIterator[httpx.AsyncClient | None]:
    """A client of ``registries``' APIs, in-process, signed as the demo client: how a registry's
    demo data is made, so that its rules, audit trail and notifications apply. None when there is
    no demo client. URLs are built from REGISTRIES_PUBLIC_BASE_URL or the address the server listens on."""
    secret = await demo_secret(session)
    await session.rollback()  # release the write lock: the APIs write in their own sessions
    if secret is None:
        yield None
        return
    from common.app import create_app, load_registries  # late: the app factory imports the registries

    settings = get_settings().model_copy(update={"outbox_dispatch": False, "migrate_on_start": False})
    base = (settings.public_base_url or f"http://{settings.host}:{settings.port}").rstrip("/")
    engine = db.create_engine(session.bind.url.render_as_string(hide_password=False))
    app = create_app(load_registries(registries), settings, engine)
    token = zgw_jwt.mint(DEMO_CLIENT_ID, secret, user_id="demo", user_representation="Demo-gegevens")
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base, timeout=60,
                                     headers={"Authorization": f"Bearer {token}", **(headers or {})}) as client:
            yield client
    finally:
        await app.state.processing_log.close()  # no lifespan runs in-process: close what the app started
        await engine.dispose()
