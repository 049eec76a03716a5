package dev.vireo.server.settings.application.internal;

import dev.vireo.server.settings.application.WellKnownSetting;
import dev.vireo.server.settings.application.WellKnownSettings;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.SettingsErrorCode;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.settings.domain.regfile.RegKeySection;
import dev.vireo.server.settings.domain.regfile.RegScript;
import dev.vireo.server.settings.domain.regfile.RegValueEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rules for values beyond the domain's own: a declared setting keeps its declared kind, and
 * undeclared values whose name suggests a secret are refused (secrets belong in Run As accounts,
 * encrypted; settings are exported in plain text).
 */
final class SettingsPolicy {
  private static final List<String> SECRET_WORDS = List.of("PASSWORD", "SECRET", "PASSPHRASE");

  /** Throws {@code SETTINGS_VALUE_TYPE_MISMATCH} or {@code SETTINGS_SECRET_NOT_ALLOWED}. */
  void checkValue(RegistryPath path, RegistryValue value) {
    Optional<WellKnownSetting> declared = WellKnownSettings.find(path, value.name());
    if (declared.isPresent() && declared.get().kind() != value.kind()) {
      throw new SettingsException(
          SettingsErrorCode.SETTINGS_VALUE_TYPE_MISMATCH,
          declared.get() + " is declared as " + declared.get().kind() + ", not " + value.kind());
    }
    String folded = value.name().value().toUpperCase(Locale.ROOT);
    if (declared.isEmpty() && SECRET_WORDS.stream().anyMatch(folded::contains)) {
      throw new SettingsException(
          SettingsErrorCode.SETTINGS_SECRET_NOT_ALLOWED,
          "Value '"
              + value.name()
              + "' looks like a secret; store secrets in a Run As account, not in settings");
    }
  }

  /** Checks every value of a parsed document; the error names the document line. */
  void checkScript(RegScript script) {
    for (RegKeySection section : script.sections()) {
      for (RegValueEntry entry : section.entries()) {
        entry.value().ifPresent(value -> checkLine(section.path(), value, entry.lineNumber()));
      }
    }
  }

  private void checkLine(RegistryPath path, RegistryValue value, int lineNumber) {
    try {
      checkValue(path, value);
    } catch (SettingsException e) {
      throw new SettingsException(e.code(), "line " + lineNumber + ": " + e.getMessage(), e);
    }
  }
}
