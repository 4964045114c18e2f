"""The dependency rule of docs/architecture.md, read from the imports of every module."""

from pathlib import Path

from common.app import KNOWN_REGISTRIES
from tests.test_conformance_cli import imported_modules

ROOT = Path(__file__).resolve().parents[1]


def _imports(folder: str) -> dict[str, set[str]]:
    return {str(path.relative_to(ROOT)): imported_modules(path) for path in sorted((ROOT / folder).rglob("*.py"))}


def test_a_registry_never_imports_another_registry():
    offending = set()
    for name in KNOWN_REGISTRIES:
        for path, modules in _imports(f"registries/{name}").items():
            offending |= {f"{path}: {m}" for m in modules
                          if m.startswith("registries.") and m.split(".")[1] not in (name, "")}
    assert offending == set()


def test_common_never_imports_a_registry_except_by_name():
    offending = {f"{path}: {m}" for path, modules in _imports("common").items() for m in modules
                 if m.split(".")[0] == "registries" and m != "registries"}
    assert offending == set(), "common/ finds registries by name (importlib), never by import"


def test_the_portal_is_an_http_client_of_the_apis():
    offending = {f"{path}: {m}" for path, modules in _imports("portal").items() for m in modules
                 if m.split(".")[0] in ("common", "registries", "tests")}
    assert offending == set()
