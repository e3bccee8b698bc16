#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's Chromium (for Playwright),
# redis-server (for multi-instance tests) and poppler-utils (tests read generated PDFs back).
# Idempotent; needs root (or sudo) only when something is missing. Go is expected on the PATH
# (the embedded database builds FerretDB with it).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install as root: apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v go >/dev/null 2>&1 && [ -z "${MONGODB_URI:-}" ] && [ -z "${MONGOMS_SYSTEM_BINARY:-}" ]; then
  echo "Note: Go is not on the PATH. Without MONGODB_URI or MONGOMS_SYSTEM_BINARY the tests cannot start a database." >&2
fi

# schemathesis fuzzes the API from its OpenAPI document (a pinned version, in its own venv).
SCHEMATHESIS_VERSION=4.32.5
venv=".cache/schemathesis"
if [ "$("$venv/bin/st" --version 2>/dev/null)" != "st, version $SCHEMATHESIS_VERSION" ]; then
  echo "Installing schemathesis $SCHEMATHESIS_VERSION into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi
