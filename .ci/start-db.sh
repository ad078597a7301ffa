#!/usr/bin/env bash
# Developer helper: builds (if needed) and runs the test database in the foreground.
#   bash .ci/start-db.sh            # FerretDB on 127.0.0.1:27018, data in .ci/data/
#   MONGODB_URI=mongodb://127.0.0.1:27018/ npm test     # in another terminal
# Environment: FERRETDB_LISTEN (default 127.0.0.1:27018), FERRETDB_DATA_DIR (default .ci/data),
#   FERRETDB_LOG_LEVEL (default warn). Pass --fresh to wipe the data dir first. Ctrl-C stops it.
set -euo pipefail

CI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LISTEN="${FERRETDB_LISTEN:-127.0.0.1:27018}"
DATA_DIR="${FERRETDB_DATA_DIR:-$CI_DIR/data}"

if [[ "${1:-}" == "--fresh" ]]; then
  rm -rf "$DATA_DIR"
fi

bash "$CI_DIR/build-db.sh"
mkdir -p "$DATA_DIR"
echo "start-db: FerretDB on $LISTEN (data: $DATA_DIR); use MONGODB_URI=mongodb://$LISTEN/" >&2
exec "$CI_DIR/bin/ferretdb-ci" -listen "$LISTEN" -data-dir "$DATA_DIR" -log-level "${FERRETDB_LOG_LEVEL:-warn}"
