#!/usr/bin/env bash
# Start-up against a bare JavaFX window: SoftmaxLab (`java -jar target/softmaxlab.jar`) and
# src/bench/java/BareWindow.java (built into target/bare-window.jar with the same manifest class
# path, so JavaFX loads the same way), same JVM options, launched alternately; each prints its
# moments as ms after JVM start. Prints the medians and the ratios to the bare window.
# Needs target/softmaxlab.jar and a display (DISPLAY, e.g. Xvfb :77 &).
# Usage: src/bench/startup.sh [rounds]   (JAVA_OPTIONS: JVM options of both; default the
# launcher's -XX: options from installer/jpackage/app.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-7}
[ -f target/softmaxlab.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start Xvfb (Xvfb :77 &) and set DISPLAY=:77" >&2; exit 2; }
launcher_options=$(sed -n 's/^--java-options \(-XX:.*\)$/\1/p' installer/jpackage/app.txt | tr '\n' ' ')
JAVA_OPTIONS=${JAVA_OPTIONS-$launcher_options}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# The bare window's jar, with softmaxlab.jar's Class-Path (target/lib/...).
mkdir -p "$log/classes"
javac -d "$log/classes" -cp "target/lib/*" src/bench/java/BareWindow.java
unzip -p target/softmaxlab.jar META-INF/MANIFEST.MF | tr -d '\r' \
    | awk '/^Class-Path:/ { on = 1; print; next } on && /^ / { print; next } { on = 0 }' > "$log/manifest"
printf 'Main-Class: BareWindow\n' >> "$log/manifest"
jar --create --file target/bare-window.jar --manifest "$log/manifest" -C "$log/classes" .

# run NAME PATTERN CMD...: starts CMD, waits until its stderr matches PATTERN, ends it.
run() {
    local out=$1 pattern=$2
    shift 2
    "$@" > /dev/null 2> "$out" &
    local pid=$!
    for _ in $(seq 600); do
        grep -q "$pattern" "$out" && break
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.1
    done
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    grep -q "$pattern" "$out" || { echo "no '$pattern' from $*:" >&2; tail -5 "$out" >&2; exit 1; }
}
for r in $(seq "$rounds"); do
    # shellcheck disable=SC2086 # JAVA_OPTIONS is a list of options
    run "$log/bare.$r" 'bare window on screen' java $JAVA_OPTIONS -jar target/bare-window.jar
    # shellcheck disable=SC2086
    run "$log/app.$r" 'data ready' java $JAVA_OPTIONS -Dsoftmaxlab.startupTiming=true -jar target/softmaxlab.jar
done
python3 - "$log" "$rounds" "$JAVA_OPTIONS" <<'PY'
import json, re, statistics, sys
log, rounds, options = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def ms(path, what):
    return int(re.search(what + r" (\d+) ms after JVM start", open(path).read()).group(1))
bare = [ms(f"{log}/bare.{r}", "bare window on screen") for r in range(1, rounds + 1)]
app = {k: [ms(f"{log}/app.{r}", k) for r in range(1, rounds + 1)]
       for k in ("loading card on screen", "whole window laid out", "data ready")}
b = statistics.median(bare)
result = {"jvm_options": options.strip(), "rounds": rounds, "bare_window_ms": b}
for k, v in app.items():
    m = statistics.median(v)
    result[k.replace(" ", "_") + "_ms"] = m
    result[k.replace(" ", "_") + "_ratio"] = round(m / b, 2)
print(json.dumps(result))
PY
