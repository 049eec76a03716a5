/** Infrastructure of the jobs context: persistence. */
package dev.vireo.server.jobs.infrastructure;
