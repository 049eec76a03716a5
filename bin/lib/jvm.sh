# shellcheck shell=bash
# JVM settings of the management server, sourced by bin/vireo-server and bench/inventory/run.sh.

# This directory: the JIT directives and Payara Micro preboot commands below live beside this file.
VIREO_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# The optimising JIT (C2) compiles only code that stays hot: with ten times the default Tier-4
# thresholds a start on two cores no longer spends a core compiling start-up code that runs a few
# thousand times (measured: cold start 14.0 s -> 12.6 s, VM list p99 34.9 -> 34.4 ms; SHA-256
# loops still reach C2 within a second). And C2 never compiles the class-path lookups and class-file
# parsers of c2-exclusions.json (C1 still does): with Payara Micro's ~320 runtime jars on one class
# path their loops deoptimise as new jars open and C2 recompiled them again and again, 0.5-1 s per
# compilation, half of C2's CPU during a start (JFR jdk.Compilation; the C2 thread's CPU fell from
# ~10 s to ~4.5 s per start). Code that serves requests is unaffected: class loading only. The
# profiling tier (C1, tier 3) waits for five times the default invocation counts too, so start-up
# code that runs a few hundred times stays interpreted (C1's CPU per start 4.5 s -> 2.7 s, the
# main thread no slower; steady-state code reaches the same tiers within the first requests).
# Part of the default VIREO_JAVA_OPTS.
VIREO_JIT_OPTS="-XX:Tier3InvocationThreshold=1000 -XX:Tier3MinInvocationThreshold=300 -XX:Tier3CompileThreshold=6000 -XX:Tier3BackEdgeThreshold=180000 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=$VIREO_LIB/c2-exclusions.json"
export VIREO_JIT_OPTS

# Payara Micro options of every start: no Hazelcast data grid (Vireo keeps its state in the database
# and does not use Payara's clustering, JCache or web-session replication; the grid costs about a
# tenth of the start's CPU and listens on a public interface), no usage reporting, and the
# asadmin commands of payara-preboot.asadmin: deployment descriptors are not validated against
# their XML schemas at every start (loading the Jakarta EE schemas cost ~3% of a start's CPU;
# Vireo's descriptors are fixed at build time and every test deploys them).
VIREO_MICRO_OPTS="--nohazelcast --disablephonehome --prebootcommandfile $VIREO_LIB/payara-preboot.asadmin"
export VIREO_MICRO_OPTS

# The prepared runtime: Payara Micro normally unpacks its ~320 runtime jars into a new temporary root
# directory at every start, then expands and scans the WAR again. Instead, once per build, a
# warm-up start (Payara Micro's --warmup: deploys, then stops; throw-away embedded database, a free
# port of its own) prepares a persistent root directory with the runtime, a launcher bound to it
# and Vireo deployed in it, and records a JVM class-data archive (JDK dynamic CDS) of the classes
# that start loads. Later starts run the launcher without --deploy: the root directory's own
# deployment is loaded, and the archive is mapped instead of loading, parsing and verifying those
# classes again (measured in docs/benchmarks.md: together about 30% of a start).
#
# One server at a time uses a prepared runtime (Payara writes its configuration there): the start
# holds a lock on it for the server's lifetime, and a second server of the same build starts the
# plain way instead (and says so). Each start begins from the configuration the warm-up left, so
# nothing a previous run changed or left half-written carries over. A stale or mismatched archive is
# ignored by the JVM, never an error; VIREO_CDS=0 starts the plain way.

