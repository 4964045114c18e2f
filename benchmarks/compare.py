"""Tables for the README from results.json files: our figures next to the reference figures.

    python -m benchmarks.compare benchmarks/results/zaken-100k benchmarks/results/klanten-100k ...
    python -m benchmarks.compare --connections 8 --targets benchmarks/results/zaken-1m

The reference figures are those reported for the existing products at 100,000 rows and 8
connections (Open Zaak 1.30, Open Klant 2.18, Open Product 1.8): requests per second and p99.
"""

import argparse
import json
from pathlib import Path

# scenario -> (product, requests/s, p99 in ms), at 100,000 rows and 8 connections
REFERENCE = {
    "zaken.page1": ("Open Zaak 1.30", 7.6, 1760),
    "zaken.by_bsn": ("Open Zaak 1.30", 40, 520),
    "zaken.detail": ("Open Zaak 1.30", 33, 650),
    "zaken.create": ("Open Zaak 1.30", 29, 690),
    "zaken.page500": ("Open Zaak 1.30", 5.7, 1890),
    "klanten.partij_by_bsn": ("Open Klant 2.18", 32.9, 720),
    "klanten.klantcontacten_of_partij": ("Open Klant 2.18", 94.5, 300),
    "klanten.partij_detail": ("Open Klant 2.18", 64.3, 400),
    "klanten.partijen_page1": ("Open Klant 2.18", 7.1, 1850),
    "klanten.maak_klantcontact": ("Open Klant 2.18", 38.0, 560),
    "producten.by_bsn": ("Open Product 1.8", 32.3, 1090),
    "producten.by_bsn_type_published": ("Open Product 1.8", 47.0, 620),
    "producten.detail": ("Open Product 1.8", 41.0, 790),
    "producten.producttypen_page1": ("Open Product 1.8", 7.6, 1920),
    "producten.create": ("Open Product 1.8", 38.6, 540),
}
WRITES = {"zaken.create", "klanten.maak_klantcontact", "producten.create", "producten.patch_verbruiksobject"}
# p99 targets at 1,000,000 rows and 8 connections (ms)
P99_TARGET = {"zaken.by_bsn": 100, "zaken.detail": 100, "klanten.partij_by_bsn": 50,
              "klanten.klantcontacten_of_partij": 50, "klanten.partij_detail": 50, "producten.by_bsn": 50,
              "producten.by_bsn_type_published": 50}


def load(directories: list[str], connections: int) -> list[dict]:
    rows = []
    for directory in directories:
        data = json.loads((Path(directory) / "results.json").read_text())
        rows += [r for r in data["results"] if r["connections"] == connections]
    return rows


def against_reference(rows: list[dict]) -> str:
    lines = ["| scenario | reference | ref. req/s | ref. p99 ms | our req/s | our p99 ms | factor | target |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        if r["scenario"] not in REFERENCE:
            continue
        product, rps, p99 = REFERENCE[r["scenario"]]
        factor = r["rps"] / rps
        goal = 5 if r["scenario"] in WRITES else 10
        verdict = "met" if factor >= goal else "not met"
        lines.append(f"| {r['scenario']} | {product} | {rps} | {p99} | {r['rps']:.1f} | {r['p99_ms']:.0f} | "
                     f"{factor:.1f}x | {goal}x: {verdict} |")
    return "\n".join(lines)


def all_figures(rows: list[dict]) -> str:
    lines = ["| scenario | conns | req/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors | p99 target |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        target = P99_TARGET.get(r["scenario"])
        verdict = "" if target is None or r["connections"] != 8 else (
            f"< {target} ms: {'met' if r['p99_ms'] < target else 'not met'}")
        lines.append(f"| {r['scenario']} | {r['connections']} | {r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p90_ms']:.1f} | "
                     f"{r['p99_ms']:.1f} | {r['non_2xx']} | {r['socket_errors']} | {verdict} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare", description=__doc__.split("\n\n")[0])
    parser.add_argument("directories", nargs="+", help="result directories of benchmarks.run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--targets", action="store_true",
                        help="every connection count, with the p99 targets at 1,000,000 rows")
    args = parser.parse_args(argv)
    if args.targets:
        rows = []
        for directory in args.directories:
            rows += json.loads((Path(directory) / "results.json").read_text())["results"]
        print(all_figures(rows))
    else:
        print(against_reference(load(args.directories, args.connections)))


if __name__ == "__main__":
    main()
