/**
 * Retention: which recovery points a policy keeps (last N, daily/weekly/monthly, a range in days)
 * and removing the others in the format's delete order. Chunks are freed later by gc.
 */
package dev.vireo.backup.prune;
