"""Producten registry: the Producttypen API and the Producten API 1.7 (Open Product compatible)
at /producttypen/api/v1 and /producten/api/v1."""

from pathlib import Path

from common.app import Api, Registry
from registries.producten import bestanden, cli, content, statuses  # noqa: F401 - bestanden and content add their routes
from registries.producten.demo import seed
from registries.producten.filters import (
    ACTIE_FILTERS,
    ACTUELE_PRIJZEN_FILTERS,
    BESTAND_FILTERS,
    CONTACT_FILTERS,
    CONTENT_FILTERS,
    CONTENTLABEL_FILTERS,
    LINK_FILTERS,
    LOCATIE_FILTERS,
    ORGANISATIE_FILTERS,
    PRIJS_FILTERS,
    PRODUCT_FILTERS,
    PRODUCTTYPE_FILTERS,
    SCHEMA_FILTERS,
    THEMA_FILTERS,
)
from registries.producten.routes_producten import router as producten_router
from registries.producten.routes_producttypen import router as producttypen_router

registry = Registry(
    counted_tables=('producten_producttype', 'producten_product'),
    name="producten",
    apis=(
        Api(
            title="Producttypen API",
            root="/producttypen/api/v1",
            contract_file="producttypen-1.7.0.yaml",
            router=producttypen_router,
            list_filters={
                "/producttypen": PRODUCTTYPE_FILTERS,
                "/producttypen/actuele-prijzen": ACTUELE_PRIJZEN_FILTERS,
                "/themas": THEMA_FILTERS,
                "/prijzen": PRIJS_FILTERS,
                "/links": LINK_FILTERS,
                "/bestanden": BESTAND_FILTERS,
                "/acties": ACTIE_FILTERS,
                "/locaties": LOCATIE_FILTERS,
                "/organisaties": ORGANISATIE_FILTERS,
                "/contacten": CONTACT_FILTERS,
                "/schemas": SCHEMA_FILTERS,
                "/content": CONTENT_FILTERS,
                "/contentlabels": CONTENTLABEL_FILTERS,
            },
        ),
        Api(
            title="Producten API",
            root="/producten/api/v1",
            contract_file="producten-1.7.0.yaml",
            router=producten_router,
            list_filters={"/producten": PRODUCT_FILTERS},
        ),
    ),
    migrations=Path(__file__).resolve().parent / "migrations",
    seed=seed,
    commands=cli.add_commands,
    background=(statuses.status_job,),
)
