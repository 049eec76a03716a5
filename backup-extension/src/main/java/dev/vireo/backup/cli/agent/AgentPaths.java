package dev.vireo.backup.cli.agent;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where the agent's socket lives and the checks that make it private: the socket sits in a
 * directory that must be a real directory (not a link), owned by the user and with mode 0700, so no
 * other user can connect to the agent or plant a socket that a client would send its passphrase to.
 * Both the agent and every client check this before they use the socket.
 */
public final class AgentPaths {
  /** Environment variable naming the socket (both agent and client); overrides the default. */
  public static final String SOCKET_ENV = "VIREO_BACKUP_AGENT_SOCKET";

  /** Environment variable: {@code 0} makes the CLI run every command itself, never the agent. */
  public static final String SWITCH_ENV = "VIREO_BACKUP_AGENT";

  static final String SOCKET_NAME = "agent.sock";

  /** The longest socket path Linux accepts ({@code sun_path} is 108 bytes with its NUL). */
  static final int MAX_SOCKET_PATH = 107;

  private static final Set<PosixFilePermission> PRIVATE =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private AgentPaths() {}

  /**
   * The socket path: {@code $VIREO_BACKUP_AGENT_SOCKET} if set, else {@code
   * $XDG_RUNTIME_DIR/vireo-backup/agent.sock} where that directory exists, else {@code
   * <java.io.tmpdir>/vireo-backup-<uid>/agent.sock}.
   */
  public static Path socket(Map<String, String> env) {
    String explicit = env.get(SOCKET_ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath();
    }
    String xdg = env.get("XDG_RUNTIME_DIR");
    if (xdg != null && !xdg.isBlank() && Files.isDirectory(Path.of(xdg))) {
      return Path.of(xdg).toAbsolutePath().resolve("vireo-backup").resolve(SOCKET_NAME);
    }
    return Path.of(System.getProperty("java.io.tmpdir"))
        .toAbsolutePath()
        .resolve("vireo-backup-".concat(Integer.toString(ownUid()))) // no indy: AgentProtocol.build
        .resolve(SOCKET_NAME);
  }

  /** This process's user id. */
  static int ownUid() {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      throw new BackupException(
          ErrorCode.AGENT_ERROR, "the CLI agent needs Linux (cannot read this process's uid)", e);
    }
  }

  /**
   * Creates the socket's directory (mode 0700) if missing, then checks it ({@link #problemWith}).
   */
  static void prepare(Path socket) {
    if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
      throw new BackupException(
          ErrorCode.AGENT_ERROR,
          "agent socket path is longer than "
              + MAX_SOCKET_PATH
              + " bytes: "
              + socket
              + "; set "
              + SOCKET_ENV
              + " to a shorter path");
    }
    Path dir = socket.getParent();
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
    } catch (FileAlreadyExistsException e) {
      // checked below
    } catch (IOException e) {
      throw new BackupException(
          ErrorCode.AGENT_ERROR, "cannot create the agent's directory " + dir + ": " + e, e);
    }
    String problem = problemWith(dir);
    if (problem != null) {
      throw new BackupException(ErrorCode.AGENT_ERROR, problem);
    }
  }

  /**
   * Why {@code dir} is not a safe place for the agent's socket, or null if it is: it must be a
   * directory (not a symbolic link), owned by this user, with mode 0700.
   */
  static String problemWith(Path dir) {
    PosixFileAttributes a;
    int owner;
    try {
      a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      return "cannot inspect the agent's directory " + dir + ": " + e;
    }
    if (!a.isDirectory()) {
      return "the agent's directory " + dir + " is not a directory (or is a symbolic link)";
    }
    if (owner != ownUid()) {
      return "the agent's directory " + dir + " belongs to uid " + owner + ", not to this user";
    }
    if (!a.permissions().equals(PRIVATE)) {
      return "the agent's directory "
          + dir
          + " has mode "
          + PosixFilePermissions.toString(a.permissions())
          + "; it must be rwx------ (chmod 700 it, or remove it)";
    }
    return null;
  }
}
