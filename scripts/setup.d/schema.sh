#!/usr/bin/env bash
# The optional differential test of `schema check` runs Apache Avro Java (Debian's libavro-java,
# Avro 1.8.2) beside our checker. It needs a JDK and the Avro jar with its runtime classpath
# (Jackson 1.x, SLF4J). Safe to run again: installs only what is missing.
set -euo pipefail
need=()
command -v javac >/dev/null 2>&1 || need+=(default-jdk-headless)
[ -e /usr/share/java/avro.jar ] || need+=(libavro-java)
[ -e /usr/share/java/slf4j-nop.jar ] || need+=(libslf4j-java)
if [ ${#need[@]} -eq 0 ]; then
  echo "schema: Avro Java and a JDK are present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! apt-cache show libavro-java >/dev/null 2>&1; then
  $SUDO apt-get update -qq
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
