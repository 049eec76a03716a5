/**
 * Job types of the jobs context itself: {@code PurgeJobHistory} (deletes finished jobs older than
 * the retention setting) and {@code Diagnostics.Wait} (an Administrator-only diagnostic that waits
 * through N steps, to check the job engine). Handlers of other contexts live in those contexts.
 */
package dev.vireo.server.jobs.handlers;
