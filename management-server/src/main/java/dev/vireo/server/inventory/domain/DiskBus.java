package dev.vireo.server.inventory.domain;

/** The bus a virtual disk is attached to. */
public enum DiskBus {
  VIRTIO,
  SCSI,
  SATA,
  IDE
}
