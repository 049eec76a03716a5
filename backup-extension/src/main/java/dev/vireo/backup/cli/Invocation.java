package dev.vireo.backup.cli;

import dev.vireo.backup.crypto.KeyMemory;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where one CLI command runs: its working directory, the environment variables it may read and its
 * standard output and error. A command started from a shell gets the process's own; a command the
 * agent runs for a client ({@link dev.vireo.backup.cli.agent}) gets the client's directory and
 * {@code VIREO_*} variables and streams that go back over the client's socket. Commands read these
 * through {@link #current()} (set for the thread that executes the command), never through {@code
 * System.getenv}, {@code System.out} or the JVM's working directory.
 *
 * @param cwd the directory relative paths resolve against; empty: the process's own (paths stay
 *     relative, as the user typed them)
 * @param env the environment variables the command may read
 * @param stdout binary standard output (restoring a disk to stdout writes here)
 * @param err standard error (progress lines, diagnostics)
 * @param keys passphrase-derived keys this process remembers between commands (the agent's)
 */
public record Invocation(
    Optional<Path> cwd,
    Map<String, String> env,
    OutputStream stdout,
    PrintStream err,
    KeyMemory keys) {
  private static final ThreadLocal<Invocation> CURRENT = new ThreadLocal<>();

  /** The process's own directory, environment and streams. */
  public static Invocation ofProcess() {
    return new Invocation(
        Optional.empty(),
        System.getenv(),
        new FileOutputStream(FileDescriptor.out),
        System.err,
        KeyMemory.NONE);
  }

  /** The invocation of the command running on this thread (the process's own outside one). */
  public static Invocation current() {
    Invocation i = CURRENT.get();
    return i != null ? i : ofProcess();
  }

  /** Runs {@code body} with this as the current invocation of the calling thread. */
  <T> T run(java.util.function.Supplier<T> body) {
    Invocation before = CURRENT.get();
    CURRENT.set(this);
    try {
      return body.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** An environment variable of the command. */
  public Optional<String> getenv(String name) {
    return Optional.ofNullable(env.get(name));
  }

  /** A path the user typed, resolved against the command's directory if it has one. */
  public Path path(String typed) {
    Path p = Path.of(typed);
    return cwd.map(d -> d.resolve(p)).orElse(p);
  }
}
