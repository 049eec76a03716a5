#!/usr/bin/env bash
# Inventory API latency benchmark (not a test): cold start and RSS on the embedded database, then
# p50/p99 of listing VMs by host group and of reading one VM, with 1,000 hosts and 25,000 VMs.
#
#   mvn -B -pl management-server -am package -DskipTests   # once
#   bench/inventory/run.sh                                  # HOSTS, VMS, N, PORT, STARTS override
#                                                           # KEEP=1 keeps the servers' logs
#
# Start times on a shared machine only ever get longer from noise, so each kind of start is
# repeated (STARTS, default 5) and the table gives the fastest and the median.
#
# The fabric is written by JDBC batches (Seed.java) into the database the server migrated on its
# first start, while the server is stopped; the second start is the measured "seeded" start.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/inventory"
JAR="$ROOT/management-server/target/payara-micro.jar"
WAR="$ROOT/management-server/target/vireo.war"
H2_VERSION=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' "$ROOT/pom.xml")
H2="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
PORT=${PORT:-18080}
HOSTS=${HOSTS:-1000}
VMS=${VMS:-25000}
N=${N:-1000}
STARTS=${STARTS:-5}
WORK=$(mktemp -d /tmp/vireo-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"   # the WAR sets context root /
PID=""

for f in "$JAR" "$WAR" "$H2"; do [ -f "$f" ] || { echo "missing $f (build first)" >&2; exit 1; }; done
cleanup() { if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

# shellcheck source=../../bin/lib/jvm.sh
. "$ROOT/bin/lib/jvm.sh"
# shellcheck source=lib.sh
. "$HERE/lib.sh"
vireo_runtime "$ROOT" "$JAR" "$WAR" # prepares the runtime now, outside the timed starts
vireo_runtime_release

start_server() { bench_start "$ROOT" "$WORK/data" "$PORT" "$WORK/server-$1.log" "${2:-}"; } # NAME [plain]
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$PID/status"; }
stop_server() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; vireo_runtime_release; }

stats() { # seconds...: "fastest s (median s; each start in order)"
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.1f s (median %.1f s", a[1], a[int((NR+1)/2)]}'
  printf '; %s)' "$(printf '%.1f ' "$@" | sed 's/ $//')"
}
PLAIN=(); EMPTY=(); SEEDED=()
for i in $(seq "$STARTS"); do # alternate, so a slow phase of the machine hits both kinds alike
  rm -rf "$WORK/data"
  start_server "empty-plain-$i" plain
  PLAIN+=("$ELAPSED")
  stop_server
  rm -rf "$WORK/data"
  start_server "empty-$i"
  EMPTY+=("$ELAPSED")
  RSS_EMPTY=$(rss_mb)
  stop_server
done
java -cp "$H2" "$HERE/Seed.java" "jdbc:h2:file:$WORK/data/db/vireo;MODE=MSSQLServer" "$HOSTS" "$VMS" "$WORK"
for i in $(seq "$STARTS"); do
  start_server "seeded-$i"
  SEEDED+=("$ELAPSED")
  RSS_SEEDED=$(rss_mb)
  [ "$i" = "$STARTS" ] || stop_server
done
TOKEN=$(curl -fsS -X POST -u "administrator:$BENCH_ADMIN_PASSWORD" "$BASE/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
MEASURE=$(java "$HERE/Measure.java" "$BASE" "$TOKEN" "$(cat "$WORK/top-group-id")" "$WORK/vm-ids" "$N")
RSS_AFTER=$(rss_mb)
stop_server

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "Fabric: 50 host groups, $HOSTS hosts, $VMS VMs (H2 embedded, MODE=MSSQLServer); $N sequential requests per row after 400 warm-up"
echo
echo "| measure | value |"
echo "|---|---|"
echo "| cold start, empty data dir (migrations + bootstrap), $STARTS starts | $(stats "${EMPTY[@]}") |"
echo "| cold start, empty data dir, plain Payara Micro (VIREO_CDS=0: no prepared runtime or class-data archive), $STARTS starts | $(stats "${PLAIN[@]}") |"
echo "| cold start, seeded database, $STARTS starts | $(stats "${SEEDED[@]}") |"
echo "| RSS after start (empty / seeded / after the run) | $RSS_EMPTY / $RSS_SEEDED / $RSS_AFTER MB |"
echo "$MEASURE" | grep '^list-total' | awk '{print "| VMs in the listed host-group subtree | " $2 " |"}'
echo
echo "| request | n | p50 ms | p99 ms | mean ms |"
echo "|---|---|---|---|---|"
echo "$MEASURE" | grep '^|'
if [ -n "${KEEP:-}" ]; then echo "server logs kept in $WORK"; else rm -rf "$WORK"; fi
