"""Measure the scenarios against a running server and write the figures.

    python -m benchmarks.run --base-url http://127.0.0.1:8000 --client-id bench --secret S \\
        --scenario zaken --connections 1,8,32 --duration 30 --out benchmarks/results/zaken-1m

Works against any implementation of the standards: credentials are a ZGW JWT made here from
``--client-id``/``--secret`` (fresh before every measurement, so its ``iat`` is never old) or an
API token (``--token``, sent as ``Authorization: Token ...``). Each measurement is preceded by a
warm-up with the same connections. Writes ``results.json``, ``results.md`` and, with matplotlib
installed (``pip install -e '.[bench]'``), one PNG per scenario: throughput and p99 against
connections.
"""

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import jwt

from benchmarks import loadgen, scenarios
from benchmarks.scenarios import Scenario


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        info["cpu"] = next((ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines() if ln.startswith("model name")),
                           platform.processor())
        meminfo = Path("/proc/meminfo").read_text().split()
        info["memory_gb"] = round(int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024 / 1024, 1)
    except (OSError, ValueError):
        pass
    return info


def loadavg() -> list[float]:
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    except OSError:
        return []


class Credentials:
    def __init__(self, client_id: str | None, secret: str | None, token: str | None) -> None:
        self.client_id, self.secret, self.token = client_id, secret, token

    def header(self) -> str:
        if self.token:
            return f"Token {self.token}"
        payload = {"iss": self.client_id, "iat": int(time.time()), "client_id": self.client_id,
                   "user_id": "benchmark", "user_representation": "Benchmark"}
        return "Bearer " + jwt.encode(payload, self.secret, algorithm="HS256")


def discover(base_url: str, credentials: Credentials, names: list[str], seed: int) -> list[Scenario]:
    wanted_registries = [r for r, known in scenarios.NAMES.items() if any(n in known for n in names)]
    found: list[Scenario] = []
    for registry in wanted_registries:
        with httpx.Client(base_url=base_url, timeout=120,
                          headers={"Authorization": credentials.header(), "Accept": "application/json"}) as client:
            found += scenarios.DISCOVER[registry](scenarios.Discovery(client, random.Random(f"{seed}/{registry}")))
    by_name = {s.name: s for s in found}
    return [by_name[n] for n in names]


def measure(base_url: str, scenario: Scenario, credentials: Credentials, connections: int, duration: float,
            warmup: float, tool: str, server_pids: list[int]) -> dict:
    run = loadgen.run_wrk if tool == "wrk" else loadgen.run_python
    headers = {"Authorization": credentials.header(), "Accept": "application/json", **scenario.headers}
    if scenario.write:
        headers["Content-Type"] = "application/json"
    if warmup > 0:
        run(base_url, scenario.requests, headers, connections, warmup)
    load = loadavg()
    with loadgen.ServerWatch(server_pids) as watch:
        figures = run(base_url, scenario.requests, headers, connections, duration)
    return {"scenario": scenario.name, "connections": connections, **figures.as_dict(), **watch.as_dict(),
            "loadavg_before": load}


def markdown(meta: dict, results: list[dict], descriptions: dict[str, str]) -> str:
    lines = [f"# Benchmark results: {meta['name']}", "",
             f"- when: {meta['started']} (UTC), {meta['base_url']}, tool: {meta['tool']}, "
             f"{meta['duration']} s per measurement after {meta['warmup']} s warm-up, seed {meta['seed']}",
             f"- machine: {meta['machine'].get('cpu', '?')}, {meta['machine'].get('nproc')} CPUs, "
             f"{meta['machine'].get('memory_gb', '?')} GB; load average before the run: "
             f"{' '.join(str(x) for x in meta['loadavg_before'])}", ""]
    if meta.get("label"):
        lines.insert(2, f"- {meta['label']}")
    lines += ["| scenario | conns | req/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors | server CPU (cores) "
              "| server RSS MB | load before |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['scenario']} | {r['connections']} | {r['rps']:.1f} | {r['p50_ms']:.1f} | "
                     f"{r['p90_ms']:.1f} | {r['p99_ms']:.1f} | {r['non_2xx']} | {r['socket_errors']} | "
                     f"{r.get('server_cpu_cores', '')} | {r.get('server_rss_mb', '')} | "
                     f"{r['loadavg_before'][0] if r['loadavg_before'] else ''} |")
    lines += ["", "Scenarios:", ""]
    lines += [f"- `{name}`: {text}" for name, text in descriptions.items()]
    return "\n".join(lines) + "\n"


