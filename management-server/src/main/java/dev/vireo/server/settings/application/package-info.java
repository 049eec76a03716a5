/**
 * What the rest of the server uses from the settings context: {@link
 * dev.vireo.server.settings.application.SettingsService} (typed reads with declared defaults,
 * key/value changes, {@code .reg} export and import), the {@link
 * dev.vireo.server.settings.application.RegistryStore} port that persistence adapters implement,
 * and {@link dev.vireo.server.settings.application.WellKnownSettings}, the one place where settings
 * other capabilities read are declared with their defaults. Implementations live in {@code
 * application.internal}.
 */
package dev.vireo.server.settings.application;
