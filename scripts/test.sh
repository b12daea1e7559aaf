#!/usr/bin/env bash
# Install everything (Python deps, PostgreSQL, Chromium, Java) and run the whole test-suite.
set -euo pipefail
cd "$(dirname "$0")/.."
RASID_SYSTEM_DEPS=1 RASID_EXTRAS=dev bash scripts/install.sh

# A throw-away PostgreSQL cluster for the store tests (skipped by the tests if it cannot start).
if [ -z "${RASID_TEST_PG_URL:-}" ] && [ -x scripts/pg-test-cluster.sh ]; then
  if url=$(bash scripts/pg-test-cluster.sh start); then
    export RASID_TEST_PG_URL="$url"
    trap 'bash scripts/pg-test-cluster.sh stop >/dev/null 2>&1 || true' EXIT
  else
    echo "!! PostgreSQL test cluster did not start; PostgreSQL tests will be skipped"
  fi
fi

echo "== ruff"
.venv/bin/ruff check src tests bench
echo "== pytest"
set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" = "5" ]; then echo "pytest collected no tests"; rc=0; fi
exit "$rc"
