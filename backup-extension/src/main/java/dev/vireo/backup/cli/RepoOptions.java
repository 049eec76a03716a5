package dev.vireo.backup.cli;

import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.repository.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command shares: the repository, its passphrase and the output style. */
public final class RepoOptions {
  @Option(
      names = {"-r", "--repo"},
      required = true,
      description = "Repository directory.")
  Path repo;

  @Option(
      names = "--passphrase-file",
      description = "File whose first line is the passphrase (default: $VIREO_PASSPHRASE).")
  Path passphraseFile;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @Option(
      names = "--lock-wait",
      defaultValue = "3600",
      description = "Seconds to wait for a conflicting operation (default ${DEFAULT-VALUE}).")
  long lockWaitSeconds;

  Optional<char[]> passphrase() {
    if (passphraseFile != null) {
      try {
        String s = Files.readAllLines(passphraseFile, StandardCharsets.UTF_8).get(0);
        return Optional.of(s.toCharArray());
      } catch (IOException | IndexOutOfBoundsException e) {
        throw new BackupException(
            ErrorCode.INVALID_ARGUMENT, "cannot read passphrase file " + passphraseFile, e);
      }
    }
    return Invocation.current().getenv("VIREO_PASSPHRASE").map(String::toCharArray);
  }

  Repository open() {
    return Repository.open(repo, passphrase(), Sealer.Workload.BULK, Invocation.current().keys());
  }

  /** Opens the repository to read only a few records (see {@link Sealer.Workload}). */
  Repository openForFewRecords() {
    return Repository.open(
        repo, passphrase(), Sealer.Workload.FEW_RECORDS, Invocation.current().keys());
  }

  long lockWaitMillis() {
    return lockWaitSeconds * 1000;
  }
}
