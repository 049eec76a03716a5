#!/usr/bin/env bash
# Backup engine benchmark: Vireo vs restic vs borg (+ the raw read rate) on the same
# generated sparse disk image, in one run. Not a timed test; results go to
# docs/benchmarks.md (section "## Backup engine").
#
# usage: bench/backup/run.sh [SIZE_MIB]        (default 4096)
# env:   BENCH_WORK (default bench/work/backup), BENCH_SEED (default 1),
#        BENCH_NO_DOCS=1 to skip writing docs/benchmarks.md,
#        BENCH_CRASH_TRIALS (default 150; 0 skips the kill -9 trials of step 5)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
size_mib=${1:-4096}
seed=${BENCH_SEED:-1}
work=${BENCH_WORK:-$root/bench/work/backup}
here=$root/bench/backup
cmdline="bench/backup/run.sh $*"
export RESTIC_PASSWORD=bench-pass BORG_PASSPHRASE=bench-pass VIREO_PASSPHRASE=bench-pass
export BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK=yes BORG_RELOCATED_REPO_ACCESS_IS_OK=yes
# The plain CLI rows run every command in a fresh JVM; the "vireo-agent" rows hand the same
# commands to an agent of their own (vireo-backup agent, on a socket under the work directory).
export VIREO_BACKUP_AGENT=0

need_apt=()
command -v restic >/dev/null || need_apt+=(restic)
command -v borg >/dev/null || need_apt+=(borgbackup)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_apt[@]}"
fi
jar=$(ls "$root"/backup-extension/target/vireo-backup-extension-*-cli.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
  (cd "$root" && mvn -B -q -pl backup-extension package -DskipTests)
  jar=$(ls "$root"/backup-extension/target/vireo-backup-extension-*-cli.jar | head -1)
fi
vireo="$root/backup-extension/bin/vireo-backup"

rm -rf "$work" && mkdir -p "$work"
img=$work/disk.img
results=$work/results.tsv
: >"$results"

drop_caches() { sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true; }
repo_bytes() { du -sb "$1" | cut -f1; }

# measure STEP TOOL REPO CMD... : cold cache, wall time and peak RSS from /usr/bin/time -v
measure() {
  local step=$1 tool=$2 repo=$3; shift 3
  drop_caches
  local log=$work/$step-$tool.time
  /usr/bin/time -v -o "$log" "$@" >"$work/$step-$tool.out" 2>"$work/$step-$tool.err"
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  local rb=0
  [ -n "$repo" ] && rb=$(repo_bytes "$repo")
  printf '%s\t%s\t%s\t%s\t%s\n' "$step" "$tool" "$secs" "$rss" "$rb" >>"$results"
  echo "  $step $tool: ${secs}s rss=${rss}KiB repo=$rb" >&2
}

# measure_warm STEP ARGS...: the step in a JVM that has backed up and restored before, as the
# management server's JVM has (bench/backup/InProcess.java); records the timed operation's own
# seconds (the warm-up and JVM start excluded), the process's peak RSS and the warm repository's size
measure_warm() {
  local step=$1; shift
  drop_caches
  rm -rf "$work/warm-scratch" && mkdir -p "$work/warm-scratch"
  local log=$work/$step-vireo-warm.time out=$work/$step-vireo-warm.out
  /usr/bin/time -v -o "$log" java -XX:+UseSerialGC -Xmx1g -cp "$jar" "$here/InProcess.java" "$1" \
    "$work/vireo-warm" "$work/warm-scratch" "$img" "${@:2}" >"$out" 2>"$work/$step-vireo-warm.err"
  local secs rss
  secs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["seconds"])' "$out")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  printf '%s\t%s\t%s\t%s\t%s\n' "$step" vireo-warm "$secs" "$rss" "$(repo_bytes "$work/vireo-warm")" >>"$results"
  echo "  $step vireo-warm: ${secs}s (in a warm JVM)" >&2
  rm -rf "$work/warm-scratch"
}

