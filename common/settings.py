"""Deployment settings, read from the environment with the prefix ``REGISTRIES_``.

Every field here is documented in docs/configuration.md; a test keeps the two in step.
"""

import json
from functools import lru_cache

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/registries.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REGISTRIES_", extra="ignore")

    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL of the database. sqlite+aiosqlite:///path for the embedded "
        "database, postgresql+asyncpg://user:password@host/name (or postgresql://...) in production.",
    )
    host: str = Field("127.0.0.1", description="Address `registries serve` listens on.")
    port: int = Field(8000, description="Port `registries serve` listens on.")
    public_base_url: str | None = Field(
        None,
        description="Scheme and host under which clients reach the registries, e.g. "
        "https://registers.gemeente.nl. Resource URLs are built from it. Unset: taken from each request.",
    )
    registries: str = Field(
        "",
        description="Comma-separated registries to serve in this process; empty: all of them "
        "(`registries serve --only` overrides it).",
    )
    migrate_on_start: bool = Field(True, description="Upgrade the database schema when the server starts.")
    page_size: int = Field(100, description="Results per page of a list when the client asks no pageSize.")
    max_page_size: int = Field(500, description="Largest pageSize a client may ask for.")
    cors_origins: str = Field(
        "",
        description="Comma-separated origins allowed to call the APIs from a browser ('*' for any). "
        "The contracts (openapi.json/.yaml) are always served with CORS for any origin.",
    )
    log_level: str = Field("INFO", description="Level of the JSON log lines on standard output.")
    metrics_enabled: bool = Field(True, description="Serve Prometheus metrics at /metrics.")

    # --- authentication -------------------------------------------------------------------
    jwt_max_age: int = Field(3600, description="Oldest `iat` (in seconds) a ZGW JWT may have.")
    jwt_leeway: int = Field(
        60, description="Seconds of clock difference allowed between a client and the server when checking `iat`."
    )
    oidc_jwks: str | None = Field(
        None,
        description="OAuth2/OIDC bearer tokens: a JWKS URL (https://.../jwks) or file path with the identity "
        "provider's public keys. Unset: only ZGW JWTs and API tokens are accepted.",
    )
    oidc_issuer: str | None = Field(None, description="The `iss` an OIDC access token must carry.")
    oidc_audience: str | None = Field(None, description="The `aud` an OIDC access token must carry.")
    oidc_client_claim: str = Field(
        "azp", description="The claim of an OIDC access token that names the client; it must be a registered client id."
    )
    auth_cache_seconds: int = Field(
        30, description="How long an application's credentials and autorisaties are cached in a server process."
    )
    autorisaties_api_url: str | None = Field(
        None,
        description="Root of the Autorisaties API that holds the permissions of every application "
        "(https://.../autorisaties/api/v1), for deployments with one database per registry. Credentials "
        "stay in this deployment; unset: the permissions in this deployment's own database are used.",
    )
    autorisaties_api_client_id: str = Field("", description="Client id of the ZGW JWT sent to that Autorisaties API.")
    autorisaties_api_secret: str = Field("", description="Secret of the ZGW JWT sent to that Autorisaties API.")

    # --- references to other APIs ---------------------------------------------------------
    services: str = Field(
        "",
        description='Other deployments\' API roots this one reads from, as JSON: [{"apiRoot": "https://.../catalogi/api/v1", '
        '"clientId": "...", "secret": "..."}] (or "token" instead of clientId/secret). An API mounted in this '
        "server is read in-process and needs no entry.",
    )
    reference_cache_seconds: int = Field(300, description="How long an object read from another deployment is cached.")

    # --- notifications (outbox) ------------------------------------------------------------
    notificaties_url: str | None = Field(
        None, description="Base URL of a Notificaties API (NRC 1.0); notifications are POSTed to {url}/notificaties."
    )
    notificaties_client_id: str = Field("", description="Client id of the ZGW JWT sent to the Notificaties API.")
    notificaties_secret: str = Field("", description="Secret of the ZGW JWT sent to the Notificaties API.")
    webhook_urls: str = Field("", description="Comma-separated URLs that each receive every notification as a POST.")
    outbox_max_attempts: int = Field(7, description="Deliveries tried per notification and receiver before giving up.")
    outbox_backoff_seconds: float = Field(
        60.0, description="Wait before the second try; it quadruples with each next try (60 s x 4^n, about 24 h in all)."
    )
    outbox_dispatch: bool = Field(True, description="Deliver the outbox from the server process.")

    # --- registries/producten ----------------------------------------------------------------
    bestanden_dir: str = Field(
        "var/bestanden",
        description="Folder where uploaded files (/bestanden of the Producttypen API) are kept; a relative "
        "path is relative to the working directory. Several server processes must share it.",
    )
    bestanden_max_bytes: int = Field(50 * 1024 * 1024, description="Largest file a client may upload, in bytes.")
    producten_status_interval: float = Field(
        0, description="Seconds between runs of the product status-by-date job (prd-018) inside the server process; "
        "0: not in the server (run `registries producten update-statuses` from cron instead).",
    )


    @field_validator("services")
    @classmethod
    def _services_are_json(cls, value: str) -> str:
        if value.strip():
            try:
                items = json.loads(value)
            except ValueError as exc:
                raise ValueError(f"REGISTRIES_SERVICES is not valid JSON: {exc}") from None
            if not isinstance(items, list) or not all(isinstance(i, dict) and i.get("apiRoot") for i in items):
                raise ValueError('REGISTRIES_SERVICES must be a JSON list of objects with at least "apiRoot"')
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()
