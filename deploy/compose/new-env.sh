#!/bin/sh
# Writes .env for docker-compose.yml from .env.example, with a fresh random value for every
# secret (each placeholder starting with "change-me"). Never overwrites an existing file.
#     sh deploy/compose/new-env.sh            writes .env in the repository root
#     sh deploy/compose/new-env.sh FILE       writes FILE instead
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${1:-$root/.env}"
if [ -e "$target" ]; then
    echo "new-env: $target exists already; remove it first to start over" >&2
    exit 1
fi
umask 077
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        *change-me*)
            secret="$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')"
            line="$(printf '%s\n' "$line" | sed "s/change-me[A-Za-z0-9_-]*/$secret/")"
            ;;
    esac
    printf '%s\n' "$line"
done < "$root/.env.example" > "$target"
echo "new-env: wrote $target with fresh secrets"
case "$target" in
    "$root"/*)
        if command -v git >/dev/null 2>&1 && git -C "$root" rev-parse --git-dir >/dev/null 2>&1 \
            && ! git -C "$root" check-ignore -q "$target"; then
            echo "new-env: warning: git does not ignore $target; keep it out of every commit" >&2
        fi
        ;;
esac
