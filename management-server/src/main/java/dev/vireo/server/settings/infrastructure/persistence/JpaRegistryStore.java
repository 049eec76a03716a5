package dev.vireo.server.settings.infrastructure.persistence;

import dev.vireo.server.settings.application.RegistryStore;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.RegistryValueKind;
import dev.vireo.server.settings.domain.ValueName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shared registry in the database. Reads come from a cached tree that is reused while the root
 * row's version is unchanged (one primary-key read per call); {@link #apply} locks the root with a
 * forced version increment, applies the changes with the domain's rules, then writes the
 * difference, all in one transaction.
 */
@ApplicationScoped
public class JpaRegistryStore implements RegistryStore {
  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  private volatile Cached cache;

  private record Cached(long rootVersion, RegistryKey tree) {}

  @Override
  @Transactional
  public Optional<RegistryKey> findKey(RegistryPath path) {
    return RegistryTree.of(current()).findKey(path).map(RegistryKey::copy);
  }

  @Override
  @Transactional
  public Optional<RegistryValue> findValue(RegistryPath path, ValueName name) {
    return RegistryTree.of(current()).findValue(path, name);
  }

  @Override
  @Transactional
  public RegistryKey snapshot() {
    return current().copy();
  }

  @Override
  @Transactional
  public void apply(List<RegistryChange> changes) {
    SettingsKeyRow root =
        em.find(
            SettingsKeyRow.class, SettingsKeyRow.ROOT_ID, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    RegistryKey before = load();
    RegistryTree tree = RegistryTree.of(before.copy());
    tree.apply(changes);
    write(before, tree.snapshot());
    root.touch();
    cache = null;
  }

  private RegistryKey current() {
    long version =
        em.createQuery("SELECT k.version FROM SettingsKeyRow k WHERE k.id = :id", Long.class)
            .setParameter("id", SettingsKeyRow.ROOT_ID)
            .getSingleResult();
    Cached c = cache;
    if (c == null || c.rootVersion != version) {
      c = new Cached(version, load());
      cache = c;
    }
    return c.tree;
  }

  private RegistryKey load() {
    List<SettingsKeyRow> keys =
        em.createQuery("SELECT k FROM SettingsKeyRow k", SettingsKeyRow.class).getResultList();
    List<SettingsValueRow> values =
        em.createQuery(
                "SELECT v FROM SettingsValueRow v ORDER BY v.keyId, v.position",
                SettingsValueRow.class)
            .getResultList();
    keys.sort(Comparator.comparingInt(k -> RegistryPath.parse(k.path()).depth()));
    RegistryKey root = new RegistryKey(RegistryPath.root());
    Map<String, RegistryKey> byId = new HashMap<>();
    for (SettingsKeyRow k : keys) {
      RegistryPath path = RegistryPath.parse(k.path());
      RegistryKey node =
          path.isRoot()
              ? root
              : byPath(root, path.parent().orElseThrow()).createSubkey(path.name());
      byId.put(k.id(), node);
    }
    for (SettingsValueRow v : values) {
      RegistryKey key = byId.get(v.keyId());
      RegistryValueKind kind = RegistryValueKind.fromNativeType(v.kind()).orElseThrow();
      key.setValue(RegistryValue.fromBytes(ValueName.of(v.name()), kind, v.data()));
    }
    return root;
  }

  private static RegistryKey byPath(RegistryKey root, RegistryPath path) {
    RegistryKey k = root;
    for (String segment : path.segments().subList(1, path.segments().size())) {
      k = k.findSubkey(segment).orElseThrow();
    }
    return k;
  }

  private void write(RegistryKey before, RegistryKey after) {
    Map<RegistryPath, RegistryKey> old = index(before);
    Map<RegistryPath, RegistryKey> now = index(after);
    Map<String, String> ids = keyIds();
    List<RegistryPath> removed =
        old.keySet().stream()
            .filter(p -> !now.containsKey(p))
            .sorted(Comparator.comparingInt(RegistryPath::depth).reversed())
            .toList();
    for (RegistryPath p : removed) {
      String id = ids.get(p.folded());
      deleteValues(id);
      em.remove(em.find(SettingsKeyRow.class, id));
      em.flush(); // children before parents: EclipseLink does not order rows of one class by
      // parent_id
    }
    List<RegistryPath> kept = new ArrayList<>(now.keySet());
    kept.sort(Comparator.comparingInt(RegistryPath::depth));
    for (RegistryPath p : kept) {
      RegistryKey n = now.get(p);
      RegistryKey o = old.get(p);
      if (o == null) {
        String id = UUID.randomUUID().toString();
        em.persist(
            new SettingsKeyRow(
                id, p.toString(), p.folded(), ids.get(p.parent().orElseThrow().folded())));
        em.flush(); // parents before children, for the same reason
        ids.put(p.folded(), id);
        insertValues(id, n);
      } else if (!o.values().equals(n.values())) {
        String id = ids.get(p.folded());
        deleteValues(id);
        em.flush();
        insertValues(id, n);
      }
    }
  }

  private Map<String, String> keyIds() {
    Map<String, String> ids = new HashMap<>();
    for (SettingsKeyRow k :
        em.createQuery("SELECT k FROM SettingsKeyRow k", SettingsKeyRow.class).getResultList()) {
      ids.put(k.pathFolded(), k.id());
    }
    return ids;
  }

  private void deleteValues(String keyId) {
    em.createQuery("DELETE FROM SettingsValueRow v WHERE v.keyId = :k")
        .setParameter("k", keyId)
        .executeUpdate();
  }

  private void insertValues(String keyId, RegistryKey key) {
    int pos = 0;
    for (RegistryValue v : key.values()) {
      em.persist(
          new SettingsValueRow(
              keyId,
              v.name().value(),
              v.name().folded(),
              (short) v.kind().nativeType(),
              v.toBytes(),
              pos++));
    }
  }

  private static Map<RegistryPath, RegistryKey> index(RegistryKey root) {
    Map<RegistryPath, RegistryKey> m = new HashMap<>();
    for (RegistryKey k : root.descendantsAndSelf()) {
      m.put(k.path(), k);
    }
    return m;
  }
}
