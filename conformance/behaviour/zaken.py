"""Zaken API 1.5: the zrc-* rules of the standard's test inventory.

A zaak needs a published zaaktype in a Catalogi API. The scenarios make one there (a catalogus,
a zaaktype, published) with the same credentials, at the Catalogi root of the deployment, or at
``--related catalogi=URL``. Zaken are deleted afterwards; the catalogus and the published
zaaktype stay behind unless the client may force their removal.

The rules zrc-003 .. zrc-023 share one richer zaaktype per run (see ``rich`` below). Some rules
cannot be checked over the Zaken API alone and are reported as skipped with the reason: those
about documents (zrc-003, 004, 005, 007b/q, 017, 023h/i need a Documenten API holding a
document) and zrc-006a (needs a client restricted to some zaaktypen). The rules about closed
zaken depend on the client's scopes: zrc-007c and zrc-008c need a client *without*
``zaken.geforceerd-bijwerken`` and ``zaken.heropenen``, zrc-007i and zrc-008a one *with* them; each
is skipped, with the reason, for a client of the other kind. Run the suite twice (a superuser,
then an ordinary writer with ``--only zrc-007c --only zrc-008c``) to cover both.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

from conformance import expect
from conformance.behaviour import catalogi
from conformance.catalog import Scenarios
from conformance.context import Context
from conformance.model import CheckFailed, CheckSkipped

SCENARIOS = Scenarios()
ZAKEN = "/zaken"


def catalogi_root(ctx: Context) -> str:
    root = ctx.related.get("catalogi")
    if not root:
        raise CheckSkipped("needs a Catalogi API for the zaaktype: give --base-url or --related catalogi=URL")
    return root


def _create_in_catalogi(ctx: Context, path: str, body: dict[str, Any], what: str, *, may_stay: bool) -> dict:
    response = ctx.post(f"{catalogi_root(ctx)}{path}", json=body)
    expect.status(response, 201, 200, what=f"201 for {what} in the Catalogi API")
    created = expect.json_body(response)
    if not isinstance(created, dict) or not isinstance(created.get("url"), str):
        raise CheckFailed(f"the created {what} has no url", expected="the stored object with its url")
    if may_stay:
        ctx.created(created["url"], f"{what} {created['url']}", may_stay=True)
    else:
        ctx.left_behind(f"{what} {created['url']}")
    return created


def zaaktype(ctx: Context, *, publish: bool = True) -> dict[str, Any]:
    """A zaaktype in a new catalogus of the related Catalogi API, published unless asked otherwise."""
    catalogus = _create_in_catalogi(ctx, "/catalogussen", catalogi.catalogus_body(ctx), "a catalogus", may_stay=False)
    made = _create_in_catalogi(ctx, "/zaaktypen", catalogi.zaaktype_body(ctx, catalogus), "a zaaktype", may_stay=True)
    if publish:
        response = ctx.post(f"{made['url']}/publish", json={})
        expect.status(response, 200, what="200 publishing the zaaktype in the Catalogi API")
        made = expect.json_body(response)
    return made


def zaak_body(zaaktype_: dict[str, Any] | str, **overrides: Any) -> dict[str, Any]:
    rsin = "002564440"
    body = {
        "bronorganisatie": rsin,
        "verantwoordelijkeOrganisatie": rsin,
        "zaaktype": zaaktype_ if isinstance(zaaktype_, str) else zaaktype_["url"],
        "startdatum": "2026-01-15",
        "omschrijving": "Conformance",
    }
    body.update(overrides)
    return body


def create_zaak(ctx: Context, zaaktype_: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    response = ctx.post(ZAKEN, json=zaak_body(zaaktype_, **overrides))
    expect.status(response, 201, what="201 for a zaak of a published zaaktype")
    created = expect.json_body(response)
    if not isinstance(created, dict) or not isinstance(created.get("url"), str):
        raise CheckFailed("the created zaak has no url", expected="the stored zaak with its url")
    ctx.created(created["url"], f"zaak {created['url']}")
    return created


def refused(ctx: Context, response, what: str) -> None:
    if response.status_code == 201:
        ctx.created(response.json()["url"], "a zaak the rule forbids")
    params = expect.invalid_params(response, what=f"400 with invalidParams: {what}")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))


@SCENARIOS.rule("zrc-001a", "a zaak of a published zaaktype can be created (201)")
def zaak_create(ctx: Context) -> None:
    made = zaaktype(ctx)
    created = create_zaak(ctx, made)
    expect.that(created.get("zaaktype") == made["url"], "the zaak does not name its zaaktype",
                "zaaktype: the url it was created with")


@SCENARIOS.rule("zrc-001d", "a zaak with a zaaktype that is no valid URL is refused (400)")
def zaaktype_no_url(ctx: Context) -> None:
    refused(ctx, ctx.post(ZAKEN, json=zaak_body("geen-url")), "zaaktype is not a URL")


@SCENARIOS.rule("zrc-001e", "a zaak with a zaaktype URL that points at no zaaktype is refused (400)")
def zaaktype_elsewhere(ctx: Context) -> None:
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(f"{catalogi_root(ctx)}/catalogussen")),
            "zaaktype points at something that is no zaaktype")


@SCENARIOS.rule("zrc-001f", "a zaak of a concept zaaktype is refused (400)")
def concept_zaaktype(ctx: Context) -> None:
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(zaaktype(ctx, publish=False))), "the zaaktype is a concept")


@SCENARIOS.rule("zrc-002a", "a second zaak with the same identificatie and bronorganisatie is refused (400)")
def identificatie_unique(ctx: Context) -> None:
    made = zaaktype(ctx)
    identificatie = ctx.unique("zaak")[-40:]
    create_zaak(ctx, made, identificatie=identificatie)
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(made, identificatie=identificatie)),
            "identificatie and bronorganisatie of an existing zaak")


@SCENARIOS.rule("zrc-002d", "a zaak without identificatie gets a unique one from the server")
def identificatie_generated(ctx: Context) -> None:
    made = zaaktype(ctx)
    first, second = create_zaak(ctx, made), create_zaak(ctx, made)
    ids = [first.get("identificatie"), second.get("identificatie")]
    expect.that(all(isinstance(i, str) and i for i in ids) and ids[0] != ids[1],
                f"the generated identificaties are {ids!r}", "a unique, non-empty identificatie for each zaak")


# --------------------------------------------------------------------------- zrc-003 .. zrc-023
#
# The scenarios below share one zaaktype per run (``rich``): published, with two statustypen
# (the second the eindstatus), a resultaattype (afleidingswijze afgehandeld, archiefnominatie
# vernietigen, archiefactietermijn P5Y), a roltype, an eigenschap and one product or dienst;
# and a second published zaaktype (``other``) with a type of each kind, for the rules that a
# type of another zaaktype is refused. Both are deleted when the run ends (a client without
# catalogi.geforceerd-verwijderen cannot: then they are listed as left behind, as is the
# catalogus).

# From the Selectielijst 2020 and the Referentielijsten (one API): a resultaat of the procestype
# that catalogi.zaaktype_body names (Verzoeken behandelen: Ingewilligd, vernietigen, P5Y), and
# the resultaattypeomschrijving Toegekend.
SELECTIELIJST_RESULTAAT = "https://selectielijst.openzaak.nl/api/v1/resultaten/968dee12-73d3-4b38-933f-5b25005d4ded"
RESULTAATTYPEOMSCHRIJVING = ("https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/"
                             "fb65d251-1518-4185-865f-b8bdcfad07b1")
ARCHIEFACTIETERMIJN = "P5Y"
VERTROUWELIJK = "zaakvertrouwelijk"  # the rich zaaktype's, and not the default openbaar (zrc-009d)
STARTED = "2026-01-15"
CLOSED_AT = "2026-03-01T12:00:00Z"
CLOSED_ON = "2026-03-01"
DOCUMENTEN = ("needs a Documenten API holding an enkelvoudiginformatieobject (and its objectinformatieobjecten); "
              "the suite makes no documents, so it cannot check this rule over the Zaken API alone")
FORCING = ("the client may change closed zaken (it has zaken.geforceerd-bijwerken); run with a client without "
           "that scope to test this rule")
NOT_FORCING = ("the client may not change closed zaken (it lacks zaken.geforceerd-bijwerken); run with a client "
               "that has it to test this rule")


@dataclass
class ZaakTypeFixture:
    zaaktype: dict[str, Any]
    statustypen: list[str] = field(default_factory=list)  # in volgnummer order: the last is the eindstatus
    resultaattype: str = ""
    roltype: str = ""
    eigenschap: str = ""
    product: str = ""

    @property
    def url(self) -> str:
        return self.zaaktype["url"]

    @property
    def eindstatus(self) -> str:
        return self.statustypen[-1]


_SHARED: weakref.WeakKeyDictionary[Context, dict[str, ZaakTypeFixture]] = weakref.WeakKeyDictionary()


def _part(ctx: Context, path: str, body: dict[str, Any], what: str) -> str:
    response = ctx.post(f"{catalogi_root(ctx)}{path}", json=body)
    expect.status(response, 201, 200, what=f"201 for {what} in the Catalogi API")
    made = expect.json_body(response)
    if not isinstance(made, dict) or not isinstance(made.get("url"), str):
        raise CheckFailed(f"the created {what} has no url", expected="the stored object with its url")
    return made["url"]


def _build(ctx: Context, label: str, statustypen: int) -> ZaakTypeFixture:
    shared = _SHARED.setdefault(ctx, {})
    if "catalogus" not in shared:
        response = ctx.post(f"{catalogi_root(ctx)}/catalogussen", json=catalogi.catalogus_body(ctx))
        expect.status(response, 201, what="201 for a catalogus in the Catalogi API")
        shared["catalogus"] = ZaakTypeFixture(expect.json_body(response))
        ctx.left_behind(f"catalogus {shared['catalogus'].url}")
    catalogus = shared["catalogus"].zaaktype
    product = f"https://producten.example.com/{ctx.prefix}/{label.replace(' ', '-')}"
    body = catalogi.zaaktype_body(ctx, catalogus, vertrouwelijkheidaanduiding=VERTROUWELIJK,
                                  productenOfDiensten=[product], omschrijving=f"{ctx.prefix} {label}")
    response = ctx.post(f"{catalogi_root(ctx)}/zaaktypen", json=body)
    expect.status(response, 201, what="201 for a zaaktype in the Catalogi API")
    made = ZaakTypeFixture(expect.json_body(response), product=product)
    for volgnummer in range(1, statustypen + 1):
        made.statustypen.append(_part(ctx, "/statustypen", {
            "zaaktype": made.url, "omschrijving": f"Stap {volgnummer}", "volgnummer": volgnummer}, "a statustype"))
    made.roltype = _part(ctx, "/roltypen", {"zaaktype": made.url, "omschrijving": "Melder",
                                            "omschrijvingGeneriek": "initiator"}, "a roltype")
    made.eigenschap = _part(ctx, "/eigenschappen", {
        "zaaktype": made.url, "naam": "kenmerk", "definitie": "Een kenmerk van de zaak",
        "specificatie": {"formaat": "tekst", "lengte": "20", "kardinaliteit": "1"}}, "an eigenschap")
    made.resultaattype = _part(ctx, "/resultaattypen", {
        "zaaktype": made.url, "omschrijving": "Afgehandeld", "resultaattypeomschrijving": RESULTAATTYPEOMSCHRIJVING,
        "selectielijstklasse": SELECTIELIJST_RESULTAAT, "archiefnominatie": "vernietigen",
        "archiefactietermijn": ARCHIEFACTIETERMIJN, "brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"},
        "besluittypen": []}, "a resultaattype")
    response = ctx.post(f"{made.url}/publish", json={})
    expect.status(response, 200, what="200 publishing the zaaktype in the Catalogi API")
    made.zaaktype = expect.json_body(response)
    ctx.created_for_run(made.url, f"published zaaktype {made.url} with its statustypen, roltype, eigenschap and "
                                  "resultaattype")
    return made


def rich(ctx: Context) -> ZaakTypeFixture:
    """The run's published zaaktype with statustypen, resultaattype, roltype and eigenschap (made once)."""
    shared = _SHARED.setdefault(ctx, {})
    if "rich" not in shared:
        shared["rich"] = _build(ctx, "zaaktype", statustypen=2)
    return shared["rich"]


