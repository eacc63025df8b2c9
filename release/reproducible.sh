#!/usr/bin/env bash
# Two clean builds must give byte-identical jars (sources and javadoc jars included).
# Usage: release/reproducible.sh   (from the repository root; exit 0 when every jar is identical)
set -euo pipefail
cd "$(dirname "$0")/.."
sums() { find . -path ./api-baseline -prune -o -path '*/target/*.jar' -print | sort | xargs sha256sum; }
./mvnw -B -q clean package -DskipTests
sums > /tmp/r2p-jars-1.sha256
./mvnw -B -q clean package -DskipTests
sums > /tmp/r2p-jars-2.sha256
if diff /tmp/r2p-jars-1.sha256 /tmp/r2p-jars-2.sha256; then
  echo "reproducible: $(wc -l < /tmp/r2p-jars-2.sha256) jars identical in two clean builds"
else
  echo "not reproducible: the jars above differ" >&2
  exit 1
fi
