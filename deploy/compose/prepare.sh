#!/bin/sh
# The one-shot step before a registry starts in docker-compose.yml (service <registry>-prepare),
# run with the registry's own REGISTRIES_DATABASE_URL: upgrade the database schema, then make
# sure the stack's two clients exist in that database with the secrets from .env:
#   ADMIN_CLIENT_ID / ADMIN_SECRET        every permission, for the operator (docs/operations.md)
#   INTERNAL_CLIENT_ID / INTERNAL_SECRET  read-only, for the registries among themselves: the
#                                         credentials in REGISTRIES_SERVICES
# Safe to repeat: it runs at every `docker compose up`, and a secret changed in .env replaces the
# old one there and then (docs/operations.md, "Rotating secrets").
set -eu
registry="${1:?usage: prepare.sh REGISTRY}"

registries migrate --only "$registry"
clients="$(registries clients list)"

# ensure_client CLIENT_ID SECRET [options of `registries clients add` ...]
ensure_client() {
    client_id="$1"
    secret="$2"
    shift 2
    case "$clients" in
        *"\"client_id\": \"$client_id\""*) present=yes ;;
        *) present=no ;;
    esac
    if [ "$present" = yes ]; then
        registries clients rotate-secret --client-id "$client_id" --secret "$secret" >/dev/null
        echo "prepare: client $client_id present in $registry"
    else
        registries clients add --client-id "$client_id" --secret "$secret" "$@"
    fi
}

ensure_client "${ADMIN_CLIENT_ID:?}" "${ADMIN_SECRET:?}" --label "Beheer" --all-permissions

# What the other registries read here when they check a reference (a zaak's zaaktype, ...).
case "$registry" in
    catalogi)        set -- --scope catalogi.lezen ;;
    zaken)           set -- --scope zaken.lezen ;;
    autorisaties)    set -- --scope autorisaties.lezen ;;
    klanten)         set -- --scope klantinteracties.lezen ;;
    # zrc-025: the Zaken API also makes and removes its objectcontactmomenten here.
    contactmomenten) set -- --scope contactmomenten.lezen --scope contactmomenten.aanmaken \
                            --scope contactmomenten.verwijderen ;;
    producten)       set -- --component pdc --scope producttypen.lezen --scope producten.lezen ;;
    *) echo "prepare: unknown registry $registry" >&2; exit 2 ;;
esac
ensure_client "${INTERNAL_CLIENT_ID:?}" "${INTERNAL_SECRET:?}" --label "Registers onderling (lezen)" "$@"
