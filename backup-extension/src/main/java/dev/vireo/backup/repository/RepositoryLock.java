package dev.vireo.backup.repository;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The repository lock (format §7): an fcntl lock on {@code <repo>/lock}, shared or exclusive,
 * mirrored inside the JVM by a read-write lock per repository (fcntl locks are per process, so the
 * OS lock is taken once per process and reference-counted).
 */
public final class RepositoryLock implements AutoCloseable {
  private static final Map<Path, Shared> LOCKS = new ConcurrentHashMap<>();

  private final Shared shared;
  private final Lock jvmLock;
  private final boolean exclusive;
  private boolean released;

  private RepositoryLock(Shared shared, Lock jvmLock, boolean exclusive) {
    this.shared = shared;
    this.jvmLock = jvmLock;
    this.exclusive = exclusive;
  }

  /** Takes the lock, waiting at most {@code waitMillis} (0 = fail at once). */
  public static RepositoryLock acquire(Path lockFile, boolean exclusive, long waitMillis) {
    Shared s = LOCKS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), Shared::new);
    Lock l = exclusive ? s.rw.writeLock() : s.rw.readLock();
    try {
      if (!l.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
        throw locked(lockFile);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(ErrorCode.INTERRUPTED, "interrupted waiting for lock", e);
    }
    try {
      s.osAcquire(exclusive, waitMillis);
    } catch (RuntimeException e) {
      l.unlock();
      throw e;
    }
    return new RepositoryLock(s, l, exclusive);
  }

  static BackupException locked(Path lockFile) {
    return new BackupException(
        ErrorCode.REPOSITORY_LOCKED, "repository is locked by another operation: " + lockFile);
  }

  public boolean exclusive() {
    return exclusive;
  }

  @Override
  public void close() {
    if (!released) {
      released = true;
      shared.osRelease();
      jvmLock.unlock();
    }
  }

  private static final class Shared {
    final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    final Path file;
    private FileChannel channel;
    private FileLock osLock;
    private int holders;

    Shared(Path file) {
      this.file = file;
    }

    synchronized void osAcquire(boolean exclusive, long waitMillis) {
      if (holders > 0 && !exclusive && osLock != null && osLock.isShared()) {
        holders++;
        return;
      }
      long now = System.currentTimeMillis();
      long deadline = waitMillis > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + waitMillis;
      try {
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        while ((osLock = channel.tryLock(0, Long.MAX_VALUE, !exclusive)) == null) {
          if (System.currentTimeMillis() >= deadline) {
            channel.close();
            throw locked(file);
          }
          Thread.sleep(50);
        }
        holders = 1;
      } catch (IOException e) {
        throw BackupException.io("lock " + file, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackupException(ErrorCode.INTERRUPTED, "interrupted waiting for lock", e);
      }
    }

    synchronized void osRelease() {
      if (--holders == 0) {
        try {
          osLock.release();
          channel.close();
        } catch (IOException ignored) {
          // closing the channel releases the lock anyway
        }
        osLock = null;
      }
    }
  }
}
