#!/bin/sh
# One measurement of one registry, from a seeded database: serve it (serve.sh), run its
# scenarios (python -m benchmarks.run), stop the server.
#
#   benchmarks/measure.sh REGISTRY DATABASE_URL OUT [CONNECTIONS] [DURATION] [WARMUP] [LABEL]
#   benchmarks/measure.sh zaken postgresql://postgres@127.0.0.1:5432/bench_zaken benchmarks/results/zaken-1m 1,8,32 10 3
#
# REGISTRY is zaken, klanten or producten. The client is the one the seeder adds (bench, with
# its default secret; BENCH_CLIENT_ID and BENCH_SECRET override them). SCENARIO (default: all of the
# registry), PORT and WORKERS come from
# the environment (default 8101 and nproc).
set -eu

if [ $# -lt 3 ]; then
    echo "usage: $0 REGISTRY DATABASE_URL OUT [CONNECTIONS] [DURATION] [WARMUP] [LABEL]" >&2
    exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BIN=${VENV_BIN:-$ROOT/.venv/bin}
REGISTRY=$1
DATABASE_URL=$2
OUT=$3
CONNECTIONS=${4:-1,8,32}
DURATION=${5:-10}
WARMUP=${6:-3}
PORT=${PORT:-8101}
WORKERS=${WORKERS:-$(nproc)}
case "$REGISTRY" in
    zaken) SERVED=catalogi,zaken ;;
    klanten) SERVED=klanten ;;
    producten) SERVED=producten ;;
    *) echo "unknown registry $REGISTRY (zaken, klanten, producten)" >&2; exit 2 ;;
esac
LABEL=${7:-"PostgreSQL, $REGISTRY, $WORKERS uvicorn workers"}

"$HERE/serve.sh" "$DATABASE_URL" "$SERVED" "$PORT" "$WORKERS" &
SERVER=$!
# stop the server, and wait until it is gone, so the next measurement cannot reach it on its port
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT INT TERM
tries=0
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 120 ]; then
        echo "the server on port $PORT did not become ready" >&2
        exit 1
    fi
    sleep 1
done
uptime
cd "$ROOT"
"$BIN/python" -m benchmarks.run --base-url "http://127.0.0.1:$PORT" \
    --client-id "${BENCH_CLIENT_ID:-bench}" --secret "${BENCH_SECRET:-benchmark-geheim-van-minstens-32-tekens}" \
    --scenario "${SCENARIO:-$REGISTRY}" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" \
    --server-pid "$SERVER" --label "$LABEL" --out "$OUT"
