"""Published types as other registries read them in-process, kept a short while.

A published type (``concept`` false: a zaaktype, besluittype or informatieobjecttype) changes
only by a forced write (ztc-009), a moved eindeGeldigheid, or when a type it names gets a new
published version. So what resolvers.py answered for one is kept for PUBLISHED_SECONDS, per
database, base URL and day. Every write through this process's Catalogi API forgets them all
(`forget`); another server process sees such a write within PUBLISHED_SECONDS, as it sees
changed autorisaties.
"""

import time
from collections.abc import Hashable
from typing import Any

PUBLISHED_SECONDS = 30.0
PUBLISHED_KEPT = 1000  # types kept at most; all are dropped when full

_kept: dict[Hashable, tuple[float, dict[str, Any]]] = {}


def kept(key: Hashable) -> dict[str, Any] | None:
    found = _kept.get(key)
    if found is None or found[0] <= time.monotonic():
        return None
    return found[1]


def keep(key: Hashable, value: dict[str, Any]) -> None:
    if len(_kept) >= PUBLISHED_KEPT:
        _kept.clear()
    _kept[key] = (time.monotonic() + PUBLISHED_SECONDS, value)


def forget() -> None:
    """Drop every type kept: the Catalogi API of this process wrote something."""
    _kept.clear()
