"""Catalogi registry: the Catalogi API 1.3 (zaaktypecatalogus) at /catalogi/api/v1."""

from pathlib import Path

from common.app import Api, Registry
from registries.catalogi.demo import seed
from registries.catalogi.filters import ALL as LIST_FILTERS
from registries.catalogi.resolvers import RESOLVERS
from registries.catalogi.routes import router

registry = Registry(
    name="catalogi",
    apis=(
        Api(
            title="Catalogi API",
            root="/catalogi/api/v1",
            contract_file="catalogi-1.3.1.yaml",
            router=router,
            list_filters=LIST_FILTERS,
            resolvers=RESOLVERS,
        ),
    ),
    migrations=Path(__file__).resolve().parent / "migrations",
    seed=seed,
)
