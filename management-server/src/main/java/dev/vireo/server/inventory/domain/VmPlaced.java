package dev.vireo.server.inventory.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A VM changed host: registered on a host, migrated, found on another host, or went missing.
 *
 * @param vmId the stable Vireo VM id
 * @param fromHostId the host it left, empty when it had none (new or missing)
 * @param toHostId the host it is on now, empty when it went missing
 * @param at when the change happened (or was observed)
 * @param storageMoved whether its disks moved too (the backup change-tracking chain may be broken)
 * @param initiator whether Vireo moved it or observed the move
 * @param initiatedBy the user or {@code system} on whose behalf the change was recorded
 */
public record VmPlaced(
    String vmId,
    Optional<String> fromHostId,
    Optional<String> toHostId,
    Instant at,
    boolean storageMoved,
    PlacementInitiator initiator,
    String initiatedBy) {}
