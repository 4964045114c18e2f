"""`registries clients ...` and `registries token`: manage who may call the APIs."""

import asyncio
import json
import sys

from common import db
from common.auth import admin, zgw_jwt
from common.auth.principal import component_of
from common.auth.tokens import new_secret
from common.settings import get_settings


async def _with_session(action):
    engine = db.create_engine(get_settings().database_url)
    try:
        async with db.write_sessionmaker(engine)() as session:
            return await action(session)
    finally:
        await engine.dispose()


def _run(action):
    try:
        return asyncio.run(_with_session(action))
    except admin.AdminError as exc:
        sys.exit(f"registries: {exc}")


def _grants(args) -> list[admin.NewGrant]:
    if not args.scope:
        return []
    # One autorisatie per component the scopes belong to (a portal reads from several registries).
    by_component: dict[str, list[str]] = {}
    for scope in args.scope:
        component = args.component or component_of(scope)
        if component is None:
            sys.exit(f"registries: give --component: the scope {scope} names no component")
        by_component.setdefault(component, []).append(scope)
    limited = any((args.zaaktype, args.informatieobjecttype, args.besluittype, args.producttype,
                   args.max_vertrouwelijkheid))
    if limited and len(by_component) != 1:
        sys.exit("registries: a type or --max-vertrouwelijkheid applies to the scopes of one component; "
                 "add the others with a client of their own, or through the Autorisaties API")
    return [admin.NewGrant(
        component=component, scopes=tuple(scopes), zaaktype=args.zaaktype,
        informatieobjecttype=args.informatieobjecttype, besluittype=args.besluittype,
        producttype=args.producttype, max_vertrouwelijkheidaanduiding=args.max_vertrouwelijkheid,
    ) for component, scopes in by_component.items()]


def cmd_add(args) -> None:
    if args.all_permissions and args.scope:
        sys.exit("registries: give --all-permissions or --scope, not both")
    secret = args.secret
    if secret is None and args.token is None:
        secret = new_secret()
        print(f"secret: {secret}")
    _run(lambda s: admin.add_client(s, args.client_id, secret=secret, token=args.token, label=args.label,
                                    all_permissions=args.all_permissions, grants=_grants(args)))
    print(f"added client {args.client_id}")


def cmd_list(_args) -> None:
    for client in _run(admin.list_clients):
        print(json.dumps(client, ensure_ascii=False))


def cmd_remove(args) -> None:
    _run(lambda s: admin.remove_client(s, args.client_id))
    print(f"removed client {args.client_id}")


def cmd_rotate(args) -> None:
    secret = args.secret or new_secret()
    _run(lambda s: admin.set_secret(s, args.client_id, secret))
    print(f"secret: {secret}")


def cmd_token(args) -> None:
    print(zgw_jwt.mint(args.client_id, args.secret, user_id=args.user_id,
                       user_representation=args.user_representation))


def add_commands(commands) -> None:
    clients = commands.add_parser("clients", help="manage the applications that may call the APIs")
    sub = clients.add_subparsers(dest="clients_command", required=True)

    add = sub.add_parser("add", help="add an application with one client id")
    add.add_argument("--client-id", required=True)
    add.add_argument("--secret", help="shared secret for ZGW JWTs (generated and printed when neither --secret nor --token is given)")
    add.add_argument("--token", help="an API token key (Authorization: Token <key>); stored hashed")
    add.add_argument("--label", help="readable name of the application")
    add.add_argument("--all-permissions", action="store_true", help="heeftAlleAutorisaties: every scope, every type")
    add.add_argument("--scope", action="append", help="a scope, e.g. zaken.lezen (repeat for more)")
    add.add_argument("--component", help="component of the scopes (ztc, zrc, ...); derived from the scopes when omitted")
    add.add_argument("--zaaktype", help="limit the scopes to this zaaktype (URL)")
    add.add_argument("--informatieobjecttype")
    add.add_argument("--besluittype")
    add.add_argument("--producttype")
    add.add_argument("--max-vertrouwelijkheid", help="highest vertrouwelijkheidaanduiding this application may see")
    add.set_defaults(func=cmd_add)

    listing = sub.add_parser("list", help="list the client ids with their autorisaties (one JSON object per line)")
    listing.set_defaults(func=cmd_list)

    remove = sub.add_parser("remove", help="remove a client id")
    remove.add_argument("--client-id", required=True)
    remove.set_defaults(func=cmd_remove)

    rotate = sub.add_parser("rotate-secret", help="give a client id a new JWT secret (printed)")
    rotate.add_argument("--client-id", required=True)
    rotate.add_argument("--secret", help="the new secret; generated when omitted")
    rotate.set_defaults(func=cmd_rotate)

    token = commands.add_parser("token", help="print a fresh ZGW JWT, for testing with curl")
    token.add_argument("--client-id", required=True)
    token.add_argument("--secret", required=True)
    token.add_argument("--user-id", default="", help="user_id claim, shown in the audit trail")
    token.add_argument("--user-representation", default="", help="user_representation claim")
    token.set_defaults(func=cmd_token)
