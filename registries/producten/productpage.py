"""What a page of producten needs besides their own rows: their producttypen (with themas and
uniforme product naam), eigenaren and verwijzingen, read in one statement built once
(jsonrows: the related rows folded into the row of their product)."""

from collections.abc import Sequence
from types import SimpleNamespace
from datetime import date
from typing import Any

from sqlalchemy import Select, bindparam, join, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from common import jsonrows
from common.jsonrows import related
from registries.producten.models import (
    Eigenaar,
    Product,
    ProductType,
    ProductTypeThema,
    ProductVerwijzing,
    Thema,
    UniformeProductNaam,
)
from registries.producten.represent import (
    DEFAULT_LANGUAGE,
    _omit_empty,
    gepubliceerd,
    iso_date,
    iso_datetime,
    money,
    product_url,
)

_HOOFD = aliased(Thema)


def themas_of(producttype_id: Any) -> Any:
    """The themas of the producttype whose id is ``producttype_id`` (a column of the outer statement)."""
    return related(
        Thema.id, Thema.uuid, Thema.naam, Thema.beschrijving, Thema.gepubliceerd, Thema.aanmaak_datum,
        Thema.update_datum, _HOOFD.uuid,
        where=ProductTypeThema.producttype_id == producttype_id,
        joined=join(ProductTypeThema, Thema, Thema.id == ProductTypeThema.thema_id)
        .outerjoin(_HOOFD, _HOOFD.id == Thema.hoofd_thema_id),
    )


# Aliases: a filter's subquery on the producttypen (producttype__code) stays its own, not
# correlated to the producttype joined here.
_TYPE = aliased(ProductType)
_UPL = aliased(UniformeProductNaam)
# The producttype of a product, as its representation shows it.
TYPE_COLUMNS = (
    _TYPE.uuid.label("type_uuid"),
    _TYPE.code.label("type_code"),
    _TYPE.naam.label("type_naam"),
    _TYPE.keywords.label("type_keywords"),
    _UPL.naam.label("type_upl"),
    _TYPE.toegestane_statussen.label("type_statussen"),
    _TYPE.publicatie_start_datum.label("type_start"),
    _TYPE.publicatie_eind_datum.label("type_eind"),
    _TYPE.aanmaak_datum.label("type_aanmaak"),
    _TYPE.update_datum.label("type_update"),
    themas_of(_TYPE.id).label("type_themas"),
)
_EXTRA = (
    *TYPE_COLUMNS,
    related(Eigenaar.id, Eigenaar.uuid, Eigenaar.bsn, Eigenaar.kvk_nummer, Eigenaar.vestigingsnummer,
            Eigenaar.klantnummer, where=Eigenaar.product_id == Product.id).label("eigenaren"),
    related(ProductVerwijzing.id, ProductVerwijzing.soort, ProductVerwijzing.urn, ProductVerwijzing.url,
            where=ProductVerwijzing.product_id == Product.id).label("verwijzingen"),
)


def with_page(stmt: Select) -> Select:
    """``stmt``, a select of producten, with what their representation needs besides their own columns."""
    return (stmt.add_columns(*_EXTRA).join(_TYPE, _TYPE.id == Product.producttype_id)
            .outerjoin(_UPL, _UPL.id == _TYPE.upl_id))


# A producttype by uuid with the columns a product shows of it: what a write of a product reads of its type.
TYPE_BY_UUID = (select(_TYPE, *TYPE_COLUMNS).outerjoin(_UPL, _UPL.id == _TYPE.upl_id)
                .where(_TYPE.uuid == bindparam("uuid")))
# A product's columns as a row: what is only shown is read without building an object.
COLUMNS = select(*Product.__table__.c)
# A product with everything its representation needs: GET /producten/{uuid} in one statement.
BY_UUID = with_page(COLUMNS).where(Product.uuid == bindparam("uuid"))
# The same with its producttype, for a write: the type's rules need it.
WITH_TYPE_BY_UUID = with_page(select(Product, _TYPE)).where(Product.uuid == bindparam("uuid"))


