/**
 * REST resources of the jobs context: {@code /jobs} (submit and history), {@code /jobs/{id}} (with
 * steps) and {@code /jobs/{id}/actions/{cancel|restart}}. {@link
 * dev.vireo.server.jobs.api.JobResponses} builds the {@code 202 Accepted} answer for any action
 * that starts a job.
 */
package dev.vireo.server.jobs.api;
