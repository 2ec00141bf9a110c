package org.festserver.model.interaction;

import java.util.Optional;

/**
 * The least relevant interactions a caller wants: {@code avoid} (only "Bør unngås"), {@code precautions} (also
 * "Forholdsregler bør tas"; the default for checks) or {@code none} (also "Ingen tiltak nødvendig", which gives no
 * alert by default and shows only when everything is asked for, R-8.1.5).
 */
public enum MinRelevance {
  AVOID("avoid", 0),
  PRECAUTIONS("precautions", Relevance.UNKNOWN_RANK),
  NONE("none", 3);

  private final String parameter;
  private final int maxRank;

  MinRelevance(String parameter, int maxRank) {
    this.parameter = parameter;
    this.maxRank = maxRank;
  }

  /** The API spelling. */
  public String parameter() {
    return parameter;
  }

  /** The value for an API spelling, exact and lower case; empty for anything else. */
  public static Optional<MinRelevance> ofParameter(String value) {
    for (MinRelevance min : values()) {
      if (min.parameter.equals(value)) {
        return Optional.of(min);
      }
    }
    return Optional.empty();
  }

  /** True when an interaction with this relevance code is relevant enough. */
  public boolean admits(String relevanceCode) {
    return Relevance.rank(relevanceCode) <= maxRank;
  }
}
