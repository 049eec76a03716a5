/** JPA implementations of the security repositories. */
package dev.vireo.server.security.infrastructure.persistence;
