"""Where the suite finds the contracts it tests against: the project's own openapi/ folder.

The suite ships our contracts by reading them from the repository it lives in: the folder
``openapi/`` next to the ``conformance/`` package (``conformance/../openapi``). It never asks
``common/`` where they are, so the suite stays a pure HTTP client. Two ways to point it elsewhere:

* the environment variable ``CONFORMANCE_CONTRACTS`` names another folder with the same files;
* ``conformance run --contract FILE`` names the contract of the one API being tested.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from conformance import contractdiff

PACKAGE = Path(__file__).resolve().parent
DEFAULT_FOLDER = PACKAGE.parent / "openapi"
ENVIRONMENT_VARIABLE = "CONFORMANCE_CONTRACTS"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def folder() -> Path:
    """The folder our contracts are read from."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    return Path(configured) if configured else DEFAULT_FOLDER


def _version_key(path: Path) -> tuple:
    """Sort key that orders ``x-1.10.0.yaml`` after ``x-1.9.0.yaml``."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"[.-]", path.stem))


def find(file_name: str, api_name: str) -> Path | None:
    """Our contract for an API: ``file_name`` when it exists, else the newest ``{api_name}-<version>.yaml``."""
    base = folder()
    exact = base / file_name
    if exact.is_file():
        return exact
    candidates = sorted(
        (path for path in base.glob(f"{api_name}-*.yaml") if re.fullmatch(rf"{re.escape(api_name)}-\d[\d.]*", path.stem)),
        key=_version_key,
    )
    return candidates[-1] if candidates else None


_loaded: dict[tuple[str, int], dict[str, Any]] = {}


def load(path: str | Path) -> dict[str, Any]:
    """A contract read once per run (and again when the file changes). Do not modify it."""
    resolved = Path(path).resolve()
    key = (str(resolved), resolved.stat().st_mtime_ns)
    if key not in _loaded:
        _loaded[key] = contractdiff.load(resolved)
    return _loaded[key]


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(METHOD, path, operation)`` for every operation of a contract, in document order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                found.append((method.upper(), path, item[method]))
    return found


def operation_name(method: str, path: str, operation: dict[str, Any]) -> str:
    """The stable name of an operation: its ``operationId``, else ``method_path``."""
    if operation.get("operationId"):
        return str(operation["operationId"])
    return f"{method.lower()}_{re.sub(r'[^A-Za-z0-9]+', '_', path).strip('_')}"


__all__ = ["DEFAULT_FOLDER", "ENVIRONMENT_VARIABLE", "find", "folder", "load", "operation_name", "operations"]
