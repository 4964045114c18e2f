"""Endpoints of the Producten API (/producten/api/v1). Thin: parse, apply the rules, store, answer.

Every read of a product with a BSN (or KvK) eigenaar is written to the processing log, for a
list in one batch (group commit); every write records its audit trail entry and a notification
on channel ``producten`` in the transaction of the change.
"""

from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from common.db import get_session, get_write_session
from common.processing import Processed, Subject, log_processed, log_processing
from common.responses import base_url, created_response, detail_response, json_response
from registries.producten import api, store
from registries.producten.access import (
    PRODUCTEN_LEZEN,
    PRODUCTEN_SCHRIJVEN,
    READ,
    WRITE,
    forbidden,
    producttype_scope,
)
from registries.producten.filters import PRODUCT_FILTERS
from registries.producten.models import Product, ProductType
from registries.producten.listing import WholeList
from registries.producten.productpage import COLUMNS, ProductPage, with_page
from registries.producten.represent import product_url
from registries.producten.schemas import ProductIn, ProductPatch

router = APIRouter()
KANAAL = "producten"
COMPONENT = "producten"


async def _log(request: Request, activiteit: str, page: ProductPage, products, base: str) -> None:
    """One processing record per product and data subject; concurrent writes share one commit."""
    await log_processed(request, component=COMPONENT, activiteit=activiteit, items=(
        Processed("product", product_url(base, product.uuid),
                  [Subject(kind, value) for kind, value in page.subjects(product)])
        for product in products
    ))


# A page of producten with their producttypen, eigenaren and verwijzingen in one statement.
PRODUCT_LIST = WholeList(PRODUCT_FILTERS, COLUMNS, Product.id.desc(), with_page, scope=Product.producttype_id)


