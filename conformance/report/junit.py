"""JUnit XML: a test suite per API and layer, a test case per check, for CI systems."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from conformance.model import DEVIATION, ERROR, FAIL, LAYERS, OPTIONAL_FAIL, SKIP, Result
from conformance.suite import ApiRun


def _text(result: Result) -> str:
    parts = [result.message]
    if result.expected:
        parts.append(f"expected: {result.expected}")
    if result.reason:
        parts.append(f"{result.classification}: {result.reason}")
    parts += [exchange.text() for exchange in result.exchanges]
    parts += [f"note: {note}" for note in result.notes]
    return "\n".join(part for part in parts if part)


def write_junit(path: str | Path, runs: list[ApiRun]) -> None:
    root = ET.Element("testsuites", name="conformance")
    for run in runs:
        for layer in LAYERS:
            results = [r for r in run.results if r.check.layer == layer]
            if not results:
                continue
            suite = ET.SubElement(
                root, "testsuite", name=f"{run.entry.name}.{layer}", tests=str(len(results)),
                failures=str(sum(r.status == FAIL for r in results)),
                errors=str(sum(r.status == ERROR for r in results)),
                skipped=str(sum(r.status == SKIP for r in results)),
                time=f"{sum(r.duration for r in results):.3f}",
            )
            for result in results:
                case = ET.SubElement(suite, "testcase", classname=f"conformance.{run.entry.name}.{layer}",
                                     name=f"{result.check.id} [{result.check.rule}]", time=f"{result.duration:.3f}")
                if result.status == FAIL:
                    ET.SubElement(case, "failure", message=result.message[:500], type="conformance").text = _text(result)
                elif result.status == ERROR:
                    ET.SubElement(case, "error", message=result.message[:500], type="conformance").text = _text(result)
                elif result.status == SKIP:
                    ET.SubElement(case, "skipped", message=result.message[:500])
                elif result.status in (DEVIATION, OPTIONAL_FAIL):
                    ET.SubElement(case, "system-out").text = f"{result.status}: {_text(result)}"
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
