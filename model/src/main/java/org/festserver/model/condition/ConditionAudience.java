package org.festserver.model.condition;

/**
 * Who a condition applies to, from its GjelderFor (code system 7438: 1 Rekvirent, 2 Utleverer, 3 Rekvirent og
 * utleverer). A condition without a readable GjelderFor applies to both, so that nothing is hidden by mistake.
 */
public final class ConditionAudience {
  static final String PRESCRIBER = "1";
  static final String DISPENSER = "2";

  private ConditionAudience() {}

  /** True when the condition is meant for that role. */
  public static boolean appliesTo(Condition condition, Role role) {
    String code = condition.appliesTo() == null ? null : condition.appliesTo().code();
    if (PRESCRIBER.equals(code)) {
      return role == Role.PRESCRIBER;
    }
    if (DISPENSER.equals(code)) {
      return role == Role.DISPENSER;
    }
    return true;
  }
}
