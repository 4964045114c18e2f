"""The Uniforme Productnamenlijst (UPL): the names a producttype for burgers or bedrijven must use.

`registries upl import FILE.csv` loads the list as the government publishes it (a CSV with the
columns ``UniformeProductnaam`` and ``URI``; see ../shared/standards/producten for one). A new
import adds new names, updates changed URIs, and marks names that are no longer on the list as
removed (``is_verwijderd``): producttypen that use them keep them, new ones cannot pick them.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from registries.producten.models import UniformeProductNaam

NAME_COLUMN = "UniformeProductnaam"
URI_COLUMN = "URI"


class UplError(ValueError):
    pass


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    removed: int
    total: int


def read_csv(path: Path) -> dict[str, str]:
    """{naam: uri} from a UPL CSV file."""
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or NAME_COLUMN not in reader.fieldnames or URI_COLUMN not in reader.fieldnames:
        raise UplError(f"{path}: expected the columns {NAME_COLUMN} and {URI_COLUMN}")
    entries: dict[str, str] = {}
    for line, row in enumerate(reader, start=2):
        naam, uri = (row.get(NAME_COLUMN) or "").strip(), (row.get(URI_COLUMN) or "").strip()
        if not naam and not uri:
            continue
        if not naam or not uri:
            raise UplError(f"{path}, line {line}: a name and a URI are both needed")
        if len(naam) > 255 or len(uri) > 1000:
            raise UplError(f"{path}, line {line}: name or URI too long")
        entries[naam] = uri
    return entries


async def import_entries(session: AsyncSession, entries: dict[str, str]) -> ImportResult:
    current = {row.naam: row for row in (await session.scalars(select(UniformeProductNaam))).all()}
    added = updated = removed = 0
    # URIs are unique too: free the URIs that move to another name first.
    taken_by = {row.uri: row for row in current.values()}
    for naam, uri in entries.items():
        holder = taken_by.get(uri)
        if holder is not None and holder.naam != naam:
            holder.uri = f"{holder.uri}#verwijderd-{holder.id}"
            session.add(holder)
    await session.flush()
    for naam, uri in entries.items():
        row = current.get(naam)
        if row is None:
            session.add(UniformeProductNaam(naam=naam, uri=uri, is_verwijderd=False))
            added += 1
        elif row.uri != uri or row.is_verwijderd:
            row.uri, row.is_verwijderd = uri, False
            session.add(row)
            updated += 1
    for naam, row in current.items():
        if naam not in entries and not row.is_verwijderd:
            row.is_verwijderd = True
            session.add(row)
            removed += 1
    await session.commit()
    return ImportResult(added, updated, removed, len(entries))
