package dev.vireo.backup.pack;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** 16 random bytes naming a pack, written as 32 lower-case hex characters. */
public record PackId(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public PackId {
    if (!HEX.matcher(hex).matches()) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "bad pack id " + hex);
    }
  }

  public static PackId random() {
    byte[] b = new byte[FormatConstants.PACK_ID_SIZE];
    RANDOM.nextBytes(b);
    return new PackId(HexFormat.of().formatHex(b));
  }

  public static boolean isValid(String s) {
    return HEX.matcher(s).matches();
  }

  public String fileName() {
    return hex + FormatConstants.PACK_SUFFIX;
  }

  public String shard() {
    return hex.substring(0, 2);
  }

  @Override
  public String toString() {
    return hex;
  }
}
