/**
 * Users, user roles and their scopes, Run As accounts and audit events. {@link
 * dev.vireo.server.security.domain.AccessScope} is what other contexts use to filter reads and
 * check writes.
 */
package dev.vireo.server.security.domain;
