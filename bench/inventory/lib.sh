# Shared by bench/inventory/run.sh and ab.sh (sourced, not run).
BENCH_ADMIN_PASSWORD='Bench-Admin-Passw0rd!'

# bench_start ROOT DATA_DIR PORT LOG [plain]: starts the server of the build in checkout ROOT the way
# bin/vireo-server does (its prepared runtime; "plain": Payara Micro deploying the WAR without it)
# and waits until /health/ready answers 200. The caller has sourced ROOT/bin/lib/jvm.sh. Sets PID,
# and ELAPSED: seconds from before vireo_runtime (its key and lock are part of every start).
bench_start() {
  local root=$1 data=$2 port=$3 log=$4 t0
  local jar="$root/management-server/target/payara-micro.jar" war="$root/management-server/target/vireo.war"
  t0=$(date +%s.%N)
  if [ "${5:-}" = plain ]; then
    VIREO_CDS=0 vireo_runtime "$root" "$jar" "$war"
  else
    vireo_runtime "$root" "$jar" "$war"
    [[ "${VIREO_LAUNCH[*]}" == *launch-micro.jar* ]] || { echo "the prepared runtime is unavailable" >&2; return 1; }
  fi
  # shellcheck disable=SC2086
  java -Xmx512m $VIREO_JIT_OPTS -Dvireo.data.dir="$data" -Dvireo.admin.password="$BENCH_ADMIN_PASSWORD" \
    "${VIREO_LAUNCH[@]}" --port "$port" $VIREO_MICRO_OPTS >"$log" 2>&1 &
  PID=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
    [ "$(echo "$(date +%s.%N) - $t0 > 300" | bc)" = 1 ] && { echo "not ready after 300 s" >&2; return 1; }
    kill -0 "$PID" 2>/dev/null || { echo "server died, see $log" >&2; return 1; }
    sleep 0.1
  done
  ELAPSED=$(echo "$(date +%s.%N) - $t0" | bc)
}
