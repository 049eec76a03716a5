package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** A VM template: a hardware profile, a library disk image to copy, and the guest OS. */
@Entity
@Table(name = "vm_template")
public class VmTemplate extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "hardware_profile_id", nullable = false, length = 36)
  private String hardwareProfileId;

  @Column(name = "disk_resource_id", nullable = false, length = 36)
  private String diskResourceId;

  @Column(name = "operating_system", nullable = false, length = 128)
  private String operatingSystem;

  protected VmTemplate() {}

  private VmTemplate(String id) {
    super(id);
  }

  public static VmTemplate create(
      String name, String description, HardwareProfile profile, LibraryResource disk, String os) {
    VmTemplate t = new VmTemplate(newId());
    t.change(name, description, profile, disk, os);
    return t;
  }

  public void change(
      String newName,
      String newDescription,
      HardwareProfile profile,
      LibraryResource disk,
      String os) {
    Validation.start()
        .requireName(newName, "name")
        .requireMaxLength(newDescription, 1024, "description")
        .requireText(os, "operatingSystem")
        .requireMaxLength(os, 128, "operatingSystem")
        .throwIfInvalid();
    if (disk.type() != LibraryResourceType.DISK_IMAGE) {
      throw new DomainException(
          InventoryError.INVENTORY_WRONG_RESOURCE_TYPE,
          "Library resource '" + disk.name() + "' is a " + disk.type() + ", not a DISK_IMAGE.",
          List.of(new FieldError("diskResourceId", "must name a DISK_IMAGE resource")));
    }
    name = newName;
    description = newDescription;
    hardwareProfileId = profile.id();
    diskResourceId = disk.id();
    operatingSystem = os;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String hardwareProfileId() {
    return hardwareProfileId;
  }

  public String diskResourceId() {
    return diskResourceId;
  }

  public String operatingSystem() {
    return operatingSystem;
  }
}
