package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.LockKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Decides which queued jobs may start now. Pure logic: given the queue (oldest first), the jobs
 * running on all nodes and the per-type limits, it picks jobs in queue order that
 *
 * <ul>
 *   <li>keep their type at or under its concurrency limit,
 *   <li>hold no lock key that a running job holds, and
 *   <li>hold no lock key of an older queued job that has to wait, so a later job never overtakes an
 *       earlier one on the same key,
 * </ul>
 *
 * and stops when this node has no free worker.
 */
public final class DispatchPlanner {
  private DispatchPlanner() {}

  /** What the planner needs to know of a job. */
  public record Candidate(String id, String type, LockKeys lockKeys) {
    public static Candidate of(Job job) {
      return new Candidate(job.id(), job.type(), job.lockKeys());
    }
  }

  /** Ids of the queued jobs to start, in queue order. */
  public static List<String> plan(
      List<Candidate> queued,
      List<Candidate> running,
      ToIntFunction<String> limitOfType,
      int freeWorkers) {
    Map<String, Integer> perType = new HashMap<>();
    List<LockKeys> held = new ArrayList<>();
    for (Candidate r : running) {
      perType.merge(r.type(), 1, Integer::sum);
      held.add(r.lockKeys());
    }
    List<LockKeys> waiting = new ArrayList<>();
    List<String> start = new ArrayList<>();
    for (Candidate q : queued) {
      if (start.size() >= freeWorkers) {
        break;
      }
      boolean typeFull =
          perType.getOrDefault(q.type(), 0) >= Math.max(1, limitOfType.applyAsInt(q.type()));
      if (typeFull || overlapsAny(q.lockKeys(), held) || overlapsAny(q.lockKeys(), waiting)) {
        waiting.add(q.lockKeys());
        continue;
      }
      start.add(q.id());
      perType.merge(q.type(), 1, Integer::sum);
      held.add(q.lockKeys());
    }
    return start;
  }

  private static boolean overlapsAny(LockKeys keys, List<LockKeys> others) {
    if (keys.isEmpty()) {
      return false;
    }
    for (LockKeys o : others) {
      if (keys.overlaps(o)) {
        return true;
      }
    }
    return false;
  }
}
