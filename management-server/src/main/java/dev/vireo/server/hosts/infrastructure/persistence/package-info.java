/** JPA repositories of host management. */
package dev.vireo.server.hosts.infrastructure.persistence;
