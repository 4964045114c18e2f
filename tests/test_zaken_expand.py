"""``expand`` on zaken (list, detail, _zoek), never showing what the client may not read, and the
processing log of every read or write of a zaak or rol that carries a BSN."""

import asyncio
import uuid

import pytest

from common import db
from common.auth.admin import NewGrant
from common.processing import Subject, processing_of
from tests.conftest import valid_rsin
from tests.test_zaken_support import (  # noqa: F401 - fixtures
    BSNS,
    ROOT,
    add_rol,
    add_status,
    catalogi,
    client_with,
    close_zaak,
    create_zaak,
    invalid_params,
    zaaktype,
    zaken,
    zaken_database,
    zaken_server,
)


def test_expand_on_detail_with_dotted_paths(zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    rol = add_rol(zaken, zaak, zaaktype.roltypen["initiator"]).json()
    status = add_status(zaken, zaak, zaaktype.statustypen[0]).json()
    got = zaken.get(zaak["url"], params={"expand": "rollen.roltype,status.statustype,zaaktype,resultaat,hoofdzaak"})
    assert got.status_code == 200, got.text
    embedded = got.json()["_expand"]
    assert [r["url"] for r in embedded["rollen"]] == [rol["url"]]
    assert embedded["rollen"][0]["_expand"]["roltype"]["omschrijving"] == "Melder"
    assert embedded["status"]["url"] == status["url"]
    assert embedded["status"]["_expand"]["statustype"]["volgnummer"] == 1
    assert embedded["zaaktype"]["url"] == zaaktype.url
    assert embedded["resultaat"] == {} and embedded["hoofdzaak"] == {}


def test_expand_three_levels_and_no_more(zaken, zaaktype):
    hoofd = create_zaak(zaken, zaaktype)
    add_rol(zaken, hoofd, zaaktype.roltypen["initiator"])
    deel = create_zaak(zaken, zaaktype, hoofdzaak=hoofd["url"])
    got = zaken.get(deel["url"], params={"expand": "hoofdzaak.rollen.roltype"}).json()
    roltype = got["_expand"]["hoofdzaak"]["_expand"]["rollen"][0]["_expand"]["roltype"]
    assert roltype["omschrijvingGeneriek"] == "initiator"
    too_deep = zaken.get(deel["url"], params={"expand": "hoofdzaak.rollen.zaak.rollen"})
    assert invalid_params(too_deep) == {"expand": "invalid"}
    assert invalid_params(zaken.get(deel["url"], params={"expand": "bestaatniet"})) == {"expand": "invalid"}


def test_expand_on_list_and_zoek_loads_per_level(zaken, zaaktype):
    bron = valid_rsin()
    made = [create_zaak(zaken, zaaktype, bronorganisatie=bron) for _ in range(3)]
    for zaak in made:
        add_rol(zaken, zaak, zaaktype.roltypen["initiator"])
    listed = zaken.get(f"{ROOT}/zaken", params={"bronorganisatie": bron, "expand": "rollen,deelzaken"}).json()
    assert [len(z["_expand"]["rollen"]) for z in listed["results"]] == [1, 1, 1]
    found = zaken.post(f"{ROOT}/zaken/_zoek", json={"bronorganisatie": bron, "expand": "rollen.roltype"}).json()
    assert all(z["_expand"]["rollen"][0]["_expand"]["roltype"]["url"] for z in found["results"])


@pytest.fixture(scope="module")
def limited(zaken_server, catalogi):
    """Reads zaken of one zaaktype up to 'openbaar', and has no Catalogi scope."""
    mine = catalogi.zaaktype()
    client = client_with(zaken_server, NewGrant(component="zrc", scopes=("zaken.lezen",), zaaktype=mine.url,
                                                max_vertrouwelijkheidaanduiding="openbaar"))
    yield client, mine
    client.close()


def test_expand_never_shows_what_the_client_may_not_read(zaken, limited, catalogi):
    client, mine = limited
    secret_type = catalogi.zaaktype()
    hoofd = create_zaak(zaken, secret_type)  # another zaaktype
    geheim = create_zaak(zaken, mine, vertrouwelijkheidaanduiding="geheim")  # too confidential
    zaak = create_zaak(zaken, mine, hoofdzaak=hoofd["url"],
                       relevanteAndereZaken=[{"url": geheim["url"], "aardRelatie": "vervolg"}])
    add_rol(zaken, zaak, mine.roltypen["initiator"])
    got = client.get(zaak["url"], params={"expand": "hoofdzaak,relevanteAndereZaken,zaaktype,rollen.roltype"})
    assert got.status_code == 200, got.text
    embedded = got.json()["_expand"]
    assert "hoofdzaak" not in embedded
    assert embedded["relevanteAndereZaken"] == []
    assert "zaaktype" not in embedded  # no catalogi.lezen
    assert "roltype" not in embedded["rollen"][0].get("_expand", {})
    text = got.text
    assert hoofd["uuid"] in text  # the URL itself was already part of the zaak
    assert secret_type.url not in text and "geheim" not in text.replace(geheim["url"], "")
    listed = client.get(f"{ROOT}/zaken", params={"expand": "hoofdzaak", "identificatie": zaak["identificatie"]})
    assert listed.json()["results"][0]["_expand"] == {}


# --------------------------------------------------------------------------- processing log


def _records(database_url: str, bsn: str):
    async def run():
        engine = db.create_engine(database_url)
        try:
            async with db.sessionmaker(engine)() as session:
                return await processing_of(session, Subject("bsn", bsn))
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _fresh_bsn() -> str:
    """A random BSN that passes the 11-proef (the same check as an RSIN)."""
    return valid_rsin()


def test_processing_records_for_reads_and_writes_of_a_bsn(zaken_server, zaken, zaaktype):
    bsn = _fresh_bsn()
    zaak = create_zaak(zaken, zaaktype)
    rol = add_rol(zaken, zaak, zaaktype.roltypen["initiator"], bsn).json()
    assert [(r.activiteit, r.resource, r.resource_url) for r in _records(zaken_server.database_url, bsn)] == [
        ("aanmaken", "rol", rol["url"])]
    zaken.get(zaak["url"], headers={"X-Audit-Toelichting": "Melding behandelen"})
    zaken.get(rol["url"])
    records = _records(zaken_server.database_url, bsn)
    assert [(r.activiteit, r.resource) for r in records[:2]] == [("lezen", "rol"), ("lezen", "zaak")]
    assert records[1].doel == "Melding behandelen" and records[1].resource_url == zaak["url"]
    assert records[1].applicatie_weergave and records[1].component == "zaken"


def test_a_list_records_one_read_per_bsn_shown(zaken_server, zaken, zaaktype):
    bron = valid_rsin()
    bsns = [_fresh_bsn() for _ in range(3)]
    made = []
    for bsn in bsns:
        zaak = create_zaak(zaken, zaaktype, bronorganisatie=bron)
        add_rol(zaken, zaak, zaaktype.roltypen["initiator"], bsn)
        made.append(zaak)
    listed = zaken.get(f"{ROOT}/zaken", params={"bronorganisatie": bron})
    assert listed.json()["count"] == 3
    for bsn, zaak in zip(bsns, made):
        reads = [r for r in _records(zaken_server.database_url, bsn) if r.activiteit == "lezen"]
        assert [(r.resource, r.resource_url) for r in reads] == [("zaak", zaak["url"])]
    mine = zaken.get(f"{ROOT}/zaken", params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": bsns[0]})
    assert [z["url"] for z in mine.json()["results"]] == [made[0]["url"]]
    assert len([r for r in _records(zaken_server.database_url, bsns[0]) if r.activiteit == "lezen"]) == 2
    rollen = zaken.get(f"{ROOT}/rollen", params={"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": bsns[1]})
    assert rollen.json()["count"] == 1
    assert [r.resource for r in _records(zaken_server.database_url, bsns[1])][0] == "rol"


def test_expanded_rollen_are_recorded_and_deletes_too(zaken_server, zaken, zaaktype):
    bsn = _fresh_bsn()
    zaak = create_zaak(zaken, zaaktype)
    rol = add_rol(zaken, zaak, zaaktype.roltypen["initiator"], bsn).json()
    zaken.get(zaak["url"], params={"expand": "rollen"})
    resources = [r.resource_url for r in _records(zaken_server.database_url, bsn) if r.activiteit == "lezen"]
    assert set(resources) == {zaak["url"], rol["url"]}
    zaken.delete(zaak["url"])
    assert _records(zaken_server.database_url, bsn)[0].activiteit == "verwijderen"


def test_no_record_without_a_bsn(zaken_server, zaken, zaaktype):
    zaak = create_zaak(zaken, zaaktype)
    rol = add_rol(zaken, zaak, zaaktype.roltypen["behandelaar"], betrokkeneType="medewerker",
                  betrokkeneIdentificatie={"identificatie": f"m{uuid.uuid4().hex[:6]}"})
    assert rol.status_code == 201, rol.text
    assert zaken.get(zaak["url"]).status_code == 200
