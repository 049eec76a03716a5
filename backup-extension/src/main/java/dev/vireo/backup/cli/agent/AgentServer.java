package dev.vireo.backup.cli.agent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vireo.backup.backup.BackupEngine;
import dev.vireo.backup.cli.Invocation;
import dev.vireo.backup.cli.Output;
import dev.vireo.backup.cli.VireoBackupCli;
import dev.vireo.backup.cli.agent.AgentProtocol.Request;
import dev.vireo.backup.crypto.KeyMemory;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.net.ExtendedSocketOptions;

/**
 * The agent: serves {@code vireo-backup} commands on a Unix domain socket, each in the same warm
 * JVM (compiled code, loaded native libraries), so a command costs its own work and not a JVM's
 * start-up. Only this user can reach the socket (a 0700 directory, and the peer's credentials are
 * checked on every connection). Commands run concurrently, each on its own thread with the client's
 * working directory, {@code VIREO_*} variables and streams; the repository lock works between
 * threads as between processes. A client that goes away (Ctrl-C, killed) cancels its command: its
 * thread is interrupted, and the engine stops as it would if the process died, which the repository
 * format is built to survive. The agent never keeps a passphrase; it remembers a passphrase-derived
 * key for {@code keyTtl} after its last use ({@link KeyMemory}; zero: not at all). It logs no
 * arguments or variables, only command names, exit codes and times.
 */
public final class AgentServer implements AutoCloseable {
  static final String LOG_NAME = "agent.log";

