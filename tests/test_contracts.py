"""Our contracts in openapi/ against the VNG reference specifications.

Every difference must be documented in docs/contract-differences.md, every documented
difference must still exist, and no difference may break clients written for the standard.
"""

from functools import cache
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from conformance.contractdiff import Difference, compare, load, parse_difference_table, path_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STANDARDS = SHARED / "standards"
OPENAPI = ROOT / "openapi"
DIFFERENCES_DOC = ROOT / "docs" / "contract-differences.md"

NOT_YET_IMPLEMENTED = "not-yet-implemented"

# (our contract in openapi/, its reference in shared/standards/)
CONTRACTS = [
    ("catalogi-1.3.1.yaml", "zgw/catalogi-1.3.1.yaml"),
    ("autorisaties-1.0.0.yaml", "zgw/autorisaties-1.0.0.yaml"),
    ("producttypen-1.7.0.yaml", "producten/producttypen-1.7.0.yaml"),
    ("producten-1.7.0.yaml", "producten/producten-1.7.0.yaml"),
    ("zaken-1.5.1.yaml", "zgw/zaken-1.5.1.yaml"),
    ("klantinteracties-0.9.0.yaml", "klantinteracties/klantinteracties-0.9.0.yaml"),
    # Facts from the Open Klant 1 dialect (tools/contracts/contactmomenten-1.0.0.yaml), compared
    # with the VNG standard: the dialect's additions are listed as differences.
    ("contactmomenten-1.0.0.yaml", "klantinteracties/contactmomenten-1.0.0.yaml"),
]
IDS = [ours for ours, _reference in CONTRACTS]


@cache
def contract_document(path: Path) -> dict:
    """A contract, read once per test run (the references are large). Do not modify it."""
    return load(path)


def documented(contract: str) -> set[tuple[str, str]]:
    """``(kind, location)`` of the rows in the differences doc for this contract."""
    rows = parse_difference_table(DIFFERENCES_DOC.read_text(encoding="utf-8"))
    return {(row["kind"], row["location"]) for row in rows if row["contract"] == contract}


def not_yet_implemented(contract: str) -> set[str]:
    """Locations (a path, or ``METHOD path``) the doc lists as not yet implemented."""
    return {location for kind, location in documented(contract) if kind == NOT_YET_IMPLEMENTED}


def is_not_yet_implemented(difference: Difference, contract: str) -> bool:
    """True for a removed operation that the doc lists as not yet implemented."""
    return difference.kind == "operation-removed" and difference.location in not_yet_implemented(contract)


def wire_differences(ours: str, reference: str) -> list[Difference]:
    """Differences between the reference and our contract, on the paths ours has."""
    ours_doc, reference_doc = contract_document(OPENAPI / ours), contract_document(STANDARDS / reference)
    return compare(reference_doc, ours_doc, paths=set(ours_doc["paths"]))


def documented_wire_differences(contract: str) -> set[tuple[str, str]]:
    """Documented rows that are contractdiff differences (not design rules, not missing parts)."""
    return {
        (kind, location)
        for kind, location in documented(contract)
        if kind != NOT_YET_IMPLEMENTED and not kind.startswith("design-rule:")
    }


def test_every_contract_in_openapi_is_in_the_table():
    assert {path.name for path in OPENAPI.glob("*.yaml")} == set(IDS)


def test_the_doc_explains_every_row():
    rows = parse_difference_table(DIFFERENCES_DOC.read_text(encoding="utf-8"))
    assert rows, "docs/contract-differences.md has no table headed contract | kind | location | why"
    for row in rows:
        assert row["contract"] in IDS, row
        assert row["kind"] and row["location"] and row["why"], row


@pytest.mark.parametrize("ours, reference", CONTRACTS, ids=IDS)
def test_contract_is_valid_openapi(ours, reference):
    document = contract_document(OPENAPI / ours)
    validate(document)
    assert document["info"]["version"] == contract_document(STANDARDS / reference)["info"]["version"]


@pytest.mark.parametrize("ours, reference", CONTRACTS, ids=IDS)
def test_every_difference_with_the_reference_is_documented(ours, reference):
    found = [d for d in wire_differences(ours, reference) if not is_not_yet_implemented(d, ours)]
    undocumented = [d for d in found if (d.kind, d.location) not in documented(ours)]
    assert undocumented == [], "add these to docs/contract-differences.md or fix the contract"


@pytest.mark.parametrize("ours, reference", CONTRACTS, ids=IDS)
def test_every_documented_difference_still_exists(ours, reference):
    found = {(d.kind, d.location) for d in wire_differences(ours, reference)}
    stale = documented_wire_differences(ours) - found
    assert stale == set(), "these rows of docs/contract-differences.md no longer occur"


# Breaking differences we accept, when documented: a stricter security requirement (the
# standard leaves some operations (HEAD) unprotected that no serious deployment can), and a
# reference into another document on the internet (the Zaken API's "_expand" schemas point at the
# Catalogi contract on a branch) replaced by a local description that tools can follow offline,
# and a type the standard's file gets wrong (Catalogi 1.3.1 types ZaakType.informatieobjecttypen
# and InformatieObjectType.zaaktypen as a string; its reference implementation answers, and
# version 1.3.3 describes, a list of URLs).
ACCEPTED_BREAKING = {"security-changed", "ref-changed", "type-changed"}


@pytest.mark.parametrize("ours, reference", CONTRACTS, ids=IDS)
def test_no_difference_breaks_clients_of_the_standard(ours, reference):
    found = [d for d in wire_differences(ours, reference) if not is_not_yet_implemented(d, ours)]
    breaking = [d for d in found if d.breaking and d.kind not in ACCEPTED_BREAKING]
    assert breaking == [], "our contract must stay wire-compatible with the standard"


@pytest.mark.parametrize("ours, reference", CONTRACTS, ids=IDS)
def test_missing_parts_are_listed_as_not_yet_implemented(ours, reference):
    ours_paths = {path_key(path) for path in contract_document(OPENAPI / ours)["paths"]}
    missing_paths = {path for path in contract_document(STANDARDS / reference)["paths"] if path_key(path) not in ours_paths}
    missing_operations = {d.location for d in wire_differences(ours, reference) if d.kind == "operation-removed"}
    missing = missing_paths | missing_operations
    listed = not_yet_implemented(ours)
    assert missing - listed == set(), "list these in docs/contract-differences.md as not-yet-implemented"
    assert listed - missing == set(), "these exist now: remove their not-yet-implemented rows"
