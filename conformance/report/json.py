"""The JSON report: everything the run found, for machines."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from conformance.model import DEVIATION, ERROR, FAIL, OPTIONAL_FAIL, PASS, SKIP
from conformance.suite import ApiRun, exit_code

FORMAT_VERSION = 1


def as_document(runs: list[ApiRun], meta: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT_VERSION,
        "tool": "commonground-registries conformance",
        "generated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "passed": exit_code(runs) == 0,
        **(meta or {}),
        "apis": [
            {
                "api": run.entry.name,
                "title": run.entry.title,
                "root": run.root_url,
                "passed": not run.failed,
                "duration_seconds": round(run.duration, 3),
                "summary": {status: run.count(status) for status in (PASS, FAIL, ERROR, SKIP, DEVIATION, OPTIONAL_FAIL)},
                "left_behind": run.leftovers,
                "checks": [result.as_dict() for result in run.results],
            }
            for run in runs
        ],
    }


def write_json(path: str | Path, runs: list[ApiRun], meta: dict[str, Any] | None = None) -> None:
    Path(path).write_text(json.dumps(as_document(runs, meta), ensure_ascii=False, indent=2), encoding="utf-8")
