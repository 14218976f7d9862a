#!/usr/bin/env bash
# Generates the crate of every spec of the corpus, every operation, into OUT/<spec name>: run it
# before and after a change to the generator and `diff -r` the two folders to see what the change
# does to the generated code of all of them (a refactoring must leave them byte-identical).
#
#   scripts/generate-corpus.sh OUT [SPEC_OR_FOLDER…]   (default: Twilio's, other vendors', fixtures)
set -euo pipefail
out=${1:?usage: scripts/generate-corpus.sh OUT [SPEC_OR_FOLDER…]}
shift
here=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -eq 0 ]; then
  set -- "$here/../shared/spec-reference" "$here/../shared/third-party-specs" "$here/tests/fixtures/conformance"
fi
cargo build -q --release -p generator --manifest-path "$here/Cargo.toml"
generator="$here/target/release/generator"
mkdir -p "$out"
failed=0
for source in "$@"; do
  if [ -d "$source" ]; then
    specs=$(find "$source" -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) | sort)
  else
    specs=$source
  fi
  for spec in $specs; do
    name=$(basename "$spec"); name=${name%.*}
    if ! "$generator" --spec "$spec" --all --skip-unsupported --out "$out/$name" >/dev/null 2>"$out/$name.log"; then
      echo "failed: $spec (see $out/$name.log)" >&2
      failed=1
    fi
  done
done
exit $failed
