"""The resident's login: a signed cookie holding the BSN and when the session ends.

The demo login stands in for DigiD: whoever runs the portal chooses which residents may be
picked. The cookie is HttpOnly and SameSite=Strict, so scripts cannot read it and other sites
cannot send it along.
"""

import base64
import hashlib
import hmac
import time

COOKIE = "mijn_gemeente"
LIFETIME = 15 * 60  # seconds, as DigiD sessions are short


def sign(key: bytes, bsn: str, now: float | None = None) -> str:
    payload = f"{bsn}|{int((now or time.time()) + LIFETIME)}"
    mac = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
    return base64.urlsafe_b64encode(f"{payload}|{mac}".encode()).decode()


def verify(key: bytes, value: str | None, now: float | None = None) -> str | None:
    """The BSN of a valid, unexpired cookie; None otherwise."""
    if not value:
        return None
    try:
        bsn, expires, mac = base64.urlsafe_b64decode(value.encode()).decode().split("|")
    except (ValueError, UnicodeDecodeError):
        return None
    expected = hmac.new(key, f"{bsn}|{expires}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, expected) or not expires.isdigit() or int(expires) < (now or time.time()):
        return None
    return bsn
