#!/usr/bin/env bash
# Interleaved A/B of two vireo-backup CLI jars on the backup benchmark's image (not a test):
# three full backups into fresh encrypted repositories, four incrementals after 2% clustered
# churn, three restores of the newest point, then `list` and `stats`; the order of A and B
# alternates each round and the page cache is dropped before every timed run, so a slow phase of
# a shared machine hits both alike. Prints wall and CPU (user+sys) seconds and peak RSS per run.
#
# usage: bench/backup/ab.sh OLD_JAR NEW_JAR [WORK_DIR]   (default WORK_DIR /var/tmp/vireo-ab)
# Build a jar of another commit with: git worktree add /tmp/old <commit> &&
#   (cd /tmp/old && mvn -B -q -pl backup-extension package -DskipTests)
# The work directory needs ~12 GiB; remove it afterwards.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -ge 2 ] || { sed -n 2,12p "$0" >&2; exit 2; }
work=${3:-/var/tmp/vireo-ab}
mkdir -p "$work/old" "$work/new"
cp "$1" "$work/old/vireo-backup-cli.jar"
cp "$2" "$work/new/vireo-backup-cli.jar"
rm -f "$work"/old/*.jsa "$work"/new/*.jsa
cli=$root/backup-extension/bin/vireo-backup
export VIREO_PASSPHRASE=bench-pass
[ -f "$work/disk.img" ] || python3 "$root/bench/backup/mkimage.py" "$work/disk.img" 4096 1
drop_caches() { sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true; }
v() { local j=$1; shift; VIREO_BACKUP_JAR=$work/$j/vireo-backup-cli.jar "$cli" "$@"; }
order() { if [ $(($1 % 2)) = 1 ]; then echo old new; else echo new old; fi; }
timed() { # LABEL JAR ARGS...
  local label=$1 j=$2; shift 2
  drop_caches
  local t0 t1
  t0=$(date +%s.%N)
  VIREO_BACKUP_JAR=$work/$j/vireo-backup-cli.jar /usr/bin/time -f "%U %S %M" -o "$work/time.txt" \
    "$cli" "$@" >"$work/out.txt" 2>&1 || { echo "FAILED: $label $j" >&2; cat "$work/out.txt" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf '%-8s %-3s wall %6.2f s  cpu %6.2f s  rss %4d MiB\n' "$label" "$j" "$(echo "$t1 - $t0" | bc)" \
    "$(awk '{print $1 + $2}' "$work/time.txt")" "$(awk '{print int($3 / 1024)}' "$work/time.txt")"
}
for j in old new; do v $j --version >/dev/null; done # builds each jar's class-data archive
for r in 1 2 3; do
  for j in $(order $r); do
    rm -rf "$work/repo-$j" && v $j init --repo "$work/repo-$j" --encrypt --quiet >/dev/null
    timed full $j backup image --repo "$work/repo-$j" --vm bench --disk d0="$work/disk.img" --quiet --json
  done
done
for r in 1 2 3 4; do
  python3 "$root/bench/backup/churn.py" "$work/disk.img" clustered 0.02 $((r + 10)) "$work/ext-$r" >/dev/null
  for j in $(order $r); do
    timed inc $j backup extents --repo "$work/repo-$j" --vm bench --disk d0="$work/disk.img" \
      --extents d0="$work/ext-$r" --quiet --json
  done
done
for r in 1 2 3; do
  for j in $(order $r); do
    point=$(v $j list --repo "$work/repo-$j" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1]["point"])')
    rm -f "$work/restored.img"
    timed restore $j restore --repo "$work/repo-$j" --point "$point" --disk d0 --output "$work/restored.img" --quiet --json
    cmp -s "$work/restored.img" "$work/disk.img" || { echo "restore of $j differs" >&2; exit 1; }
  done
done
for r in 1 2 3 4; do for j in $(order $r); do timed list $j list --repo "$work/repo-$j" --json; done; done
for r in 1 2 3; do for j in $(order $r); do timed stats $j stats --repo "$work/repo-$j" --json; done; done
