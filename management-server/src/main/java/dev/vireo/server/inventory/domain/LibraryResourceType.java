package dev.vireo.server.inventory.domain;

/** What a library resource is. */
public enum LibraryResourceType {
  DISK_IMAGE,
  ISO,
  SCRIPT,
  DRIVER,
  PACKAGE
}
