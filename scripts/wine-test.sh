#!/usr/bin/env bash
# The Windows build (x86_64-pc-windows-gnu) run under Wine, as a médiateur would use it:
# a plain diagnostic with answers piped in, a diagnostic killed (kill -9) then resumed,
# `results export --out` and `results print --out` (and no temporary file left, even when
# writing fails), `kiosk hash-code`, `kiosk check`, the kiosk started in a terminal (Ctrl+C
# does not close it, Ctrl+K three times and the code do), and a program alone on its
# console waiting for Enter before its window closes.
#
#   scripts/wine-test.sh                # installs what is missing (root or sudo), then tests
#   scripts/wine-test.sh --cargo-test   # also the whole test suite under Wine (~10 min more)
#
# Installs when missing: Debian's wine, wine64, gcc-mingw-w64-x86-64 and tmux, and the Rust
# target. .ci/run calls it (about 3 minutes on a fresh 2-core machine, most of it the
# release build). Wine cannot show everything: its console garbles the full screen (the
# kiosk is driven by its keys, not judged by its looks), and it does not enforce Windows'
# mandatory file locks nor deliver Ctrl+Break; those need a real Windows 10/11.
#
# Debian 12's Wine 8.0 has no bcryptprimitives.dll (ProcessPrng), which Rust programs need
# since Rust 1.78 and every Windows 10/11 has. A test-only stand-in, scripts/wine/
# bcryptprimitives.c, is built with mingw and put beside a copy of the exe in
# target/wine-test/bin only. It is never shipped: scripts/dist.sh zips the exe alone.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
triple=x86_64-pc-windows-gnu
cargo_test=
[ "${1:-}" = --cargo-test ] && cargo_test=1

apt_ensure wine wine64 gcc-mingw-w64-x86-64 tmux
rust_target_ensure "$triple"

step "Building diagnum.exe (release, $triple)"
cargo build --release --locked --target "$triple" -q
exe="$CARGO_TARGET_DIR/$triple/release/diagnum.exe"

work="$CARGO_TARGET_DIR/wine-test"
rm -rf "$work/bin" "$work/run"
mkdir -p "$work/bin" "$work/run"
cp "$exe" "$work/bin/diagnum.exe"
step "Building the test-only bcryptprimitives.dll beside the test copy (never shipped)"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$work/bin/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Wine's own locale stays English: DIAGNUM_LANG alone must make the program French.
export LANG=C.UTF-8 DIAGNUM_LANG=fr
unset LANGUAGE LC_ALL LC_MESSAGES DISPLAY DIAGNUM_DATA_DIR
tmux_sock="diagnum-wine-$$"
cleanup() {
    tmux -L "$tmux_sock" kill-server 2>/dev/null || true
    wineserver -k 2>/dev/null || true
}
trap cleanup EXIT
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    step "Creating the Wine prefix (once): $WINEPREFIX"
    timeout 300 wineboot -i >/dev/null 2>&1
fi

run="$work/run"
answers=benches/abc-diag.answers
failures=0
pass() { note "ok: $*"; }
fail() {
    note "FAILED: $*"
    failures=$((failures + 1))
}
# wine_run ARGS...: diagnum.exe under Wine, time-limited.
wine_run() { timeout 120 wine "$work/bin/diagnum.exe" "$@"; }
no_tmp_in() { ! find "$1" -maxdepth 1 -name '.*.tmp' | grep -q .; }

step "Version and language (DIAGNUM_LANG=fr with Wine in English)"
wine_run --version >"$run/version.out" 2>&1 && pass "$(cat "$run/version.out")" ||
    fail "--version: $(cat "$run/version.out")"
wine_run list >"$run/list.out" 2>&1
grep -q '\[intégrée\]' "$run/list.out" && pass "list in French" ||
    fail "list is not in French: $(cat "$run/list.out")"

step "A plain diagnostic, answers piped in"
data="$run/data"
wdata=$(windows_path "$data")
rc=0
wine_run --data-dir "$wdata" run abc-diag --plain --seed 42 <"$answers" >"$run/plain.out" 2>&1 ||
    rc=$?
