"""``conformance diff``: what a contract change breaks for clients, and what it only adds."""

from __future__ import annotations

import json
from collections.abc import Sequence

from conformance.contractdiff import Difference


def _sorted(differences: Sequence[Difference]) -> list[Difference]:
    return sorted(differences, key=lambda d: (d.location, d.kind))


def text(old: str, new: str, differences: Sequence[Difference], breaking_only: bool = False) -> str:
    broken = _sorted([d for d in differences if d.breaking])
    added = _sorted([d for d in differences if not d.breaking])
    lines = [f"Comparing {old}", f"     with {new}", ""]
    if not differences:
        lines.append("No differences on the wire.")
        return "\n".join(lines)
    width = max(len(d.kind) for d in differences)
    lines.append(f"BREAKING ({len(broken)}): a client written for the old contract may fail")
    lines += [f"  {d.kind:<{width}}  {d.location}\n  {'':<{width}}  {d.detail}" for d in broken] or ["  (none)"]
    if not breaking_only:
        lines.append("")
        lines.append(f"ADDITIVE ({len(added)}): nothing a client relies on changes")
        lines += [f"  {d.kind:<{width}}  {d.location}\n  {'':<{width}}  {d.detail}" for d in added] or ["  (none)"]
    lines.append("")
    verdict = "breaks clients" if broken else "is backwards compatible"
    lines.append(f"{len(broken)} breaking, {len(added)} additive: the new contract {verdict}.")
    return "\n".join(lines)


def markdown(old: str, new: str, differences: Sequence[Difference], breaking_only: bool = False) -> str:
    """A table to paste into a change proposal."""
    rows = _sorted([d for d in differences if d.breaking or not breaking_only])
    lines = [f"Contract change `{old}` → `{new}`: "
             f"**{sum(d.breaking for d in differences)} breaking**, {sum(not d.breaking for d in differences)} additive.",
             "", "| breaking | kind | location | detail |", "|---|---|---|---|"]
    lines += [f"| {'yes' if d.breaking else 'no'} | `{d.kind}` | `{d.location}` | {d.detail} |" for d in rows]
    return "\n".join(lines)


def as_json(old: str, new: str, differences: Sequence[Difference], breaking_only: bool = False) -> str:
    rows = _sorted([d for d in differences if d.breaking or not breaking_only])
    return json.dumps({
        "old": old,
        "new": new,
        "breaking": sum(d.breaking for d in differences),
        "additive": sum(not d.breaking for d in differences),
        "differences": [{"kind": d.kind, "location": d.location, "detail": d.detail, "breaking": d.breaking}
                        for d in rows],
    }, ensure_ascii=False, indent=2)


FORMATS = {"text": text, "markdown": markdown, "json": as_json}
