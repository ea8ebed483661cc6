#!/usr/bin/env bash
# The cluster benchmark (see ClusterBenchmark's javadoc and bench/README.md): starts its own Atelier nodes from the
# production jar on loopback (free ports, data under target/benchmarks/cluster/), restarts and kills them, and
# writes the figures to target/benchmarks/cluster.md. Not part of ./mvnw verify.
# Options as system properties in CLUSTER_OPTS, e.g. CLUSTER_OPTS="-Dcluster.only=continuity -Dcluster.phaseSeconds=3".
# CLUSTER_SKIP_BUILD=1 uses the jar and test classes already built (bench/run.sh builds them first).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p target/benchmarks/cluster

if [ "${CLUSTER_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -Pproduction -DskipTests package
  ./mvnw -B -q -DskipTests test-compile
fi

# The benchmark kills its nodes when it ends, even on an error or Ctrl-C; should it itself be killed, the nodes it
# started (their pids are in target/benchmarks/cluster/pids) are stopped here.
pids=target/benchmarks/cluster/pids
cleanup() {
  [ -f "$pids" ] || return 0
  while read -r pid; do
    if [ -n "$pid" ] && grep -qa atelier.jar "/proc/$pid/cmdline" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  done < "$pids"
}
trap cleanup EXIT

./mvnw -B -q -DskipTests org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=app.atelier.bench.ClusterBenchmark ${CLUSTER_OPTS:-}
echo "Figures in target/benchmarks/cluster.md, node logs in target/benchmarks/cluster/"
