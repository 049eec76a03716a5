package dev.vireo.backup.source;

/** Chunks {@code [first, end)} of a disk. */
public record ChunkRange(long first, long end) {}
