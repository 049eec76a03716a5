/**
 * Chunks: fixed-size, offset-aligned pieces of a disk, identified by the SHA-256 of their bytes
 * ({@link dev.vireo.backup.chunk.ChunkDigest}); the all-zero chunk is a marker that is never
 * stored.
 */
package dev.vireo.backup.chunk;
