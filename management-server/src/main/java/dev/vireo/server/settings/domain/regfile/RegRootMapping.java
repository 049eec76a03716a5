package dev.vireo.server.settings.domain.regfile;

import dev.vireo.server.settings.domain.RegParseException;
import dev.vireo.server.settings.domain.RegistryNames;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.SettingsException;

/**
 * Maps registry paths to the key names written in {@code .reg} files: the root {@code Settings} is
 * {@code HKEY_LOCAL_MACHINE\SOFTWARE\Vireo\Settings}, so an export imports cleanly into a Windows
 * registry for inspection and back.
 */
public final class RegRootMapping {
  /** The Windows key that holds the root {@code Settings}. */
  public static final String HIVE_PREFIX = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo";

  private RegRootMapping() {}

  /** {@code Settings\Backup} becomes {@code HKEY_LOCAL_MACHINE\SOFTWARE\Vireo\Settings\Backup}. */
  public static String toRegKeyName(RegistryPath path) {
    return HIVE_PREFIX + RegistryNames.SEPARATOR + path;
  }

  /**
   * The registry path of a key name from a {@code .reg} file (prefix matched case-insensitively).
   *
   * @throws RegParseException when the name is outside the Vireo root or breaks a naming rule
   */
  public static RegistryPath fromRegKeyName(String keyName, int lineNumber) {
    String prefix = HIVE_PREFIX + RegistryNames.SEPARATOR;
    if (keyName.length() <= prefix.length()
        || !keyName.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw new RegParseException(
          lineNumber, "key '" + keyName + "' is outside " + prefix + RegistryNames.ROOT_NAME);
    }
    try {
      return RegistryPath.parse(keyName.substring(prefix.length()));
    } catch (SettingsException e) {
      throw new RegParseException(lineNumber, e.getMessage());
    }
  }
}
