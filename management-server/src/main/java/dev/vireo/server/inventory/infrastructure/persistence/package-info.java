/**
 * JPA repositories of the inventory. The caller's scope becomes part of every JPQL predicate, so
 * pages and totals only ever count what the caller may see.
 */
package dev.vireo.server.inventory.infrastructure.persistence;
