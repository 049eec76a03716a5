package dev.vireo.backup.gc;

/** What a gc run did (or, in a dry run, would do). */
public record GcReport(
    long referencedChunks,
    int packsDeleted,
    int packsRepacked,
    int packsKept,
    long bytesFreed,
    int pointDirsRemoved,
    int tempFilesRemoved) {}
