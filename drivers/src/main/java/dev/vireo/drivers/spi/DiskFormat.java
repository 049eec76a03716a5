package dev.vireo.drivers.spi;

import java.util.Locale;

/** Disk image formats Vireo knows; anything else is {@link #OTHER}. */
public enum DiskFormat {
  QCOW2,
  RAW,
  OTHER;

  /** The lower-case name used in hypervisor XML. */
  public String xmlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Maps a hypervisor format name; unknown names give {@link #OTHER}. */
  public static DiskFormat fromXmlName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "qcow2" -> QCOW2;
      case "raw" -> RAW;
      default -> OTHER;
    };
  }
}
