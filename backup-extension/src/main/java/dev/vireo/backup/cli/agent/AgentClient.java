package dev.vireo.backup.cli.agent;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.vireo.backup.cli.agent.AgentProtocol.Frame;
import dev.vireo.backup.cli.agent.AgentProtocol.Request;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The client side: a command line first offers its command to a running agent and only runs it
 * itself where there is none (no socket, a stale one, {@code VIREO_BACKUP_AGENT=0}) or the agent is
 * another build. Kept free of the CLI's own classes so that this path loads little.
 */
public final class AgentClient {
  private AgentClient() {}

  /**
   * Runs {@code args} in the agent if one is running for this user.
   *
   * @return the command's exit code, or empty if the caller must run the command itself
   */
  public static OptionalInt runIfAgent(String[] args) {
    return runIfAgent(
        args,
        System.getenv(),
        Path.of("").toAbsolutePath().toString(),
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err));
  }

  static OptionalInt runIfAgent(
      String[] args, Map<String, String> env, String cwd, OutputStream out, OutputStream err) {
    if ("0".equals(env.get(AgentPaths.SWITCH_ENV))) {
      return OptionalInt.empty();
    }
    Path socket;
    try {
      socket = AgentPaths.socket(env);
    } catch (RuntimeException e) {
      return OptionalInt.empty();
    }
    if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      return OptionalInt.empty();
    }
    String problem = AgentPaths.problemWith(socket.getParent());
    if (problem != null) {
      try {
        err.write(
            "vireo-backup: not using the agent: ".concat(problem).concat("\n").getBytes(UTF_8));
      } catch (IOException ignored) {
        // the command runs here anyway
      }
      return OptionalInt.empty();
    }
    return run(socket, args, cwd, forwardedEnv(env), out, err);
  }

  /**
   * Runs {@code args} in the agent on {@code socket}, with the working directory {@code cwd} and
   * the variables {@code env}, copying its output to {@code out} and {@code err}.
   *
   * @return the exit code, or empty if nothing ran (no agent answers, or it refused) and the caller
   *     must run the command itself
   */
  public static OptionalInt run(
      Path socket,
      String[] args,
      String cwd,
      Map<String, String> env,
      OutputStream out,
      OutputStream err) {
    SocketChannel ch;
    try {
      ch = connect(socket);
      AgentProtocol.writeRequest(
          ch, new Request(AgentProtocol.RUN, AgentProtocol.build(), cwd, List.of(args), env));
    } catch (IOException e) {
      return OptionalInt.empty(); // no agent behind the socket (it ended): nothing was run
    }
    try (ch) {
      return pump(ch, out, err);
    } catch (IOException e) {
      String msg =
          "vireo-backup: lost the connection to the agent ("
              + socket
              + ") before the command finished: "
              + e.getMessage()
              + "; whether it completed is unknown: check with `vireo-backup list`, and the"
              + " agent's log: "
              + socket.resolveSibling(AgentServer.LOG_NAME)
              + "\n";
      try {
        err.write(msg.getBytes(UTF_8));
      } catch (IOException ignored) {
        // nowhere left to report it
      }
      return OptionalInt.of(1);
    }
  }

  /** The variables a command may read: {@code VIREO_*}, without the agent's own switches. */
  static Map<String, String> forwardedEnv(Map<String, String> env) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : env.entrySet()) { // no lambda: see AgentProtocol.build
      String k = e.getKey();
      if (k.startsWith("VIREO_")
          && !k.equals(AgentPaths.SOCKET_ENV)
          && !k.equals(AgentPaths.SWITCH_ENV)) {
        out.put(k, e.getValue());
      }
    }
    return out;
  }

  /**
   * Connects and checks that the agent runs as this user (the socket's directory, already checked
   * to be this user's, tells who that is).
   */
  static SocketChannel connect(Path socket) throws IOException {
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      ch.connect(UnixDomainSocketAddress.of(socket));
      UnixDomainPrincipal peer = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
      UserPrincipal own = Files.getOwner(socket.getParent(), LinkOption.NOFOLLOW_LINKS);
      if (!peer.user().equals(own)) {
        throw new IOException("the process behind " + socket + " runs as another user");
      }
      return ch;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  private static OptionalInt pump(SocketChannel ch, OutputStream out, OutputStream err)
      throws IOException {
    while (true) {
      Frame f = AgentProtocol.readFrame(ch);
      if (f == null) {
        throw new EOFException("the agent closed the connection");
      }
      switch (f.type()) {
        case AgentProtocol.OUT -> out.write(f.data());
        case AgentProtocol.ERR -> err.write(f.data());
        case AgentProtocol.EXIT -> {
          return OptionalInt.of(f.exitCode());
        }
        case AgentProtocol.REFUSED -> {
          err.write(("vireo-backup: " + f.text() + "\n").getBytes(UTF_8));
          return OptionalInt.empty();
        }
        default -> throw new IOException("unexpected frame type " + f.type());
      }
    }
  }

  /**
   * Sends a status or stop request and returns the agent's answer, or null if no agent answers on
   * {@code socket}.
   */
  static String ask(Path socket, byte kind) throws IOException {
    if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    String problem = AgentPaths.problemWith(socket.getParent());
    if (problem != null) {
      throw new IOException(problem);
    }
    SocketChannel ch;
    try {
      ch = connect(socket);
    } catch (java.net.SocketException e) {
      return null;
    }
    try (ch) {
      AgentProtocol.writeRequest(
          ch, new Request(kind, AgentProtocol.build(), "", List.of(), Map.of()));
      Frame f = AgentProtocol.readFrame(ch);
      if (f == null || f.type() != AgentProtocol.TEXT) {
        throw new IOException("unexpected answer from the agent on " + socket);
      }
      return f.text();
    }
  }
}
