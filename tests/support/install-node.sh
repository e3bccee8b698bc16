#!/usr/bin/env bash
# Prints the directory of a Node.js binary of the version in `.node-version`, installing it into
# `.cache/node/` first when the machine's own `node` is another major version. The npm registry
# serves Node.js itself as a package (`node-<os>-<arch>`), so this needs no other download site.
# Usage: PATH="$(bash tests/support/install-node.sh):$PATH"
set -euo pipefail
cd "$(dirname "$0")/../.."

wanted=$(tr -d '[:space:]' < .node-version)
major=${wanted%%.*}
if command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ]; then
  dirname "$(command -v node)"
  exit 0
fi

case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "No Node.js package for $(uname -m); install Node.js $wanted yourself." >&2; exit 1 ;;
esac
os=$(uname -s | tr '[:upper:]' '[:lower:]')
target=".cache/node/$wanted"
if [ ! -x "$target/bin/node" ]; then
  echo "Installing Node.js $wanted into $target (once)" >&2
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-$os-$arch@$wanted" >/dev/null)
  mkdir -p "$target"
  tar xzf "$tmp"/node-*.tgz -C "$target" --strip-components=1 package/bin/node
  rm -rf "$tmp"
fi
echo "$PWD/$target/bin"