@router.get("/producten", dependencies=[PRODUCTEN_LEZEN])
async def producten_list(request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    scope = await producttype_scope(session, request, READ)
    base, today = base_url(request), api.today()

    async def serialize(rows):
        page = ProductPage(rows)
        await _log(request, "lezen", page, rows, base)
        return [page.represent(base, product, today) for product in rows]

    return await PRODUCT_LIST.response(request, session, serialize, scope.ids)


def _kenmerken(producttype: ProductType, page: ProductPage, product: Product) -> dict[str, str]:
    upl = page.rows[product.id].type_upl
    return {"producttype.uuid": str(producttype.uuid), "producttype.uniforme_product_naam": upl or "",
            "producttype.code": producttype.code}


# What a write may change besides the product's own columns; without these the page read before stands.
RELATED_FIELDS = frozenset({"producttype_uuid", "eigenaren", "documenten", "zaken", "taken"})


async def _write(request: Request, session: AsyncSession, product: Product, body, *, creating: bool, partial: bool,
                 actie: str, oud_page: ProductPage | None = None) -> dict[str, Any]:
    """Create (``product`` new) or change ``product``, read before with its ``oud_page``."""
    scope = await producttype_scope(session, request, WRITE)
    base, today = base_url(request), api.today()
    oud = None
    if not creating:
        if not scope.allows(product.producttype_id):
            raise forbidden("de producten van dit producttype")
        oud = oud_page.represent(base, product, today)
    given = store.fields_to_write(body, partial)
    if "producttype_uuid" in given:
        type_row = await ProductPage.producttype(session, body.producttype_uuid)
        if type_row is None:
            raise store.no_producttype(body.producttype_uuid)
        producttype = type_row[0]
    else:
        producttype = await session.get(ProductType, product.producttype_id)  # read with the product
        type_row = oud_page.rows[product.id]
    if not scope.allows(producttype.id):
        raise forbidden(f"de producten van producttype {producttype.code}")
    eigenaren, verwijzingen = await store.save_product(session, product, producttype, body, creating=creating,
                                                       partial=partial, today=today)
    page = oud_page
    if creating or given & RELATED_FIELDS:
        page = ProductPage.written(product, type_row, None if creating else oud_page.rows[product.id],
                                   eigenaren, verwijzingen)
    data = page.represent(base, product, today)
    url = data["url"]
    await api.commit(session, request, api.change(
        actie, "product", url, weergave=product.naam or producttype.code, oud=oud, nieuw=data, kanaal=KANAAL,
        kenmerken=_kenmerken(producttype, page, product)))
    await _log(request, "aanmaken" if creating else "wijzigen", page, [product], base)
    if not creating and page is not oud_page:
        # An eigenaar taken off the product was processed too (its data was changed).
        removed = set(oud_page.subjects(product)) - set(page.subjects(product))
        if removed:
            await log_processing(request, component=COMPONENT, activiteit="wijzigen", resource="product",
                                 resource_url=url, subjects=[Subject(k, v) for k, v in removed])
    return data


@router.post("/producten", dependencies=[PRODUCTEN_SCHRIJVEN])
async def producten_create(body: ProductIn, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    return created_response(await _write(request, session, Product(), body, creating=True, partial=False, actie="create"))


async def _existing(session: AsyncSession, uuid: str, *, with_type: bool = True) -> tuple[Any, ProductPage]:
    """The product and its page; ``with_type``: its producttype too (a write's rules need it)."""
    product, page = await ProductPage.by_uuid(session, api.parse_uuid(uuid, "product"), with_type=with_type)
    if product is None:
        raise api.not_found("product", uuid)
    return product, page


async def _product(session: AsyncSession, request: Request, uuid: str,
                   scopes: tuple[str, ...]) -> tuple[Any, ProductPage]:
    product, page = await _existing(session, uuid, with_type=scopes == WRITE)
    scope = await producttype_scope(session, request, scopes)
    if not scope.allows(product.producttype_id):
        raise forbidden("de producten van dit producttype")
    return product, page


@router.get("/producten/{uuid}", dependencies=[PRODUCTEN_LEZEN])
async def producten_retrieve(uuid: str, request: Request, session: AsyncSession = Depends(get_session)) -> Response:
    product, page = await _product(session, request, uuid, READ)
    data = page.represent(base_url(request), product, api.today())
    await _log(request, "lezen", page, [product], base_url(request))
    return detail_response(request, data)


@router.put("/producten/{uuid}", dependencies=[PRODUCTEN_SCHRIJVEN])
async def producten_update(uuid: str, body: ProductIn, request: Request,
                           session: AsyncSession = Depends(get_write_session)) -> Response:
    product, page = await _existing(session, uuid)
    return json_response(await _write(request, session, product, body, creating=False, partial=False, actie="update",
                                      oud_page=page))


@router.patch("/producten/{uuid}", dependencies=[PRODUCTEN_SCHRIJVEN])
async def producten_partial_update(uuid: str, body: ProductPatch, request: Request,
                                   session: AsyncSession = Depends(get_write_session)) -> Response:
    product, page = await _existing(session, uuid)
    return json_response(await _write(request, session, product, body, creating=False, partial=True,
                                      actie="partial_update", oud_page=page))


@router.delete("/producten/{uuid}", dependencies=[PRODUCTEN_SCHRIJVEN])
async def producten_destroy(uuid: str, request: Request, session: AsyncSession = Depends(get_write_session)) -> Response:
    product, page = await _product(session, request, uuid, WRITE)
    oud = page.represent(base_url(request), product, api.today())
    producttype = await session.get(ProductType, product.producttype_id)
    kenmerken = _kenmerken(producttype, page, product)
    await session.delete(product)
    await session.flush()
    await api.commit(session, request, api.change("destroy", "product", oud["url"], weergave=product.naam or producttype.code,
                                                  oud=oud, kanaal=KANAAL, kenmerken=kenmerken))
    await _log(request, "verwijderen", page, [product], base_url(request))
    return Response(status_code=204)
