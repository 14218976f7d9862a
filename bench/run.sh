#!/usr/bin/env bash
# Benchmarks (not tests), each from one run of alternating executions, as medians and ratios
# against a baseline measured in the same run:
#   1. generating the checked-in selection (spec/select.yaml), whole process;
#   2. `generator diff` of two whole api_v2010 specs (2022-10-31 and today);
#   baseline: parsing the whole spec with openapiv3 alone (the floor).
#
#   bench/run.sh [RUNS]      (default 30 runs of each)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
cargo build --release --quiet -p generator --bin generator --example parse_floor
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
old_spec="../shared/spec-history/twilio_api_v2010.2022-10-31.json"
python3 bench/timing.py --runs "$runs" \
  "generate the selection (spec/select.yaml)=target/release/generator --out $out/selection" \
  "diff two whole api_v2010 specs=target/release/generator diff $old_spec spec/twilio_api_v2010.json" \
  "openapiv3 parse floor (whole spec)=target/release/examples/parse_floor spec/twilio_api_v2010.json"
