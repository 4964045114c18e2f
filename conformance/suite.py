"""Which checks an API gets, and running them.

The checks of an API, in the order they run: contract, design rules, schema (one per operation
of our contract), behaviour (the API's scenarios module), security (the generic ones and those
the scenarios module declares).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from conformance import contracts
from conformance.apis import ApiEntry
from conformance.behaviour import scenarios_of
from conformance.context import Context
from conformance.layers.contract import CONTRACT
from conformance.layers.design import DESIGN
from conformance.layers.schema import schema_checks
from conformance.layers.security import SECURITY
from conformance.model import (
    DEVIATION, ERROR, FAIL, KNOWN_DEVIATION, LAYERS, MANDATORY, OPTIONAL, OPTIONAL_FAIL, PASS, SKIP,
    Check, CheckFailed, CheckSkipped, Result,
)
from conformance.profile import Profile, matches


def checks_for(entry: ApiEntry, contract_path: Path | None = None) -> list[Check]:
    """Every check of one API, in running order."""
    path = contract_path or contracts.find(entry.contract, entry.name)
    document = contracts.load(path) if path is not None and path.is_file() else None
    scenarios = scenarios_of(entry.scenarios)
    scenario_checks = scenarios.checks_for(entry) if scenarios else []
    found = [
        *CONTRACT.checks_for(entry),
        *DESIGN.checks_for(entry),
        *schema_checks(entry, document, path.name if path else entry.contract),
        *scenario_checks,
        *SECURITY.checks_for(entry),
    ]
    order = {layer: index for index, layer in enumerate(LAYERS)}
    return sorted(found, key=lambda check: order[check.layer])  # stable: declaration order within a layer


def select(checks: Iterable[Check], only: list[str], skip: list[str]) -> list[Check]:
    """``--only`` and ``--skip``: by id, layer, rule code or a glob over ids."""
    chosen = [c for c in checks if not only or any(matches(pattern, c) for pattern in only)]
    return [c for c in chosen if not any(matches(pattern, c) for pattern in skip)]


@dataclass
class ApiRun:
    entry: ApiEntry
    root_url: str
    results: list[Result] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    duration: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def failed(self) -> bool:
        return any(result.counts_as_failure for result in self.results)


def run_check(ctx: Context, check: Check) -> Result:
    ctx.exchanges = []
    ctx.notes = []
    started = time.monotonic()
    result = Result(api=ctx.entry.name, check=check, status=PASS)
    try:
        check.run(ctx)
    except CheckFailed as failure:
        result.status = FAIL
        result.message = failure.message
        result.expected = failure.expected
        exchange = failure.exchange or (ctx.exchanges[-1] if ctx.exchanges else None)
        result.exchanges = [exchange] if exchange else []
    except CheckSkipped as skipped:
        result.status = SKIP
        result.message = str(skipped)
    except httpx.HTTPError as exc:
        result.status = ERROR
        result.message = f"no answer from the server: {type(exc).__name__}: {exc}"
        result.exchanges = ctx.exchanges[-1:]
    except Exception as exc:  # noqa: BLE001 - a check that breaks is reported, the run goes on
        result.status = ERROR
        result.message = f"the check could not run: {type(exc).__name__}: {exc}"
        result.exchanges = ctx.exchanges[-1:]
    finally:
        problems = ctx.clean_up()
    result.notes = list(ctx.notes) + problems
    result.duration = time.monotonic() - started
    return result


def classify(result: Result, profile: Profile) -> Result:
    """Apply the check's default and the profile: optional and known deviations do not fail a run."""
    classification, reason = profile.classify(result.api, result.check)
    result.classification, result.reason = classification, reason
    if result.status in (FAIL, ERROR):
        if classification == KNOWN_DEVIATION:
            result.status = DEVIATION
        elif classification == OPTIONAL:
            result.status = OPTIONAL_FAIL
    elif result.status == PASS and classification == KNOWN_DEVIATION:
        result.notes.append("listed as a known deviation in the profile, but it passes: remove it from the profile")
    return result


def run_api(
    ctx: Context,
    checks: list[Check],
    profile: Profile | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> ApiRun:
    profile = profile or Profile()
    run = ApiRun(ctx.entry, ctx.root_url)
    started = time.monotonic()
    try:
        for check in checks:
            result = classify(run_check(ctx, check), profile)
            run.results.append(result)
            if on_result:
                on_result(result)
    finally:
        ctx.finish()
        run.leftovers = list(ctx.leftovers)
        run.duration = time.monotonic() - started
        ctx.close()
    return run


def exit_code(runs: Iterable[ApiRun]) -> int:
    """0 if and only if every mandatory check passed (or was skipped)."""
    return 1 if any(run.failed for run in runs) else 0


__all__ = ["ApiRun", "checks_for", "exit_code", "run_api", "run_check", "select",
           "MANDATORY", "PASS", "FAIL", "SKIP", "ERROR", "DEVIATION", "OPTIONAL_FAIL"]
