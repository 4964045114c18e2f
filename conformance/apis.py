"""The APIs the suite knows, one table entry each.

An entry says where the API lives under a deployment's base URL, which of our contracts
describes it, how clients authenticate to it, a few facts of its standard that the generic
checks need, and which module holds its behaviour scenarios. Adding an API to the suite is
adding an entry here and, for its business rules, a module in ``conformance/behaviour/``.
"""

from __future__ import annotations

from dataclasses import dataclass

ZGW_JWT = "zgw-jwt"  # Authorization: Bearer <JWT, HS256, shared secret per client_id>
API_TOKEN = "api-token"  # Authorization: Token <key> (Open Klant 2, Open Product)


@dataclass(frozen=True)
class ApiEntry:
    name: str
    title: str
    root: str
    contract: str  # file name in openapi/ (the newest {name}-<version>.yaml when it is absent)
    auth: str  # ZGW_JWT or API_TOKEN: the scheme the standard prescribes
    # Statuses that mean "authentication failed": ZGW answers 403 where HTTP would say 401.
    auth_failure_statuses: tuple[int, ...]
    # A list endpoint without path parameters: the probe for design-rule and security checks.
    probe: str
    # ZGW APIs refuse query parameters they do not know (400, code unknown-parameters).
    rejects_unknown_query_parameters: bool = True
    # Open Product documents problem+json but answers 400s as {"field": ["message"]}; where the
    # standard's own reference does that, the suite accepts either shape for invalid input.
    accepts_field_errors: bool = False
    # Module (in conformance.behaviour) with the business-rule scenarios of this API.
    scenarios: str | None = None
    # Other APIs whose objects this API's scenarios need (``--related NAME=URL`` overrides).
    related: tuple[str, ...] = ()


ZGW_FAILURE = (401, 403)
TOKEN_FAILURE = (401,)

APIS: dict[str, ApiEntry] = {
    entry.name: entry
    for entry in (
        ApiEntry("catalogi", "Catalogi API", "/catalogi/api/v1", "catalogi-1.3.1.yaml", ZGW_JWT, ZGW_FAILURE,
                 probe="/catalogussen", scenarios="catalogi"),
        ApiEntry("zaken", "Zaken API", "/zaken/api/v1", "zaken-1.5.1.yaml", ZGW_JWT, ZGW_FAILURE,
                 probe="/zaken", scenarios="zaken", related=("catalogi",)),
        ApiEntry("klantinteracties", "Klantinteracties API", "/klantinteracties/api/v1",
                 "klantinteracties-0.9.0.yaml", API_TOKEN, TOKEN_FAILURE, probe="/partijen",
                 rejects_unknown_query_parameters=False, scenarios="klantinteracties"),
        ApiEntry("contactmomenten", "Contactmomenten API", "/contactmomenten/api/v1", "contactmomenten-1.0.0.yaml",
                 ZGW_JWT, ZGW_FAILURE, probe="/contactmomenten", scenarios="contactmomenten",
                 related=("zaken", "catalogi")),
        ApiEntry("producttypen", "Producttypen API", "/producttypen/api/v1", "producttypen-1.7.0.yaml",
                 API_TOKEN, TOKEN_FAILURE, probe="/producttypen", rejects_unknown_query_parameters=False,
                 accepts_field_errors=True, scenarios="producttypen"),
        ApiEntry("producten", "Producten API", "/producten/api/v1", "producten-1.7.0.yaml",
                 API_TOKEN, TOKEN_FAILURE, probe="/producten", rejects_unknown_query_parameters=False,
                 accepts_field_errors=True, scenarios="producten", related=("producttypen",)),
        ApiEntry("autorisaties", "Autorisaties API", "/autorisaties/api/v1", "autorisaties-1.0.0.yaml",
                 ZGW_JWT, ZGW_FAILURE, probe="/applicaties", scenarios="autorisaties"),
    )
}


class UnknownApi(ValueError):
    pass


def get(name: str) -> ApiEntry:
    try:
        return APIS[name]
    except KeyError:
        raise UnknownApi(f"unknown API {name!r}; choose from {', '.join(APIS)}") from None
