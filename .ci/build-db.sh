#!/usr/bin/env bash
# Builds the project's own database (FerretDB v1 embedded in .ci/ferretdb/main.go) into .ci/bin/ferretdb-ci,
# once: a binary newer than its sources is kept. Modules come from the Go module proxy into Go's own caches.
# Used by .ci/run, .ci/bench and, when no MongoDB can be had, by `npm start` and `npm test`.
set -euo pipefail

CI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

export PATH="/usr/local/go/bin:$PATH"
# Never download a Go toolchain: build with the machine's Go (go.mod needs >= 1.24).
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
# FerretDB's SQLite driver is pure Go; no C compiler is needed.
export CGO_ENABLED=0

BIN="$CI_DIR/bin/ferretdb-ci"
SOURCES=("$CI_DIR/ferretdb/main.go" "$CI_DIR/ferretdb/go.mod" "$CI_DIR/ferretdb/go.sum" "$CI_DIR/build-db.sh")
up_to_date() {
  [[ -x "$BIN" ]] || return 1
  local source
  for source in "${SOURCES[@]}"; do [[ "$BIN" -nt "$source" ]] || return 1; done
}
if up_to_date; then
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "build-db: Go not found (expected /usr/local/go/bin/go)" >&2
  exit 1
fi

mkdir -p "$CI_DIR/bin"
cd "$CI_DIR/ferretdb"
echo "build-db: building .ci/bin/ferretdb-ci with $(go version | cut -d' ' -f3)" >&2
# Build beside the target and rename, so a concurrent start never runs a half-written binary.
go build -buildvcs=false -o "$BIN.tmp.$$" ./
mv -f "$BIN.tmp.$$" "$BIN"
