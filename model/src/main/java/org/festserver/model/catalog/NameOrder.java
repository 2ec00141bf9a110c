package org.festserver.model.catalog;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of names in listings ("alphabetically", R-4.3.1): Norwegian collation (æ, ø, å after z; case and accents
 * only break ties), with numbers compared by value so that "Tab 5 mg" comes before "Tab 10 mg", and a decimal comma
 * equal to a decimal point. {@link #sortKey(String)} gives bytes whose unsigned order is this order.
 */
public final class NameOrder {
  /** Norwegian bokmål; the JDK's rules sort æ, ø, å after z. */
  public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
  private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:[.,](\\d+))?");
  private static final int INTEGER_WIDTH = 12;
  private static final int FRACTION_WIDTH = 6;
  private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
    Collator collator = Collator.getInstance(NORWEGIAN);
    collator.setStrength(Collator.TERTIARY);
    // Input is normalised to NFC first (below), so the collator need not decompose: several times faster.
    collator.setDecomposition(Collator.NO_DECOMPOSITION);
    return collator;
  });

  /** Compares names in this order. */
  public static final Comparator<String> COMPARATOR =
      (a, b) -> Arrays.compareUnsigned(sortKey(a), sortKey(b));

  private NameOrder() {}

  /** Collation bytes of a name (null counts as empty). */
  public static byte[] sortKey(String name) {
    String text = name == null ? "" : name;
    if (!belowCombiningMarks(text) && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    CollationKey key = COLLATOR.get().getCollationKey(padNumbers(text));
    return key.toByteArray();
  }

  /**
   * True when every character is below U+0300, where combining marks begin: such a text is already NFC (Latin-1 and
   * Latin Extended letters are precomposed), so the costly check is skipped for nearly every name.
   */
  private static boolean belowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  /**
   * The name with each number written as digits of fixed width (integer part left-padded to 12, fraction right-padded
   * to 6), so that collation, which ignores punctuation, compares numbers by value and "2,5" equals "2.5".
   */
  static String padNumbers(String name) {
    Matcher m = NUMBER.matcher(name);
    StringBuilder out = new StringBuilder(name.length() + 16);
    int last = 0;
    while (m.find()) {
      out.append(name, last, m.start());
      String integer = m.group(1);
      for (int i = integer.length(); i < INTEGER_WIDTH; i++) {
        out.append('0');
      }
      out.append(integer);
      String fraction = m.group(2) == null ? "" : m.group(2);
      out.append(fraction);
      for (int i = fraction.length(); i < FRACTION_WIDTH; i++) {
        out.append('0');
      }
      last = m.end();
    }
    return out.append(name, last, name.length()).toString();
  }
}
