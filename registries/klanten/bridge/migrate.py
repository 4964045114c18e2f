"""One run of the bridge: read the contactmomenten, write what they become, report every record.

Each write follows the same steps (``_ensure``): skip it when the ledger has it; else look for it
in the target (a run that stopped between a write and its ledger line finds it there); else, in a
dry run, report that it would be written; else write it and put it in the ledger at once.
So a run can stop anywhere and the next one goes on where it stopped, and a second run after a
complete one writes nothing.
"""

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from registries.klanten.bridge import mapping
from registries.klanten.bridge.client import Api, BridgeError, Refused
from registries.klanten.bridge.ledger import Ledger
from registries.klanten.bridge.mapping import NotMovable

MOVED, ALREADY, WOULD_MOVE, NOT_MOVABLE = "moved", "already-there", "would-move", "not-movable"
PENDING = "(to be created)"  # in a dry run: the klantcontact a contactmoment would become


@dataclass
class Options:
    dry_run: bool = False
    bronorganisatie: str | None = None  # only the contactmomenten of this organisation
    limit: int | None = None  # stop after moving this many contactmomenten (the next run goes on)


@dataclass
class Record:
    """What happened to one source record."""

    kind: str  # contactmoment, klantcontactmoment or objectcontactmoment
    source: str
    status: str = NOT_MOVABLE  # until it is done: a run that stops half-way reports so
    target: str | None = None
    reason: str = "not done: the run stopped"
    not_moved: list[str] = field(default_factory=list)  # fields with a value that has no place
    notes: list[str] = field(default_factory=list)

    def done(self, target: str | None, status: str) -> None:
        self.target, self.status, self.reason = target, status, ""

    def refused(self, reason: str) -> None:
        self.status, self.reason = NOT_MOVABLE, reason

    def as_dict(self) -> dict:
        data = asdict(self)
        data["notMoved"] = data.pop("not_moved")
        return data


