package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.shared.infrastructure.database.ServerEnvironment;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A server node's stable name across restarts: the host name plus a short digest of the data
 * directory, so two nodes on one machine (each with its own data directory) differ, and a node that
 * restarts recognises the jobs its previous process left running.
 */
final class NodeIdentity {
  private NodeIdentity() {}

  static String current() {
    String dir = ServerEnvironment.dataDirectory().toString();
    return hostName() + "#" + digest(dir);
  }

  private static String hostName() {
    try {
      String h = InetAddress.getLocalHost().getHostName();
      return h.length() > 200 ? h.substring(0, 200) : h;
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  private static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
