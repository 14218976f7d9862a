#!/usr/bin/env bash
# Installs the Prism mock server (npm @stoplight/prism-cli, pinned) into .tools/prism, which git
# ignores. The contract tests call this when Prism is missing; .ci/run calls it up front.
set -euo pipefail
cd "$(dirname "$0")/.."
version="5.16.0"
dir=".tools/prism"
bin="$dir/node_modules/.bin/prism"
if [ -x "$bin" ] && [ "$("$bin" --version 2>/dev/null)" = "$version" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "install-prism: npm is needed (Node.js 18 or newer)" >&2; exit 1; }
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"name":"prism-tools","private":true}' > "$dir/package.json"
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$version" >&2
"$bin" --version >/dev/null
