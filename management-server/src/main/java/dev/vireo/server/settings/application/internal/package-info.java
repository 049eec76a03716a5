/**
 * Implementations of the settings application interfaces. Adapters depend on the interfaces in
 * {@code application}, not on these classes.
 */
package dev.vireo.server.settings.application.internal;
