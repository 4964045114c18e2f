"""How other registries (Zaken first) read Catalogi objects in-process: each resolver answers
exactly what the detail endpoint serves, and common.references finds them by URL."""

import asyncio
import uuid
from urllib.parse import urlsplit

import pytest
from starlette.requests import Request

from common.app import KNOWN_REGISTRIES, create_app, load_registries
from common.db import create_engine, sessionmaker
from common.references import ReferenceError
from common.settings import Settings
from registries.catalogi import registry
from registries.catalogi.resolvers import RESOLVERS
from tests.test_catalogi_support import catalogi  # noqa: F401 - fixture

COLLECTIONS = ["/catalogussen", "/zaaktypen", "/statustypen", "/resultaattypen", "/roltypen", "/eigenschappen",
               "/informatieobjecttypen", "/besluittypen", "/zaakobjecttypen", "/zaaktype-informatieobjecttypen"]


def test_every_collection_zaken_reads_has_a_resolver_registered():
    [api] = registry.apis
    assert set(api.resolvers) == set(COLLECTIONS)


def _in_process(database_url: str, work):
    async def run():
        engine = create_engine(database_url)
        try:
            async with sessionmaker(engine)() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(run())


@pytest.fixture
def one_of_each(catalogi):
    catalogus = catalogi.catalogus()
    iot = catalogi.publish(catalogi.informatieobjecttype(catalogus))
    besluittype = catalogi.publish(catalogi.besluittype(catalogus, informatieobjecttypen=[iot["omschrijving"]]))
    zaaktype = catalogi.zaaktype(catalogus, besluittypen=[besluittype["omschrijving"]])
    statustype = catalogi.statustype(zaaktype)
    objects = {
        "/catalogussen": catalogus, "/informatieobjecttypen": iot, "/besluittypen": besluittype,
        "/statustypen": statustype,
        "/resultaattypen": catalogi.resultaattype(zaaktype, besluittypen=[besluittype["omschrijving"]]),
        "/roltypen": catalogi.roltype(zaaktype),
        "/eigenschappen": catalogi.eigenschap(zaaktype, statustype=statustype["url"]),
        "/zaakobjecttypen": catalogi.zaakobjecttype(zaaktype),
        "/zaaktype-informatieobjecttypen": catalogi.koppeling(zaaktype, iot),
    }
    objects["/zaaktypen"] = catalogi.publish(zaaktype)
    return objects


def test_each_resolver_answers_what_the_detail_endpoint_serves(api, server, one_of_each):
    async def resolve_all(session):
        return {collection: await RESOLVERS[collection](session, server.url, uuid.UUID(obj["url"].rsplit("/", 1)[1]))
                for collection, obj in one_of_each.items()}

    resolved = _in_process(server.database_url, resolve_all)
    for collection, obj in one_of_each.items():
        assert resolved[collection] == api.get(obj["url"]).json(), collection
    missing = _in_process(server.database_url, lambda s: RESOLVERS["/zaaktypen"](s, server.url, uuid.uuid4()))
    assert missing is None


def test_common_references_read_catalogi_urls_in_process(server, one_of_each):
    """What the Zaken registry does to check a zaak's zaaktype: a URL of this deployment, read
    without HTTP through the registered resolver."""
    app = create_app(load_registries(KNOWN_REGISTRIES), Settings(database_url=server.database_url))
    netloc = urlsplit(server.url).netloc
    request = Request({"type": "http", "app": app, "scheme": "http", "method": "GET", "path": "/",
                       "server": tuple(netloc.split(":")), "headers": [(b"host", netloc.encode())], "query_string": b""})
    zaaktype = one_of_each["/zaaktypen"]

    async def fetch(session):
        found = await app.state.references.fetch(request, session, zaaktype["url"])
        try:
            await app.state.references.fetch(request, session, zaaktype["url"].rsplit("/", 1)[0] + "/" + str(uuid.uuid4()))
        except ReferenceError as exc:
            return found, exc.code
        return found, None

    found, code = _in_process(server.database_url, fetch)
    assert found["url"] == zaaktype["url"] and found["concept"] is False
    assert found["statustypen"] == zaaktype["statustypen"]
    assert code == "bad-url"
