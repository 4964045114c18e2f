"""Content elements (text blocks of producttypen and themas) with labels and translations (prd-023)."""

from tests.test_producten_support import prd, prd_anonymous, producten_database, producten_server  # noqa: F401,F811 - fixtures
from tests.test_producten_support import PT, make_producttype, make_thema, ok, problem


def test_content_of_a_producttype_by_label_and_language(prd):
    thema = make_thema(prd)
    pt = make_producttype(prd, [thema["uuid"]])
    problem(prd.post(f"{PT}/content", json={"content": "x"}), 400)
    problem(prd.post(f"{PT}/content", json={"content": "x", "producttype_uuid": pt["uuid"], "thema_uuid": thema["uuid"]}), 400)
    aanvragen = ok(prd.post(f"{PT}/content", json={"content": "## Aanvragen\nDoe het online.", "labels": ["aanvragen"],
                                                    "producttype_uuid": pt["uuid"]}), 201)
    kosten = ok(prd.post(f"{PT}/content", json={"content": "Kosten: zie de prijs.", "labels": ["kosten", "aanvragen"],
                                                 "aanvullende_informatie": "Betalen met iDEAL.", "producttype_uuid": pt["uuid"]}), 201)
    assert aanvragen["producttype_uuid"] == pt["uuid"] and aanvragen["thema_uuid"] is None
    assert kosten["labels"] == ["aanvragen", "kosten"]
    labels = ok(prd.get(f"{PT}/contentlabels", params={"page_size": 500}))
    assert {"naam": "kosten"} in labels["results"]
    alle = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}/content"))
    assert [e["uuid"] for e in alle["results"]] == [aanvragen["uuid"], kosten["uuid"]]
    alleen_kosten = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}/content", params={"labels": "kosten"}))
    assert [e["uuid"] for e in alleen_kosten["results"]] == [kosten["uuid"]]
    zonder_kosten = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}/content", params={"exclude_labels": "kosten"}))
    assert [e["uuid"] for e in zonder_kosten["results"]] == [aanvragen["uuid"]]
    problem(prd.put(f"{PT}/content/{kosten['uuid']}/vertaling/nl", json={"content": "x"}), 400, "taal")
    ok(prd.put(f"{PT}/content/{kosten['uuid']}/vertaling/en", json={"content": "Costs: see the price."}))
    english = ok(prd.get(f"{PT}/producttypen/{pt['uuid']}/content", params={"labels": "kosten"},
                         headers={"Accept-Language": "en"}))["results"][0]
    assert (english["content"], english["taal"]) == ("Costs: see the price.", "en")
    assert ok(prd.get(f"{PT}/content/{kosten['uuid']}", headers={"Accept-Language": "en"}))["taal"] == "en"
    assert prd.delete(f"{PT}/content/{kosten['uuid']}/vertaling/en").status_code == 204
    problem(prd.delete(f"{PT}/content/{kosten['uuid']}/vertaling/en"), 404)
    found = ok(prd.get(f"{PT}/content", params={"content__icontains": "ONLINE", "producttype__uuid": pt["uuid"]}))
    assert [e["uuid"] for e in found["results"]] == [aanvragen["uuid"]]
    assert ok(prd.patch(f"{PT}/content/{aanvragen['uuid']}", json={"labels": []}))["labels"] == []
    assert prd.delete(f"{PT}/content/{aanvragen['uuid']}").status_code == 204


def test_content_of_a_thema(prd):
    thema = make_thema(prd)
    element = ok(prd.post(f"{PT}/content", json={"content": "Over dit thema.", "thema_uuid": thema["uuid"]}), 201)
    listed = ok(prd.get(f"{PT}/themas/{thema['uuid']}/content-elementen"))
    assert listed["results"] == [{"uuid": element["uuid"], "taal": "nl", "content": "Over dit thema.",
                                  "aanvullende_informatie": "", "labels": []}]
    assert ok(prd.get(f"{PT}/content", params={"thema__uuid": thema["uuid"]}))["count"] == 1
    problem(prd.get(f"{PT}/themas/{thema['uuid']}/content-elementen", params={"onbekend": "1"}), 400)
