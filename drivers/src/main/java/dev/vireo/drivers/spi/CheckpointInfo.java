package dev.vireo.drivers.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A checkpoint of a domain.
 *
 * @param parent the previous checkpoint in the chain, if any
 * @param disks disk targets whose changes the checkpoint tracks
 * @param xml the hypervisor's full description, enough to {@linkplain
 *     HypervisorDriver#redefineCheckpoint redefine} the checkpoint on another host
 */
public record CheckpointInfo(
    String name, Optional<String> parent, Instant createdAt, List<String> disks, String xml) {
  public CheckpointInfo {
    disks = List.copyOf(disks);
  }
}
