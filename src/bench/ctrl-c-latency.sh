#!/usr/bin/env bash
# How long `softmaxlab train` takes to end after Ctrl+C (SIGINT), measured from the signal to the
# process's exit: start a run on the real data, wait for its first epoch line, send SIGINT, time
# the exit. Prints one line per round and the exit code (130 expected).
# Needs: target/softmaxlab.jar (./mvnw -q -DskipTests package) and Fashion-MNIST where `train`
# finds it (e.g. apt-get install dataset-fashion-mnist).
# Usage: src/bench/ctrl-c-latency.sh [rounds]   (JAR=... to time another build)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
jar=${JAR:-target/softmaxlab.jar}
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
# Job control: without it bash starts background jobs with SIGINT ignored, and the JVM then never
# sees Ctrl+C at all.
set -m
for r in $(seq "$rounds"); do
  java -jar "$jar" train --epochs 50 > "$log/out.$r" 2> "$log/err.$r" &
  pid=$!
  # The first epoch line means the trainer is inside its loop.
  until grep -q '^epoch' "$log/out.$r"; do sleep 0.02; done
  start=$(date +%s%N)
  kill -INT "$pid"
  status=0
  wait "$pid" || status=$?
  end=$(date +%s%N)
  echo "round $r: exit $status after $(( (end - start) / 1000000 )) ms"
done
