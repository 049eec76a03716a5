/**
 * Recovery point manifests and the identifiers they carry (VM, disk, recovery point): the record
 * whose atomic rename commits a recovery point.
 */
package dev.vireo.backup.manifest;
