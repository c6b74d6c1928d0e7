#!/usr/bin/env bash
# Times SoftmaxLab's training epoch against the PyTorch reference (src/bench/seed_reference.py,
# the same d2l recipe on the same files), alternating every run so that machine noise hits all.
# Needs: target/softmaxlab.jar (./mvnw -q -DskipTests package), `sudo apt-get install python3-torch`
# (PyTorch and NumPy for the reference; nothing else needs Python) and the data set
# (`sudo apt-get install dataset-fashion-mnist`).
# Usage: src/bench/compare-with-pytorch.sh [rounds] [epochs] [softmax|mlp]
#   mlp is d2l's concise MLP (HIDDEN=256 units), both sides on one thread unless THREADS says otherwise;
#   softmax keeps each side's default threads unless THREADS is set.
# TORCH_BLAS="DIR ..." times PyTorch once per round with each BLAS folder first on its library path
#   (Debian's python3-torch calls whatever libblas.so.3 the system's alternative names: the reference
#   BLAS unless an optimised one is installed), e.g. with libopenblas0-pthread and libblis4-pthread:
#   TORCH_BLAS="/usr/lib/x86_64-linux-gnu/blas /usr/lib/x86_64-linux-gnu/openblas-pthread /usr/lib/x86_64-linux-gnu/blis-pthread";
#   empty (the default) runs it with the system's libblas.so.3 as it is. The system's alternative is
#   never changed here.
# UNSET_OPENBLAS=1 (the default) also times SoftmaxLab each round with OPENBLAS_CORETYPE and
#   OPENBLAS_L2_SIZE removed from its environment, as on a laptop that never set them (PyTorch and
#   the other SoftmaxLab run keep the environment as it is); 0 leaves that variant out.
# Prints one JSON line per SoftmaxLab variant and PyTorch BLAS, then a summary line: each SoftmaxLab
# variant against the fastest PyTorch, and the unset variant against the environment as it is.
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
java_variants=(env)
[ "${UNSET_OPENBLAS:-1}" = 0 ] || java_variants+=(unset)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>} OPENBLAS_L2_SIZE=${OPENBLAS_L2_SIZE:-<unset>}" >&2
for r in $(seq "$rounds"); do
  for variant in "${java_variants[@]}"; do
    unset_vars=()
    [ "$variant" = env ] || unset_vars=(-u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)
    env ${unset_vars[@]+"${unset_vars[@]}"} java -jar target/softmaxlab.jar train "${java_args[@]}" \
      --epochs $((epochs + 1)) --json 2>/dev/null > "$log/java.$variant.$r"
  done
  for b in "${!blas_dirs[@]}"; do
    dir=${blas_dirs[$b]}
    library_path=${LD_LIBRARY_PATH:-}
    [ -z "$dir" ] || library_path=$dir${library_path:+:$library_path}
    LD_LIBRARY_PATH=$library_path /usr/bin/python3 "$reference" ${torch_args[@]+"${torch_args[@]}"} --epochs $((epochs + 1)) > "$log/torch.$b.$r"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
/usr/bin/python3 - "$log" "$rounds" "$model" "${java_variants[*]}" "${blas_dirs[@]}" <<'PY'
import json, re, statistics, sys
log, rounds, model, variants, blas = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4].split(), sys.argv[5:]
java, kernels = {}, {}
for v in variants:
    java[v] = []
    for r in range(1, rounds + 1):
        rows = [json.loads(l) for l in open(f"{log}/java.{v}.{r}") if l.startswith('{')]
        java[v] += [row["epoch_ms"] for row in rows if "epoch" in row and "epoch_ms" in row][1:]  # first: warm-up
        kernels[v] = next((row.get("blas") for row in rows if "status" in row), None)
torch = {}
for b, folder in enumerate(blas):
    torch[b] = []
    for r in range(1, rounds + 1):
        ms = [float(m) for m in re.findall(r"epoch \d+ .*? (\d+) ms(?: \(cpu \d+ ms\))?$", open(f"{log}/torch.{b}.{r}").read(), re.M)]
        torch[b] += ms[1:]
names = {"env": "environment as it is", "unset": "OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE unset"}
j = {v: statistics.median(java[v]) for v in variants}
t = {b: statistics.median(torch[b]) for b in torch}
for v in variants:
    for b, folder in enumerate(blas):
        print(json.dumps({"model": model, "softmaxlab": names[v], "softmaxlab_blas": kernels[v],
                          "pytorch_blas": folder or "system libblas.so.3",
                          "softmaxlab_median_epoch_ms": round(j[v], 1), "pytorch_median_epoch_ms": round(t[b], 1),
                          "ratio": round(j[v] / t[b], 3), "softmaxlab_images_per_s": round(60000 / j[v] * 1000),
                          "pytorch_images_per_s": round(60000 / t[b] * 1000), "epochs_each": len(java[v])}))
fastest = min(t, key=t.get)
summary = {"model": model, "fastest_pytorch": blas[fastest] or "system libblas.so.3",
           "fastest_pytorch_median_epoch_ms": round(t[fastest], 1)}
for v in variants:
    summary[f"ratio_to_fastest_pytorch_{v}"] = round(j[v] / t[fastest], 3)
if "unset" in j:
    summary["unset_over_env"] = round(j["unset"] / j["env"], 3)
print(json.dumps(summary))
PY
