"""The portal's settings: command-line options, or environment variables with the prefix ``PORTAL_``."""

import os
import secrets
from dataclasses import dataclass, field

# The residents of `registries serve --demo` that have zaken, klantcontacten and producten.
DEMO_RESIDENTS = "999993653=Suzanne Moulin,999990627=Hendrik van Dijk"


def parse_residents(value: str) -> dict[str, str]:
    """``bsn=naam,bsn=naam`` -> {bsn: naam}."""
    residents = {}
    for item in value.split(","):
        bsn, _, naam = item.strip().partition("=")
        if bsn.strip():
            residents[bsn.strip()] = naam.strip() or bsn.strip()
    return residents


@dataclass(frozen=True)
class PortalConfig:
    registries_url: str
    client_id: str
    secret: str
    residents: dict[str, str] = field(default_factory=lambda: parse_residents(DEMO_RESIDENTS))
    # Signs the session cookie; random per process unless set (then sessions survive a restart).
    session_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    @classmethod
    def from_env(cls, **given) -> "PortalConfig":
        values = {
            "registries_url": os.environ.get("PORTAL_REGISTRIES_URL", "http://127.0.0.1:8000"),
            "client_id": os.environ.get("PORTAL_CLIENT_ID", ""),
            "secret": os.environ.get("PORTAL_SECRET", ""),
            "residents": parse_residents(os.environ.get("PORTAL_DEMO_RESIDENTS", DEMO_RESIDENTS)),
        }
        if os.environ.get("PORTAL_SESSION_KEY"):
            values["session_key"] = os.environ["PORTAL_SESSION_KEY"].encode()
        values.update({k: v for k, v in given.items() if v is not None})
        return cls(**values)
