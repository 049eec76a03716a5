/**
 * Job use cases and the handler SPI. Other contexts define a job type by implementing {@link
 * dev.vireo.server.jobs.application.JobHandler} as a CDI bean, and start jobs with {@link
 * dev.vireo.server.jobs.application.JobService#submit}. Implementations (dispatcher, runner,
 * recovery) are in {@code internal}.
 */
package dev.vireo.server.jobs.application;
