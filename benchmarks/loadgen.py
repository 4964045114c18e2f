"""Load generators: wrk with a generated Lua script, or a small Python loop when wrk is missing.

Both return the same figures: requests per second, latency percentiles (ms), non-2xx responses
and socket errors (connect, read, write, timeout).
"""

import asyncio
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from benchmarks.scenarios import Request

MARKER = "BENCH-RESULT "


@dataclass
class Figures:
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    non_2xx: int
    socket_errors: int
    tool: str

    def as_dict(self) -> dict:
        return asdict(self)


def _lua_string(value: str) -> str:
    return "[==[" + value + "]==]"


def lua_script(requests: list[Request], headers: dict[str, str]) -> str:
    """A wrk script that cycles through ``requests``; each thread starts at its own offset."""
    lines = ["local requests = {"]
    for r in requests:
        body = "nil" if r.body is None else _lua_string(r.body)
        lines.append(f"  {{{_lua_string(r.method)}, {_lua_string(r.path)}, {body}}},")
    lines.append("}")
    lines.append("local headers = {")
    for name, value in headers.items():
        lines.append(f"  [ {_lua_string(name)} ] = {_lua_string(value)},")
    lines.append("}")
    lines.append("""
local counter = 0
local thread_count = 0
function setup(thread)
  thread:set("offset", thread_count * 7919)
  thread_count = thread_count + 1
end
function init(args)
  counter = offset or 0
end
function request()
  counter = counter + 1
  local r = requests[(counter % #requests) + 1]
  return wrk.format(r[1], r[2], headers, r[3])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('%s{"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "status": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d}\\n',
    "%s", summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.status, e.connect, e.read, e.write, e.timeout))
end
""".replace('"%s", summary', f'"{MARKER}", summary'))
    return "\n".join(lines)


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def run_wrk(base_url: str, requests: list[Request], headers: dict[str, str], connections: int,
            seconds: float, timeout_s: int = 10) -> Figures:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua_script(requests, headers))
    try:
        threads = max(1, min(connections, os.cpu_count() or 1, 4))
        command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(seconds))}s",
                   "--timeout", f"{timeout_s}s", "-s", script.name, base_url]
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + timeout_s + 30)
    finally:
        Path(script.name).unlink(missing_ok=True)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith(MARKER)), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    raw = json.loads(line[len(MARKER):])
    duration = raw["duration_us"] / 1e6
    return Figures(
        requests=raw["requests"], seconds=round(duration, 2), rps=round(raw["requests"] / duration, 1),
        p50_ms=raw["p50_us"] / 1000, p90_ms=raw["p90_us"] / 1000, p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000, non_2xx=raw["status"],
        socket_errors=raw["connect"] + raw["read"] + raw["write"] + raw["timeout"], tool="wrk",
    )


def run_python(base_url: str, requests: list[Request], headers: dict[str, str], connections: int,
               seconds: float, timeout_s: int = 10) -> Figures:
    """The same measurement without wrk: ``connections`` concurrent keep-alive clients (slower, for checks)."""
    return asyncio.run(_python_loop(base_url, requests, headers, connections, seconds, timeout_s))


async def _python_loop(base_url, requests, headers, connections, seconds, timeout_s) -> Figures:
    latencies: list[float] = []
    counts = {"non_2xx": 0, "socket": 0}
    deadline = time.monotonic() + seconds

    async def worker(offset: int) -> None:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=timeout_s, limits=limits) as client:
            n = offset
            while time.monotonic() < deadline:
                n += 1
                r = requests[n % len(requests)]
                started = time.perf_counter()
                try:
                    response = await client.request(r.method, r.path, content=r.body,
                                                    headers={"Content-Type": "application/json"} if r.body else None)
                except httpx.HTTPError:
                    counts["socket"] += 1
                    continue
                latencies.append(time.perf_counter() - started)
                if not 200 <= response.status_code < 300:
                    counts["non_2xx"] += 1

    started = time.monotonic()
    await asyncio.gather(*(worker(i * 7919) for i in range(connections)))
    duration = time.monotonic() - started
    ordered = sorted(latencies) or [0.0]

    def percentile(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000, 2)

    return Figures(requests=len(latencies), seconds=round(duration, 2), rps=round(len(latencies) / duration, 1),
                   p50_ms=percentile(50), p90_ms=percentile(90), p99_ms=percentile(99),
                   max_ms=round(ordered[-1] * 1000, 2), non_2xx=counts["non_2xx"], socket_errors=counts["socket"],
                   tool="python")


# --------------------------------------------------------------------------- the server's processes


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in task.read_text().split()]
        except OSError:
            pass
    return found


def process_tree(pids: list[int]) -> list[int]:
    seen: list[int] = []
    todo = list(pids)
    while todo:
        pid = todo.pop()
        if pid not in seen and Path(f"/proc/{pid}").exists():
            seen.append(pid)
            todo += _children(pid)
    return seen


def cpu_seconds(pids: list[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    return total


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return round(total / 1024, 1)


class ServerWatch:
    """CPU (in cores used, averaged) and memory of the server's process trees during one measurement."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids

    def __enter__(self) -> "ServerWatch":
        self.tree = process_tree(self.pids)
        self.cpu0, self.t0 = cpu_seconds(self.tree), time.monotonic()
        return self

    def __exit__(self, *exc_info) -> None:
        self.tree = process_tree(self.pids)
        elapsed = max(time.monotonic() - self.t0, 1e-9)
        self.cpu_cores = round((cpu_seconds(self.tree) - self.cpu0) / elapsed, 2)
        self.rss = rss_mb(self.tree)

    def as_dict(self) -> dict:
        if not self.pids:
            return {}
        return {"server_cpu_cores": self.cpu_cores, "server_rss_mb": self.rss, "server_processes": len(self.tree)}
