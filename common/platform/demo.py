"""The demo application of `make run`: client id ``demo`` with every permission and a random secret."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import admin
from common.auth.tokens import new_secret
from common.platform.models import ClientCredential

DEMO_CLIENT_ID = "demo"


async def seed(session: AsyncSession) -> None:
    if await session.scalar(select(ClientCredential.id).where(ClientCredential.client_id == DEMO_CLIENT_ID)):
        return
    await admin.add_client(session, DEMO_CLIENT_ID, secret=new_secret(),
                           label="Demo (alle autorisaties)", all_permissions=True)


async def demo_secret(session: AsyncSession) -> str | None:
    return await session.scalar(select(ClientCredential.secret).where(ClientCredential.client_id == DEMO_CLIENT_ID))
