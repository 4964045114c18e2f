"""Zaken registry: the Zaken API 1.5 (zaakregistratiecomponent, ZRC) at /zaken/api/v1.

A zaak refers to its zaaktype in a Catalogi API by URL; the types of its statussen, rollen,
resultaat and eigenschappen likewise. They are read through common.references: in-process when
the Catalogi API is served by the same server, over HTTP when it is configured in
REGISTRIES_SERVICES. This registry never imports another registry.
"""

from pathlib import Path

from common.app import Api, Registry
from common.references import LocalCollection
from registries.zaken import routes_related  # noqa: F401 - registers the sub-resources on routes.router
from registries.zaken.demo import seed
from registries.zaken.filters import ALL as LIST_FILTERS
from registries.zaken.routes import router
from registries.zaken.routes_related import zaakcontactmomenten_search

registry = Registry(
    counted_tables=('zaken_zaak',),
    name="zaken",
    apis=(
        Api(
            title="Zaken API",
            root="/zaken/api/v1",
            contract_file="zaken-1.5.1.yaml",
            router=router,
            list_filters=LIST_FILTERS,
            # zrc-025: the Contactmomenten API in this server checks its objectcontactmomenten here.
            collections={"/zaakcontactmomenten": LocalCollection(search=zaakcontactmomenten_search)},
        ),
    ),
    migrations=Path(__file__).resolve().parent / "migrations",
    seed=seed,
)
