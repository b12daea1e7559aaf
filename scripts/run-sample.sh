#!/usr/bin/env bash
# The main job on the bundled sample: install, ingest samples/ into SQLite, print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
DB=${RASID_DB:-rasid.db}
.venv/bin/rasid ingest samples/ --db "$DB"
.venv/bin/rasid stats --db "$DB"
