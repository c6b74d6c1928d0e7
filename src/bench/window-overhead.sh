#!/usr/bin/env bash
# What the open window costs a training run: the same recipe trained headless (`train --json`) and
# through the window (`--self-check`, which presses Start in a real window and logs each epoch),
# alternated so that machine noise hits both. Epoch 1 (JIT warm-up, for both) is left out; the
# ratio is of the medians of the other epochs, and of the summed epoch times.
# Needs: target/softmaxlab.jar (./mvnw -q -DskipTests package) and a display (DISPLAY, e.g. Xvfb).
# The window gets the JVM options the installed launcher gives it (installer/jpackage/app.txt),
# the headless run none, as `java -jar target/softmaxlab.jar train` has.
# Usage: src/bench/window-overhead.sh [rounds] [epochs]   (JAR=... to time another build;
# WINDOW_JAVA_OPTIONS / HEADLESS_JAVA_OPTIONS: JVM options of each, e.g. to try a JIT setting)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
epochs=${2:-10}
jar=${JAR:-target/softmaxlab.jar}
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start Xvfb (Xvfb :77 &) and set DISPLAY=:77" >&2; exit 2; }
launcher_options=$(sed -n 's/^--java-options \(-XX:.*\)$/\1/p' installer/jpackage/app.txt | tr '\n' ' ')
WINDOW_JAVA_OPTIONS=${WINDOW_JAVA_OPTIONS-$launcher_options}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
for r in $(seq "$rounds"); do
  java ${HEADLESS_JAVA_OPTIONS:-} -jar "$jar" train --epochs "$epochs" --json 2>/dev/null > "$log/headless.$r"
  java ${WINDOW_JAVA_OPTIONS:-} -Dsoftmaxlab.selfCheck.epochs="$epochs" -jar "$jar" --self-check > "$log/window.$r" 2>&1 \
    || { echo "window run $r failed:" >&2; tail -5 "$log/window.$r" >&2; exit 1; }
done
python3 - "$log" "$rounds" <<'PY'
import json, re, statistics, sys
log, rounds = sys.argv[1], int(sys.argv[2])
headless, window, sums = [], [], []
for r in range(1, rounds + 1):
    h = [json.loads(l)["epoch_ms"] for l in open(f"{log}/headless.{r}") if l.startswith('{"epoch"')][1:]
    w = [float(m) for m in re.findall(r"epoch \d+: .* epoch_ms (\d+)", open(f"{log}/window.{r}").read())][1:]
    headless += h
    window += w
    sums.append(sum(w) / sum(h))
h, w = statistics.median(headless), statistics.median(window)
print(json.dumps({"headless_median_epoch_ms": round(h, 1), "window_median_epoch_ms": round(w, 1),
                  "ratio_of_medians": round(w / h, 3),
                  "ratio_of_sums_per_round": [round(s, 3) for s in sums],
                  "median_ratio_of_sums": round(statistics.median(sums), 3),
                  "epochs_each": len(headless)}))
PY