def themas_nested(folded: Any, seen: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The themas of a `themas_of` column; ``seen`` keeps those already made for this answer."""
    found = []
    for row in jsonrows.rows(folded):
        thema = seen.get(row[0])
        if thema is None:
            thema = seen[row[0]] = thema_nested(row)
        found.append(thema)
    return found


def thema_nested(row: list[Any]) -> dict[str, Any]:
    key, naam, beschrijving, published, aanmaak, update, hoofd = row
    return {
        "uuid": jsonrows.uuid(key),
        "naam": naam,
        "beschrijving": beschrijving,
        "gepubliceerd": bool(published),
        "aanmaak_datum": iso_datetime(jsonrows.moment(aanmaak)),
        "update_datum": iso_datetime(jsonrows.moment(update)),
        "hoofd_thema": jsonrows.uuid(hoofd),
    }


def eigenaar_out(row: list[Any]) -> dict[str, Any]:
    key, bsn, kvk_nummer, vestigingsnummer, klantnummer = row
    return _omit_empty({
        "uuid": jsonrows.uuid(key),
        "bsn": bsn,
        "kvk_nummer": kvk_nummer,
        "vestigingsnummer": vestigingsnummer,
        "klantnummer": klantnummer,
    }, "kvk_nummer")


_TYPE_NAMES = tuple(column.name for column in TYPE_COLUMNS)


class ProductPage:
    """The related data of some producten, by product id."""

    def __init__(self, rows: Sequence[Any] = ()) -> None:
        self.rows = {}
        self.themas: dict[str, dict[str, Any]] = {}
        self.eigenaren: dict[int, list[list[Any]]] = {}
        for row in rows:
            self._add(row[0] if isinstance(row[0], int) else row[0].id, row)

    def _add(self, product_id: int, row: Any) -> None:
        self.rows[product_id] = row
        self.eigenaren[product_id] = jsonrows.rows(row.eigenaren)

    @classmethod
    async def by_uuid(cls, session: AsyncSession, key: Any, *, with_type: bool = False) -> tuple[Any, "ProductPage"]:
        """The product (its row) and its page; ``with_type``, for a write: the product as an
        object, and its producttype kept in the session."""
        if with_type:
            row = (await session.execute(WITH_TYPE_BY_UUID, {"uuid": key})).first()
        else:  # columns only: run on the connection, past the ORM
            row = (await (await session.connection()).execute(BY_UUID, {"uuid": key})).first()
        if row is None:
            return None, cls()
        return row[0] if with_type else row, cls([row])

    @staticmethod
    async def producttype(session: AsyncSession, key: Any) -> Any:
        """A producttype by uuid: a row of the producttype and its `TYPE_COLUMNS`, or None."""
        return (await session.execute(TYPE_BY_UUID, {"uuid": key})).first()

    @classmethod
    def written(cls, product: Product, producttype: Any, before: Any, eigenaren: Sequence[Eigenaar] | None,
                verwijzingen: dict[str, Sequence[ProductVerwijzing]]) -> "ProductPage":
        """The page of ``product`` after a write, without reading it again: the producttype's
        columns from ``producttype`` (a row with `TYPE_COLUMNS`), the eigenaren and the
        verwijzingen of each soort as written, or as ``before`` (the page's row before the write,
        None for a new product) has them where the write left them alone."""
        row = SimpleNamespace(**{name: getattr(producttype, name) for name in _TYPE_NAMES})
        row.eigenaren = (jsonrows.rows(before.eigenaren, keys=0) if eigenaren is None else
                         [[e.id, str(e.uuid), e.bsn, e.kvk_nummer, e.vestigingsnummer, e.klantnummer] for e in eigenaren])
        kept = jsonrows.rows(before.verwijzingen, keys=0) if before is not None else []
        row.verwijzingen = [v for v in kept if v[1] not in verwijzingen]
        row.verwijzingen += [[v.id, v.soort, v.urn, v.url] for written in verwijzingen.values() for v in written]
        page = cls()
        page._add(product.id, row)
        return page

    def _producttype(self, row: Any, today: date) -> dict[str, Any]:
        return {
            "uuid": str(row.type_uuid),
            "code": row.type_code,
            "naam": row.type_naam,
            "keywords": list(row.type_keywords),
            "uniforme_product_naam": row.type_upl,
            "toegestane_statussen": list(row.type_statussen),
            "gepubliceerd": gepubliceerd(row.type_start, row.type_eind, today),
            "publicatie_start_datum": iso_date(row.type_start),
            "publicatie_eind_datum": iso_date(row.type_eind),
            "aanmaak_datum": iso_datetime(row.type_aanmaak),
            "update_datum": iso_datetime(row.type_update),
            "themas": themas_nested(row.type_themas, self.themas),
            "taal": DEFAULT_LANGUAGE,
        }

    def represent(self, base: str, product: Product, today: date) -> dict[str, Any]:
        row = self.rows[product.id]
        verwijzingen: dict[str, list[dict[str, Any]]] = {"document": [], "zaak": [], "taak": []}
        for soort, urn, url in jsonrows.rows(row.verwijzingen):
            verwijzingen.setdefault(soort, []).append({"urn": urn, "url": url})
        return {
            "uuid": str(product.uuid),
            "url": product_url(base, product.uuid),
            "naam": product.naam,
            "start_datum": iso_date(product.start_datum),
            "eind_datum": iso_date(product.eind_datum),
            "aanmaak_datum": iso_datetime(product.aanmaak_datum),
            "update_datum": iso_datetime(product.update_datum),
            "producttype": self._producttype(row, today),
            "gepubliceerd": product.gepubliceerd,
            "eigenaren": [eigenaar_out(e) for e in self.eigenaren[product.id]],
            "documenten": verwijzingen["document"],
            "zaken": verwijzingen["zaak"],
            "taken": verwijzingen["taak"],
            "status": product.status,
            "prijs": money(product.prijs),
            "frequentie": product.frequentie,
            "verbruiksobject": product.verbruiksobject,
            "dataobject": product.dataobject,
            "aanvraag_zaak_urn": product.aanvraag_zaak_urn,
            "aanvraag_zaak_url": product.aanvraag_zaak_url,
        }

    def subjects(self, product: Product) -> list[tuple[str, str]]:
        """The data subjects of a product: its eigenaren's BSN and KvK-nummer."""
        found = []
        for _, bsn, kvk_nummer, _, _ in self.eigenaren.get(product.id, []):
            if bsn:
                found.append(("bsn", bsn))
            if kvk_nummer:
                found.append(("kvk", kvk_nummer))
        return found
