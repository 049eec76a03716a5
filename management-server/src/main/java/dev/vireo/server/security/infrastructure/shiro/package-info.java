/**
 * Apache Shiro wiring: the web environment (stateless, no HTTP sessions), the API authentication
 * filter (HTTP Basic or bearer token) and the realms that delegate to the security application
 * services through CDI.
 */
package dev.vireo.server.security.infrastructure.shiro;
