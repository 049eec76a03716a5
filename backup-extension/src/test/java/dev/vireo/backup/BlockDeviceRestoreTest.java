package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.nativeio.NativeFile;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restores onto real block devices: loop devices over files of this test (needs root and
 * util-linux's {@code losetup}, as CI has; skipped elsewhere).
 */
class BlockDeviceRestoreTest {
  private static final long DISK = 6L << 20;

  @TempDir Path tmp;
  private final List<String> devices = new ArrayList<>();
  private Path image;

  @BeforeEach
  void needsLoopDevices() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "loop devices need root");
    assumeTrue(
        Files.isExecutable(Path.of("/usr/sbin/losetup"))
            || Files.isExecutable(Path.of("/sbin/losetup")),
        "no losetup");
    image = tmp.resolve("a.img");
    TestImages.create(image, DISK, 21);
  }

  @AfterEach
  void detach() throws Exception {
    for (String d : devices) {
      run("losetup", "-d", d);
    }
  }

  @Test
  void restoreOntoALargerDevice_writesTheDiskAndZeroesItsZeroRanges_leavesTheRestAlone()
      throws Exception {
    Path backing = tmp.resolve("dev.img");
    byte[] old = new byte[(int) (DISK + (2 << 20))];
    new Random(7).nextBytes(old); // old contents everywhere, also where the disk has zeros
    Files.write(backing, old);
    Path dev = attach(backing);
    try (Repository repo = Repos.encrypted(tmp.resolve("repo"), "pw")) {
      Manifest m = Repos.full(repo, Repos.DISK, image);
      new RestoreEngine(repo).restoreToFile(m.pointId(), Repos.DISK, dev);
    }
    byte[] now = readDevice(dev, old.length);
    assertThat(Arrays.copyOf(now, (int) DISK)).isEqualTo(Files.readAllBytes(image));
    assertThat(Arrays.copyOfRange(now, (int) DISK, now.length))
        .isEqualTo(Arrays.copyOfRange(old, (int) DISK, old.length));
  }

  @Test
  void deviceSmallerThanTheDisk_isRefusedWithItsSize() throws Exception {
    Path backing = tmp.resolve("small.img");
    try (RandomAccessFile f = new RandomAccessFile(backing.toFile(), "rw")) {
      f.setLength(4L << 20);
    }
    Path dev = attach(backing);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest m = Repos.full(repo, Repos.DISK, image);
      assertThat(Repos.restoreFails(repo, m, Repos.DISK, dev, ErrorCode.INVALID_ARGUMENT))
          .hasMessageContaining("holds " + (4L << 20) + " bytes");
    }
  }

  @Test
  void deviceInUse_isRefusedAndNotWritten() throws Exception {
    Path backing = tmp.resolve("busy.img");
    byte[] old = new byte[(int) DISK];
    new Random(8).nextBytes(old);
    Files.write(backing, old);
    Path dev = attach(backing);
    try (Repository repo = Repos.plain(tmp.resolve("repo"));
        NativeFile holder = NativeFile.openDeviceExclusive(dev)) { // as a mount would hold it
      Manifest m = Repos.full(repo, Repos.DISK, image);
      assertThat(Repos.restoreFails(repo, m, Repos.DISK, dev, ErrorCode.INVALID_ARGUMENT))
          .hasMessageContaining("in use");
    }
    assertThat(readDevice(dev, old.length)).isEqualTo(old);
  }

  private Path attach(Path backing) throws Exception {
    String dev = run("losetup", "-f", "--show", backing.toString()).trim();
    devices.add(dev);
    return Path.of(dev);
  }

  private static byte[] readDevice(Path dev, int len) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(len);
    try (FileChannel ch = FileChannel.open(dev, StandardOpenOption.READ)) {
      while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
        // read on
      }
    }
    return b.array();
  }

  private static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + out);
    }
    return out;
  }
}
