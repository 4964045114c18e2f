"""Profiles: a supplier's (or a municipality's) statement of which checks count for them.

A profile is a YAML file::

    name: Open Zaak 1.x bij gemeente X
    checks:
      design.security-headers:
        status: mandatory            # make an advisory check count
      "catalogi:schema.catalogus_list":
        status: known-deviation
        reason: answers an empty e-mail address as null (issue #123 of the product)
      "behaviour.ac-003*":
        status: optional
        reason: our product validates scopes elsewhere

A key is a check id, a layer (``security``), a rule code (``ac-001b``) or a glob over ids
(``behaviour.ztc-*``), optionally preceded by ``<api>:`` to hold for one API only. ``status`` is
``mandatory``, ``optional`` (a failure is reported but does not fail the run) or
``known-deviation`` (a documented deviation: reported as such, does not fail the run, and
noted when it no longer occurs). Optional and known-deviation need a ``reason``.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path

import yaml

from conformance.model import CLASSIFICATIONS, MANDATORY, OPTIONAL, Check


class ProfileError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    pattern: str
    api: str | None
    status: str
    reason: str


def matches(pattern: str, check: Check) -> bool:
    """A selector (id, layer, rule code or a glob over ids) that names this check."""
    return (
        pattern in (check.id, check.layer, check.rule)
        or fnmatch.fnmatchcase(check.id, pattern)
        or fnmatch.fnmatchcase(check.rule, pattern)
    )


def split_api(key: str) -> tuple[str | None, str]:
    """``"catalogi:design.api-version"`` -> ``("catalogi", "design.api-version")``."""
    api, sep, rest = key.partition(":")
    if sep and api and "." not in api and "*" not in api:
        return api, rest
    return None, key


class Profile:
    def __init__(self, entries: list[Entry] | None = None, name: str = "") -> None:
        self.entries = entries or []
        self.name = name

    @classmethod
    def load(cls, path: str | Path) -> Profile:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ProfileError(f"cannot read profile {path}: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("checks", {}), dict):
            raise ProfileError(f"profile {path}: expected a mapping with 'checks: {{<check>: {{status, reason}}}}'")
        entries = []
        for key, value in (data.get("checks") or {}).items():
            if isinstance(value, str):
                value = {"status": value}
            if not isinstance(value, dict):
                raise ProfileError(f"profile {path}: {key}: expected {{status, reason}}")
            status = str(value.get("status", "")).strip()
            reason = str(value.get("reason") or "").strip()
            if status not in CLASSIFICATIONS:
                raise ProfileError(f"profile {path}: {key}: status must be one of {', '.join(CLASSIFICATIONS)}")
            if status != MANDATORY and not reason:
                raise ProfileError(f"profile {path}: {key}: a {status} check needs a reason")
            api, pattern = split_api(str(key))
            entries.append(Entry(pattern, api, status, reason))
        return cls(entries, str(data.get("name") or Path(path).stem))

    def classify(self, api: str, check: Check) -> tuple[str, str]:
        """``(classification, reason)`` for a check: the last matching entry wins."""
        classification = MANDATORY if check.mandatory else OPTIONAL
        reason = "" if check.mandatory else "advisory: not required by the standard for conformance"
        for entry in self.entries:
            if (entry.api is None or entry.api == api) and matches(entry.pattern, check):
                classification, reason = entry.status, entry.reason
        return classification, reason

    def unused(self, api_checks: dict[str, list[Check]]) -> list[str]:
        """Entries that name no check at all (a typo, or a check that was renamed)."""
        unused = []
        for entry in self.entries:
            apis = [entry.api] if entry.api else list(api_checks)
            if not any(matches(entry.pattern, check) for api in apis for check in api_checks.get(api, [])):
                unused.append(f"{entry.api + ':' if entry.api else ''}{entry.pattern}")
        return unused
