#!/usr/bin/env bash
# The measurements of issue 8, printed as one table (copy it into docs/performance.md).
# Not part of CI: it builds in release twice (glibc and musl) and runs criterion, a few
# minutes on a 2-core machine.
#
#   scripts/bench.sh            # full run
#   QUICK=1 scripts/bench.sh    # shorter criterion runs, for a quick look
#   RUNS=100 scripts/bench.sh   # more plain-mode runs for the mean (default 50)
#
# Needs /usr/bin/time (Debian package "time"); the musl line needs the target
# (rustup target add x86_64-unknown-linux-musl) and is skipped without it.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
runs=${RUNS:-50}
musl_target=x86_64-unknown-linux-musl

# Results go to a folder on the disk, not in /tmp: if /tmp is a tmpfs, fsync costs nothing
# there and the wall time would hide the price of storing every answer.
work=$(mktemp -d -p "$CARGO_TARGET_DIR" bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "Building (release)..." >&2
cargo build --release --locked -q
bin="$CARGO_TARGET_DIR/release/diagnum"
answers=benches/abc-diag.answers

# --- 1. A full ABC diag in --plain with piped answers ---------------------------------
run_once() {
    "$bin" --data-dir "$1" run abc-diag --plain --seed 1 <"$answers"
}
mkdir "$work/check"
run_once "$work/check" >"$work/out" || {
    echo "the plain run failed (exit $?): do benches/abc-diag.answers still fit the bank?" >&2
    exit 1
}
grep -q "Votre résultat" "$work/out"

# Peak RSS and the times of one run, as /usr/bin/time -v reports them.
mkdir "$work/one"
/usr/bin/time -v -o "$work/time-v" "$bin" --data-dir "$work/one" run abc-diag --plain --seed 1 \
    <"$answers" >/dev/null
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-v")

# Means over many runs: /usr/bin/time prints CPU to 10 ms only, too coarse for one run.
mkdir "$work/loop"
/usr/bin/time -f "%e %U %S" -o "$work/time-loop" sh -c '
    i=0
    while [ $i -lt '"$runs"' ]; do
        "$0" --data-dir "$1/$i" run abc-diag --plain --seed 1 <"$2" >/dev/null
        i=$((i + 1))
    done' "$bin" "$work/loop" "$answers"
read -r wall_s user_s sys_s <"$work/time-loop"
wall_ms=$(awk -v t="$wall_s" -v n="$runs" 'BEGIN { printf "%.1f", t * 1000 / n }')
cpu_ms=$(awk -v u="$user_s" -v s="$sys_s" -v n="$runs" 'BEGIN { printf "%.1f", (u + s) * 1000 / n }')
rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')

# --- 2 and 3. Criterion benches ---------------------------------------------------------
crit_args=()
if [ -n "${QUICK:-}" ]; then
    crit_args=(--warm-up-time 1 --measurement-time 3)
fi
echo "Running criterion benches..." >&2
cargo bench --locked -q --bench bank_load --bench keypress --bench lieux -- "${crit_args[@]}" >"$work/criterion" 2>&1 || {
    cat "$work/criterion" >&2
    exit 1
}
# Median of the last run, in nanoseconds.
median_ns() {
    jq '.median.point_estimate' "$CARGO_TARGET_DIR/criterion/$1/new/estimates.json"
}
parse_ns=$(median_ns bank_10000_questions/toml_value_parse)
load_ns=$(median_ns bank_10000_questions/load_and_validate)
advice_ns=$(median_ns bank_10000_questions/check_with_advice)
key_ns=$(median_ns question_keypress_update_draw_80x24)
parse_ms=$(awk -v n="$parse_ns" 'BEGIN { printf "%.1f", n / 1e6 }')
load_ms=$(awk -v n="$load_ns" 'BEGIN { printf "%.1f", n / 1e6 }')
ratio=$(awk -v a="$load_ns" -v b="$parse_ns" 'BEGIN { printf "%.2f", a / b }')
advice_ms=$(awk -v n="$advice_ns" 'BEGIN { printf "%.1f", n / 1e6 }')
advice_ratio=$(awk -v a="$advice_ns" -v b="$parse_ns" 'BEGIN { printf "%.2f", a / b }')
key_us=$(awk -v n="$key_ns" 'BEGIN { printf "%.0f", n / 1e3 }')
lieux_import_ms=$(awk -v n="$(median_ns lieux_20000/import)" 'BEGIN { printf "%.0f", n / 1e6 }')
lieux_load_ms=$(awk -v n="$(median_ns lieux_20000/load_stored)" 'BEGIN { printf "%.1f", n / 1e6 }')

# --- 4. Binary sizes and the static build -------------------------------------------------
size=$(stat -c %s "$bin")
musl_line="| static x86_64-unknown-linux-musl | not built (target missing) | builds and runs | - |"
if rustup target list --installed 2>/dev/null | grep -qx "$musl_target"; then
    echo "Building (musl)..." >&2
    cargo build --release --locked -q --target "$musl_target"
    musl="$CARGO_TARGET_DIR/$musl_target/release/diagnum"
    msize=$(stat -c %s "$musl")
    mkdir "$work/musl"
    static=no
    if file "$musl" | grep -q "static"; then static=yes; fi
    runs_ok=no
    if "$musl" --data-dir "$work/musl" run abc-diag --plain --seed 1 <"$answers" | grep -q "Votre résultat"; then
        runs_ok=yes
    fi
    ok=$([ "$static" = yes ] && [ "$runs_ok" = yes ] && echo yes || echo NO)
    musl_line="| static x86_64-unknown-linux-musl | $msize B ($(awk -v s="$msize" 'BEGIN { printf "%.2f", s / 1048576 }') MiB), static: $static, plain run: $runs_ok | builds and runs | $ok |"
fi

check() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g) ? "yes" : "NO" }'; }
cat <<EOF
| measure | value | goal | met |
|---|---|---|---|
| ABC diag --plain, wall time (mean of $runs) | $wall_ms ms | (reported) | - |
| ABC diag --plain, CPU user+sys (mean of $runs) | $cpu_ms ms | <= 20 ms | $(check "$cpu_ms" 20) |
| ABC diag --plain, peak RSS | $rss_kb KiB ($rss_mb MiB) | <= 8 MB | $(check "$rss_kb" 7812) |
| bank of 10 000 questions, bare toml::Value parse | $parse_ms ms | - | - |
| bank of 10 000 questions, load + validate | $load_ms ms ($ratio x the bare parse) | <= 1.5 x | $(check "$ratio" 1.5) |
| same, plus the trainer's advice (diagnum check) | $advice_ms ms ($advice_ratio x the bare parse) | - | - |
| key press -> update -> draw, question screen 80x24 | $key_us us | <= 200 us | $(check "$key_us" 200) |
| lieux file of 20 000 rows (national size): diagnum lieux import, fsync included | $lieux_import_ms ms | <= 2000 ms | $(check "$lieux_import_ms" 2000) |
| stored lieux (20 000) loaded at start-up | $lieux_load_ms ms | a few ms (<= 10) | $(check "$lieux_load_ms" 10) |
| release binary, stripped | $size B ($(awk -v s="$size" 'BEGIN { printf "%.2f", s / 1048576 }') MiB) | <= 2 MB | $(check "$size" 2000000) |
$musl_line
EOF
echo
echo "Load average at the end (other work on the machine slows the timings): $(cut -d' ' -f1-3 /proc/loadavg)"
echo >&2
echo "One run under /usr/bin/time -v:" >&2
grep -E "Elapsed|User time|System time|Maximum resident" "$work/time-v" >&2