def other(ctx: Context) -> ZaakTypeFixture:
    """A second published zaaktype: its types do not belong to ``rich``."""
    shared = _SHARED.setdefault(ctx, {})
    if "other" not in shared:
        shared["other"] = _build(ctx, "ander zaaktype", statustypen=1)
    return shared["other"]


def new_zaak(ctx: Context, **overrides: Any) -> dict[str, Any]:
    return create_zaak(ctx, rich(ctx).zaaktype, **overrides)


def post_created(ctx: Context, path: str, body: dict[str, Any], what: str) -> dict[str, Any]:
    """A sub-resource that the rules allow: 201 with its url (removed with its zaak)."""
    response = ctx.post(path, json=body)
    expect.status(response, 201, what=f"201 for {what}")
    made = expect.json_body(response)
    if not isinstance(made, dict) or not isinstance(made.get("url"), str):
        raise CheckFailed(f"the created {what} has no url", expected="the stored object with its url")
    return made


def add_status(ctx: Context, zaak: dict[str, Any], statustype: str, moment: str = "2026-02-01T10:00:00Z"):
    return ctx.post("/statussen", json={"zaak": zaak["url"], "statustype": statustype, "datumStatusGezet": moment})


def add_rol(ctx: Context, zaak: dict[str, Any], roltype: str):
    return ctx.post("/rollen", json={
        "zaak": zaak["url"], "roltype": roltype, "betrokkeneType": "natuurlijk_persoon",
        "roltoelichting": "Conformance", "betrokkeneIdentificatie": {"inpBsn": "999993653", "geslachtsnaam": "Test"}})


