/**
 * Pure host-management logic: reconciling what a host reports with the inventory, choosing
 * evacuation targets, the host status a connection failure leads to, and the context's error codes.
 * No driver, JAX-RS or persistence code.
 */
package dev.vireo.server.hosts.domain;
