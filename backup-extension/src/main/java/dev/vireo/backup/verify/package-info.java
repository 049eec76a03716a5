/**
 * Checking a repository: re-reading and re-hashing chunks (all, a sample, or those of given
 * points), checking indexes against manifests, and persisting what is damaged.
 */
package dev.vireo.backup.verify;
