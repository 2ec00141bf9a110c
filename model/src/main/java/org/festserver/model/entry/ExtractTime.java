package org.festserver.model.entry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Compares HentetDato values. Files carry it without a zone ({@code 2023-09-08T03:11:43}, Norwegian time)
 * or, in extracted samples, with fractions and a zone ({@code 2017-04-12T18:26:27.336Z}). The original string is
 * what we store and show; this only orders them.
 */
public final class ExtractTime {
  public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  private ExtractTime() {}

  /**
   * The instant a HentetDato denotes.
   *
   * @throws IllegalArgumentException when the value is not an xs:dateTime
   */
  public static Instant parse(String hentetDato) {
    String text = hentetDato == null ? "" : hentetDato.strip();
    try {
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).atZone(NORWAY).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected HentetDato as an xs:dateTime, got '" + text + "'", e);
    }
  }

  /** True when {@code candidate} is strictly later than {@code live}. */
  public static boolean isNewer(String candidate, String live) {
    return parse(candidate).isAfter(parse(live));
  }
}
