package dev.vireo.backup.cli.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.format.BackupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentPathsTest {
  @TempDir Path tmp;

  @Test
  void theSocketIsTheExplicitOneElseUnderXdgRuntimeDirElseAPerUserTempDirectory() {
    assertThat(AgentPaths.socket(Map.of(AgentPaths.SOCKET_ENV, "/run/x/a.sock")))
        .isEqualTo(Path.of("/run/x/a.sock"));
    assertThat(AgentPaths.socket(Map.of("XDG_RUNTIME_DIR", tmp.toString())))
        .isEqualTo(tmp.resolve("vireo-backup").resolve("agent.sock"));
    assertThat(AgentPaths.socket(Map.of("XDG_RUNTIME_DIR", tmp.resolve("missing").toString())))
        .isEqualTo(
            Path.of(System.getProperty("java.io.tmpdir"))
                .toAbsolutePath()
                .resolve("vireo-backup-" + AgentPaths.ownUid())
                .resolve("agent.sock"));
  }

  @Test
  void prepareMakesAPrivateDirectoryAndAcceptsItAgain() throws Exception {
    Path socket = tmp.resolve("agent").resolve("agent.sock");
    AgentPaths.prepare(socket);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
        .isEqualTo("rwx------");
    AgentPaths.prepare(socket);
    assertThat(AgentPaths.problemWith(socket.getParent())).isNull();
  }

  @Test
  void aDirectoryOthersCanEnterOrALinkIsRefusedWithWhatToDo() throws Exception {
    Path open = Files.createDirectory(tmp.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(AgentPaths.problemWith(open)).contains("rwxr-xr-x").contains("chmod 700");
    assertThatThrownBy(() -> AgentPaths.prepare(open.resolve("agent.sock")))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("must be rwx------");

    Path real = Files.createDirectory(tmp.resolve("real"));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    assertThat(AgentPaths.problemWith(link)).contains("symbolic link");

    Path file = Files.createFile(tmp.resolve("file"));
    assertThat(AgentPaths.problemWith(file)).contains("not a directory");
  }

  @Test
  void aSocketPathTooLongForLinuxIsAClearError() {
    Path socket = tmp.resolve("d".repeat(120)).resolve("agent.sock");
    assertThatThrownBy(() -> AgentPaths.prepare(socket))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("longer than 107 bytes")
        .hasMessageContaining(AgentPaths.SOCKET_ENV);
  }
}
