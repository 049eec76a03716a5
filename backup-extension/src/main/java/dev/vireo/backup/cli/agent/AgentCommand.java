package dev.vireo.backup.cli.agent;

import dev.vireo.backup.cli.Invocation;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code vireo-backup agent run|start|stop|status}. */
@Command(
    name = "agent",
    description =
        "A per-user agent that runs commands in a JVM kept warm between them (optional; commands"
            + " use it when it runs, VIREO_BACKUP_AGENT=0 turns that off).",
    subcommands = {
      AgentCommand.Run.class,
      AgentCommand.Start.class,
      AgentCommand.Stop.class,
      AgentCommand.Status.class
    })
public final class AgentCommand {

  /** Options of every agent subcommand. */
  static final class Where {
    @Option(
        names = "--socket",
        description =
            "Socket path (default: $VIREO_BACKUP_AGENT_SOCKET, else"
                + " $XDG_RUNTIME_DIR/vireo-backup/agent.sock, else"
                + " <tmpdir>/vireo-backup-<uid>/agent.sock).")
    Path socket;

    Path socket() {
      return socket != null
          ? socket.toAbsolutePath()
          : AgentPaths.socket(Invocation.current().env());
    }
  }

  /** Options of run and start. */
  static final class Lifetime {
    @Option(
        names = "--idle-timeout",
        defaultValue = "30m",
        converter = DurationConverter.class,
        description =
            "Stop after this long without a command, e.g. 90s, 30m, 8h; 0: never (default"
                + " ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(
        names = "--key-ttl",
        defaultValue = "10m",
        converter = DurationConverter.class,
        description =
            "Remember a passphrase-derived key this long after its last use, so commands on the"
                + " same repository skip the key derivation (like gpg-agent's cache); 0: never"
                + " (default ${DEFAULT-VALUE}).")
    Duration keyTtl;
  }

  @Command(name = "run", description = "Run the agent in the foreground (e.g. under systemd).")
  static final class Run implements Callable<Integer> {
    @Mixin Where where;
    @Mixin Lifetime lifetime;

    @Override
    public Integer call() {
      try (AgentServer server =
          new AgentServer(
              where.socket(), lifetime.idleTimeout, lifetime.keyTtl, Invocation.current().err())) {
        // SIGTERM (systemctl stop, kill): remove the socket and wipe the keys on the way out;
        // commands still running end with the process, which the repository format survives
        Thread hook = new Thread(server::close, "vireo-agent-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.serve();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running or has run
        }
      }
      return 0;
    }
  }

  @Command(
      name = "start",
      description = "Start the agent in the background and wait until it answers.")
  static final class Start implements Callable<Integer> {
    /** A log longer than this is moved aside at the next start. */
    static final long MAX_LOG = 4L << 20;

    @Mixin Where where;
    @Mixin Lifetime lifetime;
    @Spec CommandSpec spec;

    @Option(
        names = "--wait",
        defaultValue = "30",
        description = "Seconds to wait for the agent to answer (default ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Override
    public Integer call() throws Exception {
      Path socket = where.socket();
      AgentPaths.prepare(socket);
      String running = AgentClient.ask(socket, AgentProtocol.STATUS);
      if (running != null) {
        throw new BackupException(
            ErrorCode.AGENT_ERROR, "an agent is already running on " + socket + ": " + running);
      }
      Path log = socket.resolveSibling(AgentServer.LOG_NAME);
      if (Files.isRegularFile(log) && Files.size(log) > MAX_LOG) {
        // one line per command: keep this log and the one before it
        Files.move(
            log,
            log.resolveSibling(AgentServer.LOG_NAME + ".1"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      if (!Files.exists(log)) {
        Files.createFile(
            log,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      List<String> cmd = new ArrayList<>();
      if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
        cmd.add("/usr/bin/setsid"); // its own session: closing the terminal does not end it
      }
      cmd.add(ProcessHandle.current().info().command().orElse("java"));
      cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(Main.class.getName());
      cmd.addAll(
          List.of(
              "agent",
              "run",
              "--socket",
              socket.toString(),
              "--idle-timeout",
              lifetime.idleTimeout.toSeconds() + "s",
              "--key-ttl",
              lifetime.keyTtl.toSeconds() + "s"));
      ProcessBuilder pb = new ProcessBuilder(cmd);
      // commands bring their own passphrase; the agent's environment must not hold one for its life
      pb.environment().remove("VIREO_PASSPHRASE");
      Process p =
          pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectErrorStream(true)
              .start();
      long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
      while (System.nanoTime() < deadline) {
        if (!p.isAlive()) {
          throw new BackupException(
              ErrorCode.AGENT_ERROR,
              "the agent exited at start (exit "
                  + p.exitValue()
                  + "); its log: "
                  + log
                  + lastLines(log));
        }
        String status = AgentClient.ask(socket, AgentProtocol.STATUS);
        if (status != null) {
          PrintWriter out = spec.commandLine().getOut();
          out.println("agent started (pid " + p.pid() + "), socket " + socket + ", log " + log);
          out.flush();
          return 0;
        }
        Thread.sleep(50);
      }
      p.destroy();
      throw new BackupException(
          ErrorCode.AGENT_ERROR,
          "the agent did not answer within " + waitSeconds + " s; its log: " + log);
    }

    private static String lastLines(Path log) {
      try {
        List<String> lines = Files.readAllLines(log);
        return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
      } catch (IOException e) {
        return "";
      }
    }
  }

  @Command(name = "stop", description = "Stop the agent once its running commands finish.")
  static final class Stop implements Callable<Integer> {
    @Mixin Where where;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      String status = askRunning(where.socket(), AgentProtocol.STOP);
      spec.commandLine().getOut().println("agent stopping: " + status);
      return 0;
    }
  }

  @Command(name = "status", description = "Whether an agent runs, with its pid and counters.")
  static final class Status implements Callable<Integer> {
    @Mixin Where where;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print the status as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      String status = askRunning(where.socket(), AgentProtocol.STATUS);
      spec.commandLine().getOut().println(json ? status : "agent running: " + status);
      return 0;
    }
  }

  /** The running agent's answer to a status or stop request; fails if none runs there. */
  private static String askRunning(Path socket, byte kind) throws IOException {
    String answer = AgentClient.ask(socket, kind);
    if (answer == null) {
      throw new BackupException(ErrorCode.AGENT_ERROR, "no agent is running on " + socket);
    }
    return answer;
  }

  /** Parses {@code 90s}, {@code 30m}, {@code 8h}, {@code 2d} or plain seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})([smhd]?)");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.trim());
      if (!m.matches()) {
        throw new TypeConversionException(
            "not a duration: " + value + " (examples: 90s, 30m, 8h, 0)");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
