#!/usr/bin/env bash
# Start-up against a bare JavaFX window: SoftmaxLab (`java -jar target/softmaxlab.jar`) and
# src/bench/java/BareWindow.java (built into target/bare-window.jar with the same manifest class
# path, so JavaFX loads the same way), same JVM options, launched alternately; each prints its
# moments as ms after JVM start. Prints the medians and the ratios to the bare window, each round's
# bare window and loading card, and the load average before and after.
# Needs target/softmaxlab.jar and a display (DISPLAY, e.g. Xvfb :77 &).
# Usage: src/bench/startup.sh [--image] [rounds]
#   JAVA_OPTIONS  JVM options of both; default the launcher's -XX: options from
#                 installer/jpackage/app.txt. E.g. add -Dsoftmaxlab.home=/tmp/h (the bare window
#                 ignores it) to keep SoftmaxLab's settings apart.
#   --image       the installed way instead: the app image's launcher (see below)
set -euo pipefail
cd "$(dirname "$0")/../.."
image=target/installer/image/SoftmaxLab
mode=jar
if [[ ${1:-} == --image ]]; then
    mode=image
    shift
fi
rounds=${1:-7}
[ -f target/softmaxlab.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start Xvfb (Xvfb :77 &) and set DISPLAY=:77" >&2; exit 2; }
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# The bare window's classes, compiled against the JavaFX of target/lib.
mkdir -p "$log/classes" "$log/input"
javac -d "$log/classes" -cp "target/lib/*" src/bench/java/BareWindow.java
if [[ $mode == jar ]]; then
    launcher_options=$(sed -n 's/^--java-options \(-XX:.*\)$/\1/p' installer/jpackage/app.txt | tr '\n' ' ')
    JAVA_OPTIONS=${JAVA_OPTIONS-$launcher_options}
    # The bare window's jar, with softmaxlab.jar's Class-Path (target/lib/...).
    unzip -p target/softmaxlab.jar META-INF/MANIFEST.MF | tr -d '\r' \
        | awk '/^Class-Path:/ { on = 1; print; next } on && /^ / { print; next } { on = 0 }' > "$log/manifest"
    printf 'Main-Class: BareWindow\n' >> "$log/manifest"
    jar --create --file target/bare-window.jar --manifest "$log/manifest" -C "$log/classes" .
    # shellcheck disable=SC2206 # JAVA_OPTIONS is a list of options
    bare=(java $JAVA_OPTIONS -jar target/bare-window.jar)
    # shellcheck disable=SC2206
    app=(java $JAVA_OPTIONS -Dsoftmaxlab.startupTiming=true -jar target/softmaxlab.jar)
else
    # The installed way: SoftmaxLab's launcher (installer/build.sh --type image) against a launcher
    # jpackage makes for the bare window with the same runtime (a copy of the image's: JavaFX as
    # modules, the CDS archive) and every --java-options line of app.txt and linux.txt. Both get
    # JAVA_OPTIONS through JAVA_TOOL_OPTIONS, which the JVM itself reads.
    [ -x "$image/bin/SoftmaxLab" ] || { echo "build the app image first: installer/build.sh --type image" >&2; exit 2; }
    jar --create --file "$log/input/bare-window.jar" -C "$log/classes" .
    options=()
    while read -r option; do
        options+=(--java-options "$option")
    done < <(sed -n 's/^--java-options \(.*\)$/\1/p' installer/jpackage/app.txt installer/jpackage/linux.txt)
    jpackage --type app-image --name BareWindow --input "$log/input" --main-jar bare-window.jar \
        --main-class BareWindow --runtime-image "$image/lib/runtime" "${options[@]}" --dest "$log/image"
    export JAVA_TOOL_OPTIONS="-Dsoftmaxlab.startupTiming=true ${JAVA_OPTIONS:-}"
    JAVA_OPTIONS="(launchers' own) + JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS"
    bare=("$log/image/BareWindow/bin/BareWindow")
    app=("$image/bin/SoftmaxLab")
fi

# run OUT PATTERNS CMD...: starts CMD, waits until its stderr (in OUT) has every one of PATTERNS
# (separated by ';'; they may come in any order), ends it.
run() {
    local out=$1 patterns=$2
    shift 2
    IFS=';' read -r -a wanted <<< "$patterns"
    seen() {
        local pattern
        for pattern in "${wanted[@]}"; do
            grep -q "$pattern" "$out" || return 1
        done
    }
    : > "$out" # there before the first grep, which may come before the process opens it
    "$@" > /dev/null 2> "$out" &
    local pid=$!
    for _ in $(seq 600); do
        seen && break
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.1
    done
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    seen || { echo "not all of '$patterns' from $*:" >&2; tail -5 "$out" >&2; exit 1; }
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo unknown)
for r in $(seq "$rounds"); do
    run "$log/bare.$r" 'bare window on screen' "${bare[@]}"
    # "data ready" can come before "whole window laid out" (a frame after the views are built).
    run "$log/app.$r" 'loading card on screen;whole window laid out;data ready' "${app[@]}"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo unknown)
python3 - "$log" "$rounds" "$JAVA_OPTIONS" "$load_before" "$load_after" <<'PY'
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
# Per round, in launch order: on a shared machine the spread says how far the medians can be trusted.
result["bare_window_all_ms"] = bare
result["loading_card_on_screen_all_ms"] = app["loading card on screen"]
result["load_average_before_after"] = [sys.argv[4], sys.argv[5]]
print(json.dumps(result))
PY
