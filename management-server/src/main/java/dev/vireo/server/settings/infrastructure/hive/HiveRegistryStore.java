package dev.vireo.server.settings.infrastructure.hive;

import dev.vireo.server.settings.application.RegistryStore;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The machine-local {@link RegistryStore}: the tree lives in memory and every change is written
 * through to the hive file before it becomes visible. Thread-safe: reads share a lock, changes take
 * it exclusively. One process per hive file (the server owns its data directory).
 */
public final class HiveRegistryStore implements RegistryStore {
  private final HiveFile file;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private RegistryTree tree;

  private HiveRegistryStore(HiveFile file, RegistryTree tree) {
    this.file = file;
    this.tree = tree;
  }

  /**
   * Opens the hive, loading and verifying it; a missing hive starts empty and is created on the
   * first change.
   *
   * @throws dev.vireo.server.settings.domain.SettingsException {@code SETTINGS_HIVE_CORRUPT} when
   *     the file is damaged (it is left untouched)
   */
  public static HiveRegistryStore open(HiveFile file) {
    return new HiveRegistryStore(file, file.load().orElseGet(RegistryTree::new));
  }

  private static final java.util.Map<java.nio.file.Path, HiveRegistryStore> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The one store of this process for {@code file}, opened on first use. Every writer in the server
   * must use it: a store keeps the whole tree in memory and rewrites the file from it, so a second
   * store of the same file would overwrite the first one's changes (e.g. the database location
   * recorded at first start).
   */
  public static HiveRegistryStore shared(HiveFile file) {
    return SHARED.computeIfAbsent(file.path().toAbsolutePath().normalize(), p -> open(file));
  }

  public HiveFile file() {
    return file;
  }

  @Override
  public Optional<RegistryKey> findKey(RegistryPath path) {
    lock.readLock().lock();
    try {
      return tree.findKey(path);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<RegistryValue> findValue(RegistryPath path, ValueName name) {
    lock.readLock().lock();
    try {
      return tree.findValue(path, name);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public RegistryKey snapshot() {
    lock.readLock().lock();
    try {
      return tree.snapshot();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Applies the changes to a copy, writes the copy to the file, then makes it current. */
  @Override
  public void apply(List<RegistryChange> changes) {
    lock.writeLock().lock();
    try {
      RegistryTree next = tree.copy();
      next.apply(changes);
      file.save(next);
      tree = next;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
