"""Work a registry repeats inside the server process (a registry lists it in ``Registry.background``).

A round that fails (the database is away, a query times out) is logged and tried again after
the next interval: a background job never stops the server, and the server never waits for it.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("registries.periodic")


async def every(seconds: float, work: Callable[[], Awaitable[Any]], name: str) -> None:
    """Run ``work`` now and then every ``seconds`` (counted from the end of a round) until cancelled."""
    while True:
        try:
            await work()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure: log it and try again next round
            log.error("background job failed; trying again in %s s", seconds,
                      extra={"job": name, "error": f"{type(exc).__name__}: {exc}"})
        await asyncio.sleep(seconds)
