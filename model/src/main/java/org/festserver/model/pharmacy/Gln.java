package org.festserver.model.pharmacy;

/**
 * GS1 Global Location Number rules: a GLN is exactly 13 ASCII digits whose last digit is the GS1 mod-10 check
 * digit of the first twelve (weights 1, 3, 1, 3, … from the left).
 */
public final class Gln {
  /** Number of digits in a GLN. */
  public static final int LENGTH = 13;

  private Gln() {}

  /** True when {@code value} is 13 ASCII digits with a correct GS1 check digit; false for null. */
  public static boolean isValid(String value) {
    if (value == null || value.length() != LENGTH || !allDigits(value)) {
      return false;
    }
    return value.charAt(LENGTH - 1) - '0' == checkDigit(value.substring(0, LENGTH - 1));
  }

  /**
   * The GS1 check digit for the first twelve digits of a GLN.
   *
   * @throws IllegalArgumentException when {@code firstTwelve} is not exactly 12 ASCII digits
   */
  public static int checkDigit(String firstTwelve) {
    if (firstTwelve == null || firstTwelve.length() != LENGTH - 1 || !allDigits(firstTwelve)) {
      throw new IllegalArgumentException("expected 12 digits to compute a GLN check digit, got '" + firstTwelve + "'");
    }
    int sum = 0;
    for (int i = 0; i < firstTwelve.length(); i++) {
      int digit = firstTwelve.charAt(i) - '0';
      sum += i % 2 == 0 ? digit : 3 * digit;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Why {@code value} is not a valid GLN, in one English sentence fragment, or null when it is valid. Used in
   * line-problem reports.
   */
  public static String problem(String value) {
    if (value == null || value.isEmpty()) {
      return "GLN is empty";
    }
    if (value.length() != LENGTH || !allDigits(value)) {
      return "GLN '" + value + "' is not 13 digits";
    }
    int expected = checkDigit(value.substring(0, LENGTH - 1));
    if (value.charAt(LENGTH - 1) - '0' != expected) {
      return "GLN '" + value + "' has check digit " + value.charAt(LENGTH - 1) + ", expected " + expected;
    }
    return null;
  }

  private static boolean allDigits(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
