"""Checks of the identifiers and formats Dutch government APIs exchange.

Each check is a plain function that returns the cleaned value or raises ``ValueError`` with
a reason a client can read; the registries wrap them into pydantic validators and filters.
"""

import re
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

# fullmatch and [0-9], never $ and \d: "$" lets a trailing newline through, "\d" any Unicode digit.
_DIGITS = re.compile(r"[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?([Zz]|[+-][0-9]{2}:[0-9]{2})?"
)


def _digits(value: str, length: int, what: str) -> str:
    if not isinstance(value, str) or len(value) != length or not _DIGITS.fullmatch(value):
        raise ValueError(f"Een {what} bestaat uit precies {length} cijfers.")
    return value


def elfproef(value: str) -> bool:
    """The 11-test of BSN and RSIN: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11."""
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(digit) * weight for digit, weight in zip(value, weights, strict=True))
    return total % 11 == 0 and value != "000000000"


def validate_bsn(value: str) -> str:
    _digits(value, 9, "BSN")
    if not elfproef(value):
        raise ValueError("Dit BSN voldoet niet aan de elfproef.")
    return value


def validate_rsin(value: str) -> str:
    _digits(value, 9, "RSIN")
    if not elfproef(value):
        raise ValueError("Dit RSIN voldoet niet aan de elfproef.")
    return value


def validate_kvk_nummer(value: str) -> str:
    return _digits(value, 8, "KvK-nummer")


def validate_vestigingsnummer(value: str) -> str:
    return _digits(value, 12, "vestigingsnummer")


def parse_date(value: str) -> date:
    """An RFC 3339 full-date (YYYY-MM-DD) and nothing else."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ValueError("Geef een datum als JJJJ-MM-DD.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is geen bestaande datum.") from None


def parse_datetime(value: str, *, require_offset: bool = False) -> datetime:
    """An RFC 3339 date-time. Without an offset it is taken as UTC, unless an offset is required."""
    match = _DATETIME.fullmatch(value) if isinstance(value, str) else None
    if not match:
        raise ValueError("Geef een datum-tijd volgens RFC 3339, bijvoorbeeld 2026-01-31T12:00:00Z.")
    if match.group(2) is None and require_offset:
        raise ValueError("Geef bij een datum-tijd de tijdzone (Z of +01:00).")
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        raise ValueError(f"{value} is geen bestaand tijdstip.") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def validate_absolute_url(value: str, max_length: int = 1000) -> str:
    """An absolute http(s) URL with a host, as the standards use for references between APIs."""
    if not isinstance(value, str) or not value or len(value) > max_length:
        raise ValueError(f"Geef een URL van hoogstens {max_length} tekens.")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("Een URL bevat geen spaties of stuurtekens.")
    parts = urlsplit(value)
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise ValueError("De poort van deze URL is ongeldig.") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("Geef een absolute URL die begint met http:// of https://.")
    return value