def add_zaakobject(ctx: Context, zaak: dict[str, Any]):
    return ctx.post("/zaakobjecten", json={"zaak": zaak["url"], "objectType": "adres",
                                           "object": f"https://bag.example.com/{ctx.prefix}/adressen/1"})


def closed_zaak(ctx: Context) -> dict[str, Any]:
    """A zaak with a resultaat and its eindstatus: closed on CLOSED_ON."""
    fixture = rich(ctx)
    zaak = new_zaak(ctx)
    post_created(ctx, "/resultaten", {"zaak": zaak["url"], "resultaattype": fixture.resultaattype}, "a resultaat")
    response = add_status(ctx, zaak, fixture.eindstatus, CLOSED_AT)
    expect.status(response, 201, what="201 for the eindstatus of a zaak with a resultaat")
    return read(ctx, zaak["url"], "the closed zaak")


def read(ctx: Context, url: str, what: str) -> dict[str, Any]:
    response = ctx.get(url)
    expect.status(response, 200, what=f"200 reading {what}")
    return expect.json_body(response)


def refused_naming(ctx: Context, response, field_name: str, what: str) -> None:
    """400 with invalidParams, one of them about ``field_name`` (or a part of it)."""
    refused(ctx, response, what)
    names = expect.names_in(response.json().get("invalidParams") or [])
    expect.that(any(name == field_name or name.startswith(field_name + ".") for name in names),
                f"invalidParams names {sorted(names)}, not {field_name}", f"invalidParams naming {field_name}")


