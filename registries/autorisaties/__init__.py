"""Autorisaties registry: the Autorisaties API 1.0 (autorisatiecomponent, AC) at /autorisaties/api/v1.

It manages the applications every API of this deployment authorises against: their client ids,
whether they may do everything, and their autorisaties per component. It stores them in the
platform's tables (see models.py), so a change made here holds for every registry at once.
"""

from pathlib import Path

from common.app import Api, Registry
from registries.autorisaties.filters import APPLICATIE_FILTERS, CONSUMER_FILTERS
from registries.autorisaties.routes import router

registry = Registry(
    name="autorisaties",
    apis=(
        Api(
            title="Autorisaties API",
            root="/autorisaties/api/v1",
            contract_file="autorisaties-1.0.0.yaml",
            router=router,
            list_filters={"/applicaties": APPLICATIE_FILTERS, "/applicaties/consumer": CONSUMER_FILTERS},
        ),
    ),
    migrations=Path(__file__).resolve().parent / "migrations",
)
