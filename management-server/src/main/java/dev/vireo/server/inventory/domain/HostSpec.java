package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The descriptive fields of a host, as registered by an administrator or a host import.
 *
 * @param name unique among hosts
 * @param description free text, up to 1024 characters
 * @param address the DNS name or IP address
 * @param kind the hypervisor
 * @param connectionUri how the driver reaches the host, e.g. {@code qemu+ssh://root@kvm1/system}
 * @param runAsAccountId the Run As account whose credentials open the connection
 */
public record HostSpec(
    String name,
    String description,
    String address,
    HypervisorKind kind,
    String connectionUri,
    String runAsAccountId) {
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:\\-\\[\\]%]{0,254}");

  public Validation check(Validation v) {
    return v.requireName(name, "name")
        .requireMaxLength(description, 1024, "description")
        .require(
            address != null && ADDRESS.matcher(address).matches(),
            "address",
            "must be a DNS name or an IP address (up to 255 characters)")
        .require(
            kind != null,
            "hypervisorKind",
            "must be one of " + java.util.Arrays.toString(HypervisorKind.values()))
        .require(
            validUri(connectionUri),
            "connectionUri",
            "must be an absolute URI such as qemu+ssh://root@host/system (up to 1024 characters)")
        .requireText(runAsAccountId, "runAsAccountId");
  }

  static boolean validUri(String s) {
    if (s == null || s.isBlank() || s.length() > 1024) {
      return false;
    }
    try {
      return new URI(s).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
