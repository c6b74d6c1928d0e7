#!/usr/bin/env bash
# The installed app's smoke test where check.sh cannot run (Windows, macOS; CI's installers
# workflow): the steps 3 and 4 of installer/check.sh against an installed or mounted launcher.
#   installer/smoke.sh CLI_LAUNCHER WINDOW_LAUNCHER BUNDLED_DATA_DIR
# 1. `train --epochs 1` twice with an empty home: must read BUNDLED_DATA_DIR and unpack no
#    natives (~/.javacpp, ~/.openjfx);
# 2. `--self-check` opens the window, trains an epoch and closes (SMOKE_WINDOW=0 skips it where
#    no display can be had).
set -euo pipefail
cli=$1 window=$2 data=$3
passed=0 skipped=0
say() { echo "smoke.sh: $*" >&2; }
pass() { passed=$((passed + 1)); say "ok: $*"; }
die() { say "FAILED: $*"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
natives() { find "$home" -type f \( -path '*/.javacpp*' -o -path '*/.openjfx*' \) ; }
export JAVA_TOOL_OPTIONS="-Duser.home=$home -Dsoftmaxlab.home=$home/softmaxlab"
for launch in first second; do
    "$cli" train --epochs 1 > "$home.out" 2> "$home.err" || { cat "$home.err" >&2; die "$launch launch: train failed"; }
    source_line=$(grep -m1 '^Fashion-MNIST from ' "$home.err" | tr '\\' '/' || true)
    [[ $source_line == *"${data//\\//}"* ]] || { cat "$home.err" >&2; die "$launch launch did not use the bundled data: $source_line"; }
    grep -q '^epoch *1 ' "$home.out" || die "$launch launch printed no epoch"
    [[ -z $(natives) ]] || die "$launch launch unpacked natives: $(natives)"
done
pass "train --epochs 1 twice on the bundled data, nothing unpacked: $(grep -m1 '^epoch' "$home.out")"
if [[ ${SMOKE_WINDOW:-1} == 1 ]]; then
    "$window" --self-check > "$home.win" 2>&1 || { cat "$home.win" >&2; die "--self-check failed"; }
    pass "window: $(tail -1 "$home.win")"
    [[ -z $(natives) ]] || die "the window unpacked natives: $(natives)"
else
    skipped=$((skipped + 1))
    say "SKIPPED: the window (SMOKE_WINDOW=0)"
fi
rm -f "$home.out" "$home.err" "$home.win"
echo "smoke: $passed passed, 0 failed, $skipped skipped"
