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

# Class-data sharing for the management server: a JVM archive (JDK dynamic CDS) of the classes
# loaded while Payara Micro boots and deploys Vireo, made once per build by a warm-up start that
# deploys and stops (Payara Micro's --warmup) on a throw-away embedded database. Later starts map
# the archive instead of loading, parsing and verifying those classes again (measured in
# docs/benchmarks.md). A stale or mismatched archive is ignored by the JVM, never an error.

# vireo_cds_archive ROOT MICRO_JAR WAR: prints the archive's path, creating it if needed; prints
# nothing if the warm-up failed (the server then starts without it). The warm-up listens on a free
# port of its own, so nothing mistakes it for the server being ready.
vireo_cds_archive() {
  local root=$1 micro=$2 war=$3
  local dir="$root/management-server/target/cds" key jsa data port
  key=$({ sha256sum "$war" "$micro" | cut -d' ' -f1; java -version 2>&1; echo "$VIREO_MICRO_OPTS"; } | sha256sum | cut -c1-16)
  jsa="$dir/vireo-$key.jsa"
  if [ ! -f "$jsa" ]; then
    echo "vireo: preparing the class-data archive (once per build, about 30 s; VIREO_CDS=0 skips it)" >&2
    rm -rf "$dir" && mkdir -p "$dir"
    data=$(mktemp -d)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # shellcheck disable=SC2086
    if ! env -u VIREO_DB_URL -u VIREO_DB_USER -u VIREO_DB_PASSWORD \
        VIREO_ADMIN_PASSWORD="Warm-up-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')-1aA" \
        java -Xmx768m -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Dvireo.data.dir="$data" -Dvireo.http.port="$port" -Djava.net.preferIPv4Stack=true \
        -jar "$micro" --deploy "$war" --contextroot / --port "$port" $VIREO_MICRO_OPTS --warmup \
        >"$dir/warmup.log" 2>&1; then
      echo "vireo: the warm-up start failed (see $dir/warmup.log); starting without the archive" >&2
      rm -f "$jsa"
    fi
    rm -rf "$data"
  fi
  if [ -f "$jsa" ]; then echo "$jsa"; fi
}

# vireo_cds_opts ARCHIVE: the JVM options that use it (none for an empty path).
vireo_cds_opts() {
  if [ -n "$1" ]; then echo "-XX:SharedArchiveFile=$1 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"; fi
}
