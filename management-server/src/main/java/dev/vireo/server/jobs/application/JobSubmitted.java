package dev.vireo.server.jobs.application;

/**
 * CDI event fired when a job was queued; observed after the transaction commits so the dispatcher
 * starts the job without waiting for its next poll.
 *
 * @param jobId the new job
 */
public record JobSubmitted(String jobId) {}
