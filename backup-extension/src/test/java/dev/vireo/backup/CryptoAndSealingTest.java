package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.crypto.MasterKey;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CryptoAndSealingTest {
  private final Sealer encrypted = new Sealer(Optional.of(MasterKey.generate()), 3);
  private final Sealer plain = new Sealer(Optional.empty(), 3);

  @Test
  void sealRecord_roundTripsAndCompressesText() {
    byte[] text = "vireo ".repeat(10000).getBytes();
    for (Sealer s : new Sealer[] {encrypted, plain}) {
      byte[] sealed = s.sealRecord(text, Sealer.aad("x"));
      assertThat(sealed.length).isLessThan(text.length / 10);
      assertThat(s.openRecord(sealed, Sealer.aad("x"), ErrorCode.CORRUPT_INDEX, 1 << 20))
          .isEqualTo(text);
    }
  }

  @Test
  void openRecord_movedToAnotherPlace_failsAuthentication() {
    for (Sealer s : new Sealer[] {encrypted, plain}) {
      byte[] sealed = s.sealRecord(new byte[100], Sealer.aad("index:a:0"));
      assertThatThrownBy(
              () -> s.openRecord(sealed, Sealer.aad("index:a:1"), ErrorCode.CORRUPT_INDEX, 1000))
          .isInstanceOfSatisfying(
              BackupException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_INDEX));
    }
  }

  @Test
  void sealBlob_incompressibleData_isStoredNotExpanded() {
    byte[] random = new byte[65536];
    new Random(1).nextBytes(random);
    byte[] sealed = plain.sealBlob(random, random.length, new byte[32]);
    assertThat(sealed.length).isEqualTo(random.length + 1);
    assertThat(plain.openBlob(sealed, new byte[32], random.length)).isEqualTo(random);
  }

  @Test
  void openBlob_withAnotherKey_failsAsCorrupt() {
    byte[] sealed = encrypted.sealBlob(new byte[10], 10, new byte[32]);
    Sealer other = new Sealer(Optional.of(MasterKey.generate()), 3);
    assertThatThrownBy(() -> other.openBlob(sealed, new byte[32], 10))
        .isInstanceOfSatisfying(
            BackupException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_CHUNK));
  }
}
