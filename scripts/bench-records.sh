#!/usr/bin/env bash
# Records benchmark (issue 18): N stored sessions (default 100 000; 1 % left unfinished,
# 2 % abandoned kiosk visits) in one data folder, then the commands that read them:
# the listing (`results --plain`) once to build the day indexes and once as every later
# listing, and the export. Prints wall time and peak RSS from /usr/bin/time -v. Not a
# test: run by hand, the figures go in docs/performance.md. The full screen's and the
# kiosk's start (looking for sessions to resume or close) is `cargo bench --bench records`.
#   scripts/bench-records.sh [N]
set -euo pipefail
n=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
cargo build --release --quiet --locked --manifest-path "$root/Cargo.toml"
bin="$root/target/release/diagnum"
# On the disk, not in a tmpfs /tmp: reading 100 000 files must cost what it costs.
data=$(mktemp -d -p "$root/target")
trap 'rm -rf "$data"' EXIT

# One finished session and one stopped after three answers, then copies spread over a
# year with fresh ids.
"$bin" --data-dir "$data/seed" run abc-diag --plain --seed 1 --pseudo "Dossier 12" \
  <"$root/benches/abc-diag.answers" >/dev/null
head -n 3 "$root/benches/abc-diag.answers" \
  | "$bin" --data-dir "$data/seed-open" run abc-diag --plain --seed 1 >/dev/null || true
python3 - "$data" "$n" <<'PY'
import os, sys, glob, random, datetime
data, n = sys.argv[1], int(sys.argv[2])
def seed(folder):
    src = glob.glob(f"{data}/{folder}/sessions/*/*.jsonl")[0]
    return open(src).read(), os.path.basename(src).rsplit("-", 1)[1][:-6]
done, done_id = seed("seed")
open_, open_id = seed("seed-open")
header_end = open_.index("\n") + 1
# A kiosk visit closed as abandoned: the open one, marked kiosk, with an abandoned line.
kiosk = (open_[:header_end].replace('"mode":"plain"', '"mode":"kiosk"') + open_[header_end:]
         + '{"v":1,"t":"abandoned","at":"2026-01-01T00:00:00Z"}\n')
alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
rng = random.Random(1)
base = datetime.datetime(2026, 1, 1)
for i in range(n):
    t = base + datetime.timedelta(seconds=i * 313)
    new_id = "".join(rng.choice(alphabet) for _ in range(8))
    r = rng.random()
    text, old = (open_, open_id) if r < 0.01 else (kiosk, open_id) if r < 0.03 else (done, done_id)
    d = f"{data}/sessions/{t.strftime('%Y-%m-%d')}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/{t.strftime('%Y%m%d-%H%M%S')}-{new_id}.jsonl", "w") as f:
        f.write(text.replace(old, new_id))
PY
rm -rf "$data/seed" "$data/seed-open"
echo "sessions: $n ($(du -sh "$data/sessions" | cut -f1) on disk)"

measure() { # label, then the command
  local label=$1
  shift
  /usr/bin/time -v "$@" 2>"$data/time.txt" >/dev/null </dev/null || true
  printf '%-34s %10s %10s\n' "$label" \
    "$(awk -F': ' '/Elapsed/ {print $2}' "$data/time.txt")" \
    "$(awk -F': ' '/Maximum resident/ {print $2}' "$data/time.txt")"
}
printf '%-34s %10s %10s\n' command wall peak_rss_kb
measure "results --plain (builds indexes)" "$bin" --data-dir "$data" results --plain
measure "results --plain" "$bin" --data-dir "$data" results --plain
measure "results export --format csv" "$bin" --data-dir "$data" results export --format csv
