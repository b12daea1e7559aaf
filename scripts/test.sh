#!/usr/bin/env bash
# Install everything (Python deps, PostgreSQL, Chromium, Java) and run the whole test-suite.
set -euo pipefail
cd "$(dirname "$0")/.."
RASID_SYSTEM_DEPS=1 RASID_EXTRAS=dev bash scripts/install.sh
# the install compiles the stage modules with mypyc (or falls back to pure Python and says so);
# when it compiled, tests/test_native.py checks that the compiled modules are the ones imported
if [ "$(cat .venv/rasid-build 2>/dev/null)" = "compiled" ]; then
  export RASID_EXPECT_COMPILED="${RASID_EXPECT_COMPILED:-1}"
else
  echo "!! stage modules not compiled: $(cat .venv/rasid-build 2>/dev/null || echo unknown)"
fi

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

# The figures a reader of the CI log wants: outside-data scores written by the tests, and a smoke
# run of every benchmark (full benchmarks are run by hand, see bench/README.md).
for f in test-artifacts/anercorp_f1.txt test-artifacts/protest_f1.txt; do
  [ -f "$f" ] && { echo "== $f"; cat "$f"; }
done
if [ "${RASID_SKIP_BENCH:-0}" != "1" ]; then
  echo "== benchmark smoke runs"
  .venv/bin/python bench/throughput.py --smoke --until all --dateparser || rc=1
  .venv/bin/python bench/times_vs_dateparser.py --smoke || rc=1
  .venv/bin/python bench/search.py --smoke || rc=1
  .venv/bin/python bench/scale.py --smoke || rc=1
fi
exit "$rc"
