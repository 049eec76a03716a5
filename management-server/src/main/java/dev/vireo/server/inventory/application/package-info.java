/**
 * Inventory application services: short transactional use cases (load, check scope, call the
 * domain, store) used by the REST API now and by host drivers later ({@link
 * dev.vireo.server.inventory.application.HostRegistry}, {@link
 * dev.vireo.server.inventory.application.VmRegistry}), and the CDI events other contexts follow
 * ({@link dev.vireo.server.inventory.application.VmPlacementChanged}).
 */
package dev.vireo.server.inventory.application;
