/**
 * Disk indexes: per recovery point and disk, the digest of every chunk in order, written and read
 * as a stream of sealed frames so memory stays bounded for disks of any size.
 */
package dev.vireo.backup.index;
