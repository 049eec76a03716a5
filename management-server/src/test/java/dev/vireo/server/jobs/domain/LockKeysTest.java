package dev.vireo.server.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class LockKeysTest {
  @Test
  void overlaps_whenAnyKeyIsShared() {
    LockKeys a = LockKeys.of("host-group:1", "host:7");
    assertThat(a.overlaps(LockKeys.of("host:7"))).isTrue();
    assertThat(LockKeys.of("host:7").overlaps(a)).isTrue();
    assertThat(a.overlaps(LockKeys.of("host:8", "host-group:2"))).isFalse();
  }

  @Test
  void noKeys_neverOverlap() {
    assertThat(LockKeys.none().overlaps(LockKeys.of("a"))).isFalse();
    assertThat(LockKeys.of("a").overlaps(LockKeys.none())).isFalse();
  }

  @Test
  void keysAreComparedExactly() {
    assertThat(LockKeys.of("host:1").overlaps(LockKeys.of("host:10"))).isFalse();
    assertThat(LockKeys.of("Host:1").overlaps(LockKeys.of("host:1"))).isFalse();
  }

  @Test
  void storedForm_roundTrips() {
    LockKeys a = LockKeys.of("b:2", "a:1", "a:1");
    assertThat(a.stored()).isEqualTo("a:1 b:2");
    assertThat(LockKeys.parse(a.stored())).isEqualTo(a);
    assertThat(LockKeys.parse("")).isEqualTo(LockKeys.none());
  }

  @Test
  void refusesKeysWithSpacesOrEmpty_andTooManyKeys() {
    assertThatThrownBy(() -> LockKeys.of("host group:1")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> LockKeys.of("")).isInstanceOf(DomainException.class);
    assertThatThrownBy(
            () ->
                LockKeys.of(
                    Collections.nCopies(LockKeys.MAX_KEYS + 1, "k").stream()
                        .map(k -> k + Math.random())
                        .toList()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("at most");
  }
}
