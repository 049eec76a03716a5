/**
 * The job engine: {@link dev.vireo.server.jobs.application.internal.JobDispatcher} polls the queue
 * and claims jobs that {@link dev.vireo.server.jobs.application.internal.DispatchPlanner} allows
 * (per-type limits, lock keys); {@link dev.vireo.server.jobs.application.internal.JobRunner} runs a
 * claimed job as its owner through its handler; {@link
 * dev.vireo.server.jobs.application.internal.JobRecovery} marks jobs of a stopped process
 * interrupted. Every state change goes through {@link
 * dev.vireo.server.jobs.application.internal.JobTransactions}, one short transaction each.
 */
package dev.vireo.server.jobs.application.internal;
