package org.festserver.model.alert;

import java.util.Locale;
import java.util.Optional;
import org.festserver.model.common.Coded;

/**
 * Who an alert is for: its Visningsregel, code system 7442. The API names match those of the interaction
 * check ({@code gp}, {@code specialist}, {@code hospital}, {@code pharmacy}, {@code vet}).
 */
public enum AlertAudience {
  GP("1", "gp", "Allmennlege"),
  SPECIALIST("2", "specialist", "Spesialist"),
  HOSPITAL("3", "hospital", "Sykehus"),
  PHARMACY("4", "pharmacy", "Apotek"),
  VET("5", "vet", "Veterinær");

  private final String code;
  private final String parameter;
  private final String text;

  AlertAudience(String code, String parameter, String text) {
    this.code = code;
    this.parameter = parameter;
    this.text = text;
  }

  public String code() {
    return code;
  }

  /** The API name, e.g. {@code gp}. */
  public String parameter() {
    return parameter;
  }

  /** The audience with this API name or 7442 code, or empty. */
  public static Optional<AlertAudience> fromParameter(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.strip().toLowerCase(Locale.ROOT);
    for (AlertAudience audience : values()) {
      if (audience.parameter.equals(name) || audience.code.equals(name)) {
        return Optional.of(audience);
      }
    }
    return Optional.empty();
  }

  /** The audience a Visningsregel value names, by its code or else its display name, or empty. */
  public static Optional<AlertAudience> of(Coded rule) {
    if (rule == null) {
      return Optional.empty();
    }
    for (AlertAudience audience : values()) {
      if (audience.code.equals(rule.code())) {
        return Optional.of(audience);
      }
    }
    for (AlertAudience audience : values()) {
      if (rule.text() != null && audience.text.equalsIgnoreCase(rule.text().strip())) {
        return Optional.of(audience);
      }
    }
    return Optional.empty();
  }
}
