package dev.vireo.server.hosts.domain;

import dev.vireo.server.inventory.domain.VmStatus;

/** A VM the inventory places on the host being reconciled. */
public record KnownVm(String vmId, String hypervisorId, VmStatus status) {}
