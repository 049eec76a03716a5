/**
 * An in-memory {@link dev.vireo.server.settings.application.RegistryStore}: the reference
 * implementation of the store contract, used by unit tests and as the shared store until the
 * database adapter is wired. Nothing survives a restart.
 */
package dev.vireo.server.settings.infrastructure.memory;
