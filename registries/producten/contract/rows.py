"""The rows of docs/contract-differences.md for both Producten contracts: every wire difference
(from build.py), the paths not built yet, and every ADR linter error (needs Spectral).

    python -m registries.producten.contract.rows           # print them
    python -m registries.producten.contract.rows --write   # replace them in the doc (other rows stay)
"""

import subprocess
import sys
from pathlib import Path

from tools.contracts.generate import ROOT, load_yaml

HERE = Path(__file__).resolve().parent
NOT_YET: dict[str, str] = {}  # path -> why, for each path in x_exclude_paths of producttypen.yaml


def _why_design(kind: str, location: str) -> str:
    if kind.endswith("problem-invalid-input") and location == "paths./bestanden/{uuid}/download.get.responses":
        return ("Het downloaden neemt geen parameters of inhoud, dus er is geen ongeldige invoer en geen 400 "
                "(een onbekende uuid geeft 404); een 400 opnemen zou een status beloven die niet voorkomt.")
    if "[" in location:
        name = location.split("[", 1)[1].split("]", 1)[0]
    else:
        name = location.split(".properties.", 1)[1].split(".", 1)[0]
    if kind.endswith("query-keys-camel-case"):
        return (f"Afgedwongen door de specificatie: de parameter heet `{name}` (snake_case, zoals in Open Product); "
                "een andere naam breekt bestaande clients.")
    if kind.endswith("use-date-instead-of-datetime"):
        return f"Afgedwongen door de specificatie: `{name}` heet een datum maar is een datum-tijd, zoals in Open Product."
    return "TODO: explain"


def main() -> int:
    from tests.test_design_rules import design_rule_errors, spectral_command

    rows = subprocess.run([sys.executable, "-m", "registries.producten.contract.build", "--rows"],
                          capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip().splitlines()
    excluded = load_yaml(HERE / "producttypen.yaml").get("x_exclude_paths", [])
    rows += [f"| producttypen-1.7.0.yaml | not-yet-implemented | `{path}` | {NOT_YET[path]} |" for path in excluded]
    for contract in ("producttypen-1.7.0.yaml", "producten-1.7.0.yaml"):
        for kind, location in sorted(design_rule_errors(ROOT / "openapi" / contract, spectral_command())):
            rows.append(f"| {contract} | {kind} | `{location}` | {_why_design(kind, location)} |")
    if "--write" in sys.argv[1:]:
        write(rows)
    else:
        print("\n".join(rows))
    return 0


def write(rows: list[str]) -> None:
    """Replace this registry's rows in the first table of the doc, read fresh (others edit it too)."""
    doc = ROOT / "docs" / "contract-differences.md"
    lines = doc.read_text(encoding="utf-8").split("\n")
    ours = ("| producttypen-1.7.0.yaml |", "| producten-1.7.0.yaml |")
    start = next(i for i, line in enumerate(lines) if line.startswith("| contract | kind | location | why |"))
    end = start + 1
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    table = [line for line in lines[start:end] if not line.startswith(ours)]
    doc.write_text("\n".join(lines[:start] + table + rows + lines[end:]), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
