package org.festserver.model.interaction;

/**
 * The relevance of an interaction (code system 7483, R-8.1.5) and the order in which interactions are shown: "Bør
 * unngås" first, then "Forholdsregler bør tas", then "Ingen tiltak nødvendig".
 */
public enum Relevance {
  AVOID("1", "Bør unngås"),
  PRECAUTIONS("2", "Forholdsregler bør tas"),
  NO_ACTION_NEEDED("3", "Ingen tiltak nødvendig");

  /*
   * Implementation notes. A code outside 1–3 would be a level SLV added after this was written. It ranks after
   * "Forholdsregler bør tas" and before "Ingen tiltak nødvendig", so that it is shown by default (a missed
   * interaction harms more than an extra one) but not when only "Bør unngås" is asked for.
   */
  /** Rank of a relevance code this version does not know. */
  static final int UNKNOWN_RANK = 2;

  private final String code;
  private final String text;

  Relevance(String code, String text) {
    this.code = code;
    this.text = text;
  }

  /** The code in system 7483, as in the file. */
  public String code() {
    return code;
  }

  /** The Norwegian display text. */
  public String text() {
    return text;
  }

  /** The relevance with this code, or null for an unknown or missing code. */
  public static Relevance ofCode(String code) {
    for (Relevance relevance : values()) {
      if (relevance.code.equals(code)) {
        return relevance;
      }
    }
    return null;
  }

  /** Sort rank of a relevance code, lower first: 1 → 0, 2 → 1, unknown → 2, 3 → 3. */
  public static int rank(String code) {
    Relevance relevance = ofCode(code);
    if (relevance == null) {
      return UNKNOWN_RANK;
    }
    return relevance == NO_ACTION_NEEDED ? 3 : relevance.ordinal();
  }
}
