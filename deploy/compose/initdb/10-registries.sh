#!/bin/sh
# Runs once, when the PostgreSQL volume of docker-compose.yml is new (the postgis image runs the
# scripts in /docker-entrypoint-initdb.d): one login role and one database per registry, each
# with its own password from .env, so that no registry can read another's data.
# Changing a password later: docs/operations.md, "Rotating secrets".
set -eu
# Every registry of docker-compose.yml, served yet or planned (tests/test_deployment.py sets others).
databases="${REGISTRY_DATABASES:-catalogi autorisaties zaken klanten contactmomenten producten}"

for registry in $databases; do
    variable="$(echo "$registry" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
    password="$(printenv "$variable" || true)"
    if [ -z "$password" ]; then
        echo "initdb: $variable is not set; see .env.example" >&2
        exit 1
    fi
    psql --no-psqlrc --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
         --set name="$registry" --set password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
    echo "initdb: database and role $registry created"
done
