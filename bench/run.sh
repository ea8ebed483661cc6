#!/usr/bin/env bash
# The performance benchmark: not part of ./mvnw verify. Starts Atelier in production mode with the embedded
# store on loopback, measures its start-up, then drives it and prints the figures (also under target/benchmarks/).
# Scenarios: start-up and heap; the big canvas (2,000 cards in real headless Chromium, then a drag); the join storm,
# heap per participant, one big board, the ceiling and many small workshops (participants are real Vaadin UIs driven
# over Vaadin's protocol by src/test/java/app/atelier/support/VaadinClient.java); the PDF report benchmark.
# Options: see LoadBenchmark's javadoc, e.g. BENCH_OPTS="-Dbench.people=500 -Dbench.only=storm,one"; the server's
# JVM options in BENCH_SERVER_OPTS (e.g. "-XX:+UseZGC"); BENCH_SKIP_BUILD=1 reuses the jar.
# Then the cluster benchmark (bench/cluster.sh, its own nodes; options in CLUSTER_OPTS; BENCH_CLUSTER=0 skips it)
# and the crowd benchmark (bench/crowd.sh, its own server; options in CROWD_OPTS; BENCH_CROWD=0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${BENCH_PORT:-18080}"
CARDS="${BENCH_CARDS:-2000}"
EMAIL="bench@example.org"
PASSWORD="bench-password-$$"
mkdir -p target/benchmarks

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -Pproduction -DskipTests package
  ./mvnw -B -q -DskipTests test-compile
fi

start=$(date +%s%N)
rm -rf target/benchmarks/data
"$JAVA_HOME/bin/java" -Xmx2g ${BENCH_SERVER_OPTS:-} -jar target/atelier.jar --server.port="$PORT" --atelier.data-dir=target/benchmarks/data \
  --atelier.signup=false --atelier.admin.email="$EMAIL" --atelier.admin.password="$PASSWORD" \
  --atelier.rate.card-burst=1000000 --atelier.rate.edit-burst=1000000 --atelier.rate.comment-burst=1000000 \
  --atelier.rate.guests-per-address-per-hour=1000000 > target/benchmarks/server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$PORT/login"; do
  kill -0 "$server" 2>/dev/null || { cat target/benchmarks/server.log; exit 1; }
  sleep 0.1
done
startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 2
heap=$("$JAVA_HOME/bin/jcmd" "$server" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 || true)
echo "start-up: first HTTP 200 after ${startup_ms} ms; heap after start: ${heap:-n/a}" | tee target/benchmarks/startup.txt

./mvnw -B -q -DskipTests org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=app.atelier.bench.BigCanvasBenchmark \
  -Dexec.args="http://127.0.0.1:$PORT $EMAIL $PASSWORD $CARDS"

./mvnw -B -q -DskipTests org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=app.atelier.bench.LoadBenchmark ${BENCH_OPTS:-} \
  -Dexec.args="http://127.0.0.1:$PORT $EMAIL $PASSWORD $server"

kill $server 2>/dev/null || true
wait $server 2>/dev/null || true
if [ "${BENCH_CLUSTER:-1}" = 1 ]; then
  CLUSTER_SKIP_BUILD=1 bench/cluster.sh
fi
if [ "${BENCH_CROWD:-1}" = 1 ]; then
  CROWD_SKIP_BUILD=1 bench/crowd.sh
fi
./mvnw -B -q -Pbench -DskipTests test
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" \
  | tee target/benchmarks/machine.txt
echo "Figures in target/benchmarks/ (load.md: the load scenarios, cluster.md: the cluster scenarios)"