palier=$(grep 'Votre résultat' "$run/plain.out" || true)
if [ "$rc" -eq 0 ] && [ -n "$palier" ]; then pass "rc 0, $palier"; else
    fail "plain run: rc $rc, $(tail -3 "$run/plain.out")"
fi
grep -q 'Appuyez sur Entrée' "$run/plain.out" &&
    fail "piped answers: the window-closing prompt must not appear" ||
    pass "no 'press Enter' prompt when the input is piped"

step "A diagnostic killed with kill -9 after 3 answers, then resumed"
kdata="$run/killed"
# The answers come through a FIFO that this script holds open: the program waits for more
# after the third one, as a person would, until it is killed.
mkfifo "$run/feed"
wine "$work/bin/diagnum.exe" --data-dir "$(windows_path "$kdata")" \
    run abc-diag --plain --seed 42 <"$run/feed" >"$run/killed.out" 2>&1 &
pid=$!
exec 3>"$run/feed"
head -3 "$answers" >&3
for _ in $(seq 300); do
    grep -q 'Question 4 sur ' "$run/killed.out" 2>/dev/null && break
    sleep 0.2
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
exec 3>&-
journal=$(find "$kdata/sessions" -name '*.jsonl' 2>/dev/null | head -1)
if [ -n "$journal" ] && [ "$(grep -c '"t":"answer"' "$journal")" -ge 3 ]; then
    pass "killed at question 4: $(grep -c '"t":"answer"' "$journal") answer lines on disk"
else
    fail "no journal with 3 answers after the kill: $(tail -3 "$run/killed.out")"
