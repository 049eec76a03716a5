/**
 * The security context: local user accounts, user roles with their scopes (VMM's Administrator,
 * Fabric Administrator, Read-Only Administrator, Tenant Administrator and Application
 * Administrator), API tokens, Run As accounts kept encrypted under the server master key, and the
 * audit log of every mutating call.
 */
package dev.vireo.server.security;
