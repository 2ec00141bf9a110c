package org.festserver.model.reimbursement;

import org.festserver.model.condition.Role;

/**
 * What text of a reimbursement code a role may see: the prescriber sees the Underterm when there is one,
 * else the DN; the dispenser sees the code only, never the diagnosis text (privacy).
 */
public final class CodeDisplay {
  private CodeDisplay() {}

  /** The text to show with the code, or null when the role must not see any. */
  public static String text(ReimbursementCode code, Role role) {
    if (role != Role.PRESCRIBER) {
      return null;
    }
    if (code.subterm() != null && !code.subterm().isBlank()) {
      return code.subterm();
    }
    return diagnosisText(code, role);
  }

  /** The DN, which the prescriber stores with the prescription even when an Underterm is shown; null for dispensers. */
  public static String diagnosisText(ReimbursementCode code, Role role) {
    return role == Role.PRESCRIBER && code.code() != null ? code.code().text() : null;
  }
}
