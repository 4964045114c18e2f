"""Every zrc-* test of the standard's test inventory is covered: a test here is named after it,
or docs/zaken.md lists it as out of scope with its reason."""

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INVENTORY = ROOT.parent / "shared" / "standards" / "zgw" / "zgw-postman-test-inventory.csv"
DOC = ROOT / "docs" / "zaken.md"

_NAME = re.compile(r"def (test_zrc_\w+)")
_CODE = re.compile(r"(?<![0-9])(\d{3})([a-z]?)(?![0-9])")
_RANGE = re.compile(r"(\d{3})([a-z])_to_(\d{3})([a-z])")


def inventory_ids() -> set[str]:
    with INVENTORY.open(encoding="utf-8") as handle:
        return {row["test_id"] for row in csv.DictReader(handle) if row["api"] == "zrc"}


def ids_in_test_names() -> set[str]:
    """``test_zrc_007d_and_007j_...`` covers zrc-007d and zrc-007j; ``012a_to_012c`` a range."""
    covered = set()
    for path in ROOT.glob("tests/test_zaken_*.py"):
        for name in _NAME.findall(path.read_text(encoding="utf-8")):
            covered |= {f"zrc-{number}{letter}" for number, letter in _CODE.findall(name)}
            for number, first, _same, last in _RANGE.findall(name):
                covered |= {f"zrc-{number}{chr(c)}" for c in range(ord(first), ord(last) + 1)}
    return covered


def out_of_scope() -> dict[str, str]:
    """The rows of the table under '## Buiten de reikwijdte' in docs/zaken.md: id -> reason."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Buiten de reikwijdte", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 and re.fullmatch(r"zrc-\d{3}[a-z]?", cells[0]):
            rows[cells[0]] = cells[1]
    return rows


def test_the_inventory_has_zrc_tests():
    assert len(inventory_ids()) > 100


def test_every_zrc_test_is_named_in_a_test_or_out_of_scope():
    missing = inventory_ids() - ids_in_test_names() - set(out_of_scope())
    assert missing == set(), "name a test after these, or list them in docs/zaken.md with a reason"


def test_out_of_scope_rows_have_a_reason_and_are_not_also_tested():
    rows = out_of_scope()
    assert all(len(reason) > 20 for reason in rows.values())
    assert set(rows) <= inventory_ids()
    assert set(rows) & ids_in_test_names() == set(), "tested after all: remove them from the out-of-scope list"
