"""The processing log writes through a connection of its own: requests that hold every pooled
connection while they wait for their records cannot starve it (found by benchmarks/: under 32
concurrent connections, reads of BSN data waited for the pool's timeout and failed with 500)."""

import asyncio
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from common import db
from common.platform.models import Verwerking
from common.processing import ProcessingLog


def test_records_are_stored_while_the_request_pool_is_exhausted(server):
    subject = f"pool-{datetime.now(UTC).timestamp()}"
    row = {"tijdstip": datetime.now(UTC), "component": "zrc", "activiteit": "lezen", "resource": "zaak",
           "resource_url": "http://x/zaken/1", "subject_type": "bsn", "subject_id": subject[:20],
           "applicatie_id": "", "applicatie_weergave": "", "gebruikers_id": "", "doel": "", "trace_id": ""}

    async def run() -> int:
        url = db.async_url(server.database_url)
        requests_pool = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=2)
        log = ProcessingLog.with_own_connection(requests_pool)
        try:
            async with requests_pool.connect() as held:  # the only connection, kept by "a request"
                await held.exec_driver_sql("SELECT 1")
                await asyncio.wait_for(log.write([row]), timeout=20)
            async with db.sessionmaker(requests_pool)() as session:
                return await session.scalar(select(func.count()).select_from(Verwerking)
                                            .where(Verwerking.subject_id == subject[:20]))
        finally:
            await log.close()
            await requests_pool.dispose()

    assert asyncio.run(run()) == 1
