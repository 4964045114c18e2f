"""The terminal report: one line per check as it finishes, the evidence under each failure."""

from __future__ import annotations

import sys
import textwrap
from typing import TextIO

from conformance.model import DEVIATION, ERROR, FAIL, OPTIONAL_FAIL, PASS, SKIP, Result
from conformance.suite import ApiRun

TERMINAL_BODY = 600  # characters of a body in the terminal; the JSON and HTML reports keep more
LABELS = {PASS: "PASS", FAIL: "FAIL", SKIP: "SKIP", ERROR: "ERROR", DEVIATION: "DEVIATION", OPTIONAL_FAIL: "WARN"}
COLOURS = {PASS: "32", FAIL: "31", ERROR: "31", SKIP: "33", DEVIATION: "36", OPTIONAL_FAIL: "33"}


class Terminal:
    def __init__(self, stream: TextIO | None = None, colour: bool | None = None, verbose: bool = False) -> None:
        self.stream = stream or sys.stdout
        self.colour = self.stream.isatty() if colour is None else colour
        self.verbose = verbose

    def _paint(self, status: str, text: str) -> str:
        return f"\033[{COLOURS[status]}m{text}\033[0m" if self.colour else text

    def write(self, text: str = "") -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def start(self, title: str, root_url: str, credentials: str, count: int) -> None:
        self.write(f"{title} at {root_url}")
        self.write(f"  credentials: {credentials}; {count} checks")
        self.write()

    def result(self, result: Result) -> None:
        label = self._paint(result.status, f"{LABELS[result.status]:<9}")
        self.write(f"{label} {result.check.id:<44} [{result.check.rule}]")
        indent = " " * 10
        if result.status in (FAIL, ERROR, DEVIATION, OPTIONAL_FAIL):
            self.write(textwrap.indent(textwrap.fill(result.message, 110), indent))
            if result.expected:
                self.write(textwrap.indent(textwrap.fill(f"expected: {result.expected}", 110), indent))
            if result.reason:
                self.write(f"{indent}{result.classification}: {result.reason}")
            if result.status != OPTIONAL_FAIL or self.verbose:
                for exchange in result.exchanges:
                    self.write(textwrap.indent(exchange.text(limit=TERMINAL_BODY), indent + "  "))
        elif result.status == SKIP:
            self.write(f"{indent}{result.message}")
        if self.verbose or result.status in (FAIL, ERROR):
            for note in result.notes[:20]:
                self.write(f"{indent}note: {note}")
            if len(result.notes) > 20:
                self.write(f"{indent}… {len(result.notes) - 20} more notes in the JSON/HTML report")

    def summary(self, run: ApiRun) -> None:
        parts = [f"{run.count(status)} {LABELS[status].lower()}" for status in (PASS, FAIL, ERROR, SKIP, DEVIATION,
                                                                                 OPTIONAL_FAIL) if run.count(status)]
        verdict = "FAILED" if run.failed else "PASSED"
        self.write()
        self.write(self._paint(FAIL if run.failed else PASS,
                               f"{run.entry.name}: {verdict}") + f" — {', '.join(parts)} in {run.duration:.1f}s")
        failed = [r.check.id for r in run.results if r.counts_as_failure]
        if failed:
            self.write(f"  failed mandatory checks: {', '.join(failed)}")
        if run.leftovers:
            self.write(f"  left behind (the API offers no way to remove them): {len(run.leftovers)}")
            for item in run.leftovers[:5]:
                self.write(f"    {item}")
            if len(run.leftovers) > 5:
                self.write(f"    … and {len(run.leftovers) - 5} more (all of them in the JSON and HTML reports)")
        self.write()
