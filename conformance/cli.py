"""``conformance``: run the suite against an implementation, list its checks, diff two contracts.

    conformance run --api zaken --base-url https://zaken.example.nl --client-id X --secret S
    conformance list --api catalogi
    conformance diff zaken-1.5.1.yaml zaken-1.6.0.yaml

Exit codes: ``run`` 0 when every mandatory check passed, 1 when one failed; ``diff`` 0 when the
new contract breaks nothing, 1 when it does; 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from conformance import apis, contractdiff, contracts, diffreport
from conformance.auth import Credentials, StaticToken, ZgwJwt
from conformance.context import Context, Options
from conformance.model import LAYERS
from conformance.profile import Profile, ProfileError
from conformance.report import Terminal, write_html, write_json, write_junit
from conformance.suite import ApiRun, checks_for, exit_code, run_api, select

USAGE_ERROR = 2


class UsageError(Exception):
    pass


def _pairs(values: Sequence[str] | None, option: str) -> dict[str, str]:
    pairs = {}
    for value in values or []:
        key, sep, rest = value.partition("=")
        if not sep or not key or not rest:
            raise UsageError(f"{option} expects NAME=VALUE, got {value!r}")
        pairs[key.strip()] = rest.strip()
    return pairs


def _list(values: Sequence[str] | None) -> list[str]:
    """Repeated and comma-separated values, flattened."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


# --------------------------------------------------------------------------- run


def _credentials(args: argparse.Namespace, prefix: str = "") -> Credentials | None:
    client_id = getattr(args, f"{prefix}client_id")
    secret = getattr(args, f"{prefix}secret") or (os.environ.get("CONFORMANCE_SECRET") if not prefix else None)
    token = getattr(args, f"{prefix}token") or (os.environ.get("CONFORMANCE_TOKEN") if not prefix else None)
    bearer = getattr(args, f"{prefix}bearer")
    option = f"--{prefix.replace('_', '-')}"
    given = [name for name, value in (("client-id", client_id), ("token", token), ("bearer", bearer)) if value]
    if len(given) > 1:
        raise UsageError(f"give one of {option}client-id/{option}secret, {option}token or {option}bearer")
    if client_id:
        if not secret:
            raise UsageError(f"{option}client-id needs {option}secret (or CONFORMANCE_SECRET)")
        return ZgwJwt(client_id, secret, user_id=args.user_id, user_representation=args.user_representation,
                      extra_claims=_claims(args.claim))
    if token:
        return StaticToken("Token", token)
    if bearer:
        return StaticToken("Bearer", bearer)
    return None


def _claims(values: Sequence[str] | None) -> dict[str, Any]:
    claims: dict[str, Any] = {}
    for key, raw in _pairs(values, "--claim").items():
        try:
            claims[key] = json.loads(raw)
        except ValueError:
            claims[key] = raw
    return claims


def _root_url(args: argparse.Namespace, entry: apis.ApiEntry, roots: dict[str, str], single: bool) -> str:
    root = roots.get(entry.name) or (args.api_root if single and args.api_root else None) or entry.root
    if root.startswith(("http://", "https://")):
        return root.rstrip("/")
    if not args.base_url:
        raise UsageError("give --base-url (the deployment's base; the API root is appended), "
                         "or an absolute --api-root")
    return args.base_url.rstrip("/") + "/" + root.strip("/")


