/**
 * The machine-local hive: the keys that must be readable before the database is reachable (at least
 * {@code Settings\SQL}, which says where the database is), kept in {@code <data-dir>/vireo.hive}
 * beside the server.
 *
 * <p>The file is a {@code .reg} document (UTF-8, inspectable and importable into regedit) with a
 * format-version line and a SHA-256 line ({@link
 * dev.vireo.server.settings.infrastructure.hive.HiveFileFormat}). It is replaced atomically
 * (temporary file, fsync, atomic rename, fsync of the directory) by {@link
 * dev.vireo.server.settings.infrastructure.hive.AtomicFiles}; the previous good content is kept in
 * {@code vireo.hive.bak}. A damaged file is detected on load and never overwritten.
 */
package dev.vireo.server.settings.infrastructure.hive;
