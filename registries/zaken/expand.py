"""``expand``: related objects inline, under ``_expand``, as the Zaken API 1.5 defines it.

``?expand=rollen,status.statustype,hoofdzaak.rollen.roltype`` adds to each zaak an ``_expand``
object with the named relations: a list for a list of URLs, an object for one URL, ``{}`` when
that URL is empty. Dotted paths expand inside the expanded objects, at most three levels deep.
Only Zaken and Catalogi objects are expanded.

Expanding never shows more than the client may read directly: a zaak (or an object of a zaak)
outside the client's zaaktypen or above its maximum vertrouwelijkheidaanduiding is left out,
and Catalogi objects need the scope catalogi.lezen. Each level is loaded in one query per kind
for all objects of that level, never one query per object.
"""

from uuid import UUID

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.errors import InvalidParam, ValidationProblem
from common.references import ReferenceError
from common.responses import base_url
from registries.zaken import rules
from registries.zaken.models import Resultaat, Rol, Status, Zaak, ZaakEigenschap, ZaakInformatieObject, ZaakObject
from registries.zaken.schemas import API_ROOT
from registries.zaken.serialize import rows_out, zaak_out, zaak_relations

MAX_DEPTH = 3
CATALOGI = "catalogi"

# kind -> field -> (kind of the target, is a list)
RELATIONS: dict[str, dict[str, tuple[str, bool]]] = {
    "zaak": {
        "zaaktype": (CATALOGI, False),
        "hoofdzaak": ("zaak", False),
        "deelzaken": ("zaak", True),
        "relevanteAndereZaken": ("zaak", True),
        "eigenschappen": ("zaakeigenschap", True),
        "rollen": ("rol", True),
        "status": ("status", False),
        "zaakobjecten": ("zaakobject", True),
        "resultaat": ("resultaat", False),
    },
    "rol": {"zaak": ("zaak", False), "roltype": (CATALOGI, False), "statussen": ("status", True)},
    "status": {"statustype": (CATALOGI, False), "gezetdoor": ("rol", False),
               "zaakinformatieobjecten": ("zaakinformatieobject", True)},
    "resultaat": {"zaak": ("zaak", False), "resultaattype": (CATALOGI, False)},
    "zaakobject": {"zaakobjecttype": (CATALOGI, False)},
    "zaakinformatieobject": {"status": ("status", False)},
    "zaakeigenschap": {},
    CATALOGI: {},
}
MODELS = {"rol": Rol, "status": Status, "resultaat": Resultaat, "zaakobject": ZaakObject,
          "zaakinformatieobject": ZaakInformatieObject, "zaakeigenschap": ZaakEigenschap}

Tree = dict[str, "Tree"]


def parse(value: str, kind: str = "zaak") -> Tree:
    """The expand paths as a tree; 400 for a path that names no relation or goes too deep."""
    tree: Tree = {}
    errors = []
    for path in (p.strip() for p in value.split(",") if p.strip()):
        parts = path.split(".")
        if len(parts) > MAX_DEPTH:
            errors.append(InvalidParam("expand", "invalid", f"'{path}': hoogstens {MAX_DEPTH} niveaus."))
            continue
        node, current = tree, kind
        for part in parts:
            target = RELATIONS[current].get(part)
            if target is None:
                errors.append(InvalidParam("expand", "invalid", f"'{path}': '{part}' kan niet worden uitgeklapt."))
                break
            node = node.setdefault(part, {})
            current = target[0]
    if errors:
        raise ValidationProblem(errors)
    return tree


def _urls(obj: dict, field: str) -> list[str]:
    value = obj.get(field)
    if field == "relevanteAndereZaken":
        return [item.get("url") for item in value or [] if item.get("url")]
    if isinstance(value, list):
        return [v for v in value if v]
    return [value] if value else []


def _uuid_of(url: str) -> UUID | None:
    try:
        return UUID(url.rstrip("/").rpartition("/")[2])
    except ValueError:
        return None


