package dev.vireo.server.settings.domain.regfile;

/** Text encodings for written {@code .reg} files. Reading detects the encoding by its BOM. */
public enum RegEncoding {
  /** UTF-8 without BOM: Vireo's default, diff- and grep-friendly. */
  UTF_8,
  /** UTF-16LE with BOM: what regedit itself writes. */
  UTF_16LE_BOM
}
