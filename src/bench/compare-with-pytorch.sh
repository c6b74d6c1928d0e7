#!/usr/bin/env bash
# Times SoftmaxLab's training epoch against the PyTorch reference (src/bench/seed_reference.py,
# the same d2l recipe on the same files), alternating the two so that machine noise hits both.
# Needs: target/softmaxlab.jar (./mvnw -q -DskipTests package), `sudo apt-get install python3-torch`
# (PyTorch and NumPy for the reference; nothing else needs Python) and the data set
# (`sudo apt-get install dataset-fashion-mnist`).
# Usage: src/bench/compare-with-pytorch.sh [rounds] [epochs] [softmax|mlp]
#   mlp is d2l's concise MLP (HIDDEN=256 units), both sides on one thread unless THREADS says otherwise;
#   softmax keeps each side's default threads unless THREADS is set.
# TORCH_BLAS="DIR ..." times PyTorch once per round with each BLAS folder first on its library path
#   (Debian's python3-torch calls whatever libblas.so.3 the system's alternative names: the reference
#   BLAS unless an optimised one is installed), e.g.
#   TORCH_BLAS="/usr/lib/x86_64-linux-gnu/blas /usr/lib/x86_64-linux-gnu/openblas-pthread";
#   empty (the default) runs it with the system's libblas.so.3 as it is.
set -euo pipefail
trap 'echo "compare-with-pytorch.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR
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
read -r -a blas_dirs <<< "${TORCH_BLAS:-}"
[ ${#blas_dirs[@]} -gt 0 ] || blas_dirs=("")
for dir in "${blas_dirs[@]}"; do
  [ -z "$dir" ] || [ -f "$dir/libblas.so.3" ] || { echo "no libblas.so.3 in $dir (TORCH_BLAS)" >&2; exit 2; }
done
for r in $(seq "$rounds"); do
  java -jar target/softmaxlab.jar train "${java_args[@]}" --epochs $((epochs + 1)) --json 2>/dev/null > "$log/java.$r"
  for b in "${!blas_dirs[@]}"; do
    dir=${blas_dirs[$b]}
    library_path=${LD_LIBRARY_PATH:-}
    [ -z "$dir" ] || library_path=$dir${library_path:+:$library_path}
    LD_LIBRARY_PATH=$library_path /usr/bin/python3 "$reference" ${torch_args[@]+"${torch_args[@]}"} --epochs $((epochs + 1)) > "$log/torch.$b.$r"
  done
done
/usr/bin/python3 - "$log" "$rounds" "$model" "${blas_dirs[@]}" <<'PY'
import json, re, statistics, sys
log, rounds, model, blas = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
java = []
for r in range(1, rounds + 1):
    rows = [json.loads(l) for l in open(f"{log}/java.{r}") if l.startswith('{"epoch"')]
    java += [row["epoch_ms"] for row in rows[1:]]          # first epoch is the warm-up
j = statistics.median(java)
for b, folder in enumerate(blas):
    torch = []
    for r in range(1, rounds + 1):
        ms = [float(m) for m in re.findall(r"epoch \d+ .* (\d+) ms", open(f"{log}/torch.{b}.{r}").read())]
        torch += ms[1:]
    t = statistics.median(torch)
    print(json.dumps({"model": model, "pytorch_blas": folder or "system libblas.so.3",
                      "softmaxlab_median_epoch_ms": round(j, 1), "pytorch_median_epoch_ms": round(t, 1),
                      "ratio": round(j / t, 3), "softmaxlab_images_per_s": round(60000 / j * 1000),
                      "pytorch_images_per_s": round(60000 / t * 1000), "epochs_each": len(java)}))
PY
