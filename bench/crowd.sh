#!/usr/bin/env bash
# The crowd benchmark (CrowdBenchmark): its own server (production jar, embedded store in a file, -Xmx2g), then
# phones speaking the phone page's protocol from one JVM on the same cores. Options in CROWD_OPTS, e.g.
# CROWD_OPTS="-Dbench.phones=5000". Figures in target/benchmarks/crowd.md. Set CROWD_SKIP_BUILD=1 to reuse the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${CROWD_PORT:-18180}"
EMAIL="bench@example.org"
PASSWORD="bench-password-$$"
mkdir -p target/benchmarks
if [ "${CROWD_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -Pproduction -DskipTests package
  ./mvnw -B -q -DskipTests test-compile
fi
rm -rf target/benchmarks/crowd-data
"$JAVA_HOME/bin/java" -Xmx2g -jar target/atelier.jar --server.port="$PORT" \
  --atelier.data-dir=target/benchmarks/crowd-data --atelier.signup=false --atelier.admin.email="$EMAIL" \
  --atelier.admin.password="$PASSWORD" --atelier.crowd.joins-per-address-per-minute=1000000 \
  > target/benchmarks/crowd-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$PORT/login"; do
  kill -0 "$server" 2>/dev/null || { cat target/benchmarks/crowd-server.log; exit 1; }
  sleep 0.1
done
sleep 2
./mvnw -B -q -DskipTests org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=app.atelier.bench.CrowdBenchmark ${CROWD_OPTS:-} \
  -Dexec.args="http://127.0.0.1:$PORT $EMAIL $PASSWORD $server"
