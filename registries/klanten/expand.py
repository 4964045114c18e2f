"""``expand``: related objects inline under ``_expand``, as the reference does it.

``?expand=betrokkenen.hadKlantcontact,digitaleAdressen`` on partijen adds to each partij
``"_expand": {"betrokkenen": [{...betrokkene..., "_expand": {"hadKlantcontact": {...}}}],
"digitaleAdressen": [...]}``. A dotted path expands inside the expanded objects and implies its
parent. A relation to one object that is empty expands to ``null``. ``_expand`` appears only
when the client asks for it. Each relation is loaded once for the whole page (one query per
kind and level), never once per object.

Which paths each resource allows is the contract's enum of its ``expand`` parameter; anything
else is a 400.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from common.errors import InvalidParam, ValidationProblem
from registries.klanten import serialize as out
from registries.klanten.models import Betrokkene, Bijlage, DigitaalAdres, InterneTaak, Klantcontact, Onderwerpobject, Partij
from registries.klanten.models import CategorieRelatie
from registries.klanten.serialize import Reader

ALLOWED = {
    Partij: ("betrokkenen", "betrokkenen.hadKlantcontact", "categorieRelaties", "digitaleAdressen"),
    Klantcontact: ("gingOverOnderwerpobjecten", "hadBetrokkenen", "hadBetrokkenen.digitaleAdressen",
                   "hadBetrokkenen.wasPartij", "leiddeTotInterneTaken", "omvatteBijlagen"),
    Betrokkene: ("digitaleAdressen",),
    DigitaalAdres: ("verstrektDoorBetrokkene", "verstrektDoorBetrokkene.hadKlantcontact",
                    "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken"),
}


def parse_expand(model: type, raw: str | None) -> set[str]:
    """The paths asked for, with the parents of dotted paths; 400 for a path this resource lacks."""
    if not raw:
        return set()
    allowed = ALLOWED[model]
    wanted: set[str] = set()
    for path in (part.strip() for part in raw.split(",")):
        if not path:
            continue
        if path not in allowed:
            raise ValidationProblem([InvalidParam(
                "expand", "invalid_choice", f"'{path}' kan niet worden uitgebreid; kies uit: {', '.join(allowed)}."
            )])
        parts = path.split(".")
        wanted.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return wanted


def _put(item: dict[str, Any], name: str, value: Any) -> None:
    item.setdefault("_expand", {})[name] = value


async def _rows(reader: Reader, model: type, ids: Iterable[int | None]) -> dict[int, Any]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = (await reader.session.scalars(select(model).where(model.id.in_(wanted)).order_by(model.id))).all()
    return {row.id: row for row in rows}


async def _children(reader: Reader, key: Any, model: type, owners: Sequence[Any], serializer) -> dict[int, list]:
    """Per owner id: the serialized children of ``model`` whose ``key`` points at it, and their rows."""
    grouped = await reader.grouped(key, model, [o.id for o in owners])
    rows = [row for owner in owners for row in grouped.get(owner.id, [])]
    serialized = await serializer(reader, rows)
    by_row = {id(row): item for row, item in zip(rows, serialized, strict=True)}
    return {owner.id: [(row, by_row[id(row)]) for row in grouped.get(owner.id, [])] for owner in owners}


async def expand(reader: Reader, model: type, rows: Sequence[Any], items: list[dict[str, Any]],
                 wanted: set[str]) -> None:
    """Add ``_expand`` to ``items`` (the serialized ``rows``) for the paths in ``wanted``."""
    if not wanted or not rows:
        return
    for item in items:
        item["_expand"] = {}
    await EXPANDERS[model](reader, rows, items, wanted)


async def _partijen(reader: Reader, rows, items, wanted) -> None:
    if "digitaleAdressen" in wanted:
        children = await _children(reader, DigitaalAdres.partij_id, DigitaalAdres, rows, out.digitale_adressen)
        for row, item in zip(rows, items, strict=True):
            _put(item, "digitaleAdressen", [child for _, child in children[row.id]])
    if "betrokkenen" in wanted:
        children = await _children(reader, Betrokkene.partij_id, Betrokkene, rows, out.betrokkenen)
        if "betrokkenen.hadKlantcontact" in wanted:
            pairs = [pair for row in rows for pair in children[row.id]]
            await _klantcontact_of_betrokkenen(reader, pairs, set())
        for row, item in zip(rows, items, strict=True):
            _put(item, "betrokkenen", [child for _, child in children[row.id]])
    if "categorieRelaties" in wanted:
        children = await _children(reader, CategorieRelatie.partij_id, CategorieRelatie, rows, out.categorie_relaties)
        for row, item in zip(rows, items, strict=True):
            _put(item, "categorieRelaties", [child for _, child in children[row.id]])


async def _klantcontact_of_betrokkenen(reader: Reader, pairs, deeper: set[str]) -> None:
    """``_expand.hadKlantcontact`` on each (betrokkene row, item); ``deeper``: the klantcontact's own paths."""
    contacten = await _rows(reader, Klantcontact, (row.klantcontact_id for row, _ in pairs))
    contact_rows = list(contacten.values())
    serialized = dict(zip((r.id for r in contact_rows), await out.klantcontacten(reader, contact_rows), strict=True))
    if deeper:
        await expand(reader, Klantcontact, contact_rows, [serialized[r.id] for r in contact_rows], deeper)
    for row, item in pairs:
        _put(item, "hadKlantcontact", serialized.get(row.klantcontact_id))


