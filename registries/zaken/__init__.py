"""Zaken registry: the Zaken API 1.5 (zaakregistratiecomponent, ZRC) at /zaken/api/v1.

A zaak refers to its zaaktype in a Catalogi API by URL; the types of its statussen, rollen,
resultaat and eigenschappen likewise. They are read through common.references: in-process when
the Catalogi API is served by the same server, over HTTP when it is configured in
REGISTRIES_SERVICES. This registry never imports another registry.
"""

from pathlib import Path

from common.app import Api, Registry
from registries.zaken import routes_related  # noqa: F401 - registers the sub-resources on routes.router
from registries.zaken.demo import seed
from registries.zaken.filters import ALL as LIST_FILTERS
from registries.zaken.routes import router

registry = Registry(
    name="zaken",
    apis=(
        Api(
            title="Zaken API",
            root="/zaken/api/v1",
            contract_file="zaken-1.5.1.yaml",
            router=router,
            list_filters=LIST_FILTERS,
        ),
    ),
    migrations=Path(__file__).resolve().parent / "migrations",
    seed=seed,
)
