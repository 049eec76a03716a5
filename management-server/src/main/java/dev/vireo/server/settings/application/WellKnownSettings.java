package dev.vireo.server.settings.application;

import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import java.util.List;
import java.util.Optional;

/**
 * The one place where settings that capabilities read are declared, with kind, default and
 * description. Keys under {@link #MACHINE_LOCAL_KEYS} are machine-local (hive file); all others are
 * shared (database). Adding a setting: declare a constant here and list it in {@link #ALL}.
 */
public final class WellKnownSettings {
  /** Where the database is. Machine-local. */
  public static final RegistryPath SQL = key("SQL");

  /** This server node's own settings. Machine-local. */
  public static final RegistryPath NODE = key("Node");

  /** Keys kept in the hive file, with everything below them; each a direct child of the root. */
  public static final List<RegistryPath> MACHINE_LOCAL_KEYS = List.of(SQL, NODE);

  public static final RegistryPath BACKUP = key("Backup");
  public static final RegistryPath JOBS = key("Jobs");
  public static final RegistryPath JOBS_MAX_CONCURRENT = JOBS.child("MaxConcurrent");
  public static final RegistryPath SECURITY = key("Security");
  public static final RegistryPath INVENTORY = key("Inventory");
  public static final RegistryPath LIBRARY = key("Library");
  public static final RegistryPath API = key("Api");

  public static final WellKnownSetting SQL_ENGINE =
      string(SQL, "Engine", "H2", "Database engine: H2 (embedded), PostgreSQL or SQLServer.");
  public static final WellKnownSetting SQL_JDBC_URL =
      new WellKnownSetting(
          SQL,
          RegistryValue.expandString(
              ValueName.of("JdbcUrl"),
              "jdbc:h2:file:%VIREO_DATA_DIR%/db/vireo;MODE=MSSQLServer;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;FILE_LOCK=FS"),
          "JDBC URL of the database; %VIREO_DATA_DIR% is the server's data directory.",
          Optional.empty());
  public static final WellKnownSetting SQL_USER =
      string(SQL, "User", "vireo", "Database user name.");
  public static final WellKnownSetting SQL_PASSWORD_SOURCE =
      string(
          SQL,
          "PasswordSource",
          "",
          "Where the database password comes from: env:NAME or file:PATH. Never the password.");
  public static final WellKnownSetting SQL_MAX_POOL_SIZE =
      dword(SQL, "MaxPoolSize", 32, "Largest number of pooled database connections.");

  public static final WellKnownSetting NODE_HTTP_PORT =
      dword(NODE, "HttpPort", 8080, "TCP port of the REST API, SOAP API and console.");
  public static final WellKnownSetting NODE_NAME =
      string(NODE, "NodeName", "", "Name of this server node; empty means the host name.");

  public static final WellKnownSetting BACKUP_MAX_PARALLEL_BACKUP_JOBS =
      dword(BACKUP, "MaxParallelBackupJobs", 8, "Backup jobs that run at the same time.");
  public static final WellKnownSetting BACKUP_MAX_PARALLEL_RECOVERY_JOBS =
      dword(BACKUP, "MaxParallelRecoveryJobs", 8, "Recovery jobs that run at the same time.");
  public static final WellKnownSetting BACKUP_MAX_PARALLEL_CONSISTENCY_CHECKS =
      dword(BACKUP, "MaxParallelConsistencyChecks", 2, "Consistency checks run at once.");
  public static final WellKnownSetting BACKUP_RETENTION_DAYS =
      dword(BACKUP, "RetentionRangeDays", 14, "Default retention range of a protection group.");
  public static final WellKnownSetting BACKUP_COMPRESSION_LEVEL =
      dword(BACKUP, "CompressionLevel", 3, "zstd level for new chunks (1 fastest, 19 smallest).");

  public static final WellKnownSetting JOBS_HISTORY_RETENTION_DAYS =
      dword(JOBS, "HistoryRetentionDays", 90, "Days finished jobs stay in the job history.");
  public static final WellKnownSetting JOBS_MAX_CONCURRENT_DEFAULT =
      dword(
          JOBS_MAX_CONCURRENT,
          "Default",
          4,
          "Jobs of one type that run at once, unless a value named after the type overrides it.");

  public static final WellKnownSetting SECURITY_SESSION_TIMEOUT_MINUTES =
      dword(SECURITY, "SessionTimeoutMinutes", 30, "Idle minutes before a session ends.");
  public static final WellKnownSetting SECURITY_MAX_FAILED_LOGINS =
      dword(SECURITY, "MaxFailedLogins", 5, "Failed logins before a local account locks.");
  public static final WellKnownSetting SECURITY_LOCKOUT_MINUTES =
      dword(SECURITY, "LockoutMinutes", 15, "Minutes a locked local account stays locked.");
  public static final WellKnownSetting SECURITY_MIN_PASSWORD_LENGTH =
      dword(SECURITY, "MinPasswordLength", 12, "Shortest password for local accounts.");
  public static final WellKnownSetting SECURITY_AUDIT_RETENTION_DAYS =
      dword(SECURITY, "AuditRetentionDays", 365, "Days audit events are kept.");

