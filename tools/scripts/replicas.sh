#!/usr/bin/env bash
# Three read replicas on loopback behind nginx, fed by dataset snapshots (docs/scaling.md):
#   1. builds the jars if needed and installs nginx (Debian package) when missing;
#   2. a builder loads dataset A (the bundled sample) and exports a snapshot; each replica imports it and starts;
#   3. checks through nginx that every replica answers with HentetDato A;
#   4. the builder loads dataset B (a generated file with a later HentetDato) and exports it; the snapshot is shipped
#      to the replicas one at a time (stop, import, start: a rolling update) while a client keeps asking nginx;
#   5. checks that all three, asked directly and through nginx, serve HentetDato B; prints the evidence; cleans up.
# Usage: tools/scripts/replicas.sh            (PORT_BASE=18300 by default: nginx on it, replicas on +1..+3)
#        KEEP=1 tools/scripts/replicas.sh     (keep the work directory for inspection)
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT_BASE="${PORT_BASE:-18300}"
PROXY_PORT="$PORT_BASE"
REPLICAS=(1 2 3)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fest-replicas.XXXXXX")"
SERVER_JAR="$PWD/server/target/fest-server.jar"
TOOLS_JAR="$PWD/tools/target/fest-tools.jar"
HENTET_B="2026-11-15T03:10:22"
declare -A PIDS=()
NGINX_PID=""
CLIENT_PID=""

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

cleanup() {
  set +e
  [ -n "$CLIENT_PID" ] && kill "$CLIENT_PID" 2>/dev/null
  for i in "${!PIDS[@]}"; do kill "${PIDS[$i]}" 2>/dev/null; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  wait 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

server() { java -Xmx384m -XX:TieredStopAtLevel=1 -jar "$SERVER_JAR" "$@"; }

port_of() { echo $((PORT_BASE + $1)); }

start_replica() {
  local i=$1
  (cd "$WORK" && FEST_CONFIG="$WORK/none.properties" exec java -Xmx384m -jar "$SERVER_JAR" \
      --host 127.0.0.1 --port "$(port_of "$i")" --data-dir "$WORK/replica$i" \
      >> "$WORK/replica$i.out" 2>> "$WORK/replica$i.err") &
  PIDS[$i]=$!
  wait_ready "http://127.0.0.1:$(port_of "$i")" "replica $i"
}

stop_replica() {
  local i=$1
  kill "${PIDS[$i]}"
  wait "${PIDS[$i]}" 2>/dev/null || true
  unset "PIDS[$i]"
}

wait_ready() {
  local url=$1 name=$2
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$url/api/v1/health/ready" 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  echo "error: $name did not become ready; its log:" >&2
  tail -20 "$WORK"/*.err >&2 || true
  exit 1
}

hentet_dato() { curl -fsS "$1/api/v1/status" | sed -E 's/.*"hentetDato":"([^"]+)".*/\1/'; }

# ---------------------------------------------------------------- prerequisites
for p in "$PROXY_PORT" "$(port_of 1)" "$(port_of 2)" "$(port_of 3)"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "error: port $p is in use (set PORT_BASE)" >&2; exit 2; fi
done
if [ ! -f "$SERVER_JAR" ] || [ ! -f "$TOOLS_JAR" ]; then
  log "building the jars (mvn -pl server,tools -am package -DskipTests)"
  mvn -B -q -pl server,tools -am package -DskipTests
fi
if ! command -v nginx > /dev/null; then
  log "installing nginx (Debian package)"
  if [ "$(id -u)" != 0 ]; then echo "error: nginx is missing and installing it needs root" >&2; exit 2; fi
  apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx > /dev/null
fi
log "nginx: $(nginx -v 2>&1); java: $(java -version 2>&1 | head -1); work directory $WORK"
mkdir -p "$WORK/snapshots" "$WORK/nginx"

# ---------------------------------------------------------------- dataset A, built once, imported by every replica
log "builder: load dataset A (the bundled sample) and export it"
server --data-dir "$WORK/builder" load data/fest-sample.xml.gz 2>&1 | grep '^loaded' | sed -E 's/ entities;.*/ entities/'
exported="$(server --data-dir "$WORK/builder" snapshot export --out "$WORK/snapshots/A.zip" 2>&1)"
echo "$exported" | grep '^exported' | sed "s#$WORK#\$WORK#g"
HENTET_A="$(echo "$exported" | sed -nE 's/.*\(HentetDato ([^)]+)\).*/\1/p')"
for i in "${REPLICAS[@]}"; do
  server --data-dir "$WORK/replica$i" snapshot import "$WORK/snapshots/A.zip" 2>&1 | grep '^imported' | sed "s#$WORK#\$WORK#g"
done
for i in "${REPLICAS[@]}"; do start_replica "$i"; done
log "replicas ready on ports $(port_of 1) $(port_of 2) $(port_of 3)"

# ---------------------------------------------------------------- nginx in front, in the foreground of its own process
cat > "$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
  access_log $WORK/nginx/access.log;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream fest {
    server 127.0.0.1:$(port_of 1) max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$(port_of 2) max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$(port_of 3) max_fails=1 fail_timeout=2s;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://fest;
      # a replica that is restarting refuses connections or is not ready (503): try the next one
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 1s;
      add_header X-Replica \$upstream_addr always;
    }
  }
}
EOF
nginx -t -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" 2> "$WORK/nginx/test.log" || { cat "$WORK/nginx/test.log" >&2; exit 1; }
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
PROXY="http://127.0.0.1:$PROXY_PORT"
wait_ready "$PROXY" nginx

