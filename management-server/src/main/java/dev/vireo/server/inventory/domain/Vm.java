package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A virtual machine. Its id is Vireo's and never changes, whatever host it runs on; {@code
 * hypervisorId} is the id the hypervisor knows it by (a libvirt domain UUID), unique per host.
 * Every host change produces a {@link VmPlaced} event, collected until the application service
 * stores and publishes it ({@link #pullPlacements()}).
 */
@Entity
@Table(name = "vm")
public class Vm extends AggregateRoot {
  private static final Pattern HYPERVISOR_ID = Pattern.compile("[\\p{Graph}]{1,128}");

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "hypervisor_id", nullable = false, length = 128)
  private String hypervisorId;

  @Column(name = "host_id", length = 36)
  private String hostId;

  /** The host id, or '~' + the VM id while unplaced: keeps "unique per host" portable. */
  @Column(name = "host_key", nullable = false, length = 40)
  private String hostKey;

  @Column(name = "cloud_id", length = 36)
  private String cloudId;

  @Column(name = "owner_user_id", length = 36)
  private String ownerUserId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private VmStatus status;

  @Column(name = "vcpu", nullable = false)
  private int vcpu;

  @Column(name = "memory_mb", nullable = false)
  private long memoryMb;

  @Column(name = "storage_bytes", nullable = false)
  private long storageBytes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vm_disk", joinColumns = @JoinColumn(name = "vm_id"))
  @OrderColumn(name = "disk_index")
  private List<VmDisk> disks = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vm_nic", joinColumns = @JoinColumn(name = "vm_id"))
  @OrderColumn(name = "nic_index")
  private List<VmNic> nics = new ArrayList<>();

  @Transient private List<VmPlaced> pending = new ArrayList<>();

  protected Vm() {}

  private Vm(String id) {
    super(id);
  }

  /**
   * A VM found on or created on {@code host}.
   *
   * @param hypervisorId the hypervisor's id; empty to use the Vireo id (API registration)
   * @param owner the self-service owner, if any
   */
  public static Vm register(
      String name,
      String description,
      Optional<String> hypervisorId,
      Host host,
      VmHardware hardware,
      VmStatus status,
      Optional<String> owner,
      PlacementInitiator initiator,
      String by) {
    return registerAs(
        newId(), name, description, hypervisorId, host, hardware, status, owner, initiator, by);
  }

  /**
   * {@link #register} with a given Vireo id: a domain found on a host that already carries a Vireo
   * id (written by another Vireo server, or kept from before a host was removed) keeps it.
   */
  public static Vm registerAs(
      String id,
      String name,
      String description,
      Optional<String> hypervisorId,
      Host host,
      VmHardware hardware,
      VmStatus status,
      Optional<String> owner,
      PlacementInitiator initiator,
      String by) {
    Vm vm = new Vm(id);
    vm.hypervisorId = hypervisorId.orElse(vm.id());
    Validation v = Validation.start();
    v.require(
        HYPERVISOR_ID.matcher(vm.hypervisorId).matches(),
        "hypervisorId",
        "must be 1-128 printable characters without spaces");
    v.require(
        status != null && status != VmStatus.MISSING && status != VmStatus.HOST_NOT_RESPONDING,
        "status",
        "must be RUNNING, STOPPED, PAUSED or SAVED");
    vm.check(v, name, description).throwIfInvalid();
    hardware.check(Validation.start()).throwIfInvalid();
    vm.name = name;
    vm.description = description;
    vm.status = status;
    vm.ownerUserId = owner.orElse(null);
    vm.apply(hardware);
    vm.unplace();
    vm.placeOn(host, false, initiator, by);
    return vm;
  }

  public void describe(String newName, String newDescription) {
    check(Validation.start(), newName, newDescription).throwIfInvalid();
    name = newName;
    description = newDescription;
  }

  private Validation check(Validation v, String n, String d) {
    return v.requireName(n, "name").requireMaxLength(d, 1024, "description");
  }

  public void reconfigure(VmHardware hardware) {
    hardware.check(Validation.start()).throwIfInvalid();
    apply(hardware);
  }

  private void apply(VmHardware hw) {
    vcpu = hw.vcpu();
    memoryMb = hw.memoryMb();
    disks = new ArrayList<>(hw.disks());
    nics = new ArrayList<>(hw.nics());
    storageBytes = hw.storageBytes();
  }

  /**
   * Records that the VM is now on {@code to}. Nothing happens when it already is (so a refresh can
   * report the same host again). A missing VM that is found again counts as stopped until its state
   * is reported.
   */
  public void placeOn(Host to, boolean storageMoved, PlacementInitiator initiator, String by) {
    if (to.id().equals(hostId)) {
      return;
    }
    pending.add(
        new VmPlaced(
            id(),
            Optional.ofNullable(hostId),
            Optional.of(to.id()),
            Instant.now(),
            storageMoved,
            initiator,
            by));
    hostId = to.id();
    hostKey = to.id();
    if (status == VmStatus.MISSING) {
      status = VmStatus.STOPPED;
    }
  }

  /** The VM's host no longer reports it: it keeps its identity but has no host. */
  public void markMissing(String by) {
    if (hostId == null) {
      return;
    }
    pending.add(
        new VmPlaced(
            id(),
            Optional.of(hostId),
            Optional.empty(),
            Instant.now(),
            false,
            PlacementInitiator.OBSERVED,
            by));
    unplace();
    status = VmStatus.MISSING;
  }

  private void unplace() {
    hostId = null;
    hostKey = "~" + id();
  }

  /** The state the hypervisor reports. Missing VMs change state only by being found again. */
  public void reportStatus(VmStatus s) {
    if (s == VmStatus.MISSING || s == VmStatus.HOST_NOT_RESPONDING) {
      throw new DomainException(
          InventoryError.INVENTORY_VM_STATE,
          "Status "
              + s
              + " is set by the server, not reported: use markMissing or the host's health.");
    }
    if (hostId == null) {
      throw new DomainException(
          InventoryError.INVENTORY_VM_STATE,
          "VM '" + name + "' is missing; record the host it was found on first.");
    }
    status = s;
  }

  public void hostStoppedResponding() {
    if (hostId != null) {
      status = VmStatus.HOST_NOT_RESPONDING;
    }
  }

  /** Places the VM in a cloud (or none); the caller has checked scope and quota with the cloud. */
  public void assignToCloud(Optional<String> newCloudId) {
    cloudId = newCloudId.orElse(null);
  }

  /** The placement changes since the last call, oldest first. */
  public List<VmPlaced> pullPlacements() {
    List<VmPlaced> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  public VmHardware hardware() {
    return new VmHardware(vcpu, memoryMb, disks, nics);
  }

  public VmFootprint footprint() {
    return hardware().footprint();
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String hypervisorId() {
    return hypervisorId;
  }

  public Optional<String> hostId() {
    return Optional.ofNullable(hostId);
  }

  public Optional<String> cloudId() {
    return Optional.ofNullable(cloudId);
  }

  public Optional<String> ownerUserId() {
    return Optional.ofNullable(ownerUserId);
  }

  public VmStatus status() {
    return status;
  }
}
