package org.festserver.model.interaction;

import java.util.List;
import java.util.Optional;
import org.festserver.model.common.Coded;

/**
 * Who sees an interaction alert ({@code Visningsregel}, code system 7442, R-8.1.6): the API names and their codes.
 * An interaction without any Visningsregel is shown to everyone.
 */
public enum Audience {
  GP("gp", "1"),
  SPECIALIST("specialist", "2"),
  HOSPITAL("hospital", "3"),
  PHARMACY("pharmacy", "4"),
  VET("vet", "5");

  private final String parameter;
  private final String code;

  Audience(String parameter, String code) {
    this.parameter = parameter;
    this.code = code;
  }

  /** The API spelling ({@code gp} …). */
  public String parameter() {
    return parameter;
  }

  /** The code in system 7442 (1 Allmennlege, 2 Spesialist, 3 Sykehus, 4 Apotek, 5 Veterinær). */
  public String code() {
    return code;
  }

  /** The audience with this API spelling (exact, lower case); empty for anything else. */
  public static Optional<Audience> ofParameter(String value) {
    for (Audience audience : values()) {
      if (audience.parameter.equals(value)) {
        return Optional.of(audience);
      }
    }
    return Optional.empty();
  }

  /** The audience with this 7442 code, or empty. */
  public static Optional<Audience> ofCode(String code) {
    for (Audience audience : values()) {
      if (audience.code.equals(code)) {
        return Optional.of(audience);
      }
    }
    return Optional.empty();
  }

  /** true when an interaction with these display rules is shown to this audience (no rules: shown to all). */
  public boolean sees(List<Coded> displayRules) {
    if (displayRules.isEmpty()) {
      return true;
    }
    for (Coded rule : displayRules) {
      if (rule != null && rule.is(code)) {
        return true;
      }
    }
    return false;
  }
}
