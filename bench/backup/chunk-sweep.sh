#!/usr/bin/env bash
# Measures the chunk-size trade-off recorded in docs/adr/0002-backup-chunking.md: for each
# chunk size, a full backup of the same image, then incrementals from changed extents after
# 2% clustered churn and after 0.2% scattered 4 KiB churn. Prints a markdown table.
#
# usage: bench/backup/chunk-sweep.sh [SIZE_MIB] [CHUNK_SIZES...]   (default 1024; 16K 64K 256K 1M 4M)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
size_mib=${1:-1024}
shift || true
sizes=("${@:-16K 64K 256K 1M 4M}")
[ $# -eq 0 ] && sizes=(16K 64K 256K 1M 4M)
work=${BENCH_WORK:-$root/bench/work/chunk-sweep}
here=$root/bench/backup
vireo="$root/backup-extension/bin/vireo-backup"
rm -rf "$work" && mkdir -p "$work"

python3 "$here/mkimage.py" "$work/v0.img" "$size_mib" 7
cp --sparse=always "$work/v0.img" "$work/v1.img"
changed_c=$(python3 "$here/churn.py" "$work/v1.img" clustered 0.02 8 "$work/c.extents")
cp --sparse=always "$work/v1.img" "$work/v2.img"
changed_s=$(python3 "$here/churn.py" "$work/v2.img" scattered 0.002 9 "$work/s.extents")

secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
bytes() { du -sb "$1" | cut -f1; }
mib() { echo "scale=1; $1 / 1048576" | bc; }

echo "| chunk | full: time, repo | index per point | clustered 2%: time, growth (×changed) | scattered 0.2%: time, growth (×changed) |"
echo "|---|---|---|---|---|"
for cs in "${sizes[@]}"; do
  repo=$work/repo-$cs
  "$vireo" init --repo "$repo" --chunk-size "$cs" --quiet >/dev/null
  t0=$(secs "$vireo" backup image --repo "$repo" --vm s --disk d0="$work/v0.img" --quiet)
  r0=$(bytes "$repo")
  idx=$(stat -c %s "$repo"/points/*/d0.idx | head -1)
  # incrementals read the newer image versions in place of d0's path
  t1=$(secs "$vireo" backup extents --repo "$repo" --vm s --disk d0="$work/v1.img" --extents d0="$work/c.extents" --quiet)
  r1=$(bytes "$repo")
  t2=$(secs "$vireo" backup extents --repo "$repo" --vm s --disk d0="$work/v2.img" --extents d0="$work/s.extents" --quiet)
  r2=$(bytes "$repo")
  printf '| %s | %.1f s, %s MiB | %s KiB | %.1f s, +%s MiB (%.2f×) | %.1f s, +%s MiB (%.2f×) |\n' \
    "$cs" "$t0" "$(mib "$r0")" "$((idx / 1024))" \
    "$t1" "$(mib $((r1 - r0)))" "$(echo "($r1 - $r0) / $changed_c" | bc -l)" \
    "$t2" "$(mib $((r2 - r1)))" "$(echo "($r2 - $r1) / $changed_s" | bc -l)"
done
echo
echo "Image ${size_mib} MiB; clustered churn $(mib "$changed_c") MiB, scattered churn $(mib "$changed_s") MiB."
