package dev.vireo.server.settings.application;

import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.RegistryValueKind;
import dev.vireo.server.settings.domain.ValueName;
import java.util.Objects;
import java.util.Optional;

/**
 * A setting the server reads, declared in {@link WellKnownSettings} with its kind, default and
 * description. When the value is absent, readers get the {@code fallback} setting's effective value
 * if there is one, else {@code defaultValue}.
 *
 * @param key the key holding the value
 * @param defaultValue the declared default; its name and kind are the setting's
 * @param description what the setting does, for administrators
 * @param fallback a setting consulted before the default (e.g. a per-job-type limit falling back to
 *     the general limit)
 */
public record WellKnownSetting(
    RegistryPath key,
    RegistryValue defaultValue,
    String description,
    Optional<WellKnownSetting> fallback) {

  public WellKnownSetting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(fallback, "fallback");
  }

  public ValueName name() {
    return defaultValue.name();
  }

  public RegistryValueKind kind() {
    return defaultValue.kind();
  }

  /** Machine-local or shared, decided by the key (see {@link WellKnownSettings#scopeOf}). */
  public SettingScope scope() {
    return WellKnownSettings.scopeOf(key);
  }

  /** {@code Settings\Backup\MaxParallelRecoveryJobs}, or {@code ...\@} for a default value. */
  @Override
  public String toString() {
    return key + "\\" + (name().isDefault() ? "@" : name().value());
  }
}
