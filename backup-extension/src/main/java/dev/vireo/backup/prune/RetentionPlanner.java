package dev.vireo.backup.prune;

import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.manifest.VmId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pure retention logic: given manifests and "now", decides what to keep. */
public final class RetentionPlanner {
  private RetentionPlanner() {}

  public static PrunePlan plan(List<Manifest> manifests, RetentionPolicy p, Instant now) {
    Map<RecoveryPointId, List<String>> keep = new TreeMap<>();
    List<RecoveryPointId> remove = new ArrayList<>();
    Map<VmId, List<Manifest>> byVm =
        manifests.stream()
            .collect(
                Collectors.groupingBy(Manifest::vmId, LinkedHashMap::new, Collectors.toList()));
    for (List<Manifest> points : byVm.values()) {
      List<Manifest> newest =
          points.stream()
              .sorted(
                  Comparator.comparing(Manifest::createdAt)
                      .thenComparing(Manifest::pointId)
                      .reversed())
              .toList();
      Map<RecoveryPointId, List<String>> vmKeep = new LinkedHashMap<>();
      keepNewest(newest, p.last(), "last", m -> m.pointId().hex(), vmKeep);
      keepNewest(newest, p.daily(), "daily", m -> utc(m).toLocalDate().toString(), vmKeep);
      keepNewest(newest, p.weekly(), "weekly", RetentionPlanner::isoWeek, vmKeep);
      keepNewest(
          newest,
          p.monthly(),
          "monthly",
          m -> utc(m).getYear() + "-" + utc(m).getMonthValue(),
          vmKeep);
      Instant cutoff = now.minus(Duration.ofDays(p.withinDays()));
      for (Manifest m : newest) {
        if (p.withinDays() > 0 && m.createdAt().isAfter(cutoff)) {
          vmKeep.computeIfAbsent(m.pointId(), k -> new ArrayList<>()).add("within");
        }
        if (!vmKeep.containsKey(m.pointId())) {
          remove.add(m.pointId());
        }
      }
      keep.putAll(vmKeep);
    }
    remove.sort(Comparator.naturalOrder());
    return new PrunePlan(keep, remove);
  }

  /** Keeps the newest point of each of the {@code n} newest buckets. */
  private static void keepNewest(
      List<Manifest> newest,
      int n,
      String rule,
      Function<Manifest, String> bucket,
      Map<RecoveryPointId, List<String>> keep) {
    String last = null;
    int kept = 0;
    for (Manifest m : newest) {
      if (kept >= n) {
        return;
      }
      String b = bucket.apply(m);
      if (!b.equals(last)) {
        keep.computeIfAbsent(m.pointId(), k -> new ArrayList<>()).add(rule);
        kept++;
        last = b;
      }
    }
  }

  private static ZonedDateTime utc(Manifest m) {
    return m.createdAt().atZone(ZoneOffset.UTC);
  }

  private static String isoWeek(Manifest m) {
    ZonedDateTime t = utc(m);
    return t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
