package dev.vireo.backup.format;

import java.nio.charset.StandardCharsets;

/**
 * Every magic number, version and fixed size of the repository format (see {@code
 * docs/design/backup-repository-format.md}). {@code FormatConstantsTest} pins these values.
 */
public final class FormatConstants {
  public static final byte[] CONFIG_MAGIC = ascii("VIREOCF1");
  public static final int CONFIG_VERSION = 1;
  public static final byte[] PACK_MAGIC = ascii("VIREOPK1");
  public static final byte[] PACK_END_MAGIC = ascii("VIREOPKE");
  public static final int PACK_VERSION = 1;
  public static final int PACK_HEADER_SIZE = 16;
  public static final int PACK_FOOTER_SIZE = 12;
  public static final int PACK_TABLE_ENTRY_SIZE = 48;
  public static final byte[] INDEX_MAGIC = ascii("VIREOIX1");
  public static final int INDEX_VERSION = 1;
  public static final int INDEX_FRAME_DIGESTS = 4096;
  public static final byte[] MANIFEST_MAGIC = ascii("VIREOMF1");
  public static final int MANIFEST_VERSION = 1;
  public static final String DAMAGED_HEADER = "VIREO-DAMAGED 1";
  public static final byte[] PACK_INDEX_MAGIC = ascii("VIREOPI1");
  public static final int PACK_INDEX_VERSION = 1;
  public static final int PACK_INDEX_TARGET_BYTES = 16 * 1024 * 1024;

  public static final int DIGEST_SIZE = 32;
  public static final int FILE_HASH_SIZE = 32;
  public static final int PLAIN_TAG_SIZE = 16;
  public static final int GCM_NONCE_SIZE = 12;
  public static final int GCM_TAG_SIZE = 16;
  public static final int KEY_SIZE = 32;
  public static final int SALT_SIZE = 16;
  public static final int REPO_ID_SIZE = 16;
  public static final int PACK_ID_SIZE = 16;
  public static final int POINT_ID_SIZE = 16;

  public static final int CODEC_STORED = 0;
  public static final int CODEC_ZSTD = 1;
  public static final int ENCRYPTION_NONE = 0;
  public static final int ENCRYPTION_AES_256_GCM = 1;
  public static final int KDF_ARGON2ID = 1;

  public static final int DEFAULT_CHUNK_SIZE = 64 * 1024;
  public static final int MIN_CHUNK_SIZE = 4 * 1024;
  public static final int MAX_CHUNK_SIZE = 8 * 1024 * 1024;
  public static final int DEFAULT_PACK_TARGET = 16 * 1024 * 1024;
  public static final int DEFAULT_ZSTD_LEVEL = 1;
  public static final int DEFAULT_KDF_MEMORY_KIB = 46 * 1024;
  public static final int DEFAULT_KDF_ITERATIONS = 1;
  public static final int DEFAULT_KDF_PARALLELISM = 1;
  public static final int MAX_STRING_BYTES = 1024;

  public static final String CONFIG_FILE = "config";
  public static final String LOCK_FILE = "lock";
  public static final String PACKS_DIR = "packs";
  public static final String POINTS_DIR = "points";
  public static final String MANIFEST_FILE = "manifest";
  public static final String DAMAGED_FILE = "damaged";
  public static final String QUARANTINE_FILE = "quarantine";
  public static final String INDEX_SUFFIX = ".idx";
  public static final String PACK_SUFFIX = ".pack";
  public static final String PACK_INDEX_DIR = "index";
  public static final String PACK_INDEX_SUFFIX = ".pidx";
  public static final String TEMP_SUFFIX = ".tmp";

  private FormatConstants() {}

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
