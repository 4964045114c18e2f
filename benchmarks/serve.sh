#!/bin/sh
# Serve registries in their production shape for a benchmark: PostgreSQL, several uvicorn
# worker processes behind one port, JSON request logs at INFO (written to a file), migrations
# run once before the workers start.
#
#   benchmarks/serve.sh DATABASE_URL REGISTRIES [PORT] [WORKERS]
#   benchmarks/serve.sh postgresql://postgres@127.0.0.1:5432/bench_zaken catalogi,zaken 8000 2
#
# The log goes to benchmarks/results/server-PORT.log; the server's process id (pass it to
# `python -m benchmarks.run --server-pid`) to benchmarks/results/server-PORT.pid.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 DATABASE_URL REGISTRIES [PORT] [WORKERS]" >&2
    exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BIN=${VENV_BIN:-$ROOT/.venv/bin}
PORT=${3:-8000}
WORKERS=${4:-$(nproc)}

export REGISTRIES_DATABASE_URL="$1"
export REGISTRIES_REGISTRIES="$2"
export REGISTRIES_MIGRATE_ON_START=false
export REGISTRIES_PUBLIC_BASE_URL="${REGISTRIES_PUBLIC_BASE_URL:-http://127.0.0.1:$PORT}"
export REGISTRIES_LOG_LEVEL="${REGISTRIES_LOG_LEVEL:-INFO}"

cd "$ROOT"
"$BIN/registries" migrate --only "$2"
mkdir -p "$HERE/results"
echo "serving $2 on $REGISTRIES_PUBLIC_BASE_URL with $WORKERS workers; log: $HERE/results/server-$PORT.log"
echo $$ > "$HERE/results/server-$PORT.pid"
exec "$BIN/uvicorn" --factory benchmarks.asgi:app --host 127.0.0.1 --port "$PORT" --workers "$WORKERS" \
    --no-access-log --log-level warning >> "$HERE/results/server-$PORT.log" 2>&1