def command_run(args: argparse.Namespace) -> int:
    names = _list(args.api)
    if not names:
        raise UsageError(f"give --api, one of {', '.join(apis.APIS)}")
    if names == ["all"]:
        names = list(apis.APIS)
    for name in names:
        apis.get(name)
    if args.api_root and "=" not in args.api_root and len(names) > 1:
        raise UsageError("--api-root ROOT is for one --api; for several use --api-root NAME=ROOT")
    if args.contract and len(names) > 1:
        raise UsageError("--contract is for one --api")
    roots = _pairs([args.api_root], "--api-root") if args.api_root and "=" in args.api_root else {}
    related = _pairs(args.related, "--related")
    credentials = _credentials(args)
    limited = _credentials(args, "limited_")
    profile = Profile.load(args.profile) if args.profile else Profile()
    options = Options(max_examples=args.max_examples, seed=args.seed, cleanup=not args.no_cleanup,
                      timeout=args.timeout, verify_tls=not args.insecure)
    terminal = Terminal(colour=args.colour, verbose=args.verbose)
    if credentials is None:
        terminal.write("warning: no credentials (--client-id/--secret, --token or --bearer): "
                       "every check that reads or writes data will fail")

    runs: list[ApiRun] = []
    all_checks = {}
    for name in names:
        entry = apis.get(name)
        contract_path = Path(args.contract) if args.contract else None
        if contract_path is not None and not contract_path.is_file():
            raise UsageError(f"--contract {contract_path}: no such file")
        checks = select(checks_for(entry, contract_path), _list(args.only), _list(args.skip))
        all_checks[name] = checks
        root_url = _root_url(args, entry, roots, len(names) == 1)
        related_urls = {other: related.get(other) or _root_url(args, apis.get(other), {}, False)
                        for other in entry.related if related.get(other) or args.base_url}
        ctx = Context(entry, root_url, credentials or Credentials(), limited=limited, related=related_urls,
                      contract_path=contract_path, options=options)
        terminal.start(entry.title, root_url, (credentials or Credentials()).description, len(checks))
        run = run_api(ctx, checks, profile, on_result=terminal.result)
        terminal.summary(run)
        runs.append(run)
    for unused in profile.unused(all_checks):
        terminal.write(f"warning: profile entry {unused!r} names no check that ran")

    meta = {"base_url": args.base_url, "profile": profile.name or None, "run_id": options.run_id,
            "max_examples": options.max_examples}
    if args.json:
        write_json(args.json, runs, meta)
    if args.junit:
        write_junit(args.junit, runs)
    if args.html:
        write_html(args.html, runs, meta)
    code = exit_code(runs)
    terminal.write("conformance: " + ("every mandatory check passed" if code == 0 else "mandatory checks failed"))
    return code


# --------------------------------------------------------------------------- list


