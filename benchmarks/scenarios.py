"""The measured requests, one name each, and how their variable parts are found.

Variable parts (BSNs, uuids, URLs) are read from the API under test before the measurement,
from pages chosen with the seed number, so the same data set gives the same requests, and the
scenarios run unchanged against another implementation of the same standard (Open Zaak, Open
Klant, Open Product) with its own data.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from benchmarks.data import elfproef_numbers

ZRC = "/zaken/api/v1"
ZTC = "/catalogi/api/v1"
KIC = "/klantinteracties/api/v1"
PR = "/producten/api/v1"
PT = "/producttypen/api/v1"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
SAMPLE_PAGES = 3  # list pages read per collection to find variable parts
VARIANTS = 200  # different requests per scenario (at most)


@dataclass
class Request:
    method: str
    path: str  # with the query string
    body: str | None = None


@dataclass
class Scenario:
    name: str
    registry: str
    description: str
    requests: list[Request]
    headers: dict[str, str] = field(default_factory=dict)
    write: bool = False
    note: str = ""


class Discovery:
    """Reads sample data from the API under test."""

    def __init__(self, client: httpx.Client, rng: random.Random) -> None:
        self.client, self.rng = client, rng

    def get(self, path: str, **params: Any) -> dict:
        response = self.client.get(path, params=params or None, headers=CRS)
        if response.status_code != 200:
            raise SystemExit(f"run: GET {path} {params or ''} answered {response.status_code}: {response.text[:300]}")
        return response.json()

    def sample(self, path: str, page_param: str = "page", **params: Any) -> list[dict]:
        """Results of a few pages among the first 50, chosen by the seed."""
        first = self.get(path, **params)
        size = max(len(first.get("results", [])), 1)
        pages = max(1, min(50, -(-first.get("count", 0) // size)))
        chosen = sorted(self.rng.sample(range(1, pages + 1), min(SAMPLE_PAGES, pages)))
        results: list[dict] = []
        for page in chosen:
            results += first["results"] if page == 1 else self.get(path, **{**params, page_param: page})["results"]
        if not results:
            raise SystemExit(f"run: {path} is empty; seed the registry first (python -m benchmarks.seed)")
        return results

    def pick(self, values: list, count: int = VARIANTS) -> list:
        unique = list(dict.fromkeys(values))
        self.rng.shuffle(unique)
        return unique[:count]


def path_of(url: str) -> str:
    return urlsplit(url).path


def _query(path: str, **params: Any) -> str:
    return f"{path}?{urlencode(params)}"


def _json(value: Any) -> str:
    import json

    return json.dumps(value, separators=(",", ":"))


# --------------------------------------------------------------------------- zaken


def zaken(d: Discovery) -> list[Scenario]:
    first = d.get(f"{ZRC}/zaken")
    size = max(len(first["results"]), 1)
    last_page = max(1, -(-first["count"] // size))
    far = min(500, last_page)
    rollen = d.sample(f"{ZRC}/rollen", betrokkeneType="natuurlijk_persoon")
    bsns = d.pick([r["betrokkeneIdentificatie"]["inpBsn"] for r in rollen if r.get("betrokkeneIdentificatie")])
    zaken_urls = d.pick([r["zaak"] for r in rollen])
    zaaktypen = d.get(f"{ZTC}/zaaktypen", status="definitief")["results"]
    if not zaaktypen:
        raise SystemExit("run: no published zaaktype in the Catalogi API to create zaken of")
    zaaktype = zaaktypen[0]
    bron = first["results"][0]["bronorganisatie"] if first["results"] else "002564440"
    day = date(2026, 1, 5)
    creates = [Request("POST", f"{ZRC}/zaken", _json({
        "bronorganisatie": bron, "verantwoordelijkeOrganisatie": bron, "zaaktype": zaaktype["url"],
        "startdatum": (day + timedelta(days=i % 28)).isoformat(), "omschrijving": f"Benchmark {i}",
    })) for i in range(VARIANTS)]
    headers = dict(CRS)
    return [
        Scenario("zaken.page1", "zaken", "GET /zaken (page 1)", [Request("GET", f"{ZRC}/zaken")], headers),
        Scenario("zaken.page500", "zaken", f"GET /zaken?page={far}", [Request("GET", _query(f"{ZRC}/zaken", page=far))],
                 headers, note="" if far == 500 else f"only {last_page} pages: page {far} measured"),
        Scenario("zaken.by_bsn", "zaken", "GET /zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=X",
                 [Request("GET", _query(f"{ZRC}/zaken", rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=b))
                  for b in bsns], headers),
        Scenario("zaken.detail", "zaken", "GET /zaken/{uuid}", [Request("GET", path_of(u)) for u in zaken_urls],
                 headers),
        Scenario("zaken.create", "zaken", "POST /zaken", creates, headers, write=True),
    ]


# --------------------------------------------------------------------------- klanten


def klanten(d: Discovery) -> list[Scenario]:
    identificatoren = d.sample(f"{KIC}/partij-identificatoren")
    bsn_rows = [i for i in identificatoren if (i.get("partijIdentificator") or {}).get("codeSoortObjectId") == "bsn"]
    bsns = d.pick([i["partijIdentificator"]["objectId"] for i in bsn_rows])
    betrokkenen = d.sample(f"{KIC}/betrokkenen")
    partijen = d.pick([b["wasPartij"]["uuid"] for b in betrokkenen if b.get("wasPartij")])
    # Creates link other partijen than the reads ask for: a second run reads the same lists.
    read = set(partijen)
    linked = d.pick([i["identificeerdePartij"]["uuid"] for i in identificatoren
                     if i.get("identificeerdePartij") and i["identificeerdePartij"]["uuid"] not in read])
    if not bsns or not partijen or not linked:
        raise SystemExit("run: no partijen with a BSN or with klantcontacten found")
    creates = [Request("POST", f"{KIC}/maak-klantcontact", _json({
        "klantcontact": {"kanaal": "telefoon", "onderwerp": f"Benchmark {i}", "inhoud": "", "taal": "nld",
                         "vertrouwelijk": False, "indicatieContactGelukt": True,
                         "plaatsgevondenOp": "2026-01-05T10:00:00+01:00"},
        "betrokkene": {"rol": "klant", "initiator": True, "wasPartij": {"uuid": linked[i % len(linked)]},
                       "contactnaam": {"voorletters": "A.", "voornaam": "Anna", "voorvoegselAchternaam": "",
                                       "achternaam": "Jansen"}},
    })) for i in range(VARIANTS)]
    return [
        Scenario("klanten.partij_by_bsn", "klanten",
                 "GET /partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=X",
                 [Request("GET", _query(f"{KIC}/partijen", partijIdentificator__codeSoortObjectId="bsn",
                                        partijIdentificator__objectId=b)) for b in bsns]),
        Scenario("klanten.klantcontacten_of_partij", "klanten", "GET /klantcontacten?hadBetrokkene__wasPartij__uuid=X",
                 [Request("GET", _query(f"{KIC}/klantcontacten", hadBetrokkene__wasPartij__uuid=p)) for p in partijen]),
        Scenario("klanten.partij_detail", "klanten", "GET /partijen/{uuid}",
                 [Request("GET", f"{KIC}/partijen/{p}") for p in partijen]),
        Scenario("klanten.partijen_page1", "klanten", "GET /partijen (page 1)", [Request("GET", f"{KIC}/partijen")]),
        Scenario("klanten.maak_klantcontact", "klanten", "POST /maak-klantcontact", creates, write=True),
    ]


# --------------------------------------------------------------------------- producten


def producten(d: Discovery) -> list[Scenario]:
    rows = d.sample(f"{PR}/producten")
    owners = [(e["bsn"], p["producttype"]["code"]) for p in rows for e in p.get("eigenaren", []) if e.get("bsn")]
    owners = d.pick(owners)
    uuids = d.pick([p["uuid"] for p in rows])
    types = d.get(f"{PT}/producttypen")["results"]
    codes = [t["code"] for t in types]
    themas = d.pick([t["uuid"] for t in d.get(f"{PT}/themas")["results"]])
    if not owners or not themas or not types:
        raise SystemExit("run: no producten with a BSN eigenaar, producttypen or themas found")
    # Creates are for other BSNs than the reads ask for: a second run reads the same lists.
    read = {bsn for bsn, _ in owners}
    new_owners = [b for b in elfproef_numbers(random.Random(d.rng.random()), VARIANTS + 10) if b not in read]
    creates = [Request("POST", f"{PR}/producten", _json({
        "producttype_uuid": types[i % len(types)]["uuid"], "naam": f"Benchmark {i}",
        "eigenaren": [{"bsn": new_owners[i % len(new_owners)]}], "status": "initieel", "prijs": "12.50",
        "frequentie": "eenmalig",
    })) for i in range(VARIANTS)]
    patches = [Request("PATCH", f"{PR}/producten/{u}", _json({"verbruiksobject": {"uren": i % 40}}))
               for i, u in enumerate(uuids)]
    return [
        Scenario("producten.by_bsn", "producten", "GET /producten?eigenaren__bsn=X",
                 [Request("GET", _query(f"{PR}/producten", eigenaren__bsn=b)) for b, _ in owners]),
        Scenario("producten.by_bsn_type_published", "producten",
                 "GET /producten?eigenaren__bsn=X&producttype__code__in=A,B&gepubliceerd=true",
                 [Request("GET", _query(f"{PR}/producten", eigenaren__bsn=b,
                                        producttype__code__in=f"{code},{d.rng.choice(codes)}", gepubliceerd="true"))
                  for b, code in owners]),
        Scenario("producten.detail", "producten", "GET /producten/{uuid}",
                 [Request("GET", f"{PR}/producten/{u}") for u in uuids]),
        Scenario("producten.producttypen_page1", "producten", "GET /producttypen (page 1)",
                 [Request("GET", f"{PT}/producttypen")]),
        Scenario("producten.producttypen_by_thema", "producten", "GET /producttypen?themas__uuid=X",
                 [Request("GET", _query(f"{PT}/producttypen", themas__uuid=t)) for t in themas]),
        Scenario("producten.create", "producten", "POST /producten", creates, write=True),
        Scenario("producten.patch_verbruiksobject", "producten", "PATCH /producten/{uuid} (verbruiksobject)",
                 patches, write=True),
    ]


DISCOVER: dict[str, Callable[[Discovery], list[Scenario]]] = {
    "zaken": zaken, "klanten": klanten, "producten": producten,
}
NAMES = {
    "zaken": ["zaken.page1", "zaken.page500", "zaken.by_bsn", "zaken.detail", "zaken.create"],
    "klanten": ["klanten.partij_by_bsn", "klanten.klantcontacten_of_partij", "klanten.partij_detail",
                "klanten.partijen_page1", "klanten.maak_klantcontact"],
    "producten": ["producten.by_bsn", "producten.by_bsn_type_published", "producten.detail",
                  "producten.producttypen_page1", "producten.producttypen_by_thema", "producten.create",
                  "producten.patch_verbruiksobject"],
}


def select(spec: str) -> list[str]:
    """Scenario names from ``all``, registry names and scenario names, comma-separated."""
    chosen: list[str] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part == "all":
            names = [n for names in NAMES.values() for n in names]
        elif part in NAMES:
            names = NAMES[part]
        elif any(part in names for names in NAMES.values()):
            names = [part]
        else:
            known = ", ".join(["all", *NAMES, *(n for names in NAMES.values() for n in names)])
            raise SystemExit(f"run: unknown scenario {part!r}; choose from {known}")
        chosen += [n for n in names if n not in chosen]
    return chosen
