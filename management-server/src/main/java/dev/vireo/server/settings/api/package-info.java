/**
 * REST resources of the settings registry: {@code /settings/keys/{path}} (keys and their values),
 * {@code /settings/export} and {@code /settings/import} in the Windows {@code .reg} format.
 * Administrators only.
 */
package dev.vireo.server.settings.api;
