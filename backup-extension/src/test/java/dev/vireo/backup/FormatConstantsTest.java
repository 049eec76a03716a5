package dev.vireo.backup;

import static dev.vireo.backup.format.FormatConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pins the on-disk constants of format version 1. If this test fails, the format changed: bump the
 * version, extend the change log in docs/design/backup-repository-format.md, then update here.
 */
class FormatConstantsTest {
  static String ascii(byte[] b) {
    return new String(b, StandardCharsets.US_ASCII);
  }

  @Test
  void magicNumbersAndVersions_arePinned() {
    assertThat(ascii(CONFIG_MAGIC)).isEqualTo("VIREOCF1");
    assertThat(ascii(PACK_MAGIC)).isEqualTo("VIREOPK1");
    assertThat(ascii(PACK_END_MAGIC)).isEqualTo("VIREOPKE");
    assertThat(ascii(INDEX_MAGIC)).isEqualTo("VIREOIX1");
    assertThat(ascii(MANIFEST_MAGIC)).isEqualTo("VIREOMF1");
    assertThat(ascii(PACK_INDEX_MAGIC)).isEqualTo("VIREOPI1");
    assertThat(DAMAGED_HEADER).isEqualTo("VIREO-DAMAGED 1");
    assertThat(
            new int[] {
              CONFIG_VERSION, PACK_VERSION, INDEX_VERSION, MANIFEST_VERSION, PACK_INDEX_VERSION
            })
        .containsOnly(1);
  }

  @Test
  void sizesAndCodes_arePinned() {
    assertThat(PACK_HEADER_SIZE).isEqualTo(16);
    assertThat(PACK_FOOTER_SIZE).isEqualTo(12);
    assertThat(PACK_TABLE_ENTRY_SIZE).isEqualTo(48);
    assertThat(INDEX_FRAME_DIGESTS).isEqualTo(4096);
    assertThat(PACK_INDEX_TARGET_BYTES).isEqualTo(16 * 1024 * 1024);
    assertThat(DIGEST_SIZE).isEqualTo(32);
    assertThat(PLAIN_TAG_SIZE).isEqualTo(16);
    assertThat(GCM_NONCE_SIZE).isEqualTo(12);
    assertThat(GCM_TAG_SIZE).isEqualTo(16);
    assertThat(SALT_SIZE).isEqualTo(16);
    assertThat(CODEC_STORED).isZero();
    assertThat(CODEC_ZSTD).isEqualTo(1);
    assertThat(ENCRYPTION_AES_256_GCM).isEqualTo(1);
    assertThat(KDF_ARGON2ID).isEqualTo(1);
    assertThat(DEFAULT_CHUNK_SIZE).isEqualTo(64 * 1024);
  }

  @Test
  void fileNames_arePinned() {
    assertThat(new String[] {CONFIG_FILE, LOCK_FILE, PACKS_DIR, POINTS_DIR, MANIFEST_FILE})
        .containsExactly("config", "lock", "packs", "points", "manifest");
    assertThat(new String[] {DAMAGED_FILE, QUARANTINE_FILE, INDEX_SUFFIX, PACK_SUFFIX, TEMP_SUFFIX})
        .containsExactly("damaged", "quarantine", ".idx", ".pack", ".tmp");
    assertThat(new String[] {PACK_INDEX_DIR, PACK_INDEX_SUFFIX}).containsExactly("index", ".pidx");
  }
}