def command_list(args: argparse.Namespace) -> int:
    names = _list(args.api) or list(apis.APIS)
    rows = []
    for name in names:
        entry = apis.get(name)
        path = contracts.find(entry.contract, entry.name)
        for check in checks_for(entry):
            if args.layer and check.layer not in _list(args.layer):
                continue
            rows.append({"api": name, "id": check.id, "layer": check.layer, "rule": check.rule,
                         "mandatory": check.mandatory, "title": check.title})
        if path is None and args.format == "text":
            print(f"# {name}: no contract in {contracts.folder()} yet ({entry.contract}); its schema checks "
                  f"appear when it is added", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if args.format == "markdown":
        print("| api | id | layer | rule | asserts |\n|---|---|---|---|---|")
        for row in rows:
            advisory = " (advisory)" if not row["mandatory"] else ""
            print(f"| {row['api']} | `{row['id']}` | {row['layer']} | {row['rule']} | {row['title']}{advisory} |")
        return 0
    current = None
    for row in rows:
        if row["api"] != current:
            current = row["api"]
            count = sum(1 for r in rows if r["api"] == current)
            print(f"{current} ({apis.get(current).root}, {count} checks)")
        advisory = " (advisory)" if not row["mandatory"] else ""
        print(f"  {row['id']:<46} {row['layer']:<9} {row['rule']:<42} {row['title']}{advisory}")
    return 0


# --------------------------------------------------------------------------- diff


def command_diff(args: argparse.Namespace) -> int:
    documents = []
    for path in (args.old, args.new):
        try:
            documents.append(contractdiff.load(path))
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read {path}: {exc}") from None
    differences = contractdiff.compare(*documents)
    print(diffreport.FORMATS[args.format](args.old, args.new, differences, args.breaking_only))
    return 1 if contractdiff.breaking(differences) else 0


# --------------------------------------------------------------------------- parser


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="conformance", description=__doc__.split("\n\n")[0])
    commands = top.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the suite against an implementation",
                              description="Run the checks of one API (or several) against a deployment.")
    where = run.add_argument_group("what to test")
    where.add_argument("--api", action="append", metavar="NAME",
                       help=f"the API to test: {', '.join(apis.APIS)} (repeat or comma-separate for several; all)")
    where.add_argument("--base-url", help="the deployment's base URL; each API's root is appended to it")
    where.add_argument("--api-root", help="the API's root instead of the standard one: a path or an absolute URL "
                                          "(NAME=ROOT with several --api)")
    where.add_argument("--related", action="append", metavar="NAME=URL",
                       help="the root of another API the scenarios need, e.g. catalogi=https://…/catalogi/api/v1")
    where.add_argument("--contract", help="our contract to test against instead of the one in openapi/")
    creds = run.add_argument_group("credentials")
    creds.add_argument("--client-id", help="ZGW client id; the suite mints a fresh JWT for every request")
    creds.add_argument("--secret", help="the client's shared secret (or the environment variable CONFORMANCE_SECRET)")
    creds.add_argument("--user-id", default="conformance", help="the JWT's user_id claim")
    creds.add_argument("--user-representation", default="Conformance suite", help="the JWT's user_representation claim")
    creds.add_argument("--claim", action="append", metavar="KEY=VALUE", help="an extra JWT claim (JSON values allowed)")
    creds.add_argument("--token", help="send Authorization: Token <T> (Open Klant, Open Product; or CONFORMANCE_TOKEN)")
    creds.add_argument("--bearer", help="send Authorization: Bearer <T> (a ready-made JWT or OIDC token)")
    creds.add_argument("--limited-client-id", help="a second client with only read scopes (for the scope checks)")
    creds.add_argument("--limited-secret")
    creds.add_argument("--limited-token")
    creds.add_argument("--limited-bearer")
    choose = run.add_argument_group("which checks")
    choose.add_argument("--only", action="append", metavar="SELECTOR",
                        help=f"run only these: a check id, a layer ({', '.join(LAYERS)}), a rule code or a glob")
    choose.add_argument("--skip", action="append", metavar="SELECTOR", help="leave these out (same selectors)")
    choose.add_argument("--profile", help="YAML file marking checks optional or known deviations (with reasons)")
    choose.add_argument("--max-examples", type=int, default=25, help="generated requests per operation (schema layer)")
    choose.add_argument("--seed", type=int, help="seed for the generated requests, to reproduce a run")
    choose.add_argument("--no-cleanup", action="store_true", help="leave what the scenarios create, to inspect it")
    out = run.add_argument_group("reports")
    out.add_argument("--junit", metavar="FILE", help="JUnit XML for CI systems")
    out.add_argument("--json", metavar="FILE", help="JSON for machines")
    out.add_argument("--html", metavar="FILE", help="one self-contained HTML page")
    out.add_argument("--verbose", "-v", action="store_true", help="show the notes of every check")
    out.add_argument("--colour", "--color", dest="colour", action=argparse.BooleanOptionalAction, default=None,
                     help="colour the terminal report (default: when it is a terminal)")
    http = run.add_argument_group("HTTP")
    http.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    http.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    run.set_defaults(handler=command_run)

    listing = commands.add_parser("list", help="list the checks: id, layer, rule code, what each asserts")
    listing.add_argument("--api", action="append", metavar="NAME", help="only this API (default: all)")
    listing.add_argument("--layer", action="append", help="only this layer")
    listing.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    listing.set_defaults(handler=command_list)

    diff = commands.add_parser("diff", help="what a contract change breaks for clients, and what it only adds",
                               description="Compare two OpenAPI contracts (YAML or JSON). "
                                           "Exit 1 when the new one breaks clients of the old one.")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--format", choices=tuple(diffreport.FORMATS), default="text")
    diff.add_argument("--breaking-only", action="store_true", help="show only the breaking changes")
    diff.set_defaults(handler=command_diff)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:  # the output went to a pager or head that stopped reading
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter from complaining at exit
        return 0
    except (UsageError, ProfileError, apis.UnknownApi) as exc:
        print(f"conformance {args.command}: {exc}", file=sys.stderr)
        return USAGE_ERROR


if __name__ == "__main__":
    sys.exit(main())
