"""API tokens (``Authorization: Token <key>``): random keys, stored only as their SHA-256 hash."""

import hashlib
import hmac
import secrets


def new_token() -> str:
    return secrets.token_hex(20)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    """Compare secrets in constant time."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
