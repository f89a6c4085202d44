#!/usr/bin/env bash
# Installs what the project needs on a fresh machine (npm packages; later, the local broker's
# build dependencies from Debian). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