fi
id=$(basename "${journal:-x-NONE.jsonl}" .jsonl)
id=${id##*-}
rc=0
tail -n +4 "$answers" |
    wine_run --data-dir "$(windows_path "$kdata")" run --resume "$id" --plain \
        >"$run/resumed.out" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && grep -q "Reprise du diagnostic $id" "$run/resumed.out" &&
    [ "$(grep 'Votre résultat' "$run/resumed.out")" = "$palier" ]; then
    pass "resumed $id: rc 0, same result as the run in one go"
else
    fail "resume $id: rc $rc, $(head -2 "$run/resumed.out") / $(grep Palier "$run/resumed.out")"
fi

step "results export --out and results print --out"
out="$run/out"
mkdir -p "$out"
rc=0
wine_run --data-dir "$wdata" results export --out "$(windows_path "$out/chiffres.csv")" \
    >"$run/export.out" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && [ "$(head -c 3 "$out/chiffres.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]; then
    pass "export: rc 0, CSV with its BOM ($(wc -l <"$out/chiffres.csv") lines)"
else
    fail "export --out: rc $rc, $(cat "$run/export.out")"
fi
pid_id=$(basename "$(find "$data/sessions" -name '*.jsonl' | head -1)" .jsonl)
pid_id=${pid_id##*-}
rc=0
wine_run --data-dir "$wdata" results print "$pid_id" --out "$(windows_path "$out/fiche.html")" \
    >"$run/print.out" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && grep -q '<html' "$out/fiche.html"; then pass "print: rc 0, HTML fiche"; else
    fail "print --out: rc $rc, $(cat "$run/print.out")"
fi
mkdir -p "$out/taken.csv"
rc=0
wine_run --data-dir "$wdata" results export --out "$(windows_path "$out/taken.csv")" \
    >"$run/taken.out" 2>&1 || rc=$?
[ "$rc" -eq 1 ] && pass "export onto a folder: rc 1, $(cat "$run/taken.out")" ||
    fail "export onto a folder: rc $rc"
no_tmp_in "$out" && pass "no .tmp file left" || fail "left: $(ls -A "$out")"

step "Kiosk: hash-code, check, then started in a terminal"
code=secret1234
line=$(printf '%s\n%s\n' "$code" "$code" | wine_run kiosk hash-code 2>/dev/null | grep '^admin_code' || true)
[ -n "$line" ] && pass "hash-code: ${line:0:40}…" || fail "kiosk hash-code printed no admin_code"
printf 'banks = ["abc-diag"]\nlang = "fr"\n%s\n' "$line" >"$run/kiosk.toml"
wconf=$(windows_path "$run/kiosk.toml")
wine_run kiosk check --config "$wconf" >"$run/kiosk-check.out" 2>&1 &&
    pass "kiosk check: $(head -1 "$run/kiosk-check.out")" ||
    fail "kiosk check: $(cat "$run/kiosk-check.out")"

# A tmux pane is the console; it stays after the program ends, to read its exit status.
tmux -L "$tmux_sock" new-session -d -s t -x 100 -y 30
tmux -L "$tmux_sock" set-option -t t remain-on-exit on
pane() { tmux -L "$tmux_sock" capture-pane -p -t t; }
dead() { tmux -L "$tmux_sock" display -p -t t '#{pane_dead} #{pane_dead_status}'; }
keys() { tmux -L "$tmux_sock" send-keys -t t "$@"; }
wait_for() { # wait_for TEXT: up to 30 s for TEXT on the screen
    for _ in $(seq 150); do
        pane | grep -q "$1" && return 0
        sleep 0.2
    done
    return 1
}
start_in_pane() { tmux -L "$tmux_sock" respawn-pane -k -t t "$(printf '%q ' "$@")"; }

start_in_pane env WINEPREFIX="$WINEPREFIX" WINEDEBUG=-all WINEDLLOVERRIDES="$WINEDLLOVERRIDES" \
    DIAGNUM_LANG=fr wine "$work/bin/diagnum.exe" --ascii \
    --data-dir "$(windows_path "$run/kiosk-data")" kiosk --config "$wconf"
if wait_for 'Langue'; then pass "the welcome screen is drawn (garbled by Wine's console)"; else
    fail "no welcome screen: $(pane | tr -s ' ' | head -5)"
fi
keys C-c
sleep 1
[ "$(dead)" = "0 " ] && pass "Ctrl+C does not close the kiosk" || fail "Ctrl+C closed the kiosk"
for _ in 1 2 3; do
    keys C-k
    sleep 0.3
done
wait_for 'administrateur' && pass "Ctrl+K three times asks for the code" ||
    fail "no admin code prompt"
keys -l "$code"
keys Enter
wait_for 'Borne arrêtée' && pass "the code stops the kiosk" || fail "the code did not stop it"

step "A program alone on its console (as after a double-click) waits for Enter"
# Under Wine, a program started from a Linux terminal is alone on its Windows console,
# as a double-clicked diagnum.exe is on Windows (a shell would share it there).
wait_for 'Appuyez sur Entrée pour fermer cette fenêtre' &&
    pass "after the kiosk: 'Appuyez sur Entrée pour fermer cette fenêtre.'" ||
    fail "no 'press Enter' prompt after the kiosk"
[ "$(dead)" = "0 " ] && pass "the window stays until Enter" || fail "the window closed by itself"
keys Enter
for _ in $(seq 50); do
    [ "$(dead)" != "0 " ] && break
    sleep 0.2
done
[ "$(dead)" = "1 0" ] && pass "Enter closes it, exit status 0" || fail "after Enter: $(dead)"

if [ -n "$cargo_test" ]; then
    step "The whole test suite, cross-compiled and run under Wine"
    for d in debug debug/deps; do
        mkdir -p "$CARGO_TARGET_DIR/$triple/$d"
        cp "$work/bin/bcryptprimitives.dll" "$CARGO_TARGET_DIR/$triple/$d/"
    done
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine \
        cargo test --locked --target "$triple" --no-fail-fast 2>&1 | tee "$run/cargo-test.log" |
        grep -E '^test result:|FAILED|panicked' || true
    awk '/^test result:/ { p += $4; f += $6 } END { printf "    under Wine: %d passed, %d failed\n", p, f }' \
        "$run/cargo-test.log" >&2
    grep -q '^test result: FAILED' "$run/cargo-test.log" && fail "cargo test under Wine"
fi

step "Wine: $failures check(s) failed"
[ "$failures" -eq 0 ]
