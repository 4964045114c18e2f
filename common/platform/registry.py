"""The platform as a registry of its own: its tables and migrations, loaded in every deployment."""

from pathlib import Path

from common.app import Registry
from common.platform import models  # noqa: F401 - the tables must be known to the migrations
from common.platform.demo import seed

PLATFORM = Registry(name="platform", apis=(), migrations=Path(__file__).resolve().parent / "migrations", seed=seed)
