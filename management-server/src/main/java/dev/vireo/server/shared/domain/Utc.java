package dev.vireo.server.shared.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times are stored as UTC date-times ({@code DATETIME2} / {@code TIMESTAMP}), independent of any
 * server's time zone; entities keep {@link LocalDateTime} fields in UTC and expose {@link Instant}.
 * JPQL parameters compared with such fields go through {@link #column(Instant)}.
 */
public final class Utc {
  private Utc() {}

  public static LocalDateTime column(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant instant(LocalDateTime column) {
    return column == null ? null : column.toInstant(ZoneOffset.UTC);
  }

  public static LocalDateTime now() {
    return column(Instant.now());
  }
}
