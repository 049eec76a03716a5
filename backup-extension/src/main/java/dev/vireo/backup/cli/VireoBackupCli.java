package dev.vireo.backup.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.vireo.backup.format.BackupException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code vireo-backup}. Exit codes: 0 ok, 1 error, 2 usage, 3 verify damage. */
@Command(
    name = "vireo-backup",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // --help and --version on every subcommand too
    version = "vireo-backup 0.1 (repository format 1)",
    description = "Deduplicating block-level chunk store for VM disks.")
public final class VireoBackupCli {
  public static final int EXIT_ERROR = 1;

  /** Every subcommand by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("init", InitCommand::new);
    SUBCOMMANDS.put("backup", BackupCommand::new);
    SUBCOMMANDS.put("list", ListCommand::new);
    SUBCOMMANDS.put("restore", RestoreCommand::new);
    SUBCOMMANDS.put("verify", VerifyCommand::new);
    SUBCOMMANDS.put("prune", PruneCommand::new);
    SUBCOMMANDS.put("gc", GcCommand::new);
    SUBCOMMANDS.put("stats", StatsCommand::new);
    SUBCOMMANDS.put("selftest", SelftestCommand::new);
    SUBCOMMANDS.put("agent", dev.vireo.backup.cli.agent.AgentCommand::new);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command in this process, with its own directory, environment and streams. */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /**
   * Runs a command for someone else (the agent's client): relative paths resolve against {@code
   * inv}'s directory, and output, errors and environment are {@code inv}'s.
   */
  public static int run(Invocation inv, String... args) {
    CommandLine cl = commandLine(args);
    cl.registerConverter(java.nio.file.Path.class, inv::path);
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(inv.stdout(), UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(inv.err(), UTF_8), true));
    try {
      return inv.run(() -> cl.execute(args));
    } finally {
      cl.getOut().flush();
      cl.getErr().flush();
    }
  }

  /** The whole command tree. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command tree that runs {@code args}: picocli builds the model of every registered command
   * by reflection (~0.1 s of a fresh JVM's start for all nine), so a run whose first argument names
   * a subcommand registers only that one. Anything else (help, a typo) gets the whole tree.
   */
  public static CommandLine commandLine(String[] args) {
    String first = args.length > 0 ? args[0] : null;
    CommandLine cl = new CommandLine(new VireoBackupCli());
    if (first != null && SUBCOMMANDS.containsKey(first)) {
      cl.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else {
      SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
    }
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          CommandLine.ParseResult leaf = parsed;
          while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
          }
          boolean json = leaf.hasMatchedOption("--json");
          PrintWriter err = cmd.getErr();
          if (ex instanceof BackupException b) {
            if (json) {
              var o = Output.object();
              o.putObject("error").put("code", b.code().name()).put("message", b.getMessage());
              cmd.getOut().println(o);
              cmd.getOut().flush();
            }
            err.println("vireo-backup: error " + b.code() + ": " + b.getMessage());
          } else {
            err.println("vireo-backup: internal error: " + ex);
            ex.printStackTrace(err);
          }
          err.flush();
          return EXIT_ERROR;
        });
    return cl;
  }
}
