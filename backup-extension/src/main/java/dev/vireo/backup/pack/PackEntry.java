package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;

/** One blob in a pack's table: where it is and how long its plaintext is. */
public record PackEntry(ChunkDigest digest, long offset, int sealedLength, int plainLength) {}
