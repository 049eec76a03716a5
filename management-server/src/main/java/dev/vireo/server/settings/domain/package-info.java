/**
 * The registry-style settings model: a tree of keys under the root {@code Settings}, each key
 * holding typed values (String, ExpandString, MultiString, DWord, QWord, Binary).
 *
 * <p>Pure Java: no persistence, no HTTP. {@link dev.vireo.server.settings.domain.RegistryTree}
 * changes state only through intent-named operations and reports failures as {@link
 * dev.vireo.server.settings.domain.SettingsException} with a stable {@link
 * dev.vireo.server.settings.domain.SettingsErrorCode}. No method here returns {@code null}.
 */
package dev.vireo.server.settings.domain;
