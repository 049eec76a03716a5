package dev.vireo.server.shared.infrastructure.database;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Runs paged JPQL queries: one query for the page, one for the total, both with the same predicate.
 * Sort keys of the API are mapped to JPQL paths through an explicit table, so a client can never
 * inject JPQL through {@code sort}.
 */
public final class JpaQueries {
  private JpaQueries() {}

  /** A JPQL predicate with named parameters, built up clause by clause. */
  public static final class Where {
    private final StringJoiner clauses = new StringJoiner(" AND ");
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where and(String clause) {
      clauses.add("(" + clause + ")");
      return this;
    }

    public Where and(String clause, String param, Object value) {
      params.put(param, value);
      return and(clause);
    }

    public Where param(String name, Object value) {
      params.put(name, value);
      return this;
    }

    /**
     * {@code (expr LIKE :p0 OR expr LIKE :p1 ...)} matching any of the materialised-path {@code
     * prefixes}, binding {@code param0, param1, ...}; the caller adds it with {@link #and(String)}.
     */
    public String anyPrefix(String expr, java.util.Collection<String> prefixes, String param) {
      StringJoiner j = new StringJoiner(" OR ", "(", ")");
      int i = 0;
      for (String p : prefixes.stream().sorted().toList()) {
        String name = param + i++;
        param(name, p + "%");
        j.add(expr + " LIKE :" + name);
      }
      return j.toString();
    }

    String jpql() {
      return clauses.length() == 0 ? "" : " WHERE " + clauses;
    }

    void bind(TypedQuery<?> q) {
      params.forEach(q::setParameter);
    }
  }

  /**
   * Selects a page of {@code alias} from {@code from} (e.g. {@code "Vm v"}, alias {@code "v"}).
   *
   * @param sortPaths API sort field → JPQL path, e.g. {@code name → v.name}
   */
  public static <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String from,
      String alias,
      Where where,
      PageRequest page,
      Map<String, String> sortPaths) {
    return page(em, type, from, alias, where, page, sortPaths, q -> {});
  }

  /**
   * Like {@link #page(EntityManager, Class, String, String, Where, PageRequest, Map)}, letting the
   * caller tune the page query, e.g. with fetch hints that load collections of the whole page in
   * one query instead of one per row.
   */
  public static <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String from,
      String alias,
      Where where,
      PageRequest page,
      Map<String, String> sortPaths,
      java.util.function.Consumer<TypedQuery<T>> pageQueryCustomizer) {
    String order = orderBy(page.sort(), sortPaths, alias);
    TypedQuery<T> q =
        em.createQuery("SELECT " + alias + " FROM " + from + where.jpql() + order, type)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit());
    pageQueryCustomizer.accept(q);
    where.bind(q);
    TypedQuery<Long> c =
        em.createQuery("SELECT COUNT(" + alias + ") FROM " + from + where.jpql(), Long.class);
    where.bind(c);
    List<T> items = q.getResultList();
    long total =
        page.offset() == 0 && items.size() < page.limit() ? items.size() : c.getSingleResult();
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  private static String orderBy(
      List<PageRequest.SortKey> keys, Map<String, String> sortPaths, String alias) {
    StringJoiner j = new StringJoiner(", ", " ORDER BY ", "");
    for (PageRequest.SortKey k : keys) {
      String path = sortPaths.get(k.field());
      if (path != null) {
        j.add(path + (k.descending() ? " DESC" : " ASC"));
      }
    }
    j.add(alias + ".id ASC"); // a stable tie-breaker, so pages never overlap
    return j.toString();
  }
}
