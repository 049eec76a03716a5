package dev.vireo.server.settings.application;

/** Where a key lives. */
public enum SettingScope {
  /** In this server's hive file; differs per server node (e.g. where the database is). */
  MACHINE_LOCAL,
  /** In the database; the same for every server node. */
  SHARED
}
