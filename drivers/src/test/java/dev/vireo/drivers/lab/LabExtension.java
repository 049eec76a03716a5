package dev.vireo.drivers.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Brings up the libvirt lab ({@code lab/lab up 2}) the first time a test class asks for it, shares
 * it with every later class of the run, and tears it down ({@code lab/lab down}) when the run ends.
 * Test classes get the {@link Lab} as a parameter. Fails (never skips) when libvirt is not
 * installed, saying how to install it. {@code -Dvireo.lab.keep=true} leaves the lab running.
 */
public final class LabExtension implements ParameterResolver {
  private static final Namespace NS = Namespace.create(LabExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == Lab.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return c.getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent(RunningLab.class, k -> RunningLab.start(), RunningLab.class)
        .lab;
  }

  /** Closed by JUnit (stored AutoCloseable) when the root context closes: after the last class. */
  static final class RunningLab implements AutoCloseable {
    final Lab lab;
    final Path script;

    private RunningLab(Path script) {
      this.script = script;
      this.lab = new Lab(script);
    }

    static RunningLab start() {
      if (!Files.isExecutable(Path.of("/usr/sbin/libvirtd"))
          || !Files.isExecutable(Path.of("/usr/bin/qemu-system-x86_64"))) {
        throw new IllegalStateException(
            "libvirt/QEMU are not installed on this machine: run `lab/lab install` (as root) "
                + "before the integration tests");
      }
      Path script = findScript();
      try {
        Lab.runProcess(
            List.of(script.toString(), "up", String.valueOf(Lab.HOSTS)), Duration.ofMinutes(4));
      } catch (RuntimeException e) {
        // Leave nothing half-started behind; report the original failure.
        try {
          Lab.runProcess(List.of(script.toString(), "down"), Duration.ofMinutes(2));
        } catch (RuntimeException downFailure) {
          e.addSuppressed(downFailure);
        }
        throw e;
      }
      return new RunningLab(script);
    }

    @Override
    public void close() {
      if (!Boolean.getBoolean("vireo.lab.keep")) {
        Lab.runProcess(List.of(script.toString(), "down"), Duration.ofMinutes(2));
      }
    }

    private static Path findScript() {
      String configured = System.getProperty("vireo.lab.script");
      if (configured != null) {
        return Path.of(configured).toAbsolutePath().normalize();
      }
      for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("lab/lab");
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
      throw new IllegalStateException("lab/lab not found; set -Dvireo.lab.script");
    }
  }
}
