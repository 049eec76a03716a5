/**
 * Host management: the server side of managing real hypervisor hosts through the drivers SPI.
 * Connections to managed hosts, the jobs that add, refresh and remove hosts and run VM operations,
 * live migration and maintenance mode, and the periodic refresh that keeps host and VM status
 * current. The inventory context holds the records; this context keeps them true.
 */
package dev.vireo.server.hosts;