# vireo_runtime ROOT MICRO_JAR WAR: sets VIREO_LAUNCH (an array: what follows the JVM options on the
# java command line) to the prepared runtime's launcher, preparing it first if needed, or to a plain
# Payara Micro start that deploys the WAR when the runtime cannot be used. Holds the runtime's lock
# on an inherited file descriptor, so exec'ing java keeps it until the server exits.
vireo_runtime() {
  local root=$1 micro=$2 war=$3 base key dir other
  VIREO_LAUNCH=(-jar "$micro" --deploy "$war" --contextroot /)
  [ "${VIREO_CDS:-1}" != 0 ] || return 0
  base="$root/management-server/target/runtime"
  # the build's identity: the two files' paths, sizes and modification times (hashing their 110 MB
  # cost 0.6 s of every start), the JVM and the Payara options (not the JVM's option variables:
  # java -version reports them, and a start with JFR must find the same runtime)
  key=$({ stat -L -c '%n %s %Y' "$war" "$micro"; env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS java -version 2>&1
    echo "$VIREO_MICRO_OPTS"; } | sha256sum | cut -c1-16)
  dir="$base/$key"
  if ! { mkdir -p "$base" && exec {VIREO_RUNTIME_FD}>"$dir.lock"; } 2>/dev/null; then
    echo "vireo: cannot write $base; starting the plain way (slower)" >&2
    return 0
  fi
  if ! flock -n "$VIREO_RUNTIME_FD"; then
    echo "vireo: another server uses the prepared runtime $dir; starting the plain way (slower)" >&2
    vireo_runtime_release
    return 0
  fi
  if [ ! -f "$dir/prepared" ]; then
    echo "vireo: preparing the runtime (once per build, about 40 s; VIREO_CDS=0 skips it)" >&2
    for other in "$base"/*.lock; do # runtimes of other builds that no server is using
      [ -e "$other" ] && [ "$other" != "$dir.lock" ] || continue
      (flock -n 9 && rm -rf "${other%.lock}" "${other%.lock}.log" "$other") 9>>"$other" || true
    done
    rm -rf "$dir"
    if ! vireo_prepare_runtime "$dir" "$micro" "$war" >"$dir.log" 2>&1; then
      echo "vireo: preparing the runtime failed (see $dir.log); starting the plain way" >&2
      rm -rf "$dir"
      vireo_runtime_release
      return 0
    fi
  fi
  if ! cp "$dir/domain.xml.prepared" "$dir/config/domain.xml"; then
    echo "vireo: the prepared runtime $dir is damaged; starting the plain way (the next start prepares it again)" >&2
    rm -f "$dir/prepared"
    vireo_runtime_release
    return 0
  fi
  VIREO_LAUNCH=(-XX:SharedArchiveFile="$dir/vireo.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
    -jar "$dir/launch-micro.jar")
  # OpenJDK 17 (17.0.15 seen) crashes (SIGSEGV in KlassFactory::check_shared_class_file_load_hook)
  # when a class that the warm-up generated at run time — the EJB container's
  # _SystemInterceptorProxy_Serializable — comes from the archive while an agent watches class
  # loading from the start (a Java agent, JFR started with the JVM). Such starts leave the archive
  # out. JFR started later (jcmd) finds that class already loaded: exercised, no crash.
  case " ${VIREO_JAVA_OPTS:-} ${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-} " in
    *-javaagent* | *-agentlib* | *-agentpath* | *-Xrun* | *StartFlightRecording* | *FlightRecorderOptions*)
      echo "vireo: an agent or JFR is set to start with the JVM; starting without the class-data archive (slower)" >&2
      VIREO_LAUNCH=(-jar "$dir/launch-micro.jar")
      ;;
  esac
}

# vireo_runtime_release: lets the next vireo_runtime of this shell (a benchmark's next start) take
# the runtime again once its server has stopped.
vireo_runtime_release() {
  if [ -n "${VIREO_RUNTIME_FD:-}" ]; then exec {VIREO_RUNTIME_FD}>&-; fi
  VIREO_RUNTIME_FD=""
}

# vireo_prepare_runtime DIR MICRO_JAR WAR: the root directory, its launcher, the deployment and the
# class-data archive; DIR/prepared is written last.
vireo_prepare_runtime() {
  local dir=$1 micro=$2 war=$3 data port
  # the start's own JVM options (an agent, JFR) stay out of the runtime and its archive
  env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS java -jar "$micro" --rootdir "$dir" --outputlauncher || return 1
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # shellcheck disable=SC2086
  env -u VIREO_DB_URL -u VIREO_DB_USER -u VIREO_DB_PASSWORD -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
    VIREO_ADMIN_PASSWORD="Warm-up-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')-1aA" \
    java -Xmx768m -XX:ArchiveClassesAtExit="$dir/vireo.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dvireo.data.dir="$data" -Dvireo.http.port="$port" -Djava.net.preferIPv4Stack=true \
    -jar "$dir/launch-micro.jar" --deploy "$war" --contextroot / --port "$port" $VIREO_MICRO_OPTS \
    --warmup || { rm -rf "$data"; return 1; }
  rm -rf "$data"
  [ -f "$dir/vireo.jsa" ] && [ -d "$dir/applications/vireo" ] || return 1
  cp "$dir/config/domain.xml" "$dir/domain.xml.prepared" && touch "$dir/prepared"
}
