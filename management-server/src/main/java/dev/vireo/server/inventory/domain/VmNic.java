package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.regex.Pattern;

/** A network adapter of a VM. */
@Embeddable
public class VmNic {
  private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
  private static final Pattern MODEL = Pattern.compile("[a-z0-9_\\-]{1,32}");

  @Column(name = "mac_address", nullable = false, length = 17)
  private String macAddress;

  @Column(name = "network", nullable = false, length = 128)
  private String network;

  @Column(name = "model", nullable = false, length = 32)
  private String model;

  protected VmNic() {}

  public VmNic(String macAddress, String network, String model) {
    this.macAddress = macAddress == null ? null : macAddress.toLowerCase(Locale.ROOT);
    this.network = network;
    this.model = model == null ? null : model.toLowerCase(Locale.ROOT);
  }

  Validation check(Validation v, String prefix) {
    return v.require(
            macAddress != null && MAC.matcher(macAddress).matches(),
            prefix + "macAddress",
            "must be a MAC address such as 52:54:00:12:34:56")
        .requireName(network, prefix + "network")
        .require(
            model != null && MODEL.matcher(model).matches(),
            prefix + "model",
            "must be a NIC model such as virtio or e1000 (1-32 characters)");
  }

  public String macAddress() {
    return macAddress;
  }

  public String network() {
    return network;
  }

  public String model() {
    return model;
  }
}
