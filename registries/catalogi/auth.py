"""Who may do what in the Catalogi API: component ``ztc`` and its scopes, as the contract lists
them per operation (any one of the listed scopes suffices).

Rule ztc-014 lets the Zaken and Documenten APIs read zaaktypen with their own read scopes
(``zaken.lezen`` of component zrc, ``documenten.lezen`` of component drc), so the zaaktype
operations accept those too. common.auth's Authorizer knows one component per API; the
cross-component check is made here (a candidate for common/).
"""

from fastapi import Depends, Request

from common.auth.dependencies import Authorizer
from common.auth.principal import Principal
from common.errors import Problem

ztc = Authorizer(component="ztc")

LEZEN = "catalogi.lezen"
SCHRIJVEN = "catalogi.schrijven"
GEFORCEERD_SCHRIJVEN = "catalogi.geforceerd-schrijven"
GEFORCEERD_VERWIJDEREN = "catalogi.geforceerd-verwijderen"

# ztc-014: other components whose read scope also reads zaaktypen.
ZAAKTYPE_READERS = {"ztc": (LEZEN,), "zrc": ("zaken.lezen",), "drc": ("documenten.lezen",)}


def require(*scopes: str):
    return Depends(ztc.require(*scopes))


async def _read_zaaktypen(request: Request) -> Principal:
    """ztc-014: catalogi.lezen, or zaken.lezen (zrc) or documenten.lezen (drc), reads zaaktypen."""
    principal = await ztc.authenticate(request)
    request.state.principal = principal
    if not any(principal.has_scope(component, scopes) for component, scopes in ZAAKTYPE_READERS.items()):
        raise Problem(403, "Deze applicatie mist de scope catalogi.lezen, zaken.lezen of documenten.lezen.",
                      code="permission_denied")
    return principal


READ = require(LEZEN)
READ_ZAAKTYPEN = Depends(_read_zaaktypen)
WRITE = require(SCHRIJVEN)
WRITE_OR_FORCED = require(SCHRIJVEN, GEFORCEERD_SCHRIJVEN)
DELETE_OR_FORCED = require(SCHRIJVEN, GEFORCEERD_VERWIJDEREN)


def may_force_write(principal: Principal) -> bool:
    """A correction of a published type (the standard's "correctie")."""
    return principal.has_scope("ztc", (GEFORCEERD_SCHRIJVEN,))


def may_force_delete(principal: Principal) -> bool:
    return principal.has_scope("ztc", (GEFORCEERD_VERWIJDEREN,))
