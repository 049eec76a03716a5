package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.InventoryErrors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes through to the database at once so a unique-key violation surfaces inside the use case and
 * becomes a precise 409, not a generic error at commit.
 */
final class Persistence {
  private Persistence() {}

  /**
   * The entity of {@code type} (whose entity name is its simple class name) with this name,
   * compared case-insensitively as the unique-name rules compare it.
   */
  static <T> Optional<T> findByName(EntityManager em, Class<T> type, String name) {
    return em.createQuery(
            "SELECT e FROM " + type.getSimpleName() + " e WHERE LOWER(e.name) = :n", type)
        .setParameter("n", name.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Deletes at once, so that a row still referenced fails inside the use case, not at commit. */
  static void remove(EntityManager em, Object entity) {
    em.remove(entity);
    em.flush();
  }

  static void persist(EntityManager em, Object entity, String kind, String name) {
    persist(em, entity, kind, name, "");
  }

  static void persist(EntityManager em, Object entity, String kind, String name, String where) {
    em.persist(entity);
    flush(em, kind, name, where);
  }

  /** Flushes pending changes, turning a unique-key violation into a duplicate-name error. */
  static void flush(EntityManager em, String kind, String name, String where) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw InventoryErrors.duplicate(kind, name, where);
      }
      throw e;
    }
  }

  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        return "23505".equals(state)
            || ("23000".equals(state)
                && (sql.getErrorCode() == 2627 || sql.getErrorCode() == 2601));
      }
    }
    return false;
  }
}
