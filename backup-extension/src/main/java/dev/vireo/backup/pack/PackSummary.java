package dev.vireo.backup.pack;

import java.util.List;

/**
 * What a finished pack holds: its table of contents and where the table starts (the end of the blob
 * area), as read from the pack's tail or from a pack index (format §4.3, §4.7).
 */
public record PackSummary(PackId id, long tableStart, List<PackEntry> entries) {
  public PackSummary {
    entries = List.copyOf(entries);
  }
}
