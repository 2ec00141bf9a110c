package org.festserver.indexer.pharmacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of header names so that {@code Benämning_lång}, {@code BENAMNING LANG} and {@code BENÄMNING LÅNG} agree. */
final class HeaderNames {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.]+");

  private HeaderNames() {}

  /**
   * A header name reduced for comparison: BOM and surrounding quotes removed, mojibake repaired, accents removed,
   * upper case, and each run of spaces, {@code _}, {@code -} or {@code .} turned into one space.
   */
  static String normalize(String raw) {
    String s = repairMojibake(raw.replace("\uFEFF", "").strip());
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    s = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = SEPARATORS.matcher(s.toUpperCase(Locale.ROOT)).replaceAll(" ");
    return s.strip();
  }

  /**
   * Undoes UTF-8 text decoded as ISO-8859-1 ({@code LÃ…NG} → {@code LÅNG}); returns other text unchanged. Only header
   * names go through this: data lines keep the encoding detected for the whole file.
   */
  static String repairMojibake(String s) {
    boolean suspicious = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return s;
      }
      suspicious |= c == 0xC3 || c == 0xC2;
    }
    if (!suspicious) {
      return s;
    }
    String repaired = DecodedText.strictUtf8(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1)));
    return repaired == null ? s : repaired;
  }
}
