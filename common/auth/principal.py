"""Who is calling, and what the Autorisaties model lets them do."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from uuid import UUID

# The standard's order of confidentiality, from open to most secret.
VERTROUWELIJKHEIDAANDUIDINGEN = (
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
)
_RANK = {name: rank for rank, name in enumerate(VERTROUWELIJKHEIDAANDUIDINGEN)}

# Components as the Autorisaties API names them, plus those of the APIs it predates.
COMPONENTS = ("ac", "nrc", "zrc", "ztc", "drc", "brc", "cmc", "kc", "vrc", "kic", "pdc")
TYPE_FIELDS = ("zaaktype", "informatieobjecttype", "besluittype", "producttype")
# The component a scope belongs to, by the scope's first word (catalogi.lezen -> ztc).
SCOPE_COMPONENTS = {
    "autorisaties": "ac",
    "notificaties": "nrc",
    "zaken": "zrc",
    "catalogi": "ztc",
    "documenten": "drc",
    "besluiten": "brc",
    "contactmomenten": "cmc",
    "klanten": "kc",
    "verzoeken": "vrc",
    "klantinteracties": "kic",
    "producten": "pdc",
    "audittrails": None,  # belongs to the component whose audit trail is read
    "verwerkingen": "ac",  # the processing log of the whole deployment (common/inzage.py)
}


def component_of(scope: str) -> str | None:
    return SCOPE_COMPONENTS.get(scope.split(".", 1)[0])


def rank(vertrouwelijkheidaanduiding: str) -> int:
    return _RANK[vertrouwelijkheidaanduiding]


def levels_up_to(maximum: str) -> list[str]:
    """The vertrouwelijkheidaanduidingen at or below ``maximum``."""
    return list(VERTROUWELIJKHEIDAANDUIDINGEN[: rank(maximum) + 1])


@dataclass(frozen=True)
class Grant:
    component: str
    scopes: frozenset[str]
    zaaktype: str | None = None
    informatieobjecttype: str | None = None
    besluittype: str | None = None
    producttype: str | None = None
    max_vertrouwelijkheidaanduiding: str | None = None

    def type_url(self, type_field: str) -> str | None:
        return getattr(self, type_field)


@dataclass(frozen=True)
class TypeLimit:
    """Within one type (or any type, when ``type_url`` is None): up to this confidentiality."""

    type_url: str | None
    max_vertrouwelijkheidaanduiding: str | None


@dataclass(frozen=True)
class Principal:
    applicatie_uuid: UUID
    label: str
    client_id: str
    heeft_alle_autorisaties: bool
    grants: tuple[Grant, ...] = ()
    user_id: str = ""
    user_representation: str = ""
    scheme: str = "jwt"
    extra: dict = field(default_factory=dict, compare=False)

    def _grants(self, component: str, scopes: Iterable[str]) -> list[Grant]:
        wanted = set(scopes)
        return [g for g in self.grants if g.component == component and g.scopes & wanted]

    def has_scope(self, component: str, scopes: Iterable[str]) -> bool:
        """True when any autorisatie of ``component`` carries any of ``scopes`` (for any type)."""
        return self.heeft_alle_autorisaties or bool(self._grants(component, scopes))

    def allows(
        self,
        component: str,
        scopes: Iterable[str],
        *,
        type_field: str | None = None,
        type_url: str | None = None,
        vertrouwelijkheidaanduiding: str | None = None,
    ) -> bool:
        """May the caller do this to one object of this type and confidentiality?"""
        if self.heeft_alle_autorisaties:
            return True
        for grant in self._grants(component, scopes):
            if type_field is not None and grant.type_url(type_field) not in (None, type_url):
                continue
            maximum = grant.max_vertrouwelijkheidaanduiding
            if vertrouwelijkheidaanduiding is not None and maximum is not None:
                if rank(vertrouwelijkheidaanduiding) > rank(maximum):
                    continue
            return True
        return False

    def limits(self, component: str, scopes: Iterable[str], type_field: str) -> list[TypeLimit] | None:
        """What a list may show: None for everything, else the (type, maximum) pairs to filter on.

        Lists are filtered at the source with these limits, so a client never pages through
        objects it may not see.
        """
        if self.heeft_alle_autorisaties:
            return None
        return [TypeLimit(g.type_url(type_field), g.max_vertrouwelijkheidaanduiding) for g in self._grants(component, scopes)]
