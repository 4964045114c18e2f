"""The ledger: what has been moved, one JSON line per write, on disk before the next write starts.

A key names a source record or one part of it (``contactmoment <url>``, ``onderwerplink <url> 0``,
...); its value is the URL of what it became in Klantinteracties. A run skips every key it finds
here. A run that stopped between a write and its line finds that write again in the target
(``migrate.py`` looks before it writes), so the ledger never has to be exact to stay idempotent.
"""

import json
import os
from datetime import UTC, datetime
from pathlib import Path


class Ledger:
    def __init__(self, path: Path | None, *, write: bool = True) -> None:
        """Read the ledger at ``path`` (if any); ``write`` False keeps new entries in memory only (a dry run)."""
        self.path, self.write = path, write
        self.moved: dict[str, str] = {}
        self._cut_short = False
        if path is not None and path.exists():
            text = path.read_text(encoding="utf-8")
            self._cut_short = bool(text) and not text.endswith("\n")
            for line in text.splitlines():
                try:
                    entry = json.loads(line)
                    self.moved[entry["key"]] = entry["target"]
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a crash: its write is found again in the target
        self.targets = set(self.moved.values())

    def get(self, key: str) -> str | None:
        return self.moved.get(key)

    def record(self, key: str, target: str) -> None:
        self.moved[key] = target
        self.targets.add(target)
        if self.path is None or not self.write:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"key": key, "target": target, "at": datetime.now(UTC).isoformat()}) + "\n"
        if self._cut_short:  # end the half line a crash left, so this entry stands on its own line
            line, self._cut_short = "\n" + line, False
        with self.path.open("a", encoding="utf-8") as file:
            file.write(line)
            file.flush()
            os.fsync(file.fileno())
