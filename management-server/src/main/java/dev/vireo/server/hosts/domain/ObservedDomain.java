package dev.vireo.server.hosts.domain;

import dev.vireo.server.inventory.domain.VmStatus;
import java.util.Optional;

/**
 * A domain as a host reported it during a refresh.
 *
 * @param hypervisorId the hypervisor's id (libvirt: the domain UUID)
 * @param vireoVmId Vireo's VM id from the domain's metadata, if it carries one
 * @param status the domain's state in inventory terms
 */
public record ObservedDomain(
    String hypervisorId, Optional<String> vireoVmId, String name, VmStatus status) {}
