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
echo "== installing rasid${extras:+[$extras]} into .venv"
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[${extras}]"
else
  .venv/bin/python -m pip install -q -e .
fi
