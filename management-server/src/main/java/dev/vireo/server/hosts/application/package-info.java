/**
 * Host management use cases: the connection manager ({@link HostConnections}), the refresh that
 * reconciles a host with the inventory ({@link HostSynchronizer}), driver event handling, the
 * periodic refresh, and one {@code JobHandler} per job type (add, refresh and remove hosts,
 * maintenance, VM lifecycle, create and migrate).
 */
package dev.vireo.server.hosts.application;
