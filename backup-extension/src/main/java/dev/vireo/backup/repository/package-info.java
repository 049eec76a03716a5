/**
 * The repository as a whole: its config (chunk size, encryption), its directory layout, the
 * shared/exclusive lock, the catalogue of recovery points and the map of stored chunks.
 */
package dev.vireo.backup.repository;
