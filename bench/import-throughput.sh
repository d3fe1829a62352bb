#!/usr/bin/env bash
# Curation speed (issue 7). One feed of N items (default 1,000), each a distinct story, served
# from 127.0.0.1 by Python's http.server:
#   1. "source fetch" importing all of them as published posts, in items per second; with
#      --full-text the feed carries only teasers and every article is read from its own page
#      (robots.txt, the guarded fetcher, SmartReader, the sanitiser: the whole path);
#   2. a second fetch of the unchanged feed (a conditional GET that imports nothing);
#   3. publish-to-live: a running, warmed-up server (poll every 2 s), one new item added to the
#      feed and the source made due, timed until the new post is on the site's /feed/.
# Runs the built Folio.dll against a fresh SQLite database in a temporary directory, or against
# PostgreSQL when FOLIO_BENCH_POSTGRES holds a connection string to an empty database.
#   dotnet build -c Release Folio.slnx && bench/import-throughput.sh [items] [--full-text]
set -euo pipefail
items=1000 full_text=""
for argument in "$@"; do
  case "$argument" in
    --full-text) full_text="--full-text" ;;
    *) items="$argument" ;;
  esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
dll="$root/src/Folio/bin/Release/net10.0/Folio.dll"
[[ -f "$dll" ]] || dll="$root/src/Folio/bin/Debug/net10.0/Folio.dll"
[[ -f "$dll" ]] || { echo "Build first: dotnet build -c Release Folio.slnx" >&2; exit 1; }

work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"
base="http://127.0.0.1:$port"

# The feed, and one article page per item (about 600 words in paragraphs, with an og:image that
# answers 404, so the fetch is timed but no picture is copied) that
# a summary reads for its picture and --full-text for its text; with --full-text the feed
# carries only teasers.
python3 - "$items" "$work" "$base" "$full_text" <<'PY'
import os, random, sys
from datetime import datetime, timezone
from email.utils import format_datetime
count, folder, base, full_text = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == "--full-text"
rng = random.Random(42)
vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(3000)]
words = lambda n: " ".join(rng.choice(vocabulary) for _ in range(n))
now = format_datetime(datetime.now(timezone.utc))
os.makedirs(f"{folder}/story")
with open(f"{folder}/feed.xml", "w") as feed:
    feed.write(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench Wire</title><link>{base}/</link><description>bench</description>')
    for n in range(count):
        paragraphs = "".join(f"<p>{words(60)}.</p>" for _ in range(10))
        with open(f"{folder}/story/{n}.html", "w") as page:
            page.write(f"<!doctype html><html><head><title>Story {n}</title><meta property='og:image' content='{base}/missing-{n}.png'></head>"
                       f"<body><header><nav><a href='/'>Home</a></nav></header>"
                       f"<article><h1>Story {n}</h1><p class='byline'>By A. Writer</p>{paragraphs}</article><footer>Bench Wire</footer></body></html>")
        teaser = words(30) + " […]" if full_text else words(80) + "."
        feed.write(f'<item><guid isPermaLink="false">bench-{n}</guid><title>Story {n}</title><link>{base}/story/{n}.html</link>'
                   f'<description>{teaser}</description><pubDate>{now}</pubDate></item>')
    feed.write("</channel></rss>")
PY

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work" >/dev/null 2>&1 &
pids+=($!)
sleep 1

export Folio__DataDirectory="$work/data" Folio__Fetch__AllowPrivateNetworks=true Folio__Fetch__AllowedPorts__0="$port" DOTNET_ENVIRONMENT=Production Folio__SeedDemo=false
if [[ -n "${FOLIO_BENCH_POSTGRES:-}" ]]; then export Folio__Database=Postgres ConnectionStrings__Folio="$FOLIO_BENCH_POSTGRES"; fi
folio() { dotnet "$dll" "$@"; }
now() { date +%s.%N; }

folio user create bench@example.com --password "bench password" >/dev/null
folio site create bench --owner bench@example.com >/dev/null
folio source add bench "$base/feed.xml" --publish $full_text

start=$(now)
folio source fetch bench | tail -1
first=$(echo "$(now) - $start" | bc)
start=$(now)
folio source fetch bench | tail -1
second=$(echo "$(now) - $start" | bc)

# Publish-to-live: the server polls every 2 s; the new item's source is made due the moment the
# item appears, as its schedule would make it, so the figure is Folio's part of the wait.
web_port="$(free_port)"
Folio__Curation__PollInterval=00:00:02 dotnet "$dll" --urls "http://127.0.0.1:$web_port" >"$work/server.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$web_port/healthz"; do sleep 0.2; done
make_due() {
  if [[ -n "${FOLIO_BENCH_POSTGRES:-}" ]]; then
    psql "$FOLIO_BENCH_POSTGRES" -qc "UPDATE sources SET next_fetch_at = now() AT TIME ZONE 'utc'" >/dev/null
  else
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE sources SET next_fetch_at = strftime('%Y-%m-%d %H:%M:%f', 'now')\"); c.commit()" "$work/data/folio.db"
  fi
}
# Warm the server as a long-running one is: one render of /feed/ and one poll of the unchanged feed.
curl -s -o /dev/null -H "Host: bench.localhost" "http://127.0.0.1:$web_port/feed/"
make_due
sleep 5
python3 - "$work" "$base" <<'PY'
import sys
folder, base = sys.argv[1], sys.argv[2]
text = "Something new happened just now, and here is all of it. " * 40
open(f"{folder}/story/late.html", "w").write(f"<!doctype html><html><head><title>Late</title></head><body><article><h1>Late breaking story</h1><p>{text}</p><p>{text}</p></article></body></html>")
feed = open(f"{folder}/feed.xml").read()
item = f'<item><guid isPermaLink="false">bench-late</guid><title>Late breaking story</title><link>{base}/story/late.html</link><description>Something new happened just now […]</description></item>'
open(f"{folder}/feed.xml", "w").write(feed.replace("<item>", item + "<item>", 1))
PY
published=$(now)
make_due
until curl -s -H "Host: bench.localhost" "http://127.0.0.1:$web_port/feed/" | grep -q "Late breaking story"; do
  sleep 0.05
  if (( $(echo "$(now) - $published > 120" | bc) )); then echo "the new item was not live after 2 minutes:" >&2; tail -20 "$work/server.log" >&2; exit 1; fi
done
live=$(echo "$(now) - $published" | bc)

mode=$([[ -n "$full_text" ]] && echo "full text read from each article's page" || echo "summaries from the feed")
printf '\n%d items, %s, %s\n' "$items" "$mode" "$([[ -n "${FOLIO_BENCH_POSTGRES:-}" ]] && echo PostgreSQL || echo SQLite)"
printf 'first fetch:     %6.2f s  (%.0f items/s, including the command'\''s start-up)\n' "$first" "$(echo "$items / $first" | bc -l)"
printf 'unchanged feed:  %6.2f s\n' "$second"
printf 'publish to live: %6.2f s  (source due -> post on /feed/, with a 2 s poll)\n' "$live"
