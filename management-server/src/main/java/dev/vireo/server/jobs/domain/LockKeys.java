package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The resources a job holds exclusively while it runs, such as {@code host-group:<id>}. Two jobs
 * whose keys overlap never run at the same time: the later one waits in the queue. Keys are
 * compared exactly; 0 to {@value #MAX_KEYS} keys of 1 to 200 printable characters without spaces.
 */
public final class LockKeys {
  public static final int MAX_KEYS = 16;
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
  private static final LockKeys NONE = new LockKeys(new TreeSet<>());

  private final TreeSet<String> keys;

  private LockKeys(TreeSet<String> keys) {
    this.keys = keys;
  }

  public static LockKeys none() {
    return NONE;
  }

  public static LockKeys of(String... keys) {
    return of(List.of(keys));
  }

  /** Throws {@code JOB_PARAMETERS_INVALID} for malformed keys or too many of them. */
  public static LockKeys of(Collection<String> keys) {
    TreeSet<String> set = new TreeSet<>();
    for (String k : keys) {
      if (k == null || !KEY.matcher(k).matches()) {
        throw invalid("lock key '" + k + "' must be 1-200 printable characters without spaces");
      }
      set.add(k);
    }
    if (set.size() > MAX_KEYS) {
      throw invalid("a job may hold at most " + MAX_KEYS + " lock keys");
    }
    return set.isEmpty() ? NONE : new LockKeys(set);
  }

  /** The form stored in the database: keys separated by single spaces, sorted. */
  public static LockKeys parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return NONE;
    }
    return of(List.of(stored.trim().split(" +")));
  }

  public String stored() {
    return String.join(" ", keys);
  }

  public Set<String> keys() {
    return Set.copyOf(keys);
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** Whether the two jobs may not run at the same time. */
  public boolean overlaps(LockKeys other) {
    for (String k : other.keys) {
      if (keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static DomainException invalid(String message) {
    return new DomainException(
        JobError.JOB_PARAMETERS_INVALID, message, List.of(new FieldError("lockKeys", message)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LockKeys l && l.keys.equals(keys);
  }

  @Override
  public int hashCode() {
    return keys.hashCode();
  }

  @Override
  public String toString() {
    return stored();
  }
}
