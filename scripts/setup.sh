#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages, then each part's own needs
# (scripts/setup.d/*.sh: Debian packages, the local broker build). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
for part in scripts/setup.d/*.sh; do
  [ -e "$part" ] || continue
  echo "== setup: $part"
  bash "$part"
done
