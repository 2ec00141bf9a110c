package org.festserver.model.common;

/**
 * A coded value (KITH {@code CV} or {@code CS}): {@code V} as {@code code}, the code system OID {@code S} as
 * {@code system} (absent on {@code CS}), the display name {@code DN} as {@code text} and {@code OT} as
 * {@code originalText}. Codes are kept exactly as in the file.
 */
public record Coded(String code, String system, String text, String originalText) {

  public static Coded of(String code, String text) {
    return new Coded(code, null, text, null);
  }

  /** True when this value has the given code (null-safe on both sides). */
  public boolean is(String expected) {
    return code != null && code.equals(expected);
  }

  /** The code, or null for a null value: convenient in mappers and handlers. */
  public static String codeOf(Coded value) {
    return value == null ? null : value.code();
  }
}
