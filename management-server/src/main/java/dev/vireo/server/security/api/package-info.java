/**
 * REST resources of the security context: {@code /tokens}, {@code /me}, {@code /users}, {@code
 * /user-roles}, {@code /run-as-accounts}, {@code /audit-events}. Secrets are accepted, never
 * returned.
 */
package dev.vireo.server.security.api;
