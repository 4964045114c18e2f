"""What a page of klantcontacten shows besides their own columns: onderwerpobjecten, bijlagen,
betrokkenen, interne taken and the actoren involved, read in the statement of the klantcontacten
themselves (jsonrows). The statements are built once, at import."""

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, select

from common import jsonrows
from common.jsonrows import RowsById, related
from registries.klanten.models import Actor, ActorKlantcontact, Betrokkene, Bijlage, InterneTaak, Klantcontact, Onderwerpobject

_OF_CONTACT = Klantcontact.id
ACTOR_FIELDS = ("uuid", "naam", "soort_actor", "indicatie_actief", "identificator_object_id",
                "identificator_code_objecttype", "identificator_code_register", "identificator_code_soort_object_id",
                "functie", "emailadres", "telefoonnummer", "faxnummer", "omschrijving")

EXTRA = (
    related(Onderwerpobject.id, Onderwerpobject.uuid,
            where=Onderwerpobject.klantcontact_id == _OF_CONTACT).label("onderwerpobjecten"),
    related(Bijlage.id, Bijlage.uuid, where=Bijlage.klantcontact_id == _OF_CONTACT).label("bijlagen"),
    related(Betrokkene.id, Betrokkene.uuid, where=Betrokkene.klantcontact_id == _OF_CONTACT).label("betrokkenen"),
    related(InterneTaak.id, InterneTaak.uuid, where=InterneTaak.klantcontact_id == _OF_CONTACT).label("internetaken"),
    related(ActorKlantcontact.id, *(getattr(Actor, name) for name in ACTOR_FIELDS),
            where=ActorKlantcontact.klantcontact_id == _OF_CONTACT,
            joined=ActorKlantcontact.__table__.join(Actor, Actor.id == ActorKlantcontact.actor_id)).label("actoren"),
)
# A klantcontact's own columns as plain values (named as the model names them): no ORM object per row.
COLUMNS = tuple(getattr(Klantcontact, key).label(key) for key in Klantcontact.__mapper__.column_attrs.keys())

BY_IDS = select(Klantcontact.id, *EXTRA).where(Klantcontact.id.in_(bindparam("ids", expanding=True)))
# A klantcontact with everything its representation needs: GET /klantcontacten/{uuid} in one statement.
BY_UUID = select(*COLUMNS, *EXTRA).where(Klantcontact.uuid == bindparam("uuid"))
# The base of a list: filters add their conditions; a page and its relations in one statement.
LIST = select(*COLUMNS, *EXTRA)


class ActorRow:
    """An actor as a page of klantcontacten reads it: the attributes of an `Actor`."""

    __slots__ = ACTOR_FIELDS

    def __init__(self, row: list[Any]) -> None:
        for name, value in zip(ACTOR_FIELDS, row, strict=True):
            setattr(self, name, value)
        self.uuid = jsonrows.uuid(self.uuid)
        self.indicatie_actief = bool(self.indicatie_actief)


class KlantcontactPage(RowsById):
    """The related rows of some klantcontacten, by id."""

    by_ids = BY_IDS

    @classmethod
    def made(cls, contact: Klantcontact, parts: Sequence[Any]) -> "KlantcontactPage":
        """The relations of a klantcontact made in this request: the betrokkenen and
        onderwerpobjecten made with it, nothing else."""
        def keys(model: type) -> list[list[Any]]:
            return [[row.id, str(row.uuid)] for row in parts if isinstance(row, model)]

        return cls([SimpleNamespace(id=contact.id, onderwerpobjecten=keys(Onderwerpobject), bijlagen=None,
                                    betrokkenen=keys(Betrokkene), internetaken=None, actoren=None)])

    def uuids(self, contact_id: int, name: str) -> list[str]:
        """The uuids of a klantcontact's onderwerpobjecten, bijlagen, betrokkenen or internetaken, in order."""
        return [jsonrows.uuid(key) for key, in jsonrows.rows(getattr(self.rows[contact_id], name))]

    def actoren(self, contact_id: int) -> list[ActorRow]:
        return [ActorRow(row) for row in jsonrows.rows(self.rows[contact_id].actoren)]
