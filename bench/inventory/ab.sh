#!/usr/bin/env bash
# Interleaved A/B of cold starts of two server builds (not a test): each round starts build A and
# build B (alternating which goes first, so a slow phase of a shared machine hits both alike) on a
# fresh empty data directory and on a fresh copy of a seeded one, and prints the seconds until
# /health/ready answers. Each build runs from its own checkout's prepared runtime (bin/lib/jvm.sh).
#
# usage: bench/inventory/ab.sh ROOT_A ROOT_B [SEEDED_DATA_DIR]
#   ROOT_*: checkouts with management-server/target/{vireo.war,payara-micro.jar} built, e.g.
#     git worktree add /tmp/old <commit> && (cd /tmp/old && mvn -B -q -pl management-server -am package -DskipTests)
#   SEEDED_DATA_DIR: a data directory with a seeded database (KEEP=1 bench/inventory/run.sh keeps
#     one in its work directory); without it only empty-data-dir starts are timed.
# env: ROUNDS (default 5), PORT (default 18090). The servers' logs stay in the printed directory.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
[ $# -ge 2 ] || { sed -n 2,13p "$0" >&2; exit 2; }
A=$(cd "$1" && pwd)
B=$(cd "$2" && pwd)
SEEDED=${3:-}
ROUNDS=${ROUNDS:-5}
PORT=${PORT:-18090}
WORK=$(mktemp -d /tmp/vireo-ab-start.XXXXXX)

start() { # ROOT DATA_DIR LOG: prints the seconds until ready, then stops the server
  (
    # shellcheck source=../../bin/lib/jvm.sh
    . "$1/bin/lib/jvm.sh"
    bench_start "$1" "$2" "$PORT" "$3" || exit 1
    echo "$ELAPSED"
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  )
}

for root in "$A" "$B"; do # prepares each build's runtime now, outside the timed starts
  (. "$root/bin/lib/jvm.sh" && vireo_runtime "$root" "$root/management-server/target/payara-micro.jar" \
    "$root/management-server/target/vireo.war" && vireo_runtime_release)
done
for i in $(seq "$ROUNDS"); do
  if [ $((i % 2)) = 1 ]; then order="A B"; else order="B A"; fi
  for v in $order; do
    root=$A
    [ "$v" = B ] && root=$B
    rm -rf "$WORK/data"
    line="round $i $v empty $(start "$root" "$WORK/data" "$WORK/$v-empty-$i.log")"
    if [ -n "$SEEDED" ]; then
      rm -rf "$WORK/data" && cp -r "$SEEDED" "$WORK/data"
      line="$line seeded $(start "$root" "$WORK/data" "$WORK/$v-seeded-$i.log")"
    fi
    echo "$line"
  done
done
rm -rf "$WORK/data"
echo "logs in $WORK"
