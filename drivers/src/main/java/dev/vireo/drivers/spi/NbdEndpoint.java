package dev.vireo.drivers.spi;

/** Where the host serves a backup over NBD. */
public sealed interface NbdEndpoint permits NbdEndpoint.Tcp, NbdEndpoint.Unix {

  /** NBD URI for an export on this endpoint, e.g. {@code nbd://10.0.0.5:10809/vda}. */
  String uri(String exportName);

  /** A TCP listener on the host. */
  record Tcp(String host, int port) implements NbdEndpoint {
    @Override
    public String uri(String exportName) {
      return "nbd://" + host + ":" + port + "/" + exportName;
    }
  }

  /** A unix socket on the host's file system (only usable on the host itself). */
  record Unix(String socketPath) implements NbdEndpoint {
    @Override
    public String uri(String exportName) {
      return "nbd+unix:///" + exportName + "?socket=" + socketPath;
    }
  }
}
