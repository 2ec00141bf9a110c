package org.festserver.tools.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting: "." in numeric XML fields, "," in display strings (FORMAT.md §0.9). */
final class Numbers {

  private Numbers() {}

  /** Plain decimal for attributes and decimal elements: 20, 0.15, 66.6667 (at most 4 decimals). */
  static String plain(double v) {
    return round(v, 4).toPlainString();
  }

  /** Money: at most 2 decimals, trailing zeros dropped (95.1, 259, 427.43). */
  static String money(double v) {
    return round(v, 2).toPlainString();
  }

  /** Display form with decimal comma: 12,5 or 0,088. */
  static String display(double v) {
    return plain(v).replace('.', ',');
  }

  static double roundTo(double v, int decimals) {
    return round(v, decimals).doubleValue();
  }

  private static BigDecimal round(double v, int decimals) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** Parses a display number with decimal comma. */
  static double parseDisplay(String s) {
    return Double.parseDouble(s.trim().replace(',', '.'));
  }

  /** GS1 check digit for a GTIN body (12 digits for EAN-13). */
  static char gs1CheckDigit(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int d = body.charAt(body.length() - 1 - i) - '0';
      sum += (i % 2 == 0) ? d * 3 : d;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
