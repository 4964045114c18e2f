"""API tokens (``Authorization: Token <key>``): random keys, stored only as their SHA-256 hash."""

import hashlib
import hmac
import secrets
import string

_SECRET_ALPHABET = string.ascii_letters + string.digits


def new_token() -> str:
    return secrets.token_hex(20)


def new_secret() -> str:
    """43 letters and digits (256 bits): safe in URLs, JSON and shells, and never read as a
    command-line option (a secret starting with "-" broke `registries token --secret ...`)."""
    return "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(43))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    """Compare secrets in constant time."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
