/**
 * The fabric inventory: host groups (a tree), hosts, host clusters, virtual machines with their
 * placement history, clouds with quotas, library servers, shares and resources, hardware profiles
 * and VM templates. See {@code docs/design/inventory.md}.
 */
package dev.vireo.server.inventory;
