"""Business rules of the Catalogi API.

The ztc-* rules of the standard's test inventory live here as the zaaktypen, besluittypen and
informatieobjecttypen arrive; for catalogussen the standard has one object rule.
"""

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.errors import InvalidParam, ValidationProblem, NON_FIELD_ERRORS
from registries.catalogi.models import Catalogus


def duplicate_catalogus() -> ValidationProblem:
    return ValidationProblem(
        [InvalidParam(NON_FIELD_ERRORS, "unique", "Er bestaat al een catalogus met dit domein en dit RSIN.")]
    )


async def check_unique_domein_rsin(session: AsyncSession, domein: str, rsin: str) -> None:
    """A catalogus is identified by its domein within the organisation (rsin): the pair is unique."""
    taken = await session.scalar(select(exists().where(Catalogus.domein == domein, Catalogus.rsin == rsin)))
    if taken:
        raise duplicate_catalogus()
