"""The demo application of `make run`: client id ``demo`` with every permission and a random secret.

Its API token (for Klantinteracties and Producten, which take ``Authorization: Token``) is derived
from the secret, so the banner can show it again on every start although only its hash is stored.
"""

import hmac

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import admin
from common.auth.tokens import new_secret
from common.platform.models import ClientCredential

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
