package dev.vireo.server.inventory.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Fired (synchronously, inside the transaction that records it) whenever a VM's host changes:
 * registration, a migration Vireo ran, a move it observed, or the VM going missing. The backup
 * extension observes it — typically with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * — to follow a VM across hosts; {@code storageMoved} tells it the change-tracking chain may be
 * broken.
 *
 * @param vmId the stable Vireo VM id
 * @param hypervisorId the id the (new) host knows the VM by
 * @param fromHostId the host it left, empty for a new or found-again VM
 * @param toHostId the host it is on now, empty when it went missing
 * @param at when the change happened or was observed
 * @param storageMoved whether its disks moved too
 * @param initiatedByVireo true when Vireo moved it, false when the move was observed
 * @param initiatedBy the user name, or {@code system}
 */
public record VmPlacementChanged(
    String vmId,
    String hypervisorId,
    Optional<String> fromHostId,
    Optional<String> toHostId,
    Instant at,
    boolean storageMoved,
    boolean initiatedByVireo,
    String initiatedBy) {}
