/**
 * Security use cases: signing in, the caller's {@link
 * dev.vireo.server.security.application.CallerContext} and access scope, users, user roles, Run As
 * accounts, API tokens, the master key and the audit log.
 */
package dev.vireo.server.security.application;