def plots(out: Path, results: list[dict]) -> list[str]:
    """One PNG per scenario: requests/s and p99 against connections (needs matplotlib)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("run: matplotlib is not installed (pip install -e '.[bench]'): no plots", file=sys.stderr)
        return []
    written = []
    for name in dict.fromkeys(r["scenario"] for r in results):
        rows = sorted((r for r in results if r["scenario"] == name), key=lambda r: r["connections"])
        conns = [r["connections"] for r in rows]
        figure, throughput = plt.subplots(figsize=(6, 3.6))
        throughput.plot(conns, [r["rps"] for r in rows], "o-", color="tab:blue")
        throughput.set_xlabel("connections")
        throughput.set_ylabel("requests/s", color="tab:blue")
        throughput.set_xscale("log", base=2)
        throughput.set_xticks(conns, [str(c) for c in conns])
        throughput.set_ylim(bottom=0)
        latency = throughput.twinx()
        latency.plot(conns, [r["p99_ms"] for r in rows], "s--", color="tab:red")
        latency.set_ylabel("p99 latency (ms)", color="tab:red")
        latency.set_ylim(bottom=0)
        throughput.set_title(name)
        figure.tight_layout()
        path = out / f"{name}.png"
        figure.savefig(path, dpi=100)
        plt.close(figure)
        written.append(path.name)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="scheme and host of the server (no API root)")
    parser.add_argument("--client-id")
    parser.add_argument("--secret")
    parser.add_argument("--token", help="an API token instead of a ZGW JWT")
    parser.add_argument("--scenario", default="all", help="all, a registry (zaken, klanten, producten) or "
                        "scenario names, comma-separated")
    parser.add_argument("--connections", default="1,8,32")
    parser.add_argument("--duration", type=float, default=30, help="seconds per measurement")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of warm-up before each measurement")
    parser.add_argument("--seed", type=int, default=42, help="chooses the sample pages and variable parts")
    parser.add_argument("--server-pid", type=int, action="append", default=[],
                        help="a server process (its children count too) whose CPU and memory to record; repeatable")
    parser.add_argument("--tool", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--label", help="a line about the set-up (data size, database) for the report")
    parser.add_argument("--no-plots", action="store_true", help="write no PNGs")
    parser.add_argument("--out", required=True, help="directory for results.json, results.md and the plots")
    args = parser.parse_args(argv)
    if not args.token and not (args.client_id and args.secret):
        parser.error("give --client-id and --secret (ZGW JWT), or --token")
    tool = args.tool
    if tool == "auto":
        tool = "wrk" if loadgen.wrk_available() else "python"
    if tool == "wrk" and not loadgen.wrk_available():
        sys.exit("run: wrk is not installed (Debian, Ubuntu: apt-get install wrk), or use --tool python")
    names = scenarios.select(args.scenario)
    connections = [int(c) for c in args.connections.split(",") if c.strip()]
    base_url = args.base_url.rstrip("/")
    credentials = Credentials(args.client_id, args.secret, args.token)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    meta = {"name": out.name, "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M"), "base_url": base_url,
            "tool": tool, "duration": args.duration, "warmup": args.warmup, "seed": args.seed,
            "connections": connections, "machine": machine(), "loadavg_before": loadavg(), "label": args.label}
    chosen = discover(base_url, credentials, names, args.seed)
    results = []
    for scenario in chosen:
        for conns in connections:
            result = measure(base_url, scenario, credentials, conns, args.duration, args.warmup, tool, args.server_pid)
            results.append(result)
            print(f"{scenario.name:38} {conns:3} conns  {result['rps']:9.1f} req/s  p50 {result['p50_ms']:7.1f} ms  "
                  f"p99 {result['p99_ms']:7.1f} ms  non-2xx {result['non_2xx']}  errors {result['socket_errors']}",
                  flush=True)
    descriptions = {s.name: s.description + (f" ({s.note})" if s.note else "") for s in chosen}
    (out / "results.json").write_text(json.dumps({"meta": meta, "scenarios": descriptions, "results": results},
                                                 indent=2) + "\n")
    (out / "results.md").write_text(markdown(meta, results, descriptions))
    if not args.no_plots:
        plots(out, results)
    print(f"written: {out}/results.md, results.json")


if __name__ == "__main__":
    main()
