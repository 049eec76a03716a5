package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.shared.infrastructure.database.JpaQueries.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an {@link InventoryScope} into JPQL predicates. Subtrees are prefix matches on the
 * materialised path ({@code path LIKE '/root/group/%'}), which the path index serves.
 */
final class ScopePredicates {
  private ScopePredicates() {}

  /** {@code (expr LIKE :p0 OR expr LIKE :p1 ...)}, binding the parameters on {@code w}. */
  static String anyPrefix(String expr, Set<String> paths, Where w, String param) {
    return w.anyPrefix(expr, paths, param);
  }

  /** Host groups the scope reads; {@code alias} is a HostGroup. */
  static void hostGroups(Where w, InventoryScope s, String alias) {
    if (s.administrator()) {
      return;
    }
    w.and(
        s.readPaths().isEmpty()
            ? never(alias)
            : anyPrefix(alias + ".path", s.readPaths(), w, "scopePath"));
  }

  /** Objects with a {@code hostGroupId} (hosts, clusters) whose group the scope reads. */
  static void inReadableGroup(Where w, InventoryScope s, String alias) {
    if (s.administrator()) {
      return;
    }
    if (s.readPaths().isEmpty()) {
      w.and(never(alias));
      return;
    }
    w.and(
        alias
            + ".hostGroupId IN (SELECT sg.id FROM HostGroup sg WHERE "
            + anyPrefix("sg.path", s.readPaths(), w, "scopePath")
            + ")");
  }

  /** VMs the scope reads: on a readable host, in an all-VM cloud, or owned in self-service. */
  static void vms(Where w, InventoryScope s, String alias) {
    if (s.administrator()) {
      return;
    }
    List<String> any = new ArrayList<>();
    if (!s.readPaths().isEmpty()) {
      any.add(
          alias
              + ".hostId IN (SELECT sh.id FROM Host sh, HostGroup sg WHERE sh.hostGroupId = sg.id AND "
              + anyPrefix("sg.path", s.readPaths(), w, "scopePath")
              + ")");
    }
    if (!s.allVmClouds().isEmpty()) {
      w.param("scopeAllClouds", s.allVmClouds());
      any.add(alias + ".cloudId IN :scopeAllClouds");
    }
    if (!s.selfServiceClouds().isEmpty()) {
      w.param("scopeMe", s.userId()).param("scopeOwnClouds", s.selfServiceClouds());
      any.add(
          "(" + alias + ".ownerUserId = :scopeMe AND " + alias + ".cloudId IN :scopeOwnClouds)");
    }
    w.and(any.isEmpty() ? never(alias) : String.join(" OR ", any));
  }

  /** Clouds the scope reads. */
  static void clouds(Where w, InventoryScope s, String alias) {
    if (s.administrator()) {
      return;
    }
    if (s.readClouds().isEmpty()) {
      w.and(never(alias));
      return;
    }
    w.and(alias + ".id IN :scopeClouds", "scopeClouds", s.readClouds());
  }

  /** A predicate that holds for no row (ids are never null). */
  static String never(String alias) {
    return alias + ".id IS NULL";
  }

  /** Adds "the name at {@code expr} contains the value, ignoring case" when a value is given. */
  static void nameContains(Where w, String expr, Optional<String> value) {
    value.ifPresent(n -> w.and(contains(expr), "nameContains", containsValue(n)));
  }

  static String contains(String expr) {
    return "LOWER(" + expr + ") LIKE :nameContains";
  }

  static String containsValue(String value) {
    return "%" + value.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
  }
}
