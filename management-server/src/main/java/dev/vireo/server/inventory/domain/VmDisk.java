package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A virtual disk of a VM: where its image lives and how the guest sees it. */
@Embeddable
public class VmDisk {
  /** Image formats Vireo knows. */
  public static final Set<String> FORMATS = Set.of("QCOW2", "RAW", "VHD", "VHDX", "VMDK");

  private static final Pattern TARGET = Pattern.compile("[a-z]{2,4}[a-z0-9]{0,12}");

  @Column(name = "path", nullable = false, length = 1024)
  private String path;

  @Column(name = "disk_format", nullable = false, length = 16)
  private String format;

  @Column(name = "capacity_bytes", nullable = false)
  private long capacityBytes;

  @Enumerated(EnumType.STRING)
  @Column(name = "bus", nullable = false, length = 16)
  private DiskBus bus;

  @Column(name = "target", nullable = false, length = 32)
  private String target;

  protected VmDisk() {}

  public VmDisk(String path, String format, long capacityBytes, DiskBus bus, String target) {
    this.path = path;
    this.format = format == null ? null : format.toUpperCase(Locale.ROOT);
    this.capacityBytes = capacityBytes;
    this.bus = bus;
    this.target = target;
  }

  Validation check(Validation v, String prefix) {
    return v.require(
            path != null && !path.isBlank() && path.length() <= 1024 && path.indexOf('\0') < 0,
            prefix + "path",
            "must be a file or volume path of 1-1024 characters")
        .require(
            format != null && FORMATS.contains(format),
            prefix + "format",
            "must be one of " + FORMATS.stream().sorted().toList())
        .require(capacityBytes > 0, prefix + "capacityBytes", "must be greater than 0")
        .require(
            bus != null,
            prefix + "bus",
            "must be one of " + java.util.Arrays.toString(DiskBus.values()))
        .require(
            target != null && TARGET.matcher(target).matches(),
            prefix + "target",
            "must be a guest device name such as vda or sdb");
  }

  public String path() {
    return path;
  }

  public String format() {
    return format;
  }

  public long capacityBytes() {
    return capacityBytes;
  }

  public DiskBus bus() {
    return bus;
  }

  public String target() {
    return target;
  }
}
