package dev.vireo.server.jobs.domain;

/**
 * Why a job or step failed.
 *
 * @param code a stable error code, e.g. {@code JOB_INTERRUPTED} or a handler's own code
 * @param message what happened and what to do next, safe to show to the user
 */
public record JobFailure(String code, String message) {}
