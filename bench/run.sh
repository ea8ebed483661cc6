#!/usr/bin/env bash
# The performance benchmark: not part of ./mvnw verify. Starts Atelier in production mode with the embedded
# store on loopback, measures its start-up, then drives it and prints the figures (also under target/benchmarks/).
# So far: start-up, heap after start, the big-canvas scenario (a 2,000-card board in real headless Chromium) and the
# PDF report benchmark. Still to come (issue 6): 1,000 participants over push, latency percentiles, heap per
# participant, join storm.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${BENCH_PORT:-18080}"
CARDS="${BENCH_CARDS:-2000}"
EMAIL="bench@example.org"
PASSWORD="bench-password-$$"
mkdir -p target/benchmarks

./mvnw -B -q -Pproduction -DskipTests package
./mvnw -B -q -DskipTests test-compile

start=$(date +%s%N)
"$JAVA_HOME/bin/java" -Xmx1g -jar target/atelier.jar --server.port="$PORT" --atelier.data-dir=memory \
  --atelier.signup=false --atelier.admin.email="$EMAIL" --atelier.admin.password="$PASSWORD" \
  --atelier.rate.card-burst=1000000 > target/benchmarks/server.log 2>&1 &
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

kill $server 2>/dev/null || true
./mvnw -B -q -Pbench -DskipTests test
echo "Figures in target/benchmarks/"
