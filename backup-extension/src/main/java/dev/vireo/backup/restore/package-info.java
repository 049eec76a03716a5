/**
 * Restoring recovery points: a disk to a sparse raw image (zero chunks become holes, punched where
 * a file is overwritten) or to a stream, verified against the digests while writing; several disks
 * in parallel.
 */
package dev.vireo.backup.restore;
