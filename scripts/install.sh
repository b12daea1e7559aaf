#!/usr/bin/env bash
# Install rasid and everything it needs into ./.venv (idempotent; safe to run again).
#   RASID_SYSTEM_DEPS=1  also install the Debian packages the full test-suite needs
#                        (PostgreSQL server, Chromium for browser tests, Java for Spark).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

if [ "${RASID_SYSTEM_DEPS:-0}" = "1" ]; then
  need=()
  command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /usr/lib/postgresql ] || need+=(postgresql)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
    echo "== installing Debian packages: ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
extras="${RASID_EXTRAS:-}"
target="."
[ -n "$extras" ] && target=".[${extras}]"
echo "== installing rasid${extras:+[$extras]} into .venv (compiling the stage modules with mypyc: ~3 min)"
# .venv/rasid-build records how the stage modules were built; scripts/test.sh reads it
drop_extensions() {  # a pure install must not leave an earlier build's extensions in src/
  find src -name "*.so" -delete
}
if [ "${RASID_PURE_PYTHON:-0}" = "1" ]; then
  drop_extensions
  .venv/bin/python -m pip install -q -e "$target"
  echo "pure (RASID_PURE_PYTHON=1)" > .venv/rasid-build
elif .venv/bin/python -m pip install -q -e "$target"; then
  echo "compiled" > .venv/rasid-build
else
  echo "!! compiling the stage modules failed (is a C compiler with the Python headers installed?);" >&2
  echo "!! installing them as pure Python instead: same results, about 1.5x slower" >&2
  drop_extensions
  RASID_PURE_PYTHON=1 .venv/bin/python -m pip install -q -e "$target"
  echo "pure (compilation failed)" > .venv/rasid-build
fi
