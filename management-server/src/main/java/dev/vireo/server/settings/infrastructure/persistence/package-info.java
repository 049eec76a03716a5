/**
 * The shared registry in the management database: {@code settings_key} (one row per key,
 * case-folded path unique) and {@code settings_value} (one row per value, in key order). Every
 * change bumps the root key's version, which serialises writers across server nodes and lets each
 * node cache the tree until someone else changes it.
 */
package dev.vireo.server.settings.infrastructure.persistence;
