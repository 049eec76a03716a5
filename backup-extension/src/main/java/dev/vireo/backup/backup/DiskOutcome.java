package dev.vireo.backup.backup;

import dev.vireo.backup.index.DiskIndexWriter;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.source.DiskSource;
import java.util.List;

/** A disk whose chunks are all stored and whose index awaits commit. */
record DiskOutcome(
    DiskSource source,
    DiskIndexWriter index,
    long bytesRead,
    long bytesStored,
    long chunksNew,
    List<Extent> extentsRead) {}
