package dev.vireo.backup.testing;

import dev.vireo.backup.backup.BackupEngine;
import dev.vireo.backup.backup.BackupOptions;
import dev.vireo.backup.backup.BackupRequest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.repository.InitOptions;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.ExtentListSource;
import dev.vireo.backup.source.ExtentMode;
import dev.vireo.backup.source.SparseImageSource;
import java.nio.file.Path;
import java.util.List;

/** Shared helpers for tests that need a repository and backups. */
public final class Repos {
  public static final VmId VM = new VmId("vm1");
  public static final DiskId DISK = new DiskId("disk0");
  public static final DiskId DISK_D0 = new DiskId("d0");

  private Repos() {}

  /** A plain repository with small packs so tests exercise pack rotation. */
  public static Repository plain(Path dir) {
    return Repository.init(dir, InitOptions.defaults().withPackTarget(1 << 20));
  }

  /** An encrypted repository with a cheap KDF (tests only). */
  public static Repository encrypted(Path dir, String passphrase) {
    return Repository.init(
        dir,
        InitOptions.defaults()
            .withPackTarget(1 << 20)
            .withPassphrase(passphrase.toCharArray())
            .withKdf(64, 1));
  }

  public static Manifest full(Repository repo, DiskId disk, Path image) {
    DiskSource s = new SparseImageSource(disk, image);
    try (s) {
      return new BackupEngine(repo, BackupOptions.defaults())
          .backup(new BackupRequest(VM, PointKind.FULL, List.of(s)));
    }
  }

  public static Manifest incremental(Repository repo, DiskId disk, Path image, List<Extent> ex) {
    DiskSource s = new ExtentListSource(disk, image, ex, ExtentMode.CHANGED);
    try (s) {
      return new BackupEngine(repo, BackupOptions.defaults())
          .backup(new BackupRequest(VM, PointKind.INCREMENTAL, List.of(s)));
    }
  }

  /**
   * Restores {@code m}'s disk to {@code target}, which must fail with {@code code}; returns the
   * failure.
   */
  public static BackupException restoreFails(
      Repository repo, Manifest m, DiskId disk, Path target, ErrorCode code) {
    BackupException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> new RestoreEngine(repo).restoreToFile(m.pointId(), disk, target),
            BackupException.class);
    org.assertj.core.api.Assertions.assertThat(e).as("restore to %s fails", target).isNotNull();
    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
    return e;
  }
}
