package org.festserver.model.reimbursement;

import java.util.List;
import org.festserver.model.common.Lists;

/**
 * A reimbursement code as a role may see it on a date: the code, the text the role may see (null for dispensers),
 * the DN to store (prescribers only), the window in which both code and link are valid, and the ids of the
 * conditions attached to the code on that date.
 */
public record ResolvedCode(
    ReimbursementCode code, String text, String diagnosisText, ValidityWindow window, List<String> conditionRefs) {

  public ResolvedCode {
    conditionRefs = Lists.copy(conditionRefs);
  }
}
