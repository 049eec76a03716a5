/**
 * Garbage collection: deleting packs no committed point references, repacking mostly unused packs,
 * and clearing leftovers of crashed writers, never touching anything younger than the grace period
 * (format §7).
 */
package dev.vireo.backup.gc;
