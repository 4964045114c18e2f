"""Autorisaties as SQL: a list shows only what the caller may see, filtered at the source.

Not Zaken-specific (a candidate for common/): any registry whose objects have a type (zaaktype,
informatieobjecttype, besluittype) and a vertrouwelijkheidaanduiding stored as its rank can
turn ``Principal.limits`` into one WHERE clause. Limits with the same maximum are grouped, so
a client with fifty zaaktypen gets ``zaaktype IN (...) AND rank <= n``, served by one index on
(type, rank).
"""

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import and_, false, or_, true
from sqlalchemy.sql.elements import ColumnElement

from common.auth.principal import Principal, TypeLimit, VERTROUWELIJKHEIDAANDUIDINGEN, rank


def limits_condition(limits: Iterable[TypeLimit] | None, type_column: ColumnElement,
                     rank_column: ColumnElement) -> ColumnElement:
    """The WHERE clause for ``Principal.limits(...)``: true for None, false for no limit at all."""
    if limits is None:
        return true()
    top = len(VERTROUWELIJKHEIDAANDUIDINGEN) - 1
    by_maximum: dict[int, set[str | None]] = defaultdict(set)
    for limit in limits:
        maximum = top if limit.max_vertrouwelijkheidaanduiding is None else rank(limit.max_vertrouwelijkheidaanduiding)
        by_maximum[maximum].add(limit.type_url)
    clauses = []
    for maximum, types in by_maximum.items():
        rank_clause = true() if maximum >= top else rank_column <= maximum
        if None in types:
            clauses.append(rank_clause)
        else:
            clauses.append(and_(type_column.in_(sorted(types)), rank_clause))
    return or_(*clauses) if clauses else false()


def may_read(principal: Principal, component: str, scopes: Iterable[str], type_field: str, type_url: str,
             vertrouwelijkheidaanduiding: str) -> bool:
    return principal.allows(component, scopes, type_field=type_field, type_url=type_url,
                            vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)
