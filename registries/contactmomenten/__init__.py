"""Contactmomenten registry: the Contactmomenten API 1.0 (contactmomentenregistratiecomponent, CMC)
at /contactmomenten/api/v1, with the additions of the Open Klant 1 dialect its consumers use.

A contactmoment refers to klanten, objecten (zaken) and medewerkers by URL. The relation with a
zaak is kept on both sides (zrc-025): the Zaken API makes and removes our objectcontactmomenten,
in-process through ``collections`` below when it runs in this server, over HTTP when it does not.
This registry never imports another registry.
"""

from pathlib import Path

from common.app import Api, Registry
from common.references import LocalCollection
from registries.contactmomenten.demo import seed
from registries.contactmomenten.filters import ALL as LIST_FILTERS
from registries.contactmomenten.resolvers import RESOLVERS
from registries.contactmomenten.routes import (
    create_objectcontactmoment, destroy_objectcontactmoment, router, search_objectcontactmomenten,
)

registry = Registry(
    counted_tables=('contactmomenten_contactmoment',),
    name="contactmomenten",
    apis=(
        Api(
            title="Contactmomenten API",
            root="/contactmomenten/api/v1",
            contract_file="contactmomenten-1.0.0.yaml",
            router=router,
            list_filters=LIST_FILTERS,
            resolvers=RESOLVERS,
            collections={
                "/objectcontactmomenten": LocalCollection(search=search_objectcontactmomenten,
                                                          create=create_objectcontactmoment,
                                                          delete=destroy_objectcontactmoment),
            },
        ),
    ),
    migrations=Path(__file__).resolve().parent / "migrations",
    seed=seed,
)
