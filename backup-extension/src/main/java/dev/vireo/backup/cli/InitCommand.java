package dev.vireo.backup.cli;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.Hashing;
import dev.vireo.backup.repository.InitOptions;
import dev.vireo.backup.repository.Repository;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create a repository.")
final class InitCommand implements Callable<Integer> {
  @Mixin RepoOptions repo;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--encrypt", description = "Encrypt with AES-256-GCM (needs a passphrase).")
  boolean encrypt;

  @Option(
      names = "--chunk-size",
      defaultValue = "64K",
      converter = SizeConverter.class,
      description = "Chunk size, a power of two (default ${DEFAULT-VALUE}).")
  long chunkSize;

  @Option(
      names = "--pack-size",
      defaultValue = "16M",
      converter = SizeConverter.class,
      description = "Target pack size (default ${DEFAULT-VALUE}).")
  long packSize;

  @Option(
      names = "--zstd-level",
      defaultValue = "1",
      description = "zstd level 1..19 (default ${DEFAULT-VALUE}).")
  int zstdLevel;

  @Option(
      names = "--kdf-memory",
      defaultValue = "47104",
      description = "Argon2id memory in KiB (default ${DEFAULT-VALUE}, OWASP minimum).")
  int kdfMemory;

  @Option(names = "--kdf-iterations", defaultValue = "1", description = "Argon2id passes.")
  int kdfIterations;

  @Override
  public Integer call() {
    InitOptions o =
        InitOptions.defaults()
            .withChunkSize((int) chunkSize)
            .withPackTarget((int) packSize)
            .withZstdLevel(zstdLevel)
            .withKdf(kdfMemory, kdfIterations);
    if (encrypt) {
      o =
          o.withPassphrase(
              repo.passphrase()
                  .orElseThrow(
                      () ->
                          new BackupException(
                              ErrorCode.PASSPHRASE_REQUIRED,
                              "--encrypt needs $VIREO_PASSPHRASE or --passphrase-file")));
    }
    try (Repository r = Repository.init(repo.repo, o)) {
      var out = Output.object();
      out.put("repository", repo.repo.toString());
      out.put("id", Hashing.hex(r.config().repoId()));
      out.put("chunkSize", r.chunkSize());
      out.put("encrypted", r.config().encrypted());
      if (repo.json) {
        Output.json(spec.commandLine().getOut(), out);
      } else {
        spec.commandLine().getOut().println("created repository " + repo.repo + " " + out);
      }
    }
    return 0;
  }
}
