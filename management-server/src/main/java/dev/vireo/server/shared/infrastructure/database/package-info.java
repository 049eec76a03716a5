/**
 * Access to the management database: where it is ({@link
 * dev.vireo.server.shared.infrastructure.database.DatabaseConfiguration}), the container data
 * source that connects to it, the EclipseLink platform chosen per engine, and the schema migration
 * run at start-up.
 */
package dev.vireo.server.shared.infrastructure.database;
