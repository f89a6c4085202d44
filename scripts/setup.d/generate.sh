#!/usr/bin/env bash
# Tools the generator's tests check generated code with (test/method/generate): Python's confluent-kafka and kafka-python
# for the end-to-end run, Go with confluent-kafka-go's source and librdkafka to compile generated Go.
# Safe to run again: apt-get skips what is installed.
set -euo pipefail
packages=(python3 python3-confluent-kafka python3-kafka python3-pyflakes golang-go golang-github-confluentinc-confluent-kafka-go-dev librdkafka-dev pkg-config gcc)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "setup generate: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
