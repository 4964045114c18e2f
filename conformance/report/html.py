"""One self-contained HTML page (inline CSS, no scripts, no external assets) a person can read and share."""

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path
from typing import Any

from conformance.model import DEVIATION, ERROR, FAIL, LAYERS, OPTIONAL_FAIL, PASS, SKIP, Result
from conformance.suite import ApiRun, exit_code

LABELS = {PASS: "pass", FAIL: "fail", ERROR: "error", SKIP: "skip", DEVIATION: "known deviation",
          OPTIONAL_FAIL: "warning"}

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#f6f7f9}
header{background:#154273;color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}
header p{margin:2px 0;opacity:.9}main{padding:16px 32px 48px;max-width:1200px}
.verdict{display:inline-block;font-weight:700;padding:2px 10px;border-radius:4px;margin-left:8px}
.ok{background:#d7f0dd;color:#0b5d1e}.bad{background:#fbdada;color:#8a1010}
section.api{background:#fff;border:1px solid #d8dde3;border-radius:6px;margin:18px 0;padding:8px 20px 16px}
table.summary{border-collapse:collapse;margin:8px 0}table.summary td{padding:2px 12px 2px 0}
h3{margin:18px 0 6px;font-size:16px;text-transform:capitalize}
details{border-top:1px solid #eceff2;padding:4px 0}details[open]{background:#fbfcfd}
summary{cursor:pointer;list-style:none;display:flex;gap:10px;align-items:baseline}
summary::-webkit-details-marker{display:none}
.badge{display:inline-block;min-width:74px;text-align:center;font-size:12px;font-weight:700;border-radius:3px;padding:1px 6px}
.pass{background:#d7f0dd;color:#0b5d1e}.fail,.error{background:#fbdada;color:#8a1010}.skip{background:#eee;color:#555}
.deviation{background:#dcecf7;color:#14507a}.optional-fail{background:#fff1cc;color:#7a5400}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}.rule{color:#5b6570;font-size:13px}
.title{color:#333}.body{padding:6px 0 8px 86px}
pre{background:#f1f3f5;border:1px solid #e1e5e9;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-all;font-size:12.5px}
.muted{color:#5b6570}
"""


def _result(result: Result) -> str:
    status = result.status
    body: list[str] = []
    if result.message:
        body.append(f"<p>{escape(result.message)}</p>")
    if result.expected:
        body.append(f"<p><strong>Expected:</strong> {escape(result.expected)}</p>")
    if result.reason:
        body.append(f"<p class='muted'>{escape(result.classification)}: {escape(result.reason)}</p>")
    for exchange in result.exchanges:
        body.append(f"<pre>{escape(exchange.text())}</pre>")
    if result.notes:
        items = "".join(f"<li>{escape(note)}</li>" for note in result.notes)
        body.append(f"<ul class='muted'>{items}</ul>")
    body.append(f"<p class='muted'>{escape(result.check.title)} · {result.duration:.2f}s</p>")
    opened = " open" if status in (FAIL, ERROR) else ""
    return (
        f"<details{opened}><summary><span class='badge {status}'>{LABELS[status]}</span>"
        f"<span class='id'>{escape(result.check.id)}</span><span class='rule'>[{escape(result.check.rule)}]</span>"
        f"<span class='title'>{escape(result.check.title)}</span></summary>"
        f"<div class='body'>{''.join(body)}</div></details>"
    )


def _api(run: ApiRun) -> str:
    verdict = "<span class='verdict ok'>passed</span>" if not run.failed else "<span class='verdict bad'>failed</span>"
    counts = "".join(f"<tr><td><span class='badge {s}'>{LABELS[s]}</span></td><td>{run.count(s)}</td></tr>"
                     for s in (PASS, FAIL, ERROR, SKIP, DEVIATION, OPTIONAL_FAIL) if run.count(s))
    parts = [f"<section class='api' id='{escape(run.entry.name)}'><h2>{escape(run.entry.title)}{verdict}</h2>",
             f"<p class='muted'>{escape(run.root_url)} · {run.duration:.1f}s</p>",
             f"<table class='summary'>{counts}</table>"]
    failed = [r.check.id for r in run.results if r.counts_as_failure]
    if failed:
        parts.append(f"<p><strong>Failed mandatory checks:</strong> {escape(', '.join(failed))}</p>")
    for layer in LAYERS:
        results = [r for r in run.results if r.check.layer == layer]
        if results:
            parts.append(f"<h3>{layer}</h3>" + "".join(_result(r) for r in results))
    if run.leftovers:
        items = "".join(f"<li>{escape(item)}</li>" for item in run.leftovers)
        parts.append(f"<h3>left behind</h3><p class='muted'>The API offers no way to remove these.</p><ul>{items}</ul>")
    parts.append("</section>")
    return "".join(parts)


def render(runs: list[ApiRun], meta: dict[str, Any] | None = None) -> str:
    meta = meta or {}
    passed = exit_code(runs) == 0
    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    verdict = "<span class='verdict ok'>PASSED</span>" if passed else "<span class='verdict bad'>FAILED</span>"
    details = " · ".join(escape(f"{key}: {value}") for key, value in meta.items() if value)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>Conformance report {'passed' if passed else 'failed'}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>Conformance report{verdict}</h1><p>{when}</p><p>{details}</p></header><main>"
        + "".join(_api(run) for run in runs)
        + "</main></body></html>"
    )


def write_html(path: str | Path, runs: list[ApiRun], meta: dict[str, Any] | None = None) -> None:
    Path(path).write_text(render(runs, meta), encoding="utf-8")
