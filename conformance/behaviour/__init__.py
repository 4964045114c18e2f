"""Behaviour scenarios: the business rules of each standard, named by their rule codes.

One module per API (``catalogi``, ``autorisaties``; ``zaken``, ``klantinteracties``,
``contactmomenten``, ``producttypen`` and ``producten`` as they are written), each with a
``SCENARIOS = Scenarios()`` whose checks are declared with ``@SCENARIOS.rule(code, title)``.

A scenario creates what it needs through the API under test, with names under the run's
prefix (``ctx.prefix``, e.g. ``cf-k3x9qa``) so people recognise what the suite made, and
registers how to remove it (``ctx.created(url)``); the runner removes it after the scenario
unless ``--no-cleanup``. What the API offers no way to remove is listed in the report.
"""

from __future__ import annotations

import importlib

from conformance.catalog import Scenarios


def scenarios_of(module: str | None) -> Scenarios | None:
    """The scenarios of an API's module, or None when it has none (yet)."""
    if not module:
        return None
    try:
        loaded = importlib.import_module(f"conformance.behaviour.{module}")
    except ModuleNotFoundError as exc:
        if exc.name == f"conformance.behaviour.{module}":
            return None
        raise
    return getattr(loaded, "SCENARIOS", None)
