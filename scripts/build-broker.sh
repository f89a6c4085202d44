#!/usr/bin/env bash
# Builds the local Kafka-protocol broker: our launcher (native/mock-broker/launcher.c) linked
# statically against librdkafka's mock cluster. librdkafka's source comes from the npm package
# @confluentinc/kafka-javascript (it vendors librdkafka); nothing is committed, everything is
# cached outside the source tree. Skips all work when the cached binary matches the launcher.
# Prints the binary's path on the last line of stdout.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
PKG="@confluentinc/kafka-javascript@1.10.1"
LIBRDKAFKA_VERSION="2.15.1"
CACHE="${KAFKA_SPECIALIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kafka-specialist}"
SRC_DIR="$CACHE/librdkafka-$LIBRDKAFKA_VERSION"
LIB="$SRC_DIR/src/librdkafka.a"
LAUNCHER="$REPO/native/mock-broker/launcher.c"
BIN_DIR="$CACHE/bin"
BIN="$BIN_DIR/kafka-mock-broker"
STAMP="$BIN.sha256"

say() { echo "build-broker: $*" >&2; }

missing=()
command -v cc >/dev/null 2>&1 || missing+=("build-essential (a C compiler)")
command -v make >/dev/null 2>&1 || missing+=("make")
command -v npm >/dev/null 2>&1 || missing+=("npm")
command -v sha256sum >/dev/null 2>&1 || missing+=("coreutils (sha256sum)")
header_ok() { printf '#include <%s>\n' "$1" | cc -E -x c - >/dev/null 2>&1; }
if command -v cc >/dev/null 2>&1; then
  header_ok openssl/ssl.h || missing+=("libssl-dev (openssl/ssl.h)")
  header_ok zlib.h || missing+=("zlib1g-dev (zlib.h)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "cannot build the local broker; missing:"
  for m in "${missing[@]}"; do say "  - $m"; done
  say "install them with: sudo apt-get install -y build-essential pkg-config libssl-dev zlib1g-dev"
  say "(or run scripts/setup.d/broker.sh, which does that and then this build)"
  exit 1
fi

want="$(cat "$LAUNCHER" "$0" | sha256sum | cut -d" " -f1)-$LIBRDKAFKA_VERSION"
if [ -x "$BIN" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  say "up to date: $BIN"
  echo "$BIN"
  exit 0
fi

mkdir -p "$CACHE" "$BIN_DIR"

if [ ! -f "$LIB" ]; then
  if [ ! -f "$SRC_DIR/configure" ]; then
    say "fetching librdkafka $LIBRDKAFKA_VERSION source from npm ($PKG)"
    tmp="$(mktemp -d "$CACHE/pack.XXXXXX")"
    trap 'rm -rf "$tmp"' EXIT
    ( cd "$tmp" && npm pack --silent "$PKG" >/dev/null ) || {
      say "npm pack $PKG failed: the npm registry must be reachable (or the package in the npm cache)"
      exit 1
    }
    tar -xzf "$tmp"/*.tgz -C "$tmp" package/deps/librdkafka
    rm -rf "$SRC_DIR"
    mv "$tmp/package/deps/librdkafka" "$SRC_DIR"
    rm -rf "$tmp"
    trap - EXIT
  fi
  say "building librdkafka (static, ~1 min on 2 cores)"
  (
    cd "$SRC_DIR"
    ./configure --disable-gssapi --disable-zstd --disable-curl >ks-configure.out 2>&1 \
      || { say "configure failed; see $SRC_DIR/ks-configure.out"; exit 1; }
    make -j"$(nproc 2>/dev/null || echo 2)" libs >ks-make.out 2>&1 \
      || { say "make failed; see $SRC_DIR/ks-make.out"; exit 1; }
  )
fi

say "linking $BIN"
cc -O2 -Wall -Wextra -o "$BIN.tmp" "$LAUNCHER" -isystem "$SRC_DIR/src" \
  "$LIB" -lssl -lcrypto -lz -lm -lpthread -ldl -lrt
mv "$BIN.tmp" "$BIN"
echo "$want" >"$STAMP"
say "built: $BIN"
echo "$BIN"
