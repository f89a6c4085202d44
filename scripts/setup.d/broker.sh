#!/usr/bin/env bash
# Setup step for the local broker: installs the Debian packages its build needs (only those
# missing; apt-get update at most once) and builds it with scripts/build-broker.sh (cached).
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
for pkg in build-essential pkg-config libssl-dev zlib1g-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup broker: missing ${need[*]} and no apt-get here; install them by hand" >&2
    exit 1
  fi
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "setup broker: installing ${need[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}"
fi

bash scripts/build-broker.sh
