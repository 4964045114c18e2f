"""Demo data: filled in below."""

from sqlalchemy.ext.asyncio import AsyncSession


async def seed(session: AsyncSession) -> None:
    return None
