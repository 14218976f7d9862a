#!/usr/bin/env bash
# Benchmark (not a test): whole-process wall time of the release generator on the checked-in
# selection, beside the floor of parsing the same spec with openapiv3 alone. Runs alternate and
# the script prints medians and the ratio, all measured in this one run.
#
#   bench/run.sh [RUNS]      (default 30 runs of each)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
cargo build --release --quiet -p generator --bin generator --example parse_floor
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 bench/timing.py --runs "$runs" \
  "generate the selection (spec/select.yaml)=target/release/generator --out $out/selection" \
  "openapiv3 parse floor (whole spec)=target/release/examples/parse_floor spec/twilio_api_v2010.json"
