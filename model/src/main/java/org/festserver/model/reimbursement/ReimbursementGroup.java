package org.festserver.model.reimbursement;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/**
 * A reimbursement group ({@code Refusjonsgruppe}): its number (code system 7451, 7403 for trade goods, or
 * {@code IndRef}), an optional ATC for magistral groups, whether codes are required, and its codes. Groups that need
 * no code carry their conditions directly.
 */
public record ReimbursementGroup(
    String id,
    Coded groupNumber,
    Coded atc,
    boolean requiresCode,
    String eligibleUse,
    List<String> conditionRefs,
    List<ReimbursementCode> codes) {

  public ReimbursementGroup {
    conditionRefs = Lists.copy(conditionRefs);
    codes = Lists.copy(codes);
  }
}
