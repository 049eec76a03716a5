package dev.vireo.backup.cli.agent;

import dev.vireo.backup.cli.VireoBackupCli;
import java.util.OptionalInt;

/**
 * The runnable jar's entry point: hands the command to a running agent ({@link AgentClient}), or
 * runs it in this process. {@code agent} commands always run here.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0 || !args[0].equals("agent")) {
      OptionalInt code = AgentClient.runIfAgent(args);
      if (code.isPresent()) {
        System.exit(code.getAsInt());
      }
    }
    VireoBackupCli.main(args);
  }
}