def refused_change(ctx: Context, response, what: str) -> None:
    """400 with invalidParams for a PATCH or PUT (nothing to clean up)."""
    params = expect.invalid_params(response, what=f"400 with invalidParams: {what}")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))


def forbidden(response, what: str) -> None:
    expect.problem(response, 403, what=f"403 problem+json: {what}")


def equal(found: Any, wanted: Any, name: str, when: str) -> None:
    expect.that(found == wanted, f"{name} is {found!r} {when}", f"{name} {wanted!r} {when}")


@SCENARIOS.rule("zrc-003", "a zaakinformatieobject links a zaak to a document of a Documenten API "
                           "(skipped: needs a Documenten API)")
def zaakinformatieobject(ctx: Context) -> None:
    raise CheckSkipped(DOCUMENTEN)


@SCENARIOS.rule("zrc-004", "a zaakinformatieobject gets aardRelatie hoort_bij and keeps its zaak and document "
                           "(skipped: needs a Documenten API)")
def zaakinformatieobject_fixed(ctx: Context) -> None:
    raise CheckSkipped(DOCUMENTEN)


@SCENARIOS.rule("zrc-005", "a zaakinformatieobject is mirrored as an objectinformatieobject in the Documenten API "
                           "(skipped: needs a Documenten API)")
def objectinformatieobject(ctx: Context) -> None:
    raise CheckSkipped(DOCUMENTEN)


@SCENARIOS.rule("zrc-006a", "zaken lists show only the zaaktypen and confidentiality a client may see "
                            "(skipped: needs a client restricted to some zaaktypen)")
