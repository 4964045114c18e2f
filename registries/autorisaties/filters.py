"""The filters the contract offers on the Autorisaties lists; an index stands behind each.

Both filter on ``platform_client.client_id``, which is unique and therefore indexed.
"""

from sqlalchemy import Select, select

from common.filters import Filter, FilterSet
from registries.autorisaties.models import Applicatie, ClientCredential


def _with_client_id(client_id: str):
    return Applicatie.id.in_(select(ClientCredential.applicatie_id).where(ClientCredential.client_id == client_id))


def _with_all_client_ids(stmt: Select, client_ids: list[str]) -> Select:
    # Like the reference implementation: an applicatie matches when it has every client id asked for.
    for client_id in client_ids:
        stmt = stmt.where(_with_client_id(client_id))
    return stmt


def _with_the_client_id(stmt: Select, client_id: str) -> Select:
    return stmt.where(_with_client_id(client_id))


APPLICATIE_FILTERS = FilterSet(
    filters=[Filter("clientIds", _with_all_client_ids, many=True, column=ClientCredential.client_id)],
)

# GET /applicaties/consumer answers one applicatie and is not paged: clientId is its only parameter.
CONSUMER_FILTERS = FilterSet(
    filters=[Filter("clientId", _with_the_client_id, column=ClientCredential.client_id)],
    reserved=(),
)
