package org.festserver.model.interaction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ATC codes as interactions use them: WHO codes at levels 1–5 and SLV's fictitious longer codes such as
 * {@code ZV80AA01} (smoking). Matching is by prefix: a code covers itself and every code below it, and
 * fictitious codes match like any other code.
 */
public final class AtcCode {
  /*
   * Implementation notes. ATC levels are fixed character positions (1, 3, 4, 5, 7 characters), so "a level 1–4
   * code covers every code below it" is exactly "the code is a prefix of the other". A level-5 code covers only
   * itself and the fictitious codes that extend it. Fictitious codes do not follow the WHO letter/digit pattern
   * (ZV80AA01 has a letter where WHO has digits), so well-formedness is only "a letter, then letters and digits".
   */
  /** Longest code accepted: WHO codes have 7 characters, fictitious ones 8; a little headroom. */
  private static final int MAX_LENGTH = 10;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Z][A-Z0-9]{0," + (MAX_LENGTH - 1) + "}");
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]|[A-Z][A-Z0-9]*[0-9][A-Z0-9]*");

  private AtcCode() {}

  /** True for an upper-case letter followed by at most nine upper-case letters or digits. */
  public static boolean isWellFormed(String code) {
    return code != null && WELL_FORMED.matcher(code).matches();
  }

  /** The code trimmed and in upper case, or null when that is not {@link #isWellFormed well-formed}. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String code = raw.trim().toUpperCase(Locale.ROOT);
    return isWellFormed(code) ? code : null;
  }

  /**
   * True when a search text reads as an ATC code rather than a name: a single letter (level 1), or a well-formed code
   * with at least one digit. Names of substances and groups have no digits in that position ("Simvastatin").
   */
  public static boolean looksLikeCode(String text) {
    String code = text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    return isWellFormed(code) && CODE_LIKE.matcher(code).matches();
  }

  /**
   * true when {@code member} (a substansgruppe member's code, any level) covers {@code code}: the
   * codes are equal or {@code code} lies below {@code member}.
   */
  public static boolean covers(String member, String code) {
    return member != null && code != null && !member.isEmpty() && code.startsWith(member);
  }
}
