"""``registries-portal`` / ``python -m portal``: serve Mijn gemeente for the registries at a URL."""

import argparse
import sys

import uvicorn

from portal.app import create_portal
from portal.config import PortalConfig


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="registries-portal", description="Mijn gemeente, the reference portal")
    parser.add_argument("--registries-url", help="where the registries are served (PORTAL_REGISTRIES_URL)")
    parser.add_argument("--client-id", help="the portal's client id at the registries (PORTAL_CLIENT_ID)")
    parser.add_argument("--secret", help="the secret of that client id (PORTAL_SECRET)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    config = PortalConfig.from_env(registries_url=args.registries_url, client_id=args.client_id, secret=args.secret)
    if not config.client_id or not config.secret:
        sys.exit("registries-portal: give --client-id and --secret (or PORTAL_CLIENT_ID and PORTAL_SECRET)")
    print(f"Mijn gemeente: http://{args.host}:{args.port}  (registries: {config.registries_url})", flush=True)
    uvicorn.run(create_portal(config), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
