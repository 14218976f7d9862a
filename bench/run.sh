#!/usr/bin/env bash
# Benchmarks (not tests), each from one run of alternating executions, as medians and ratios
# against a baseline measured in the same run.
#
#   bench/run.sh [SECTION...]     sections: selection, peer, rebuild, twilio, products, footprint (default: all)
#
#   selection  generating the three call-message operations, and the checked-in selection
#              (spec/select.yaml), and `generator diff` of two whole api_v2010 specs, against
#              the openapiv3 parse floor (RUNS, default 30);
#   peer       generating the whole api_v2010 (--all), ours against openapi-to-rust 0.23.0, with
#              the parse floor (GEN_RUNS, default 10);
#   rebuild    rebuilding both generated whole-api_v2010 crates from scratch with
#              CARGO_INCREMENTAL=0, their dependencies already built (BUILD_RUNS, default 5).
#   twilio     the crate of all 55 Twilio specs (--spec-dir), ours against openapi-to-rust
#              0.23.0 generating the 55 one by one, and against ours for the whole api_v2010,
#              per megabyte of spec read (GEN_RUNS);
#   products   pay only for what you use: the crate of all 55 specs with one product's feature
#              on (verify_v2), against that product's single-spec crate, each rebuilt from
#              scratch with CARGO_INCREMENTAL=0, dependencies built (BUILD_RUNS).
#   footprint  spec/select.yaml's crate made by this generator and by the one at BASELINE (a
#              commit, default 8422304, before the blocking client), built from its sources:
#              the library rebuilt from scratch without features (BUILD_RUNS), and the size of
#              the release CLI.
#
# The peer is installed from crates.io into .tools/openapi-to-rust (ignored by git); the crates
# for the rebuild live in bench/out/rebuild (ignored too), so their dependencies are built once.
set -euo pipefail
cd "$(dirname "$0")/.."
sections=("$@")
[ ${#sections[@]} -eq 0 ] && sections=(selection peer rebuild twilio products footprint)
runs="${RUNS:-30}"
gen_runs="${GEN_RUNS:-10}"
build_runs="${BUILD_RUNS:-5}"
peer_version="0.23.0"
peer=".tools/openapi-to-rust/bin/openapi-to-rust"
spec="spec/twilio_api_v2010.json"

cargo build --release --quiet -p generator --bin generator --example parse_floor
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

install_peer() {
  if ! "$peer" --version 2>/dev/null | grep -q " $peer_version\$"; then
    echo "installing openapi-to-rust $peer_version into .tools/openapi-to-rust ..."
    cargo install --quiet --locked openapi-to-rust --version "$peer_version" --root .tools/openapi-to-rust
  fi
}

for section in "${sections[@]}"; do
  case "$section" in
  selection)
    echo "== the selection, and a diff of two whole specs"
    old_spec="../shared/spec-history/twilio_api_v2010.2022-10-31.json"
    three="--operation CreateUserDefinedMessageSubscription --operation DeleteUserDefinedMessageSubscription --operation CreateUserDefinedMessage"
    python3 bench/timing.py --runs "$runs" \
      "generate the three call-message operations=target/release/generator $three --out $out/three" \
      "generate the selection (spec/select.yaml)=target/release/generator --out $out/selection" \
      "diff two whole api_v2010 specs=target/release/generator diff $old_spec $spec" \
      "openapiv3 parse floor (whole spec)=target/release/examples/parse_floor $spec"
    ;;
  peer)
    install_peer
    echo "== the whole api_v2010 (every operation), ours and openapi-to-rust $peer_version"
    # Each run writes into an empty folder, so that both write every file.
    python3 bench/timing.py --runs "$gen_runs" --warmup 2 \
      --prepare "ours=rm -rf $out/ours" \
      --prepare "openapi-to-rust=rm -rf $out/peer" \
      --compare "ours/openapi-to-rust" \
      "ours=target/release/generator --spec $spec --all --out $out/ours" \
      "openapi-to-rust=$peer generate $spec --output-dir $out/peer --quiet" \
      "openapiv3 parse floor=target/release/examples/parse_floor $spec"
    ;;
  rebuild)
    install_peer
    work="bench/out/rebuild"
    echo "== rebuilding both generated crates from scratch (CARGO_INCREMENTAL=0, dependencies built)"
    mkdir -p "$work"
    target/release/generator --spec "$spec" --all --out "$work/ours" > /dev/null
    rm -rf "$work/peer/src/api"
    mkdir -p "$work/peer/src"
    "$peer" generate "$spec" --output-dir "$work/peer/src/api" --quiet
    {
      printf '[package]\nname = "peer-twilio-api-v2010"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
      grep -v '^#' "$work/peer/src/api/REQUIRED_DEPS.toml"
    } > "$work/peer/Cargo.toml"
    printf '//! openapi-to-rust %s output for %s.\npub mod api;\n' "$peer_version" "$spec" > "$work/peer/src/lib.rs"
    printf '[workspace]\nresolver = "3"\nmembers = ["ours", "peer"]\n' > "$work/Cargo.toml"
    [ -f "$work/Cargo.lock" ] || cp Cargo.lock "$work/Cargo.lock"
    manifest="--manifest-path $work/Cargo.toml"
    CARGO_INCREMENTAL=0 cargo build --quiet $manifest --workspace
    python3 bench/timing.py --runs "$build_runs" --warmup 0 \
      --prepare "ours=cargo clean --quiet $manifest -p twilio-api-v2010" \
      --prepare "openapi-to-rust=cargo clean --quiet $manifest -p peer-twilio-api-v2010" \
      --compare "ours/openapi-to-rust" \
      "ours=env CARGO_INCREMENTAL=0 cargo build --quiet $manifest -p twilio-api-v2010" \
      "openapi-to-rust=env CARGO_INCREMENTAL=0 cargo build --quiet $manifest -p peer-twilio-api-v2010"
    find "$work/ours/src" -name "*.rs" -exec cat {} + | wc -l | sed "s/$/ lines of Rust, ours/"
    wc -l "$work"/peer/src/api/*.rs | tail -1 | sed 's/total/lines of Rust, openapi-to-rust/'
    ;;
  twilio)
    install_peer
    specs="../shared/spec-reference"
    echo "== all of Twilio: one crate of 55 specs, ours; the 55 one by one, openapi-to-rust $peer_version"
    # The peer makes a crate per spec; a spec it refuses is skipped (and costs it less time).
    printf 'for s in %s/*.json; do %s generate "$s" --output-dir "%s/peer-all/$(basename "$s" .json)" --quiet || true; done\n' \
      "$specs" "$PWD/$peer" "$out" > "$out/peer-all.sh"
    # Each run starts with its output folder deleted and the disk quiet (`sync`), so that no run
    # pays for the deletion of the one before (1,300 files, ours; fewer, the peer's).
    python3 bench/timing.py --runs "$gen_runs" --warmup 1 \
      --prepare "ours, 55 specs=sh -c 'rm -rf $out/all && sync'" \
      --prepare "openapi-to-rust, 55 specs=sh -c 'rm -rf $out/peer-all && sync'" \
      --prepare "ours, the whole api_v2010=sh -c 'rm -rf $out/ours && sync'" \
      --input "ours, 55 specs=$(echo $specs/*.json)" \
      --input "ours, the whole api_v2010=$spec" \
      --compare "ours, 55 specs/openapi-to-rust, 55 specs" \
      --compare "ours, 55 specs/ours, the whole api_v2010" \
      "ours, 55 specs=target/release/generator --spec-dir $specs --all --package twilio --out $out/all" \
      "ours, the whole api_v2010=target/release/generator --spec $spec --all --out $out/ours" \
      "openapi-to-rust, 55 specs=bash $out/peer-all.sh"
    target/release/generator --spec-dir "$specs" --all --package twilio --out "$out/all" > /dev/null
    echo "the crate of 55 specs: $(find "$out/all/src" -name '*.rs' | wc -l) files, $(find "$out/all/src" -name '*.rs' -exec cat {} + | wc -c) bytes of Rust"
    ;;
  products)
    work="bench/out/products"
    echo "== one product's feature of the crate of 55 specs, against that product's own crate (CARGO_INCREMENTAL=0, dependencies built)"
    mkdir -p "$work"
    target/release/generator --spec-dir ../shared/spec-reference --all --package twilio --out "$work/twilio" > /dev/null
    target/release/generator --spec ../shared/spec-reference/twilio_verify_v2.json --all --out "$work/verify" > /dev/null
    printf '[workspace]\nresolver = "3"\nmembers = ["twilio", "verify"]\n' > "$work/Cargo.toml"
    [ -f "$work/Cargo.lock" ] || cp Cargo.lock "$work/Cargo.lock"
    manifest="--manifest-path $work/Cargo.toml"
    CARGO_INCREMENTAL=0 cargo build --quiet $manifest -p twilio --features verify_v2
    CARGO_INCREMENTAL=0 cargo build --quiet $manifest -p twilio-verify-v2
    python3 bench/timing.py --runs "$build_runs" --warmup 0 \
      --prepare "twilio, feature verify_v2=cargo clean --quiet $manifest -p twilio" \
      --prepare "twilio-verify-v2=cargo clean --quiet $manifest -p twilio-verify-v2" \
      "twilio, feature verify_v2=env CARGO_INCREMENTAL=0 cargo build --quiet $manifest -p twilio --features verify_v2" \
      "twilio-verify-v2=env CARGO_INCREMENTAL=0 cargo build --quiet $manifest -p twilio-verify-v2"
    ;;
  footprint)
    baseline="${BASELINE:-8422304}"
    work="bench/out/footprint"
    echo "== spec/select.yaml's crate, by this generator and by the one at $baseline: library build (no features), CLI size"
    # The baseline's generator, built from its sources, makes the same selection's crate.
    if [ ! -x "$work/src-$baseline/target/release/generator" ]; then
      rm -rf "$work/src-$baseline"
      mkdir -p "$work/src-$baseline"
      git archive "$baseline" | tar -x -C "$work/src-$baseline"
      cargo build --quiet --release --offline -p generator --manifest-path "$work/src-$baseline/Cargo.toml"
    fi
    rm -rf "$work/now" "$work/then"
    target/release/generator --out "$work/now" > /dev/null
    "$work/src-$baseline/target/release/generator" --select spec/select.yaml --spec spec/twilio_api_v2010.json --out "$work/then" > /dev/null
    # The two are the same package: each its own workspace, one target folder each.
    for side in now then; do
      printf '\n[workspace]\nresolver = "3"\n' >> "$work/$side/Cargo.toml"
      cp Cargo.lock "$work/$side/Cargo.lock"
      CARGO_INCREMENTAL=0 cargo build --quiet --offline --manifest-path "$work/$side/Cargo.toml"
    done
    python3 bench/timing.py --runs "$build_runs" --warmup 0 \
      --prepare "now=cargo clean --quiet --offline --manifest-path $work/now/Cargo.toml -p twilio-api-v2010" \
      --prepare "$baseline=cargo clean --quiet --offline --manifest-path $work/then/Cargo.toml -p twilio-api-v2010" \
      "now=env CARGO_INCREMENTAL=0 cargo build --quiet --offline --manifest-path $work/now/Cargo.toml" \
      "$baseline=env CARGO_INCREMENTAL=0 cargo build --quiet --offline --manifest-path $work/then/Cargo.toml"
    for side in now then; do
      cargo build --quiet --offline --release --features cli --manifest-path "$work/$side/Cargo.toml"
      bytes=$(stat -c %s "$work/$side/target/release/twilio-api-v2010")
      echo "release CLI, $side: $bytes bytes"
    done
    ;;
  *)
    echo "unknown section: $section (selection, peer, rebuild, twilio, products, footprint)" >&2
    exit 2
    ;;
  esac
done