  public static final WellKnownSetting INVENTORY_HOST_REFRESH_INTERVAL_SECONDS =
      dword(INVENTORY, "HostRefreshIntervalSeconds", 60, "Seconds between host refreshes.");
  public static final WellKnownSetting INVENTORY_VM_REFRESH_INTERVAL_SECONDS =
      dword(INVENTORY, "VmRefreshIntervalSeconds", 30, "Seconds between VM state refreshes.");
  public static final WellKnownSetting INVENTORY_HOST_NOT_RESPONDING_AFTER_SECONDS =
      dword(
          INVENTORY,
          "HostNotRespondingAfterSeconds",
          180,
          "Seconds without contact before a host is marked Not Responding.");

  public static final WellKnownSetting LIBRARY_REFRESH_INTERVAL_MINUTES =
      dword(LIBRARY, "RefreshIntervalMinutes", 60, "Minutes between library share refreshes.");

  public static final WellKnownSetting API_DEFAULT_PAGE_SIZE =
      dword(API, "DefaultPageSize", 100, "Items per page when a request names no limit.");
  public static final WellKnownSetting API_MAX_PAGE_SIZE =
      dword(API, "MaxPageSize", 1000, "Largest page a request may ask for.");

  /** Every declared setting. */
  public static final List<WellKnownSetting> ALL =
      List.of(
          SQL_ENGINE,
          SQL_JDBC_URL,
          SQL_USER,
          SQL_PASSWORD_SOURCE,
          SQL_MAX_POOL_SIZE,
          NODE_HTTP_PORT,
          NODE_NAME,
          BACKUP_MAX_PARALLEL_BACKUP_JOBS,
          BACKUP_MAX_PARALLEL_RECOVERY_JOBS,
          BACKUP_MAX_PARALLEL_CONSISTENCY_CHECKS,
          BACKUP_RETENTION_DAYS,
          BACKUP_COMPRESSION_LEVEL,
          JOBS_HISTORY_RETENTION_DAYS,
          JOBS_MAX_CONCURRENT_DEFAULT,
          SECURITY_SESSION_TIMEOUT_MINUTES,
          SECURITY_MAX_FAILED_LOGINS,
          SECURITY_LOCKOUT_MINUTES,
          SECURITY_MIN_PASSWORD_LENGTH,
          SECURITY_AUDIT_RETENTION_DAYS,
          INVENTORY_HOST_REFRESH_INTERVAL_SECONDS,
          INVENTORY_VM_REFRESH_INTERVAL_SECONDS,
          INVENTORY_HOST_NOT_RESPONDING_AFTER_SECONDS,
          LIBRARY_REFRESH_INTERVAL_MINUTES,
          API_DEFAULT_PAGE_SIZE,
          API_MAX_PAGE_SIZE);

  private WellKnownSettings() {}

  /**
   * The concurrency limit of one job type: the value named {@code jobType} in {@code
   * Settings\Jobs\MaxConcurrent}, falling back to that key's {@code Default} value.
   */
  public static WellKnownSetting maxConcurrentJobs(String jobType) {
    return new WellKnownSetting(
        JOBS_MAX_CONCURRENT,
        RegistryValue.dword(
            ValueName.of(jobType), JOBS_MAX_CONCURRENT_DEFAULT.defaultValue().asDWord()),
        "Jobs of type " + jobType + " that run at once.",
        Optional.of(JOBS_MAX_CONCURRENT_DEFAULT));
  }

  /** The declared setting for a value, if any. */
  public static Optional<WellKnownSetting> find(RegistryPath key, ValueName name) {
    return ALL.stream().filter(s -> s.key().equals(key) && s.name().equals(name)).findFirst();
  }

  /** Machine-local for keys at or below one of {@link #MACHINE_LOCAL_KEYS}; otherwise shared. */
  public static SettingScope scopeOf(RegistryPath key) {
    return MACHINE_LOCAL_KEYS.stream().anyMatch(local -> local.contains(key))
        ? SettingScope.MACHINE_LOCAL
        : SettingScope.SHARED;
  }

  private static RegistryPath key(String name) {
    return RegistryPath.root().child(name);
  }

  private static WellKnownSetting dword(RegistryPath key, String name, long value, String text) {
    return new WellKnownSetting(
        key, RegistryValue.dword(ValueName.of(name), value), text, Optional.empty());
  }

  private static WellKnownSetting string(RegistryPath key, String name, String value, String text) {
    return new WellKnownSetting(
        key, RegistryValue.string(ValueName.of(name), value), text, Optional.empty());
  }
}
