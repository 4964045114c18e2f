"""What a page of partijen shows besides their own columns: identificatoren, digitale adressen,
rekeningnummers, betrokkenen, vertegenwoordigden, categorie-relaties and the partij a
contactpersoon worked for, read in the statement of the partijen themselves (jsonrows: the
related rows folded into the row of their partij). The statements are built once, at import."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import aliased

from common import jsonrows
from common.jsonrows import RowsById, related
from registries.klanten.models import (
    Betrokkene, Categorie, CategorieRelatie, DigitaalAdres, Partij, PartijIdentificator, Rekeningnummer,
    Vertegenwoordiging,
)

_OUDER = aliased(PartijIdentificator, name="ouder")
_VERTEGENWOORDIGDE = aliased(Partij, name="vertegenwoordigde")
_WERKGEVER = aliased(Partij, name="werkgever")
_OF_PARTIJ = Partij.id

EXTRA = (
    related(PartijIdentificator.id, PartijIdentificator.uuid, PartijIdentificator.andere_partij_identificator,
            PartijIdentificator.code_objecttype, PartijIdentificator.code_soort_object_id,
            PartijIdentificator.object_id, PartijIdentificator.code_register, _OUDER.uuid,
            where=PartijIdentificator.partij_id == _OF_PARTIJ,
            joined=PartijIdentificator.__table__.outerjoin(
                _OUDER, _OUDER.id == PartijIdentificator.sub_identificator_van_id)).label("identificatoren"),
    related(DigitaalAdres.id, DigitaalAdres.id, DigitaalAdres.uuid,
            where=DigitaalAdres.partij_id == _OF_PARTIJ).label("adressen"),
    related(Rekeningnummer.id, Rekeningnummer.id, Rekeningnummer.uuid,
            where=Rekeningnummer.partij_id == _OF_PARTIJ).label("rekeningen"),
    related(Betrokkene.id, Betrokkene.uuid, where=Betrokkene.partij_id == _OF_PARTIJ).label("betrokkenen"),
    related(Vertegenwoordiging.id, _VERTEGENWOORDIGDE.uuid,
            where=Vertegenwoordiging.vertegenwoordigende_partij_id == _OF_PARTIJ,
            joined=Vertegenwoordiging.__table__.join(
                _VERTEGENWOORDIGDE, _VERTEGENWOORDIGDE.id == Vertegenwoordiging.vertegenwoordigde_partij_id),
            ).label("vertegenwoordigden"),
    related(CategorieRelatie.id, CategorieRelatie.uuid, Categorie.naam, CategorieRelatie.begin_datum,
            CategorieRelatie.eind_datum, where=CategorieRelatie.partij_id == _OF_PARTIJ,
            joined=CategorieRelatie.__table__.outerjoin(Categorie, Categorie.id == CategorieRelatie.categorie_id),
            ).label("categorie_relaties"),
    select(_WERKGEVER.uuid).where(_WERKGEVER.id == Partij.werkte_voor_partij_id).scalar_subquery()
    .label("werkgever"),
)
# A partij's own columns as plain values: a row per partij, without the cost of an ORM object.
COLUMNS = tuple(Partij.__table__.c)

BY_IDS = select(Partij.id, *EXTRA).where(Partij.id.in_(bindparam("ids", expanding=True)))
# A partij with everything its representation needs: GET /partijen/{uuid} in one statement.
BY_UUID = select(*COLUMNS, *EXTRA).where(Partij.uuid == bindparam("uuid"))
# The base of a list: filters add their conditions; a page and its relations in one statement.
LIST = select(*COLUMNS, *EXTRA)


class Identificator:
    """A partij-identificator as a page of partijen reads it."""

    __slots__ = ("uuid", "andere_partij_identificator", "code_objecttype", "code_soort_object_id", "object_id",
                 "code_register", "ouder")

    def __init__(self, row: list[Any]) -> None:
        (uuid, self.andere_partij_identificator, self.code_objecttype, self.code_soort_object_id,
         self.object_id, self.code_register, ouder) = row
        self.uuid, self.ouder = jsonrows.uuid(uuid), jsonrows.uuid(ouder)


class PartijPage(RowsById):
    """The related rows of some partijen, by id."""

    by_ids = BY_IDS

    def __init__(self, rows: Sequence[Row] = ()) -> None:
        # By column name: a row's mapping answers faster than its attributes.
        self.rows = {row.id: row._mapping for row in rows}

    def identificatoren(self, partij_id: int) -> list[Identificator]:
        return [Identificator(row) for row in jsonrows.rows(self.rows[partij_id]["identificatoren"])]

    def owned(self, partij_id: int, name: str) -> dict[int, str]:
        """The uuids of a partij's adressen or rekeningen by their id, in order."""
        return {row_id: jsonrows.uuid(key) for row_id, key in jsonrows.rows(self.rows[partij_id][name])}

    def uuids(self, partij_id: int, name: str) -> list[str]:
        """The uuids of a partij's betrokkenen or vertegenwoordigden, in order."""
        return [jsonrows.uuid(key) for key, in jsonrows.rows(self.rows[partij_id][name])]

    def categorie_relaties(self, partij_id: int) -> list[list[Any]]:
        return jsonrows.rows(self.rows[partij_id]["categorie_relaties"])

    def werkgever(self, partij_id: int) -> str | None:
        key = self.rows[partij_id]["werkgever"]
        return None if key is None else str(key)
