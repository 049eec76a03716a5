/**
 * The jobs context: every long or mutating operation runs as a persisted {@link
 * dev.vireo.server.jobs.domain.Job} with steps, progress, owner, target, result and error. A {@link
 * dev.vireo.server.jobs.application.JobHandler} per job type does the work; the dispatcher runs
 * queued jobs under per-type concurrency limits and declared lock keys. See {@code
 * docs/design/jobs.md} and {@code docs/adr/0004-jobs.md}.
 */
package dev.vireo.server.jobs;
