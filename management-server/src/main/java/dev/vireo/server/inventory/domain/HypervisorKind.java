package dev.vireo.server.inventory.domain;

/** The hypervisor a host runs. Drivers say which kinds they manage. */
public enum HypervisorKind {
  KVM,
  QEMU,
  XEN,
  LXC,
  HYPER_V,
  VMWARE_ESXI
}
