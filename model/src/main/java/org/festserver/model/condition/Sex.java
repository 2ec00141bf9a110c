package org.festserver.model.condition;

import java.util.Locale;
import java.util.Optional;
import org.festserver.model.common.Coded;

/**
 * A patient's sex as used by structured condition type 3, whose values come from code system 8459 "male or
 * female". The guides name the code system but not its codes, so a condition's value is read by its display name
 * first (Mann / Kvinne) and by its code only when the name says nothing; the codes 1 = male and 2 = female are those
 * of the national sex code system 3101 that FEST uses elsewhere (Reseptgyldighet/Kjonn).
 */
public enum Sex {
  MALE("1", "Mann"),
  FEMALE("2", "Kvinne");

  private final String code;
  private final String text;

  Sex(String code, String text) {
    this.code = code;
    this.text = text;
  }

  /** The code accepted as the {@code sex} parameter: {@code 1} male, {@code 2} female. */
  public String code() {
    return code;
  }

  /** The Norwegian display name, e.g. {@code Kvinne}. */
  public String text() {
    return text;
  }

  /** The sex with this code (1 or 2), or empty. */
  public static Optional<Sex> fromCode(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String stripped = value.strip();
    for (Sex sex : values()) {
      if (sex.code.equals(stripped)) {
        return Optional.of(sex);
      }
    }
    return Optional.empty();
  }

  /** The sex a condition value denotes: by its display name, else by its code; empty when neither tells. */
  public static Optional<Sex> fromConditionValue(Coded value) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<Sex> byName = fromName(value.text());
    return byName.isPresent() ? byName : fromCode(value.code()).or(() -> fromName(value.code()));
  }

  /** The sex a free-text condition value denotes (a name such as "Kvinne" or a code), or empty. */
  public static Optional<Sex> fromConditionText(String value) {
    return fromName(value).or(() -> fromCode(value));
  }

  private static Optional<Sex> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "mann":
      case "menn":
      case "male":
      case "m":
        return Optional.of(MALE);
      case "kvinne":
      case "kvinner":
      case "female":
      case "k":
        return Optional.of(FEMALE);
      default:
        return Optional.empty();
    }
  }
}
