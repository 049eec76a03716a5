/**
 * Compression and encryption of stored units: the {@link dev.vireo.backup.crypto.Sealer} (zstd,
 * AES-256-GCM with place-binding associated data) and passphrase key derivation (Argon2id).
 */
package dev.vireo.backup.crypto;
