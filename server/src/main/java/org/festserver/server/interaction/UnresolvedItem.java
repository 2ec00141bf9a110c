package org.festserver.server.interaction;

/**
 * An input that was not checked, exactly as given: {@code code} is {@code malformed} (bad syntax),
 * {@code unknown-kind} (a prefix other than atc, pack, brand, substance-group, substance) or {@code not-found}; the
 * {@code reason} says what was wrong.
 */
public record UnresolvedItem(String item, String code, String reason) {

  static final String MALFORMED = "malformed";
  static final String UNKNOWN_KIND = "unknown-kind";
  static final String NOT_FOUND = "not-found";
}
