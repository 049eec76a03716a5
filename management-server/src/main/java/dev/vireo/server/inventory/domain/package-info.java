/**
 * The inventory's aggregates and their invariants: the host group tree with materialised paths,
 * hosts and their health, VMs with a stable identity and placement history, clouds with quotas,
 * library paths, and {@link dev.vireo.server.inventory.domain.InventoryScope}, the pure rules of
 * who may see and change what. No JAX-RS, Shiro or EclipseLink here (JPA annotations only).
 */
package dev.vireo.server.inventory.domain;
