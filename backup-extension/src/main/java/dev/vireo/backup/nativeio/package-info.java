/**
 * Linux system calls the JDK does not offer, through JNA: {@code lseek} with {@code
 * SEEK_DATA}/{@code SEEK_HOLE} to find allocated extents, and {@code fallocate} to punch holes.
 */
package dev.vireo.backup.nativeio;
