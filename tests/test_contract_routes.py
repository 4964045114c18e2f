"""Code and contract stay equal: the contract in openapi/ is what each API root serves.

Every operation of a contract has a route and every route an operation; every list accepts
exactly the query parameters its contract names. (That every response matches the contract's
schemas is checked by the property-based tests in test_schema_properties.py.)
"""

import pytest
from fastapi.routing import APIRoute

from common.app import KNOWN_REGISTRIES, load_registries

REGISTRIES = load_registries(KNOWN_REGISTRIES)
APIS = [api for registry in REGISTRIES for api in registry.apis]
HTTP_METHODS = {"get", "head", "post", "put", "patch", "delete"}


def _served_operations(api) -> set[tuple[str, str]]:
    """The operations of an API's router; the app mounts that router at the API root."""
    return {
        (method.lower(), route.path)
        for route in api.router.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    }


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.root)
def test_routes_equal_contract_operations(api):
    contract = api.contract.document
    declared = {(m, path) for path, item in contract["paths"].items() for m in item if m in HTTP_METHODS}
    served = _served_operations(api)
    assert served - declared == set(), "routes the contract does not describe"
    assert declared - served == set(), "contract operations without a route"


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.root)
def test_list_filters_equal_contract_query_parameters(api):
    contract = api.contract.document
    lists = {path for path, item in contract["paths"].items() if "{" not in path and "get" in item}
    assert set(api.list_filters) == lists
    for path, filterset in api.list_filters.items():
        parameters = contract["paths"][path]["get"].get("parameters", [])
        declared = {p["name"] for p in parameters if p.get("in") == "query"}
        assert filterset.parameter_names == declared, path
