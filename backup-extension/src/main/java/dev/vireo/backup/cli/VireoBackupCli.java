package dev.vireo.backup.cli;

import dev.vireo.backup.format.BackupException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code vireo-backup}. Exit codes: 0 ok, 1 error, 2 usage, 3 verify damage. */
@Command(
    name = "vireo-backup",
    mixinStandardHelpOptions = true,
    version = "vireo-backup 0.1 (repository format 1)",
    description = "Deduplicating block-level chunk store for VM disks.",
    subcommands = {
      InitCommand.class,
      BackupCommand.class,
      ListCommand.class,
      RestoreCommand.class,
      VerifyCommand.class,
      PruneCommand.class,
      GcCommand.class,
      StatsCommand.class,
      SelftestCommand.class
    })
public final class VireoBackupCli {
  public static final int EXIT_ERROR = 1;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new VireoBackupCli());
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