async def _klantcontacten(reader: Reader, rows, items, wanted) -> None:
    if "hadBetrokkenen" in wanted:
        children = await _children(reader, Betrokkene.klantcontact_id, Betrokkene, rows, out.betrokkenen)
        pairs = [pair for row in rows for pair in children[row.id]]
        if "hadBetrokkenen.digitaleAdressen" in wanted:
            await _digitale_adressen_of_betrokkenen(reader, pairs)
        if "hadBetrokkenen.wasPartij" in wanted:
            partijen = await _rows(reader, Partij, (row.partij_id for row, _ in pairs))
            partij_rows = list(partijen.values())
            serialized = dict(zip((r.id for r in partij_rows), await out.partijen(reader, partij_rows), strict=True))
            for row, item in pairs:
                _put(item, "wasPartij", serialized.get(row.partij_id))
        for row, item in zip(rows, items, strict=True):
            _put(item, "hadBetrokkenen", [child for _, child in children[row.id]])
    for name, key, model, serializer in (
        ("leiddeTotInterneTaken", InterneTaak.klantcontact_id, InterneTaak, out.internetaken),
        ("gingOverOnderwerpobjecten", Onderwerpobject.klantcontact_id, Onderwerpobject, out.onderwerpobjecten),
        ("omvatteBijlagen", Bijlage.klantcontact_id, Bijlage, out.bijlagen),
    ):
        if name in wanted:
            children = await _children(reader, key, model, rows, serializer)
            for row, item in zip(rows, items, strict=True):
                _put(item, name, [child for _, child in children[row.id]])


async def _digitale_adressen_of_betrokkenen(reader: Reader, pairs) -> None:
    owners = [row for row, _ in pairs]
    children = await _children(reader, DigitaalAdres.betrokkene_id, DigitaalAdres, owners, out.digitale_adressen)
    for row, item in pairs:
        _put(item, "digitaleAdressen", [child for _, child in children[row.id]])


async def _betrokkenen(reader: Reader, rows, items, wanted) -> None:
    if "digitaleAdressen" in wanted:
        await _digitale_adressen_of_betrokkenen(reader, list(zip(rows, items, strict=True)))


async def _digitale_adressen(reader: Reader, rows, items, wanted) -> None:
    if "verstrektDoorBetrokkene" not in wanted:
        return
    betrokkenen = await _rows(reader, Betrokkene, (row.betrokkene_id for row in rows))
    betrokkene_rows = list(betrokkenen.values())
    serialized = dict(zip((r.id for r in betrokkene_rows), await out.betrokkenen(reader, betrokkene_rows),
                          strict=True))
    if "verstrektDoorBetrokkene.hadKlantcontact" in wanted:
        deeper = {"leiddeTotInterneTaken"} if (
            "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken" in wanted) else set()
        await _klantcontact_of_betrokkenen(reader, [(r, serialized[r.id]) for r in betrokkene_rows], deeper)
    for row, item in zip(rows, items, strict=True):
        _put(item, "verstrektDoorBetrokkene", serialized.get(row.betrokkene_id))


EXPANDERS = {
    Partij: _partijen,
    Klantcontact: _klantcontacten,
    Betrokkene: _betrokkenen,
    DigitaalAdres: _digitale_adressen,
}
