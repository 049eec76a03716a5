package dev.vireo.backup.manifest;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** 8 bytes of creation time (ms) + 8 random bytes, as 32 hex chars; sorts by creation time. */
public record RecoveryPointId(String hex) implements Comparable<RecoveryPointId> {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public RecoveryPointId {
    if (!HEX.matcher(hex).matches()) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "bad recovery point id '" + hex + "'");
    }
  }

  public static RecoveryPointId create(Instant time) {
    ByteBuffer b = ByteBuffer.allocate(16).putLong(time.toEpochMilli()).putLong(RANDOM.nextLong());
    return new RecoveryPointId(HexFormat.of().formatHex(b.array()));
  }

  public static RecoveryPointId fromBytes(byte[] b) {
    return new RecoveryPointId(HexFormat.of().formatHex(b));
  }

  public static boolean isValid(String s) {
    return HEX.matcher(s).matches();
  }

  public byte[] toBytes() {
    return HexFormat.of().parseHex(hex);
  }

  @Override
  public int compareTo(RecoveryPointId o) {
    return hex.compareTo(o.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
