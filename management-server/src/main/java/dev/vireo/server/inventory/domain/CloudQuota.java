package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A cloud's capacity limits; an empty limit means unlimited. */
@Embeddable
public class CloudQuota {
  @Column(name = "max_vms")
  private Integer maxVms;

  @Column(name = "max_vcpu")
  private Integer maxVcpu;

  @Column(name = "max_memory_mb")
  private Long maxMemoryMb;

  @Column(name = "max_storage_bytes")
  private Long maxStorageBytes;

  protected CloudQuota() {}

  public CloudQuota(Integer maxVms, Integer maxVcpu, Long maxMemoryMb, Long maxStorageBytes) {
    this.maxVms = maxVms;
    this.maxVcpu = maxVcpu;
    this.maxMemoryMb = maxMemoryMb;
    this.maxStorageBytes = maxStorageBytes;
  }

  public static CloudQuota unlimited() {
    return new CloudQuota(null, null, null, null);
  }

  Validation check(Validation v) {
    return v.require(
            maxVms == null || maxVms >= 0,
            "quota.maxVms",
            "must be 0 or more, or null for unlimited")
        .require(
            maxVcpu == null || maxVcpu >= 0,
            "quota.maxVcpu",
            "must be 0 or more, or null for unlimited")
        .require(
            maxMemoryMb == null || maxMemoryMb >= 0,
            "quota.maxMemoryMb",
            "must be 0 or more, or null for unlimited")
        .require(
            maxStorageBytes == null || maxStorageBytes >= 0,
            "quota.maxStorageBytes",
            "must be 0 or more, or null for unlimited");
  }

  /** Every limit {@code usage} goes beyond, as readable phrases; empty when it fits. */
  public List<String> exceededBy(VmFootprint usage) {
    List<String> out = new ArrayList<>();
    over(out, "VMs", usage.vms(), maxVms == null ? null : maxVms.longValue());
    over(out, "vCPUs", usage.vcpu(), maxVcpu == null ? null : maxVcpu.longValue());
    over(out, "memory MB", usage.memoryMb(), maxMemoryMb);
    over(out, "storage bytes", usage.storageBytes(), maxStorageBytes);
    return out;
  }

  private static void over(List<String> out, String what, long used, Long max) {
    if (max != null && used > max) {
      out.add(what + " " + used + " > quota " + max);
    }
  }

  public Optional<Integer> maxVms() {
    return Optional.ofNullable(maxVms);
  }

  public Optional<Integer> maxVcpu() {
    return Optional.ofNullable(maxVcpu);
  }

  public Optional<Long> maxMemoryMb() {
    return Optional.ofNullable(maxMemoryMb);
  }

  public Optional<Long> maxStorageBytes() {
    return Optional.ofNullable(maxStorageBytes);
  }
}
