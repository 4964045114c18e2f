"""The URLs of the Catalogi API's objects, and which object a URL names."""

from datetime import date, datetime, timezone
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ROOT = "/catalogi/api/v1"

try:
    _AMSTERDAM = ZoneInfo("Europe/Amsterdam")
except ZoneInfoNotFoundError:  # a system without time zone data
    _AMSTERDAM = timezone.utc


def today() -> date:
    """The day the versions of types are valid on when a client names none: Dutch time."""
    return datetime.now(_AMSTERDAM).date()


def url_of(base: str, collection: str, key: UUID) -> str:
    return f"{base}{ROOT}/{collection}/{key}"


def uuid_in(url: str, base: str, collection: str) -> UUID | None:
    """The uuid of our object in ``collection`` that ``url`` names, or None when it names
    something else: another collection, another host (even the same catalogus served at
    another address is another catalogus, as rule ztc-013 says), or no object at all."""
    prefix = f"{base}{ROOT}/{collection}/"
    if not isinstance(url, str) or not url.startswith(prefix):
        return None
    key = url[len(prefix):].rstrip("/")
    try:
        return UUID(key)
    except ValueError:
        return None
