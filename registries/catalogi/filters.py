"""The filters the contract offers on each Catalogi list; an index stands behind each."""

from common.filters import FilterSet, column_filters
from registries.catalogi.models import Catalogus

CATALOGUS_FILTERS = FilterSet(
    filters=[
        *column_filters("domein", Catalogus.domein, ("exact", "in")),
        *column_filters("rsin", Catalogus.rsin, ("exact", "in")),
    ]
)