through_proxy() {
  # 9 requests through nginx: which replica answered and with which HentetDato (header FEST-Hentet-Dato)
  for _ in $(seq 1 9); do
    curl -fsS -D - -o /dev/null "$PROXY/api/v1/status" \
      | tr -d '\r' | awk -F': ' 'tolower($1)=="x-replica"{r=$2} tolower($1)=="fest-hentet-dato"{h=$2} END{print r, h}'
  done | sort | uniq -c | sed 's/^/    /'
}

log "through nginx, dataset A expected ($HENTET_A): requests per replica and HentetDato"
through_proxy | tee "$WORK/check-A.txt"
if grep -qv "$HENTET_A" "$WORK/check-A.txt" || [ "$(wc -l < "$WORK/check-A.txt")" -ne 3 ]; then
  echo "error: not every replica answered with HentetDato $HENTET_A" >&2; exit 1
fi

# ---------------------------------------------------------------- dataset B: built once, shipped to every replica
log "builder: generate dataset B (HentetDato $HENTET_B), load it and export it"
java -jar "$TOOLS_JAR" generate --scale 0.03 --seed 2 --hentet-dato "$HENTET_B" --out "$WORK/fest-B.xml.gz" > /dev/null 2>&1
server --data-dir "$WORK/builder" load "$WORK/fest-B.xml.gz" 2>&1 | grep '^loaded' | sed -E 's/ entities;.*/ entities/'
server --data-dir "$WORK/builder" snapshot export --out "$WORK/snapshots/B.zip" 2>&1 | grep '^exported' | sed "s#$WORK#\$WORK#g"

# a client asks nginx 10 times a second during the rollout (bounded: at most 600 requests)
(for _ in $(seq 1 600); do
   curl -s -o /dev/null -w '%{http_code} %header{fest-hentet-dato}\n' "$PROXY/api/v1/packs/100010" || echo "000 -"
   sleep 0.1
 done > "$WORK/during-rollout.txt") &
CLIENT_PID=$!

for i in "${REPLICAS[@]}"; do
  log "replica $i: stop, import the newest snapshot, start"
  stop_replica "$i"
  server --data-dir "$WORK/replica$i" snapshot import "$WORK/snapshots" 2>&1 | grep '^imported' | sed "s#$WORK#\$WORK#g"
  start_replica "$i"
done
kill "$CLIENT_PID" 2>/dev/null; wait "$CLIENT_PID" 2>/dev/null || true; CLIENT_PID=""

log "asked directly, dataset B expected ($HENTET_B)"
for i in "${REPLICAS[@]}"; do
  h="$(hentet_dato "http://127.0.0.1:$(port_of "$i")")"
  g="$(curl -fsS "http://127.0.0.1:$(port_of "$i")/metrics" | grep '^fest_dataset_hentet_dato_seconds ')"
  printf '    replica %s (port %s): HentetDato %s; %s\n' "$i" "$(port_of "$i")" "$h" "$g"
  [ "$h" = "$HENTET_B" ] || { echo "error: replica $i serves $h" >&2; exit 1; }
done
log "through nginx, dataset B expected: requests per replica and HentetDato"
through_proxy | tee "$WORK/check-B.txt"
if grep -qv "$HENTET_B" "$WORK/check-B.txt" || [ "$(wc -l < "$WORK/check-B.txt")" -ne 3 ]; then
  echo "error: not every replica answered with HentetDato $HENTET_B" >&2; exit 1
fi
log "during the rolling update, GET /api/v1/packs/100010 through nginx (status, HentetDato: count):"
sort "$WORK/during-rollout.txt" | uniq -c | sed 's/^/    /'
if grep -qv '^200 ' "$WORK/during-rollout.txt"; then echo "error: requests failed during the rollout" >&2; exit 1; fi
log "OK: 3 replicas behind nginx moved from HentetDato $HENTET_A to $HENTET_B with no failed request"
