/** JPA implementation of the job repository. */
package dev.vireo.server.jobs.infrastructure.persistence;
