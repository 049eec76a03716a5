/**
 * Server start-up in order: schema migration, first-start bootstrap, job recovery; and the health
 * probes.
 */
package dev.vireo.server.shared.infrastructure.startup;
