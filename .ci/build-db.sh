#!/usr/bin/env bash
# Builds the CI test database (FerretDB v1 embedded in .ci/ferretdb/main.go)
# into .ci/bin/ferretdb-ci. Go's build cache makes a rebuild with no changes quick.
set -euo pipefail

CI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

export PATH="/usr/local/go/bin:$PATH"
# Never download a Go toolchain: build with the machine's Go (go.mod needs >= 1.24).
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
# FerretDB's SQLite driver is pure Go; no C compiler is needed.
export CGO_ENABLED=0

if ! command -v go >/dev/null 2>&1; then
  echo "build-db: Go not found (expected /usr/local/go/bin/go)" >&2
  exit 1
fi

mkdir -p "$CI_DIR/bin"
cd "$CI_DIR/ferretdb"
echo "build-db: building .ci/bin/ferretdb-ci with $(go version | cut -d' ' -f3)" >&2
go build -buildvcs=false -o "$CI_DIR/bin/ferretdb-ci" ./
