package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.application.JobSettings;
import dev.vireo.server.settings.application.SettingsService;
import dev.vireo.server.settings.application.WellKnownSetting;
import dev.vireo.server.settings.application.WellKnownSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the job settings from the settings registry when a {@link SettingsService} bean exists;
 * otherwise, and when a value cannot be read, uses the declared defaults.
 */
@ApplicationScoped
public class SettingsJobSettings implements JobSettings {
  private static final Logger LOG = Logger.getLogger(SettingsJobSettings.class.getName());

  @Inject Instance<SettingsService> settings;

  @Override
  public int maxConcurrent(String jobType) {
    return Math.max(1, dword(WellKnownSettings.maxConcurrentJobs(jobType)));
  }

  @Override
  public int historyRetentionDays() {
    return Math.max(1, dword(WellKnownSettings.JOBS_HISTORY_RETENTION_DAYS));
  }

  private int dword(WellKnownSetting setting) {
    long value = setting.defaultValue().asDWord();
    if (settings != null && settings.isResolvable()) {
      try {
        value = settings.get().dword(setting);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "VIREO-JOB-012 Cannot read " + setting + "; using its default", e);
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, value);
  }
}