class Expander:
    def __init__(self, request: Request, session: AsyncSession, shown: list[tuple[str, set[str]]]) -> None:
        self.request, self.session, self.shown = request, session, shown
        self.base = base_url(request)
        self.principal = request.state.principal
        self.ctx = rules.Context(request, session)

    def _ours(self, url: str, collection: str) -> UUID | None:
        prefix = f"{self.base}{API_ROOT}/"
        if not url.startswith(prefix):
            return None
        if collection == "zaakeigenschappen":
            return _uuid_of(url) if "/zaakeigenschappen/" in url else None
        return _uuid_of(url) if url[len(prefix):].startswith(f"{collection}/") else None

    def _readable(self, zaak: Zaak) -> bool:
        return rules.may(self.principal, ("zaken.lezen",), zaak.zaaktype, zaak.vertrouwelijkheidaanduiding)

    async def load(self, kind: str, urls: set[str]) -> dict[str, dict]:
        """The readable objects behind ``urls`` (others are absent from the answer)."""
        if not urls:
            return {}
        if kind == CATALOGI:
            return await self._catalogi(urls)
        if kind == "zaak":
            return await self._zaken(urls)
        return await self._sub(kind, urls)

    async def _catalogi(self, urls: set[str]) -> dict[str, dict]:
        if not self.principal.has_scope("ztc", ["catalogi.lezen"]):
            return {}
        found = {}
        for url in sorted(urls):
            try:
                found[url] = dict(await self.ctx.fetch(url))
            except ReferenceError:
                continue
        return found

    async def _zaken(self, urls: set[str]) -> dict[str, dict]:
        keys = {self._ours(u, "zaken"): u for u in urls}
        keys.pop(None, None)
        if not keys:
            return {}
        rows = [z for z in (await self.session.scalars(select(Zaak).where(Zaak.uuid.in_(keys)))).all()
                if self._readable(z)]
        relations = await zaak_relations(self.session, rows)
        found = {}
        for row in rows:
            data = zaak_out(self.base, row, relations)
            found[keys[row.uuid]] = data
            self.shown.append((data["url"], relations.bsns.get(row.id, set())))
        return found

    async def _sub(self, kind: str, urls: set[str]) -> dict[str, dict]:
        model = MODELS[kind]
        collection = {"rol": "rollen", "status": "statussen", "resultaat": "resultaten", "zaakobject": "zaakobjecten",
                      "zaakinformatieobject": "zaakinformatieobjecten",
                      "zaakeigenschap": "zaakeigenschappen"}[kind]
        keys = {self._ours(u, collection): u for u in urls}
        keys.pop(None, None)
        if not keys:
            return {}
        rows = (await self.session.scalars(select(model).where(model.uuid.in_(keys)).order_by(model.id))).all()
        zaak_ids = {row.zaak_id for row in rows}
        zaken = {z.id: z for z in (await self.session.scalars(select(Zaak).where(Zaak.id.in_(zaak_ids)))).all()}
        rows = [row for row in rows if row.zaak_id in zaken and self._readable(zaken[row.zaak_id])]
        found = {}
        for row, data in zip(rows, await rows_out(self.session, self.base, rows)):
            found[keys[row.uuid]] = data
            if isinstance(row, Rol) and row.inp_bsn:
                self.shown.append((data["url"], {row.inp_bsn}))
        return found

    async def level(self, kind: str, objects: list[dict], tree: Tree) -> None:
        for field, subtree in tree.items():
            target, many = RELATIONS[kind][field]
            wanted = {url for obj in objects for url in _urls(obj, field)}
            loaded = await self.load(target, wanted)
            children: dict[int, dict] = {}
            for obj in objects:
                embedded = obj.setdefault("_expand", {})
                if many:
                    embedded[field] = [loaded[u] for u in _urls(obj, field) if u in loaded]
                else:
                    urls = _urls(obj, field)
                    if not urls:
                        embedded[field] = {}
                    elif urls[0] in loaded:
                        embedded[field] = loaded[urls[0]]
                for child in (embedded.get(field) if many else [embedded.get(field)]) or []:
                    if child:
                        children[id(child)] = child
            if subtree and children:
                await self.level(target, list(children.values()), subtree)


async def expand(request: Request, session: AsyncSession, kind: str, objects: list[dict], tree: Tree,
                 shown: list[tuple[str, set[str]]]) -> None:
    await Expander(request, session, shown).level(kind, objects, tree)

