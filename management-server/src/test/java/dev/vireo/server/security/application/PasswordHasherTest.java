package dev.vireo.server.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void newHashes_arePhcArgon2idWithTheDeclaredParameters_andVerify() {
    String h = hasher.hash("Correct-Horse-9".toCharArray());

    assertThat(h)
        .startsWith(
            "$argon2id$v=19$m="
                + PasswordHasher.MEMORY_KIB
                + ",t="
                + PasswordHasher.ITERATIONS
                + ",p="
                + PasswordHasher.PARALLELISM
                + "$");
    assertThat(hasher.matches("Correct-Horse-9".toCharArray(), h)).isTrue();
    assertThat(hasher.matches("Correct-Horse-8".toCharArray(), h)).isFalse();
    assertThat(hasher.hash("Correct-Horse-9".toCharArray())).as("salted").isNotEqualTo(h);
  }

  @Test
  void nonAsciiPasswords_areHashedAsUtf8() {
    String h = hasher.hash("Grüße-Ünïcödé-1".toCharArray());

    assertThat(hasher.matches("Grüße-Ünïcödé-1".toCharArray(), h)).isTrue();
    assertThat(hasher.matches("Grusse-Unicode-1".toCharArray(), h)).isFalse();
  }

  @Test
  void hashesWrittenByShirosArgon2_stillVerify() {
    // What builds before the switch stored: Shiro 2's default Argon2id (BouncyCastle).
    DefaultHashService hashes = new DefaultHashService();
    hashes.setDefaultAlgorithmName("argon2id");
    DefaultPasswordService shiro = new DefaultPasswordService();
    shiro.setHashService(hashes);
    for (String password : new String[] {"Old-Password-42", "Grüße-Ünïcödé-1"}) {
      String stored = shiro.encryptPassword(password);
      assertThat(stored).startsWith("$shiro2$argon2id$v=19$");

      assertThat(hasher.matches(password.toCharArray(), stored)).isTrue();
      assertThat(hasher.matches((password + "x").toCharArray(), stored)).isFalse();
    }
  }

  @Test
  void malformedStoredHashes_neverMatch() {
    char[] pw = "Correct-Horse-9".toCharArray();
    String good = hasher.hash(pw);
    String[] broken = {
      "",
      "plain-text",
      "$2a$10$abcdefghijklmnopqrstuv",
      good.substring(0, good.length() - 5),
      good.replace("$argon2id$v=19$m=", "$argon2id$v=19$x="),
      "$shiro2$argon2id$v=16$t=1,m=65536,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
      "$shiro2$argon2id$v=19$t=1,m=65536$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
      "$shiro2$argon2id$v=19$t=1,m=65536,p=4$%%%$aGFzaA",
      "$shiro2$argon2id$v=19$t=x,m=65536,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
      "$shiro2$argon2id$v=19$t=1,m=65536,p=4$c2FsdHNhbHRzYWx0c2FsdA",
    };
    for (String b : broken) {
      assertThat(hasher.matches(pw, b)).as(b).isFalse();
    }
  }
}
