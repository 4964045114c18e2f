"""Klanten registry: the Klantinteracties API (Open Klant 2 compatible) at /klantinteracties/api/v1."""

from pathlib import Path

from common.app import Api, Registry
from registries.klanten.bridge.cli import add_commands
from registries.klanten.demo import seed
from registries.klanten.filters import LIST_FILTERS
from registries.klanten.routes import router

registry = Registry(
    counted_tables=('klanten_partij', 'klanten_klantcontact'),
    name="klanten",
    apis=(
        Api(
            title="Klantinteracties API",
            root="/klantinteracties/api/v1",
            contract_file="klantinteracties-0.9.0.yaml",
            router=router,
            list_filters=LIST_FILTERS,
        ),
    ),
    migrations=Path(__file__).resolve().parent / "migrations",
    seed=seed,
    commands=add_commands,  # registries migrate-contactmomenten (docs/migration.md)
)