# measure_agent STEP REPO ARGS...: the vireo-backup command line, handed to the running agent;
# wall time of the command line, and the agent process's peak RSS so far (VmHWM)
agent_pid=
measure_agent() {
  local step=$1 repo=$2; shift 2
  measure "$step" vireo-agent "$repo" env VIREO_BACKUP_AGENT=1 "$vireo" "$@"
  local hwm
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$agent_pid/status")
  printf '%s\t%s\t%s\n' "$step" vireo-agent-rss "$hwm" >>"$work/agent-rss.tsv"
}

newest_point() { "$vireo" list --repo "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1]["point"])'; }
same_as_last() { [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$sha_last" ] && echo yes || echo NO; } # FILE: yes/NO

echo "generating ${size_mib} MiB image" >&2
python3 "$here/mkimage.py" "$img" "$size_mib" "$seed"
logical=$(stat -c %s "$img")
allocated=$(( $(stat -c %b "$img") * $(stat -c %B "$img") ))

mkdir -p "$work/restore-vireo" "$work/restore-restic" "$work/restore-borg"
"$vireo" init --repo "$work/vireo" --encrypt --quiet >/dev/null
"$vireo" init --repo "$work/vireo-plain" --quiet >/dev/null
"$vireo" init --repo "$work/vireo-agent" --encrypt --quiet >/dev/null
restic init --repo "$work/restic" >/dev/null
borg init --encryption=repokey-blake2 "$work/borg" >/dev/null

echo "starting the agent, warmed by one selftest run through it" >&2
export VIREO_BACKUP_AGENT_SOCKET=$work/agent/agent.sock
"$vireo" agent start --idle-timeout 0 >&2
agent_pid=$("$vireo" agent status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["pid"])')
trap '"$vireo" agent stop >/dev/null 2>&1 || true' EXIT
VIREO_BACKUP_AGENT=1 "$vireo" selftest --quiet --dir "$work"
: >"$work/agent-rss.tsv"

echo "step 1: raw read and full backup" >&2
measure raw-read raw "" dd if="$img" of=/dev/null bs=4M
measure full vireo "$work/vireo" "$vireo" backup image --repo "$work/vireo" --vm bench --disk d0="$img" --quiet --json
measure full vireo-plain "$work/vireo-plain" "$vireo" backup image --repo "$work/vireo-plain" --vm bench --disk d0="$img" --quiet --json
measure full restic "$work/restic" restic --repo "$work/restic" backup --quiet "$img"
measure full borg "$work/borg" borg create "$work/borg::full" "$img"
measure_warm full full
measure_agent full "$work/vireo-agent" backup image --repo "$work/vireo-agent" --vm bench --disk d0="$img" --quiet --json
sha_full=$(sha256sum "$img" | cut -d' ' -f1)

echo "step 2: incremental after 2% clustered churn" >&2
changed_c=$(python3 "$here/churn.py" "$img" clustered 0.02 $((seed + 1)) "$work/clustered.extents")
measure inc-clustered vireo "$work/vireo" "$vireo" backup extents --repo "$work/vireo" --vm bench \
  --disk d0="$img" --extents d0="$work/clustered.extents" --quiet --json
measure inc-clustered vireo-plain "$work/vireo-plain" "$vireo" backup extents --repo "$work/vireo-plain" --vm bench \
  --disk d0="$img" --extents d0="$work/clustered.extents" --quiet --json
measure inc-clustered restic "$work/restic" restic --repo "$work/restic" backup --quiet "$img"
measure inc-clustered borg "$work/borg" borg create "$work/borg::inc1" "$img"
measure_warm inc-clustered incremental "$work/clustered.extents"
measure_agent inc-clustered "$work/vireo-agent" backup extents --repo "$work/vireo-agent" --vm bench \
  --disk d0="$img" --extents d0="$work/clustered.extents" --quiet --json

echo "step 3: incremental after scattered 4 KiB churn (0.2% of the disk)" >&2
changed_s=$(python3 "$here/churn.py" "$img" scattered 0.002 $((seed + 2)) "$work/scattered.extents")
measure inc-scattered vireo "$work/vireo" "$vireo" backup extents --repo "$work/vireo" --vm bench \
  --disk d0="$img" --extents d0="$work/scattered.extents" --quiet --json
measure inc-scattered vireo-plain "$work/vireo-plain" "$vireo" backup extents --repo "$work/vireo-plain" --vm bench \
  --disk d0="$img" --extents d0="$work/scattered.extents" --quiet --json
measure inc-scattered restic "$work/restic" restic --repo "$work/restic" backup --quiet "$img"
measure inc-scattered borg "$work/borg" borg create "$work/borg::inc2" "$img"
measure_warm inc-scattered incremental "$work/scattered.extents"
measure_agent inc-scattered "$work/vireo-agent" backup extents --repo "$work/vireo-agent" --vm bench \
  --disk d0="$img" --extents d0="$work/scattered.extents" --quiet --json
sha_last=$(sha256sum "$img" | cut -d' ' -f1)

echo "step 4: restore of the newest point" >&2
point=$(newest_point "$work/vireo")
measure restore vireo "" "$vireo" restore --repo "$work/vireo" --point "$point" --disk d0 \
  --output "$work/restore-vireo/disk.img" --quiet --json
point_p=$(newest_point "$work/vireo-plain")
measure restore vireo-plain "" "$vireo" restore --repo "$work/vireo-plain" --point "$point_p" --disk d0 \
  --output "$work/restore-vireo/plain.img" --quiet --json
measure restore restic "" restic --repo "$work/restic" restore latest --target "$work/restore-restic"
measure restore borg "" sh -c "cd '$work/restore-borg' && borg extract --sparse '$work/borg::inc2'"
point_w=$(newest_point "$work/vireo-warm")
measure_warm restore restore "$point_w" "$work/restore-vireo/warm.img"
point_a=$(newest_point "$work/vireo-agent")
measure_agent restore "" restore --repo "$work/vireo-agent" --point "$point_a" --disk d0 \
  --output "$work/restore-vireo/agent.img" --quiet --json
"$vireo" agent stop >/dev/null
ok_v=$(same_as_last "$work/restore-vireo/disk.img")
[ "$(same_as_last "$work/restore-vireo/warm.img")" = yes ] || ok_v="$ok_v (warm JVM: NO)"
[ "$(same_as_last "$work/restore-vireo/agent.img")" = yes ] || ok_v="$ok_v (agent: NO)"
ok_r=$(same_as_last "$(find "$work/restore-restic" -name disk.img)")
ok_b=$(same_as_last "$(find "$work/restore-borg" -name disk.img)")

crash_trials=${BENCH_CRASH_TRIALS:-150}
if [ "$crash_trials" -gt 0 ]; then
  echo "step 5: crash safety, $crash_trials backups started and many killed with SIGKILL (CrashSafetyIT)" >&2
  (cd "$root" && mvn -B -pl backup-extension verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=CrashSafetyIT -Dcrash.trials="$crash_trials" >"$work/crash.log" 2>&1) || true
  grep -o 'crash test passed: .*' "$work/crash.log" >"$work/crash.txt" \
    || echo "crash test FAILED ($crash_trials trials): see $work/crash.log" >"$work/crash.txt"
  cat "$work/crash.txt" >&2
fi

python3 "$here/report.py" "$results" "$logical" "$allocated" "$changed_c" "$changed_s" \
  "$ok_v/$ok_r/$ok_b" "$cmdline" "$sha_full" >"$work/report.md"
cat "$work/report.md"
if [ -z "${BENCH_NO_DOCS:-}" ]; then
  python3 "$here/report.py" --into "$root/docs/benchmarks.md" "$work/report.md"
fi
