/**
 * Format constants, error codes and the small binary and file helpers every format concept shares.
 * Nothing here knows about chunks, packs or recovery points.
 */
package dev.vireo.backup.format;
