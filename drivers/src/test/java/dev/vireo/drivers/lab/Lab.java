package dev.vireo.drivers.lab;

import dev.vireo.drivers.spi.ConnectionSpec;
import dev.vireo.drivers.spi.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A running lab of {@link #HOSTS} libvirt hosts, driven through the {@code lab/lab} script. */
public final class Lab {
  public static final int HOSTS = 2;
  public static final String USER = "vireo";
  public static final String PASSWORD = "vireo-lab-secret";
  public static final Path DIR = Path.of("/var/lib/vireo-lab");
  public static final Path SHARED = DIR.resolve("shared");

  /** Per-host local pool directory (the same path names a different directory on each host). */
  public static final String LOCAL_POOL_PATH = "/var/lib/libvirt/images";

  private final Path script;

  Lab(Path script) {
    this.script = script;
  }

  public static String ip(int host) {
    return "10.77.0." + host;
  }

  public static String uri(int host) {
    return "qemu+tcp://" + ip(host) + "/system";
  }

  public static ConnectionSpec spec(int host) {
    return ConnectionSpec.of(uri(host), new Credentials(USER, PASSWORD.toCharArray()))
        .withKeepalive(Duration.ofSeconds(2), 3);
  }

  /** Domain XML of the lab's tiny TCG guest (128 MiB, 1 vCPU, serial command channel). */
  public String guestXml(String name, Path disk) {
    return run(Duration.ofSeconds(20), "guest-xml", name, disk.toString());
  }

  /** Creates a sparse qcow2 image in the shared directory and returns its path. */
  public Path sharedDisk(String name, String size) {
    Path disk = SHARED.resolve(name + ".qcow2");
    run(Duration.ofSeconds(20), "disk-create", disk.toString(), size);
    return disk;
  }

  /** Runs a command inside host {@code host}'s namespaces and returns its output. */
  public String exec(int host, String... command) {
    List<String> args = new ArrayList<>(List.of("exec", "h" + host));
    args.addAll(List.of(command));
    return run(Duration.ofSeconds(60), args.toArray(String[]::new));
  }

  /** Runs a shell command in guest {@code name} on {@code host}; returns its output. */
  public String guestCommand(int host, String name, String shellCommand) {
    return run(Duration.ofSeconds(60), "guest-cmd", "h" + host, name, shellCommand);
  }

  /** Waits until the guest's command shell answers. */
  public void awaitGuest(int host, String name, Duration timeout) {
    run(
        timeout.plusSeconds(10),
        "guest-wait",
        "h" + host,
        name,
        String.valueOf(timeout.toSeconds()));
  }

  /** Kills host {@code host}'s libvirtd with SIGKILL (its domains keep running). */
  public void killDaemon(int host) {
    run(Duration.ofSeconds(20), "daemon-kill", "h" + host);
  }

  /** Freezes host {@code host}'s libvirtd (SIGSTOP): it stops answering but keeps sockets. */
  public void pauseDaemon(int host) {
    run(Duration.ofSeconds(20), "daemon-pause", "h" + host);
  }

  /** Lets a paused libvirtd run again (SIGCONT). */
  public void resumeDaemon(int host) {
    run(Duration.ofSeconds(20), "daemon-resume", "h" + host);
  }

  /** Starts host {@code host}'s daemons again and waits until libvirtd answers. */
  public void startDaemon(int host) {
    run(Duration.ofSeconds(120), "daemon-start", "h" + host);
  }

  String run(Duration timeout, String... args) {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    return runProcess(command, timeout);
  }

  /** Runs a process, failing with its output if it exits non-zero or times out. */
  public static String runProcess(List<String> command, Duration timeout) {
    try {
      Path out = Files.createTempFile("vireo-lab", ".out");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("timed out: " + command + "\n" + read(out));
        }
        String text = read(out);
        if (p.exitValue() != 0) {
          throw new IllegalStateException(
              "failed (exit " + p.exitValue() + "): " + command + "\n" + text);
        }
        return text;
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + command, e);
    }
  }

  private static String read(Path out) throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
