package dev.vireo.backup.backup;

import dev.vireo.backup.chunk.ChunkDigest;

/** Outcome of storing one chunk: its digest and how many bytes it added to the repository. */
record ChunkResult(ChunkDigest digest, long storedBytes) {}
