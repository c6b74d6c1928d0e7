#!/usr/bin/env bash
# Times SoftmaxLab's training epoch against the PyTorch reference (src/bench/seed_reference.py,
# the same d2l recipe on the same files), alternating the two so that machine noise hits both.
# Needs: target/softmaxlab.jar (./mvnw -q -DskipTests package), `sudo apt-get install python3-torch`
# (PyTorch and NumPy for the reference; nothing else needs Python) and the data set
# (`sudo apt-get install dataset-fashion-mnist`).
# Usage: src/bench/compare-with-pytorch.sh [rounds] [epochs] [softmax|mlp]
#   mlp is d2l's concise MLP (HIDDEN=256 units), both sides on one thread unless THREADS says otherwise;
#   softmax keeps each side's default threads unless THREADS is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
epochs=${2:-5}
model=${3:-softmax}
reference=${REFERENCE:-src/bench/seed_reference.py}
java_args=(--model "$model")
torch_args=()
if [ "$model" = mlp ]; then
  java_args+=(--hidden "${HIDDEN:-256}")
  torch_args+=(--hidden "${HIDDEN:-256}")
  THREADS=${THREADS:-1}
fi
if [ -n "${THREADS:-}" ]; then
  export OMP_NUM_THREADS=$THREADS
  java_args+=(--threads "$THREADS")
  torch_args+=(--threads "$THREADS")
fi
[ -f target/softmaxlab.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
[ -f "$reference" ] || { echo "no PyTorch reference at $reference (set REFERENCE=...)" >&2; exit 2; }
/usr/bin/python3 -c 'import torch, numpy' 2>/dev/null \
  || { echo "the PyTorch reference needs PyTorch: sudo apt-get install python3-torch" >&2; exit 2; }
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
for r in $(seq "$rounds"); do
  java -jar target/softmaxlab.jar train "${java_args[@]}" --epochs $((epochs + 1)) --json 2>/dev/null > "$log/java.$r"
  /usr/bin/python3 "$reference" ${torch_args[@]+"${torch_args[@]}"} --epochs $((epochs + 1)) > "$log/torch.$r"
done
/usr/bin/python3 - "$log" "$rounds" "$model" <<'PY'
import json, re, statistics, sys, glob
log, rounds, model = sys.argv[1], int(sys.argv[2]), sys.argv[3]
java, torch = [], []
for r in range(1, rounds + 1):
    rows = [json.loads(l) for l in open(f"{log}/java.{r}") if l.startswith('{"epoch"')]
    java += [row["epoch_ms"] for row in rows[1:]]          # first epoch is the warm-up
    ms = [float(m) for m in re.findall(r"epoch \d+ .* (\d+) ms", open(f"{log}/torch.{r}").read())]
    torch += ms[1:]
j, t = statistics.median(java), statistics.median(torch)
print(json.dumps({"model": model, "softmaxlab_median_epoch_ms": round(j, 1), "pytorch_median_epoch_ms": round(t, 1),
                  "ratio": round(j / t, 3), "softmaxlab_images_per_s": round(60000 / j * 1000),
                  "pytorch_images_per_s": round(60000 / t * 1000), "epochs_each": len(java)}))
PY
