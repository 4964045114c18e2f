"""The Producten contracts in openapi/ are what registries/producten/contract/build.py writes from
the references and our overlays: edit the overlays, never the generated files."""

from registries.producten.contract import build


def test_contracts_are_generated_from_the_overlays():
    assert build.main(["--check"]) == 0, "run: python -m registries.producten.contract.build"


def test_no_overlay_text_is_missing():
    for name in build.CONTRACTS:
        own, document, reference = build.build(name)
        from tools.contracts.generate import difference_rows

        assert not [row for row in difference_rows(own, document, reference) if "TODO" in row]