def lists_filtered(ctx: Context) -> None:
    raise CheckSkipped("needs a client restricted to some zaaktypen and a maximum vertrouwelijkheidaanduiding; "
                       "the Autorisaties API sets no secrets, so the suite cannot make one (tested by zrc-006c "
                       "and the security layer's limited-client checks as far as the given clients allow)")


@SCENARIOS.rule("zrc-006c", "a client without zaken.aanmaken cannot create a zaak (403)", needs=("limited",))
def create_without_scope(ctx: Context) -> None:
    if ctx.limited is None:
        raise CheckSkipped("needs the second, read-only credential (--limited-client-id/--limited-secret)")
    response = ctx.post(ZAKEN, json=zaak_body(rich(ctx).zaaktype), auth=ctx.limited)
    if response.status_code == 201:
        ctx.created(response.json()["url"], "a zaak the rule forbids")
    forbidden(response, "creating a zaak with a client that has zaken.lezen only")


@SCENARIOS.rule("zrc-007a", "the eindstatus closes the zaak: einddatum is the date of its datumStatusGezet")
def eindstatus_closes(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = closed_zaak(ctx)
    equal(zaak.get("einddatum"), CLOSED_ON, "einddatum", "after the eindstatus set at " + CLOSED_AT)
    status = read(ctx, zaak["status"], "the zaak's status") if isinstance(zaak.get("status"), str) else {}
    equal(status.get("statustype"), fixture.eindstatus, "the statustype of zaak.status", "after the eindstatus")


@SCENARIOS.rule("zrc-007r", "a status that is not the eindstatus leaves einddatum empty")
def no_eindstatus_no_einddatum(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = new_zaak(ctx)
    response = add_status(ctx, zaak, fixture.statustypen[0])
    expect.status(response, 201, what="201 for the first status")
    status = expect.json_body(response)
    current = read(ctx, zaak["url"], "the zaak")
    equal(current.get("status"), status.get("url") if isinstance(status, dict) else None, "zaak.status",
          "after its first status")
    equal(current.get("einddatum"), None, "einddatum", "after a status that is no eindstatus")


@SCENARIOS.rule("zrc-007c", "without zaken.geforceerd-bijwerken a closed zaak and its objects cannot be changed "
                            "(403; 007c-007h)")
def closed_zaak_fixed(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = closed_zaak(ctx)
    changed = ctx.request("PATCH", zaak["url"], json={"omschrijving": f"{ctx.prefix} gewijzigd"})
    if changed.status_code == 200:
        raise CheckSkipped(FORCING)
    forbidden(changed, "zrc-007c: PATCH of a closed zaak")
    forbidden(add_rol(ctx, zaak, fixture.roltype), "zrc-007f: a rol for a closed zaak")
    forbidden(add_zaakobject(ctx, zaak), "zrc-007i: a zaakobject for a closed zaak")


@SCENARIOS.rule("zrc-007i", "with zaken.geforceerd-bijwerken a closed zaak and its objects can be changed "
                            "(007i-007p)")
def closed_zaak_forced(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = closed_zaak(ctx)
    changed = ctx.request("PATCH", zaak["url"], json={"omschrijving": f"{ctx.prefix} gecorrigeerd"})
    if changed.status_code == 403:
        raise CheckSkipped(NOT_FORCING)
    expect.status(changed, 200, what="200: zrc-007i, PATCH of a closed zaak with zaken.geforceerd-bijwerken")
    expect.status(add_rol(ctx, zaak, fixture.roltype), 201, what="201: zrc-007l, a rol for a closed zaak")
    expect.status(add_zaakobject(ctx, zaak), 201, what="201: zrc-007o, a zaakobject for a closed zaak")


@SCENARIOS.rule("zrc-007q", "a zaak with a document without indicatieGebruiksrecht cannot be closed "
                            "(007b, 007q; skipped: needs a Documenten API)")
def gebruiksrecht(ctx: Context) -> None:
    raise CheckSkipped(DOCUMENTEN)


@SCENARIOS.rule("zrc-008a", "a status other than the eindstatus reopens a closed zaak: einddatum, archiefactiedatum "
                            "and archiefnominatie become empty (008a, 008b)")
def reopen(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = closed_zaak(ctx)
    expect.that(bool(zaak.get("einddatum")), "the zaak has no einddatum after its eindstatus",
                "a closed zaak (einddatum set) to reopen")
    response = add_status(ctx, zaak, fixture.statustypen[0], "2026-03-02T09:00:00Z")
    if response.status_code == 403:
        raise CheckSkipped("the client may not reopen zaken (it lacks zaken.heropenen); run with a client that has "
                           "it to test this rule")
    expect.status(response, 201, what="201: zrc-008a, a non-eindstatus for a closed zaak")
    reopened = read(ctx, zaak["url"], "the reopened zaak")
    for name in ("einddatum", "archiefactiedatum", "archiefnominatie"):
        equal(reopened.get(name), None, name, "after reopening (zrc-008b)")


@SCENARIOS.rule("zrc-008c", "without zaken.heropenen a closed zaak cannot be reopened (403)")
def reopen_without_scope(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = closed_zaak(ctx)
    response = add_status(ctx, zaak, fixture.statustypen[0], "2026-03-02T09:00:00Z")
    if response.status_code == 201:
        raise CheckSkipped("the client may reopen zaken (zaken.heropenen or zaken.geforceerd-bijwerken); run with a "
                           "client without them to test this rule")
    forbidden(response, "a non-eindstatus for a closed zaak, by a client without zaken.heropenen")


@SCENARIOS.rule("zrc-009", "an explicit vertrouwelijkheidaanduiding is kept (009a-c); without one the zaaktype's "
                           "applies (009d)")
def vertrouwelijkheid(ctx: Context) -> None:
    derived = new_zaak(ctx)
    equal(derived.get("vertrouwelijkheidaanduiding"), VERTROUWELIJK, "vertrouwelijkheidaanduiding",
          "for a zaak created without one, of a zaaktype that says " + VERTROUWELIJK)
    explicit = new_zaak(ctx, vertrouwelijkheidaanduiding="intern")
    equal(explicit.get("vertrouwelijkheidaanduiding"), "intern", "vertrouwelijkheidaanduiding",
          "for a zaak created with intern")
    patched = ctx.request("PATCH", explicit["url"], json={"vertrouwelijkheidaanduiding": "beperkt_openbaar"})
    expect.status(patched, 200, what="200 for a PATCH of vertrouwelijkheidaanduiding")
    equal(expect.json_body(patched).get("vertrouwelijkheidaanduiding"), "beperkt_openbaar",
          "vertrouwelijkheidaanduiding", "after a PATCH to beperkt_openbaar")


@SCENARIOS.rule("zrc-010", "communicatiekanaal must be a URL (010a-c) of a communicatiekanaal (010d-f)")
def communicatiekanaal(ctx: Context) -> None:
    fixture = rich(ctx)
    refused_naming(ctx, ctx.post(ZAKEN, json=zaak_body(fixture.zaaktype, communicatiekanaal="telefoon")),
                   "communicatiekanaal", "zrc-010a: communicatiekanaal is not a URL")
    zaak = new_zaak(ctx)
    refused_change(ctx, ctx.request("PATCH", zaak["url"], json={"communicatiekanaal": fixture.url}),
                   "zrc-010f: communicatiekanaal points at a zaaktype")


@SCENARIOS.rule("zrc-011", "every relevanteAndereZaken url is a zaak (011a-c); a real zaak is accepted (011d-f)")
def relevante_andere_zaken(ctx: Context) -> None:
    fixture = rich(ctx)
    bad = [{"url": fixture.url, "aardRelatie": "vervolg"}]
    refused_naming(ctx, ctx.post(ZAKEN, json=zaak_body(fixture.zaaktype, relevanteAndereZaken=bad)),
                   "relevanteAndereZaken", "zrc-011a: relevanteAndereZaken points at a zaaktype")
    first = new_zaak(ctx)
    relaties = [{"url": first["url"], "aardRelatie": "vervolg"}]
    second = new_zaak(ctx, relevanteAndereZaken=relaties)
    equal(second.get("relevanteAndereZaken"), relaties, "relevanteAndereZaken", "for a zaak created with them")
    refused_change(ctx, ctx.request("PATCH", second["url"], json={"relevanteAndereZaken": bad}),
                   "zrc-011c: PATCH relevanteAndereZaken to a zaaktype")


@SCENARIOS.rule("zrc-012", "opschorting needs indicatie and reden, verlenging reden and duur (012a-f); both may "
                           "be null (012g-l)")
def opschorting_verlenging(ctx: Context) -> None:
    zaaktype_ = rich(ctx).zaaktype
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(zaaktype_, opschorting={})), "zrc-012a: opschorting {}")
    refused(ctx, ctx.post(ZAKEN, json=zaak_body(zaaktype_, verlenging={})), "zrc-012d: verlenging {}")
    made = new_zaak(ctx, opschorting=None, verlenging=None)
    expect.that(not (made.get("verlenging") or {}).get("duur"), f"verlenging is {made.get('verlenging')!r}",
                "no verlenging for a zaak created with verlenging null")


@SCENARIOS.rule("zrc-013", "hoofdzaak must be a zaak (013a) and not the zaak itself (013c, 013d)")
def hoofdzaak(ctx: Context) -> None:
    fixture = rich(ctx)
    refused_naming(ctx, ctx.post(ZAKEN, json=zaak_body(fixture.zaaktype, hoofdzaak=fixture.url)), "hoofdzaak",
                   "zrc-013a: hoofdzaak points at a zaaktype")
    zaak = new_zaak(ctx)
    refused_change(ctx, ctx.request("PATCH", zaak["url"], json={"hoofdzaak": zaak["url"]}),
                   "zrc-013d: PATCH hoofdzaak to the zaak itself")


@SCENARIOS.rule("zrc-014", "betalingsindicatie nvt allows no laatsteBetaaldatum (014a-c); setting nvt empties it "
                           "(014d, 014e)")
def betaling(ctx: Context) -> None:
    fixture = rich(ctx)
    paid = "2026-01-20T10:00:00Z"
    refused_naming(ctx, ctx.post(ZAKEN, json=zaak_body(fixture.zaaktype, betalingsindicatie="nvt",
                                                       laatsteBetaaldatum=paid)),
                   "laatsteBetaaldatum", "zrc-014a: betalingsindicatie nvt with a laatsteBetaaldatum")
    zaak = new_zaak(ctx, betalingsindicatie="geheel", laatsteBetaaldatum=paid)
    patched = ctx.request("PATCH", zaak["url"], json={"betalingsindicatie": "nvt"})
    expect.status(patched, 200, what="200: zrc-014e, PATCH betalingsindicatie to nvt")
    equal(expect.json_body(patched).get("laatsteBetaaldatum"), None, "laatsteBetaaldatum",
          "after betalingsindicatie became nvt")


@SCENARIOS.rule("zrc-015", "productenOfDiensten must be of the zaaktype (015a-c); the zaaktype's own are accepted "
                           "(015d-f)")
def producten_of_diensten(ctx: Context) -> None:
    fixture = rich(ctx)
    refused_naming(ctx, ctx.post(ZAKEN, json=zaak_body(fixture.zaaktype, productenOfDiensten=[other(ctx).product])),
                   "productenOfDiensten", "zrc-015a: a product of another zaaktype")
    made = new_zaak(ctx, productenOfDiensten=[fixture.product])
    equal(made.get("productenOfDiensten"), [fixture.product], "productenOfDiensten", "for a zaak created with the "
          "zaaktype's product")


@SCENARIOS.rule("zrc-016a", "a status with a statustype of another zaaktype is refused (400)")
def statustype_of_other(ctx: Context) -> None:
    foreign = other(ctx).statustypen[0]
    zaak = new_zaak(ctx)
    refused_change(ctx, add_status(ctx, zaak, foreign), "a statustype that is not of the zaak's zaaktype")


@SCENARIOS.rule("zrc-017a", "a zaakinformatieobject whose informatieobjecttype is not of the zaaktype is refused "
                            "(skipped: needs a Documenten API)")
def informatieobjecttype_of_other(ctx: Context) -> None:
    raise CheckSkipped(DOCUMENTEN)


@SCENARIOS.rule("zrc-018a", "a zaakeigenschap with an eigenschap of another zaaktype is refused (400)")
def eigenschap_of_other(ctx: Context) -> None:
    foreign = other(ctx).eigenschap
    zaak = new_zaak(ctx)
    response = ctx.post(f"{zaak['url']}/zaakeigenschappen",
                        json={"zaak": zaak["url"], "eigenschap": foreign, "waarde": "conformance"})
    refused_change(ctx, response, "an eigenschap that is not of the zaak's zaaktype")


@SCENARIOS.rule("zrc-019a", "a rol with a roltype of another zaaktype is refused (400)")
def roltype_of_other(ctx: Context) -> None:
    foreign = other(ctx).roltype
    zaak = new_zaak(ctx)
    refused_change(ctx, add_rol(ctx, zaak, foreign), "a roltype that is not of the zaak's zaaktype")


@SCENARIOS.rule("zrc-020a", "a resultaat with a resultaattype of another zaaktype is refused (400)")
def resultaattype_of_other(ctx: Context) -> None:
    foreign = other(ctx).resultaattype
    zaak = new_zaak(ctx)
    response = ctx.post("/resultaten", json={"zaak": zaak["url"], "resultaattype": foreign})
    refused_change(ctx, response, "a resultaattype that is not of the zaak's zaaktype")


@SCENARIOS.rule("zrc-021a", "closing a zaak without archiefnominatie takes it from the resultaattype, and "
                            "archiefactiedatum is einddatum plus the archiefactietermijn (afleidingswijze afgehandeld)")
def archiving_afgehandeld(ctx: Context) -> None:
    zaak = closed_zaak(ctx)
    equal(zaak.get("archiefnominatie"), "vernietigen", "archiefnominatie", "after closing (the resultaattype's)")
    equal(zaak.get("archiefactiedatum"), "2031-03-01", "archiefactiedatum",
          f"after closing on {CLOSED_ON} with archiefactietermijn {ARCHIEFACTIETERMIJN}")


@SCENARIOS.rule("zrc-022", "a new zaak is nog_te_archiveren (022a); another archiefstatus needs archiefnominatie "
                           "and archiefactiedatum (022d-g) and is accepted with both (022h)")
def archiefstatus(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = new_zaak(ctx)
    equal(zaak.get("archiefstatus"), "nog_te_archiveren", "archiefstatus", "for a new zaak")
    response = ctx.request("PATCH", zaak["url"], json={"archiefstatus": "gearchiveerd"})
    params = expect.invalid_params(response, what="400 with invalidParams: zrc-022e/g, archiefstatus gearchiveerd "
                                                  "without archiefnominatie and archiefactiedatum")
    ctx.notes.append("invalidParams: " + ", ".join(f"{p['name']}={p['code']}" for p in params))
    body = zaak_body(fixture.zaaktype, identificatie=zaak.get("identificatie"), archiefstatus="gearchiveerd",
                     archiefnominatie="vernietigen", archiefactiedatum="2030-01-01")
    put = ctx.request("PUT", zaak["url"], json=body)
    expect.status(put, 200, what="200: zrc-022h, PUT archiefstatus gearchiveerd with archiefnominatie and "
                                 "archiefactiedatum")
    equal(expect.json_body(put).get("archiefstatus"), "gearchiveerd", "archiefstatus", "after the PUT")


@SCENARIOS.rule("zrc-023", "deleting a zaak (204) deletes its statussen, resultaat, rollen, zaakobjecten and "
                           "zaakeigenschappen too (404 afterwards)")
def delete_cascades(ctx: Context) -> None:
    fixture = rich(ctx)
    zaak = new_zaak(ctx)
    parts = [
        post_created(ctx, "/statussen", {"zaak": zaak["url"], "statustype": fixture.statustypen[0],
                                         "datumStatusGezet": "2026-02-01T10:00:00Z"}, "a status")["url"],
        post_created(ctx, "/resultaten", {"zaak": zaak["url"], "resultaattype": fixture.resultaattype},
                     "a resultaat")["url"],
        expect.json_body(add_rol(ctx, zaak, fixture.roltype)).get("url"),
        expect.json_body(add_zaakobject(ctx, zaak)).get("url"),
        post_created(ctx, f"{zaak['url']}/zaakeigenschappen", {"zaak": zaak["url"], "eigenschap": fixture.eigenschap,
                                                               "waarde": "conformance"}, "a zaakeigenschap")["url"],
    ]
    expect.that(all(isinstance(url, str) for url in parts), "a rol or zaakobject was not created",
                "201 with the url of each object of the zaak")
    deleted = ctx.request("DELETE", zaak["url"])
    expect.status(deleted, 204, what="204: zrc-023a, deleting a zaak")
    expect.status(ctx.get(zaak["url"]), 404, what="404: zrc-023b, the deleted zaak is gone")
    for url in parts:
        expect.status(ctx.get(url), 404, what="404: zrc-023c-g, the objects of the deleted zaak are gone")
