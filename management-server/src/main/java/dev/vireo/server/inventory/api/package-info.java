/**
 * The inventory's REST resources under {@code /api/v1}: they validate and map requests, call the
 * application services and shape representations; they never touch persistence.
 */
package dev.vireo.server.inventory.api;
