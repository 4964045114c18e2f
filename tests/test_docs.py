"""The documentation tells the truth about what operators can set and run."""

import re
from pathlib import Path

from common.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented_and_no_other():
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(REGISTRIES_[A-Z_]+)`", text))
    settings = {f"REGISTRIES_{name.upper()}" for name in Settings.model_fields}
    assert settings - documented == set(), "settings missing from docs/configuration.md"
    assert documented - settings == set(), "docs/configuration.md names settings that do not exist"


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_commands = re.findall(r"^\s*(make \w+)\s*$", readme, flags=re.M)[:2]
    assert first_commands == ["make run", "make test"]


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
