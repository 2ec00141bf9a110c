package org.festserver.model.pharmacy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one pharmacy-list export and the export time it carries. Two spellings are accepted, because the
 * sources disagree: {@code apotekslista_js_djur_YYYY-MM-DD_TT_MM_SS.txt} (E-hälsomyndigheten's record description)
 * and {@code apotekslista_js_djur_YYYY_MM_DD_TT_MM_SS.txt} (the prescriber handbook, §9.1). The time has no zone;
 * it is the Swedish local time at which the list was written.
 */
public record PharmacyFileName(String fileName, LocalDateTime exportedAt) {
  /** The fixed part every accepted name starts with. */
  public static final String PREFIX = "apotekslista_js_djur_";

  private static final Pattern NAME = Pattern.compile(
      "apotekslista_js_djur_(\\d{4})([-_])(\\d{2})\\2(\\d{2})_(\\d{2})_(\\d{2})_(\\d{2})\\.txt");

  /**
   * Parses a bare file name (no directory).
   *
   * @throws IllegalArgumentException when the name matches neither pattern or its timestamp is not a real
   *     date-time; the message names the expected patterns and the name that was given
   */
  public static PharmacyFileName parse(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("pharmacy list file name is missing");
    }
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException("pharmacy list file name must be " + PREFIX + "YYYY-MM-DD_TT_MM_SS.txt or "
          + PREFIX + "YYYY_MM_DD_TT_MM_SS.txt, got '" + fileName + "'");
    }
    try {
      LocalDateTime exportedAt = LocalDateTime.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)));
      return new PharmacyFileName(fileName, exportedAt);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "pharmacy list file name '" + fileName + "' has no valid export time: " + e.getMessage(), e);
    }
  }

  /** True when {@link #parse} would accept {@code fileName}. */
  public static boolean matches(String fileName) {
    try {
      parse(fileName);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
