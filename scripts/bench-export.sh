#!/usr/bin/env bash
# Export benchmark: N stored sessions (default 100 000) exported to CSV and JSON.
# Prints wall time, CPU time and peak RSS from /usr/bin/time -v. Not a test: run by hand.
#   scripts/bench-export.sh [N]
set -euo pipefail
n=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/diagnum"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# One real finished session, then copies of it spread over a year with fresh ids.
"$bin" --data-dir "$data/seed" run abc-diag --plain --seed 1 --age-band 60-69 \
  <"$root/benches/abc-diag.answers" >/dev/null
python3 - "$data" "$n" <<'PY'
import os, sys, glob, random, datetime
data, n = sys.argv[1], int(sys.argv[2])
src = glob.glob(f"{data}/seed/sessions/*/*.jsonl")[0]
text = open(src).read()
old_id = os.path.basename(src).rsplit("-", 1)[1][:-6]
alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
rng = random.Random(1)
base = datetime.datetime(2026, 1, 1)
for i in range(n):
    t = base + datetime.timedelta(seconds=i * 313)
    new_id = "".join(rng.choice(alphabet) for _ in range(8))
    day = t.strftime("%Y-%m-%d")
    d = f"{data}/sessions/{day}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/{t.strftime('%Y%m%d-%H%M%S')}-{new_id}.jsonl", "w") as f:
        f.write(text.replace(old_id, new_id))
PY
size=$(du -sh "$data/sessions" | cut -f1)
echo "sessions: $n ($size on disk)"
printf '%-6s %10s %10s %12s\n' format wall_s cpu_s peak_rss_kb
for fmt in csv json; do
  # Once to warm the page cache, then measured.
  "$bin" --data-dir "$data" results export --format $fmt >/dev/null
  /usr/bin/time -v "$bin" --data-dir "$data" results export --format $fmt 2>"$data/time.txt" >/dev/null
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$data/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$data/time.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$data/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$data/time.txt")
  printf '%-6s %10s %10.2f %12s\n' $fmt "$wall" "$(echo "$user + $sys" | bc)" "$rss"
done
