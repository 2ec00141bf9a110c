package org.festserver.tools.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One strength of one substance, as written in NavnFormStyrke ({@code display}, decimal comma) and stored on
 * VirkestoffMedStyrke (Styrke/StyrkeNevner, decimal point)..
 */
record Strength(String display, double value, String unit, double denominator, String denominatorUnit) {

  private static final Pattern FORMAT =
      Pattern.compile("(\\d+(?:,\\d+)?) ([^/]+?)(?:/(\\d+(?:,\\d+)?)? ?(.+))?");

  static Strength parse(String text) {
    String s = text.trim();
    Matcher m = FORMAT.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected a strength like \"20 mg\" or \"24 mg/ml\", got \"" + s + "\"");
    }
    double value = Numbers.parseDisplay(m.group(1));
    String unit = m.group(2).trim();
    if (m.group(4) == null) {
      return new Strength(s, value, unit, Double.NaN, null);
    }
    double den = m.group(3) == null ? 1.0 : Numbers.parseDisplay(m.group(3));
    return new Strength(s, value, unit, den, m.group(4).trim());
  }

  boolean hasDenominator() {
    return denominatorUnit != null;
  }

  /** The value in milligrams when the unit is a mass unit, else NaN. */
  double milligrams() {
    return switch (unit) {
      case "mg" -> value;
      case "g" -> value * 1000;
      case "mikrog" -> value / 1000;
      default -> Double.NaN;
    };
  }

  /** A copy with the value multiplied (used for synthetic strength ladders). */
  Strength scaled(double factor) {
    double v = Numbers.roundTo(value * factor, 3);
    String d = Numbers.display(v) + " " + unit;
    if (hasDenominator()) {
      d += "/" + (denominator == 1.0 ? "" : Numbers.display(denominator) + " ") + denominatorUnit;
    }
    return new Strength(d, v, unit, denominator, denominatorUnit);
  }
}
