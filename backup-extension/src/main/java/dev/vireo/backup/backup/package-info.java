/**
 * Taking recovery points: reading sources chunk by chunk, hashing, deduplicating, compressing and
 * packing them across worker threads, streaming the disk indexes and committing the manifest last.
 */
package dev.vireo.backup.backup;
