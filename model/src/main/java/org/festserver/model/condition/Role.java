package org.festserver.model.condition;

import java.util.Locale;
import java.util.Optional;

/**
 * Who looks at reimbursement codes and conditions: the prescriber or the dispenser. It decides which code dates apply
 * whether diagnosis texts may be shown, and which conditions apply (GjelderFor, code system 7438).
 */
public enum Role {
  PRESCRIBER("prescriber"),
  DISPENSER("dispenser");

  private final String parameter;

  Role(String parameter) {
    this.parameter = parameter;
  }

  /** The name used in the API, e.g. {@code prescriber}. */
  public String parameter() {
    return parameter;
  }

  /** The role named {@code prescriber} or {@code dispenser} (case-insensitive), or empty. */
  public static Optional<Role> fromParameter(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.strip().toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.parameter.equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