  private final Path socket;
  private final Duration idleTimeout;
  private final Duration keyTtl;
  private final KeyMemory keys;
  private final PrintStream log;
  private final String build = AgentProtocol.build();
  private final Instant startedAt = Instant.now();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
  private final ExecutorService connections =
      Executors.newCachedThreadPool(BackupEngine.daemon("agent-command"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(BackupEngine.daemon("agent-timer"));
  private final ServerSocketChannel server;
  private final UserPrincipal owner;
  private volatile boolean stopping;

  /**
   * Binds the socket (creating its private directory; removing a stale socket that no agent answers
   * on).
   *
   * @throws BackupException {@code AGENT_ERROR} if the directory is not private, another agent
   *     answers, or the socket cannot be bound
   */
  public AgentServer(Path socket, Duration idleTimeout, Duration keyTtl, PrintStream log) {
    this.socket = socket;
    this.idleTimeout = idleTimeout;
    this.keyTtl = keyTtl;
    this.keys = new KeyMemory(keyTtl);
    this.log = log;
    AgentPaths.prepare(socket);
    try {
      if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
        if (AgentClient.ask(socket, AgentProtocol.STATUS) != null) {
          throw new BackupException(
              ErrorCode.AGENT_ERROR, "an agent is already running on " + socket);
        }
        Files.delete(socket); // stale: its agent ended without removing it
      }
      owner = Files.getOwner(socket.getParent(), LinkOption.NOFOLLOW_LINKS);
      server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new BackupException(
          ErrorCode.AGENT_ERROR, "cannot listen on " + socket + ": " + e.getMessage(), e);
    }
  }

  public Path socket() {
    return socket;
  }

  /** Serves until stopped ({@code agent stop}) or idle for the idle timeout. */
  public void serve() {
    log(
        "listening on "
            + socket
            + " (idle timeout "
            + describe(idleTimeout)
            + ", keys remembered for "
            + describe(keyTtl)
            + " after their last use)");
    if (keys.enabled()) {
      timer.scheduleAtFixedRate(keys::expire, 1, 1, TimeUnit.SECONDS);
    }
    if (!idleTimeout.isZero()) {
      long period = Math.max(1, Math.min(idleTimeout.toMillis() / 4, 10_000));
      timer.scheduleAtFixedRate(this::stopIfIdle, period, period, TimeUnit.MILLISECONDS);
    }
    try {
      while (true) {
        SocketChannel ch = server.accept();
        lastActivity.set(System.nanoTime());
        connections.execute(() -> handle(ch));
      }
    } catch (ClosedChannelException e) {
      // stopped
    } catch (IOException e) {
      log("accept failed, stopping: " + e);
    }
    connections.shutdown();
    try {
      while (!connections.awaitTermination(10, TimeUnit.SECONDS)) {
        log("waiting for " + running.get() + " running command(s) to finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
    log("stopped after " + served.get() + " command(s)");
  }

  private void stopIfIdle() {
    long idle = System.nanoTime() - lastActivity.get();
    if (running.get() == 0 && idle >= idleTimeout.toNanos()) {
      log("idle for " + describe(idleTimeout) + ", stopping");
      stop();
    }
  }

  /** Stops accepting; commands already running finish. */
  void stop() {
    stopping = true;
    try {
      server.close();
    } catch (IOException e) {
      log("closing the socket: " + e);
    }
  }

  @Override
  public void close() {
    stop();
    timer.shutdownNow();
    keys.clear();
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      log("cannot remove " + socket + ": " + e);
    }
  }

  private void handle(SocketChannel ch) {
    try (ch) {
      UserPrincipal peer = ch.getOption(ExtendedSocketOptions.SO_PEERCRED).user();
      if (!peer.equals(owner)) {
        log("refused a connection from user " + peer.getName());
        return;
      }
      Request r = AgentProtocol.readRequest(ch);
      switch (r.kind()) {
        case AgentProtocol.STATUS -> AgentProtocol.writeText(ch, AgentProtocol.TEXT, status());
        case AgentProtocol.STOP -> {
          AgentProtocol.writeText(ch, AgentProtocol.TEXT, status());
          log("stop requested");
          stop();
        }
        case AgentProtocol.RUN -> run(ch, r);
        default -> log("unknown request kind " + r.kind());
      }
    } catch (IOException e) {
      log("connection ended: " + e.getMessage());
    } finally {
      lastActivity.set(System.nanoTime());
      Thread.interrupted(); // a cancelled command's interrupt must not outlive it
    }
  }

  private void run(SocketChannel ch, Request r) throws IOException {
    if (!r.build().equals(build)) {
      AgentProtocol.writeText(
          ch,
          AgentProtocol.REFUSED,
          "the running agent is another build than this command (restart it: vireo-backup agent"
              + " stop; vireo-backup agent start); running this command without it");
      return;
    }
    if (stopping) {
      AgentProtocol.writeText(
          ch, AgentProtocol.REFUSED, "the agent is stopping; running this command without it");
      return;
    }
    String name = commandName(r);
    running.incrementAndGet();
    long t0 = System.nanoTime();
    Thread worker = Thread.currentThread();
    AtomicBoolean finished = new AtomicBoolean();
    Thread watcher =
        new Thread(() -> cancelWhenClientLeaves(ch, worker, finished), "vireo-agent-watch");
    watcher.setDaemon(true);
    watcher.start();
    int code;
    Object writeLock = new Object();
    try (FrameStream out = new FrameStream(ch, AgentProtocol.OUT, writeLock);
        PrintStream err =
            new PrintStream(new FrameStream(ch, AgentProtocol.ERR, writeLock), true, "UTF-8")) {
      Invocation inv =
          new Invocation(
              Optional.of(Path.of(r.cwd())),
              r.env(),
              new BufferedOutputStream(out, 1 << 16),
              err,
              keys);
      try {
        code = VireoBackupCli.run(inv, r.args().toArray(String[]::new));
      } catch (RuntimeException | Error e) {
        log(name + ": failed: " + e);
        err.println("vireo-backup: internal error in the agent: " + e);
        code = VireoBackupCli.EXIT_ERROR;
      }
      inv.stdout().flush();
      err.flush();
      finished.set(true);
      synchronized (writeLock) {
        AgentProtocol.writeExit(ch, code);
      }
    } finally {
      // the watcher ends when the connection closes (interrupting it would close it early)
      running.decrementAndGet();
      served.incrementAndGet();
    }
    log(String.format("%s: exit %d in %.3f s", name, code, (System.nanoTime() - t0) / 1e9));
    if (running.get() == 0) {
      System.gc(); // give the command's heap back between commands, so an idle agent stays small
    }
  }

  /**
   * The subcommand's name for the log, without options or values (which may be paths or other
   * data).
   */
  private static String commandName(Request r) {
    String name =
        r.args().stream()
            .limit(2)
            .takeWhile(a -> !a.startsWith("-") && a.chars().allMatch(Character::isLetter))
            .collect(java.util.stream.Collectors.joining(" "));
    return name.isEmpty() ? "(options only)" : name;
  }

  /**
   * Blocks reading the connection: a client sends nothing after its request, so the read returns
   * only when the client is gone (or the command is over and the connection closed).
   */
  private void cancelWhenClientLeaves(SocketChannel ch, Thread worker, AtomicBoolean finished) {
    ByteBuffer b = ByteBuffer.allocate(256);
    try {
      while (ch.read(b) >= 0) {
        b.clear();
      }
    } catch (IOException e) {
      // closed by the command's end, or reset by the client
    }
    if (!finished.get()) {
      log("client went away: cancelling its command");
      worker.interrupt();
    }
  }

  private String status() {
    ObjectNode o = Output.object();
    o.put("pid", ProcessHandle.current().pid());
    o.put("socket", socket.toString());
    o.put("startedAt", startedAt.toString());
    o.put("idleTimeoutSeconds", idleTimeout.toSeconds());
    o.put("keyTtlSeconds", keyTtl.toSeconds());
    o.put("keysRemembered", keys.size());
    o.put("running", running.get());
    o.put("served", served.get());
    o.put("stopping", stopping);
    return Output.toJson(o);
  }

  static String describe(Duration d) {
    return d.isZero() ? "none" : d.toSeconds() + " s";
  }

  private void log(String line) {
    log.println(
        Instant.now() + " vireo-backup agent[" + ProcessHandle.current().pid() + "]: " + line);
  }

  /** An output stream whose writes go to the client as frames of one type. */
  private static final class FrameStream extends OutputStream {
    private final SocketChannel ch;
    private final byte type;
    private final Object lock;

    FrameStream(SocketChannel ch, byte type, Object lock) {
      this.ch = ch;
      this.type = type;
      this.lock = lock;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      for (int done = 0; done < len; ) {
        int n = Math.min(len - done, AgentProtocol.MAX_FRAME);
        synchronized (lock) {
          AgentProtocol.writeFrame(ch, type, b, off + done, n);
        }
        done += n;
      }
    }

    @Override
    public void close() {
      // the connection outlives the streams: the exit frame follows them
    }
  }
}
