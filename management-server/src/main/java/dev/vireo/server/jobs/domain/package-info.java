/**
 * The job aggregate and its values: {@link dev.vireo.server.jobs.domain.Job} changes state only
 * through intent-named methods (start, beginStep, reportProgress, completeStep, succeed, fail,
 * requestCancel, markCancelled, markInterrupted, restartAs); {@link
 * dev.vireo.server.jobs.domain.LockKeys} decides which jobs may not run at once; {@link
 * dev.vireo.server.jobs.domain.JobParameters} is the job's input as flat JSON. Imports only the JDK
 * and JPA annotations.
 */
package dev.vireo.server.jobs.domain;
