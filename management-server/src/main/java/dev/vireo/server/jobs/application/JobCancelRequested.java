package dev.vireo.server.jobs.application;

/**
 * CDI event fired when cancellation of a job was requested, so the node running it can stop it
 * without waiting for its next poll.
 *
 * @param jobId the job
 */
public record JobCancelRequested(String jobId) {}
