"""Alembic migrations, one history per registry in one database.

Each registry keeps its revisions in ``registries/<name>/migrations`` and its own version
table (``alembic_version_<name>``), so registries can be added to a deployment, or run alone,
without touching each other's history. The migrations run on the server's own async engine.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncEngine

ENV = Path(__file__).resolve().parent / "alembic"


def alembic_config(registry) -> Config:
    config = Config()
    config.set_main_option("script_location", str(ENV))
    config.set_main_option("version_locations", str(registry.migrations))
    config.set_main_option("path_separator", "os")
    config.attributes["registry"] = registry
    return config


def _run(connection, config: Config, action: str, **kwargs) -> None:
    config.attributes["connection"] = connection
    getattr(command, action)(config, **kwargs)


async def upgrade(engine: AsyncEngine, registries, revision: str = "head") -> None:
    for registry in registries:
        async with engine.begin() as connection:
            await connection.run_sync(_run, alembic_config(registry), "upgrade", revision=revision)


async def revision(engine: AsyncEngine, registry, message: str) -> None:
    """Write a new revision for ``registry`` from the difference between its models and the database."""
    number = len(list(registry.migrations.glob("[0-9][0-9][0-9][0-9]_*.py"))) + 1
    rev_id = f"{registry.name}_{number:04d}"
    config = alembic_config(registry)
    config.set_main_option("file_template", f"{number:04d}_%%(slug)s")
    async with engine.begin() as connection:
        await connection.run_sync(_run, config, "revision", message=message, autogenerate=True, rev_id=rev_id)
