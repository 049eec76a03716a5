package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A named set of virtual hardware that templates and new VMs start from. */
@Entity
@Table(name = "hardware_profile")
public class HardwareProfile extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "vcpu", nullable = false)
  private int vcpu;

  @Column(name = "memory_mb", nullable = false)
  private long memoryMb;

  @Column(name = "nic_count", nullable = false)
  private int nicCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "disk_bus", nullable = false, length = 16)
  private DiskBus diskBus;

  protected HardwareProfile() {}

  private HardwareProfile(String id) {
    super(id);
  }

  /** The profile's settings. */
  public record Settings(
      String name, String description, int vcpu, long memoryMb, int nicCount, DiskBus diskBus) {}

  public static HardwareProfile create(Settings s) {
    HardwareProfile p = new HardwareProfile(newId());
    p.change(s);
    return p;
  }

  public void change(Settings s) {
    Validation.start()
        .requireName(s.name(), "name")
        .requireMaxLength(s.description(), 1024, "description")
        .requireRange(s.vcpu(), 1, 1024, "vcpu")
        .requireRange(s.memoryMb(), 4, VmHardware.MAX_MEMORY_MB, "memoryMb")
        .requireRange(s.nicCount(), 0, 64, "nicCount")
        .require(
            s.diskBus() != null,
            "diskBus",
            "must be one of " + java.util.Arrays.toString(DiskBus.values()))
        .throwIfInvalid();
    name = s.name();
    description = s.description();
    vcpu = s.vcpu();
    memoryMb = s.memoryMb();
    nicCount = s.nicCount();
    diskBus = s.diskBus();
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public int vcpu() {
    return vcpu;
  }

  public long memoryMb() {
    return memoryMb;
  }

  public int nicCount() {
    return nicCount;
  }

  public DiskBus diskBus() {
    return diskBus;
  }
}