@dataclass
class Report:
    dry_run: bool
    records: list[Record] = field(default_factory=list)
    partijen_created: list[str] = field(default_factory=list)
    actoren_created: list[str] = field(default_factory=list)
    stopped: str = ""  # why the run stopped early, when it did

    def summary(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for record in self.records:
            per_kind = counts.setdefault(record.kind, {})
            per_kind[record.status] = per_kind.get(record.status, 0) + 1
        return counts

    @property
    def complete(self) -> bool:
        return not self.stopped and all(r.status != NOT_MOVABLE for r in self.records)

    def as_json(self) -> str:
        return json.dumps({
            "dryRun": self.dry_run, "summary": self.summary(), "stopped": self.stopped or None,
            "partijenCreated": self.partijen_created, "actorenCreated": self.actoren_created,
            "records": [r.as_dict() for r in self.records],
        }, indent=2, ensure_ascii=False)

    def lines(self) -> list[str]:
        out = []
        for r in self.records:
            line = f"{r.status:<13} {r.kind:<19} {r.source}"
            if r.target:
                line += f" -> {r.target}"
            if r.reason:
                line += f"  ({r.reason})"
            out.append(line)
            out += [f"{'':<33} note: {note}" for note in r.notes]
            if r.not_moved:
                out.append(f"{'':<33} not moved: {', '.join(r.not_moved)}")
        for kind, counts in self.summary().items():
            out.append(f"{kind}: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
        out.append(f"partijen created: {len(self.partijen_created)}, actoren created: {len(self.actoren_created)}"
                   + (" (dry run: nothing was written)" if self.dry_run else ""))
        if self.stopped:
            out.append(f"stopped: {self.stopped}")
        return out


def _uuid_ref(url: str) -> dict:
    return {"uuid": mapping.uuid_of(url)}


def _points_to(item: dict, name: str, key: str | None) -> bool:
    """Does ``item[name]`` reference the object with uuid ``key``? Checked on every object a
    search finds, so a target that ignores a filter cannot pass off another object as ours."""
    return (item.get(name) or {}).get("uuid") == key


def _holds(found: dict | None, wanted: dict) -> bool:
    """Does the identificator ``found`` have every value of ``wanted``?"""
    return all((found or {}).get(name) == value for name, value in wanted.items())


def _combined(statuses: list[str]) -> str:
    for status in (MOVED, WOULD_MOVE):
        if status in statuses:
            return status
    return ALREADY


class Migration:
    def __init__(self, source: Api, klanten: Api, target: Api, ledger: Ledger, options: Options) -> None:
        self.source, self.klanten, self.target, self.ledger = source, klanten, target, ledger
        self.options = options
        self.report = Report(dry_run=options.dry_run)
        self._klantcontacten: dict[str, str | None] = {}  # contactmoment url -> klantcontact url
        self._partijen: dict[tuple, str | None] = {}
        self._actoren: dict[str, str | None] = {}
        self._handled = 0  # contactmomenten moved (or, in a dry run, to be moved) in this run

    # --- the run ------------------------------------------------------------------------------

    def run(self) -> Report:
        params = {"bronorganisatie": self.options.bronorganisatie} if self.options.bronorganisatie else None
        try:
            contactmomenten = list(self.source.list("/contactmomenten", params))
            contactmomenten.sort(key=lambda cm: (cm.get("registratiedatum") or "", cm["url"]))
            self._by_url = {cm["url"]: cm for cm in contactmomenten}
            for contactmoment in contactmomenten:
                if self.options.limit is not None and self._handled >= self.options.limit:
                    self.report.stopped = f"--limit {self.options.limit} reached; run again to go on"
                    break
                self._contactmoment(contactmoment)
        except BridgeError as exc:
            self.report.stopped = str(exc)
        except KeyboardInterrupt:  # the ledger holds every finished write; report what was done
            self.report.stopped = "interrupted; run again to go on"
        return self.report

    def _ensure(self, key: str, find: Callable[[], str | None], create: Callable[[], str]) -> tuple[str | None, str]:
        """The target URL of ``key`` and whether it was moved now, already there, or would be moved."""
        known = self.ledger.get(key)
        if known:
            return known, ALREADY
        found = find()
        if found:
            self.ledger.record(key, found)
            return found, ALREADY
        if self.options.dry_run:
            return None, WOULD_MOVE
        created = create()
        self.ledger.record(key, created)
        return created, MOVED

    def _first_unclaimed(self, path: str, params: dict, match: Callable[[dict], bool]) -> str | None:
        """The first object of a target list that matches and that no ledger entry claims yet."""
        for item in self.target.list(path, params):
            if item["url"] not in self.ledger.targets and match(item):
                return item["url"]
        return None

    # --- contactmoment -> klantcontact ---------------------------------------------------------

    def _contactmoment(self, cm: dict) -> str | None:
        url = cm["url"]
        if url in self._klantcontacten:
            return self._klantcontacten[url]
        self._klantcontacten[url] = None  # also guards against a cycle of vorigContactmoment
        previous = self._previous(cm)
        record = Record("contactmoment", url)
        self.report.records.append(record)
        klantlinks = list(self.source.list("/klantcontactmomenten", {"contactmoment": url}))
        objectlinks = list(self.source.list("/objectcontactmomenten", {"contactmoment": url}))
        try:
            mapping.check_contactmoment(cm)
            klantcontact, status = self._ensure(
                f"contactmoment {url}", lambda: self._find_klantcontact(cm),
                lambda: self.target.post("/klantcontacten", mapping.klantcontact(cm))["url"])
            statuses = [status]
            statuses += self._parts(cm, klantcontact, previous, record)
        except (NotMovable, Refused) as exc:
            partly = "partly moved, run again to finish: " if self.ledger.get(f"contactmoment {url}") else ""
            record.refused(f"{partly}{exc}")
            self._links_not_movable(klantlinks, objectlinks, "its contactmoment was not moved")
            return None
        record.done(klantcontact, _combined(statuses))
        self._handled += record.status in (MOVED, WOULD_MOVE)
        self._klantcontacten[url] = PENDING if status == WOULD_MOVE else klantcontact
        for link in klantlinks:
            self._klantcontactmoment(link, klantlinks, cm, klantcontact, status == WOULD_MOVE)
        for link in objectlinks:
            self._objectcontactmoment(link, klantcontact, status == WOULD_MOVE)
        return self._klantcontacten[url]

    def _previous(self, cm: dict) -> str | None:
        """The klantcontact of the vorigContactmoment, moved first (in this run or an earlier one)."""
        vorig = cm.get("vorigContactmoment")
        if not vorig:
            return None
        if vorig in self._by_url:
            return self._contactmoment(self._by_url[vorig])
        return self.ledger.get(f"contactmoment {vorig}")

    def _find_klantcontact(self, cm: dict) -> str | None:
        if not cm.get("registratiedatum"):
            return None
        return self._first_unclaimed("/klantcontacten", {"plaatsgevondenOp": cm["registratiedatum"]},
                                     lambda kc: (kc.get("metadata") or {}).get("contactmoment") == cm["url"])

    def _parts(self, cm: dict, klantcontact: str | None, previous: str | None, record: Record) -> list[str]:
        """onderwerpLinks, the medewerker and the vorigContactmoment of a contactmoment."""
        url, statuses = cm["url"], []
        kc_uuid = mapping.uuid_of(klantcontact) if klantcontact else None
        previous_uuid = mapping.uuid_of(previous) if previous and previous != PENDING else None
        for index, identificator in enumerate(mapping.onderwerplinks(cm)):
            _, status = self._ensure(
                f"onderwerplink {url} {index}",
                lambda: self._find_onderwerpobject(kc_uuid, identificator),
                lambda: self.target.post("/onderwerpobjecten", {
                    "klantcontact": {"uuid": kc_uuid}, "wasKlantcontact": None,
                    "onderwerpobjectidentificator": identificator})["url"])
            statuses.append(status)
        if cm.get("onderwerpLinks"):
            record.notes.append(f"onderwerpLinks: {len(cm['onderwerpLinks'])} onderwerpobject(en)")
        actor = mapping.medewerker_actor(cm)
        if actor is not None:
            actor_url = self._actor(actor)
            _, status = self._ensure(
                f"medewerker {url}",
                lambda: kc_uuid and actor_url and self._first_unclaimed("/actorklantcontacten", {
                    "klantcontact__uuid": kc_uuid, "actor__uuid": mapping.uuid_of(actor_url)}, lambda link: (
                    _points_to(link, "klantcontact", kc_uuid)
                    and _points_to(link, "actor", mapping.uuid_of(actor_url)))),
                lambda: self.target.post("/actorklantcontacten", {
                    "actor": _uuid_ref(actor_url), "klantcontact": {"uuid": kc_uuid}})["url"])
            statuses.append(status)
            record.notes.append(f"medewerker: actor {actor_url or '(would be created: ' + actor['naam'] + ')'}")
        if cm.get("vorigContactmoment"):
            if previous is None:
                record.not_moved.append("vorigContactmoment")
                record.notes.append(f"vorigContactmoment {cm['vorigContactmoment']} was not moved (yet); run again "
                                    "after it is, to link the two")
            else:
                _, status = self._ensure(
                    f"vorig {url}",
                    lambda: kc_uuid and previous_uuid and self._first_unclaimed("/onderwerpobjecten", {
                        "klantcontact__uuid": kc_uuid, "wasKlantcontact__uuid": previous_uuid}, lambda o: (
                        _points_to(o, "klantcontact", kc_uuid) and _points_to(o, "wasKlantcontact", previous_uuid))),
                    lambda: self.target.post("/onderwerpobjecten", {
                        "klantcontact": {"uuid": kc_uuid}, "wasKlantcontact": {"uuid": previous_uuid},
                        "onderwerpobjectidentificator": None})["url"])
                statuses.append(status)
                record.notes.append(f"vorigContactmoment: onderwerpobject with wasKlantcontact {previous}")
        return statuses

    def _find_onderwerpobject(self, kc_uuid: str | None, identificator: dict) -> str | None:
        if kc_uuid is None:
            return None
        return self._first_unclaimed("/onderwerpobjecten", {
            "klantcontact__uuid": kc_uuid, "onderwerpobjectidentificatorObjectId": identificator["objectId"],
            "onderwerpobjectidentificatorCodeObjecttype": identificator["codeObjecttype"]}, lambda o: (
            _points_to(o, "klantcontact", kc_uuid) and _holds(o.get("onderwerpobjectidentificator"), identificator)))

    def _actor(self, actor: dict) -> str | None:
        identificator = actor.get("actoridentificator")
        key = json.dumps(identificator or {"naam": actor["naam"]}, sort_keys=True)
        if key not in self._actoren:
            if identificator:
                params = {f"actoridentificator{name[0].upper()}{name[1:]}": value
                          for name, value in identificator.items()}
            else:
                params = {"naam": actor["naam"], "soortActor": "medewerker"}
            def same(found: dict) -> bool:
                if identificator:
                    return _holds(found.get("actoridentificator"), identificator)
                return found.get("naam") == actor["naam"]

            found = next((a["url"] for a in self.target.list("/actoren", params) if same(a)), None)
            if found is None and not self.options.dry_run:
                found = self.target.post("/actoren", actor)["url"]
                self.report.actoren_created.append(found)
            self._actoren[key] = found
        return self._actoren[key]

    def _links_not_movable(self, klantlinks: list[dict], objectlinks: list[dict], reason: str) -> None:
        for kind, links in (("klantcontactmoment", klantlinks), ("objectcontactmoment", objectlinks)):
            for link in links:
                self.report.records.append(Record(kind, link["url"], reason=reason))

    # --- klantcontactmoment -> betrokkene ------------------------------------------------------

    def _klantcontactmoment(self, link: dict, links: list[dict], cm: dict, klantcontact: str | None,
                            parent_pending: bool) -> None:
        record = Record("klantcontactmoment", link["url"], not_moved=mapping.not_moved("klantcontactmoment", link))
        self.report.records.append(record)
        key = f"klantcontactmoment {link['url']}"
        if self.ledger.get(key):  # moved before: the klant need not be read again
            record.done(self.ledger.get(key), ALREADY)
            return
        try:
            klant = self.klanten.get(link["klant"])
        except BridgeError as exc:
            record.refused(f"the klant cannot be read: {exc}")
            return
        if klant is None:
            record.refused(f"the klant {link['klant']} does not exist")
            return
        body = mapping.betrokkene(link, links, cm, klant)
        subject = mapping.subject_of(klant)
        partij = None
        if subject is None:
            record.notes.append("the klant has no valid BSN, KvK-nummer, RSIN or vestigingsnummer: "
                                "betrokkene without partij, with the klant's name")
        else:
            try:
                partij = self._partij(klant, subject, record)
            except Refused as exc:
                record.refused(f"the partij cannot be created: {exc}")
                return
        kc_uuid = None if parent_pending else mapping.uuid_of(klantcontact)

        def find() -> str | None:
            if kc_uuid is None:
                return None
            wanted = mapping.uuid_of(partij) if partij else None
            return self._first_unclaimed("/betrokkenen", {"hadKlantcontact__uuid": kc_uuid}, lambda b: (
                _points_to(b, "hadKlantcontact", kc_uuid) and _points_to(b, "wasPartij", wanted)
                and b.get("rol") == body["rol"]
                and ((b.get("contactnaam") or {}).get("achternaam") or "") == body["contactnaam"]["achternaam"]))

        def create() -> str:
            return self.target.post("/betrokkenen", {
                **body, "hadKlantcontact": {"uuid": kc_uuid}, "wasPartij": _uuid_ref(partij) if partij else None,
            })["url"]

        try:
            record.done(*self._ensure(key, find, create))
        except Refused as exc:
            record.refused(str(exc))

    def _partij(self, klant: dict, subject: mapping.Subject, record: Record) -> str | None:
        key = (subject.code_soort_object_id, subject.object_id)
        if key not in self._partijen:
            found = next((p["url"] for p in self.target.list("/partijen", {
                "partijIdentificator__codeSoortObjectId": subject.code_soort_object_id,
                "partijIdentificator__objectId": subject.object_id})), None)
            if found is None and subject.may_create and not self.options.dry_run:
                found = self.target.post("/partijen", mapping.partij(klant, subject))["url"]
                self.report.partijen_created.append(found)
            self._partijen[key] = found
        partij = self._partijen[key]
        if partij:
            record.notes.append(f"partij {partij} ({subject.code_soort_object_id})")
        elif not subject.may_create:
            record.notes.append(f"no partij with vestigingsnummer {subject.object_id} in Klantinteracties "
                                "(it is not created: its KvK-nummer is unknown): betrokkene without partij")
        elif self.options.dry_run:
            record.notes.append(f"a partij ({subject.soort_partij}, {subject.code_soort_object_id}) would be created")
        return partij

    # --- objectcontactmoment -> onderwerpobject ------------------------------------------------

    def _objectcontactmoment(self, link: dict, klantcontact: str | None, parent_pending: bool) -> None:
        record = Record("objectcontactmoment", link["url"])
        self.report.records.append(record)
        kc_uuid = None if parent_pending else mapping.uuid_of(klantcontact)
        try:
            identificator = mapping.onderwerpobjectidentificator(link)
            record.done(*self._ensure(
                f"objectcontactmoment {link['url']}",
                lambda: self._find_onderwerpobject(kc_uuid, identificator),
                lambda: self.target.post("/onderwerpobjecten", {
                    "klantcontact": {"uuid": kc_uuid}, "wasKlantcontact": None,
                    "onderwerpobjectidentificator": identificator})["url"]))
        except (NotMovable, Refused) as exc:
            record.refused(str(exc))
