/**
 * Assembles the settings service from the hive file (machine-local keys) and the database (shared
 * keys).
 */
package dev.vireo.server.settings.infrastructure.cdi;
