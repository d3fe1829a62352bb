#!/usr/bin/env bash
# Import throughput of curation: one feed of N items (default 500), each a distinct story of about
# 80 words, served from 127.0.0.1; times "source fetch" importing all of them as published posts,
# then a second fetch of the unchanged feed (a conditional GET that should import nothing).
# Runs the built Folio.dll against a fresh SQLite database in a temporary directory, or against
# PostgreSQL when FOLIO_BENCH_POSTGRES holds a connection string to an empty database.
#   dotnet build Folio.slnx && bench/import-throughput.sh [items]
set -euo pipefail
items="${1:-500}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dll="$root/src/Folio/bin/Debug/net10.0/Folio.dll"
[[ -f "$dll" ]] || { echo "Build first: dotnet build Folio.slnx" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

python3 - "$items" "$work/feed.xml" <<'PY'
import random, sys
from datetime import datetime, timezone
from email.utils import format_datetime
count, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(42)
vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(3000)]
now = format_datetime(datetime.now(timezone.utc))
with open(path, "w") as feed:
    feed.write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench Wire</title><link>http://bench.example/</link><description>bench</description>')
    for n in range(count):
        text = " ".join(rng.choice(vocabulary) for _ in range(80))
        feed.write(f'<item><guid isPermaLink="false">bench-{n}</guid><title>Story {n}</title><link>http://bench.example/story/{n}</link>'
                   f'<description>{text}.</description><pubDate>{now}</pubDate></item>')
    feed.write("</channel></rss>")
PY

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work" >/dev/null 2>&1 &
server_pid=$!
sleep 1

export Folio__DataDirectory="$work/data" Folio__Fetch__AllowPrivateNetworks=true Folio__Fetch__AllowedPorts__0="$port" DOTNET_ENVIRONMENT=Production
if [[ -n "${FOLIO_BENCH_POSTGRES:-}" ]]; then export Folio__Database=Postgres ConnectionStrings__Folio="$FOLIO_BENCH_POSTGRES"; fi
folio() { dotnet "$dll" "$@"; }

folio user create bench@example.com --password "bench password" >/dev/null
folio site create bench --owner bench@example.com >/dev/null
folio source add bench "http://127.0.0.1:$port/feed.xml" --publish

start=$(date +%s.%N)
folio source fetch bench | tail -1
first=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
folio source fetch bench | tail -1
second=$(echo "$(date +%s.%N) - $start" | bc)

printf 'first fetch: %d items in %.2f s (%.0f items/s, including process start)\n' "$items" "$first" "$(echo "$items / $first" | bc -l)"
printf 'unchanged feed: %.2f s\n' "$second"
