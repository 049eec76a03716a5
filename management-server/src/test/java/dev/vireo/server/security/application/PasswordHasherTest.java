package dev.vireo.server.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import de.mkammerer.argon2.Argon2Advanced;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
  void atMostTheConfiguredNumberOfHashesRunAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    Argon2Advanced slow =
        (Argon2Advanced)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Argon2Advanced.class},
                (proxy, method, args) -> {
                  peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                  try {
                    release.await(10, TimeUnit.SECONDS);
                  } finally {
                    running.decrementAndGet();
                  }
                  return method.getName().equals("verify") ? Boolean.TRUE : "$argon2id$fake";
                });
    PasswordHasher limited = new PasswordHasher(slow, 2);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> calls = new ArrayList<>();
      CountDownLatch started = new CountDownLatch(6);
      for (int i = 0; i < 6; i++) {
        int n = i;
        calls.add(
            pool.submit(
                () -> {
                  started.countDown();
                  return n % 2 == 0
                      ? limited.hash("Correct-Horse-9".toCharArray())
                      : limited.matches("Correct-Horse-9".toCharArray(), "$argon2id$x");
                }));
      }
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (running.get() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(200); // without the limit, the other four would be inside by now
      assertThat(running.get()).isEqualTo(2);
      release.countDown();
      for (Future<?> f : calls) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(peak.get()).isEqualTo(2);
    } finally {
      release.countDown();
      pool.shutdownNow();
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
