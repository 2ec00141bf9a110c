package org.festserver.indexer.pharmacy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding for pharmacy name search only: lower case, accents removed (å ä → a, ö → o, é → e), and the Norwegian/Danish
 * ø æ → o ae, so that {@code goteborg} finds {@code Göteborg}. Displayed names are never folded.
 */
final class SearchFolding {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchFolding() {}

  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = COMBINING_MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    return s.replace("ø", "o").replace("æ", "ae");
  }

  /** The folded words of {@code text} (split on anything but letters and digits); empty for null. */
  static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(NON_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
  }
}
