/** Adapters of host management to the database. */
package dev.vireo.server.hosts.infrastructure;
