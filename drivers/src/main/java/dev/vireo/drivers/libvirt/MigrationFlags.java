package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.MigrationSpec;

/** Chooses {@code virDomainMigrateFlags} for a {@link MigrationSpec}. */
final class MigrationFlags {
  static final int LIVE = 1;
  static final int PEER2PEER = 1 << 1;
  static final int PERSIST_DEST = 1 << 3;
  static final int UNDEFINE_SOURCE = 1 << 4;
  static final int NON_SHARED_DISK = 1 << 6;
  static final int UNSAFE = 1 << 9;
  static final int OFFLINE = 1 << 10;
  static final int ABORT_ON_ERROR = 1 << 12;

  private MigrationFlags() {}

  /**
   * Peer to peer (the source daemon talks to the destination, so Vireo needs no route to the
   * destination's migration port), persistent on the destination and undefined here. A stopped
   * domain moves offline (definition only); storage copy needs a running domain.
   */
  static int select(MigrationSpec spec, boolean running) {
    int flags = PEER2PEER | PERSIST_DEST | UNDEFINE_SOURCE;
    if (!running) {
      if (spec.storage() == MigrationSpec.StorageMode.COPY_ALL) {
        throw new IllegalArgumentException("storage copy needs a running domain");
      }
      return flags | OFFLINE;
    }
    flags |= LIVE | ABORT_ON_ERROR;
    if (spec.storage() == MigrationSpec.StorageMode.COPY_ALL) {
      flags |= NON_SHARED_DISK;
    }
    if (spec.allowUnsafe()) {
      flags |= UNSAFE;
    }
    return flags;
  }
}
