package org.festserver.model.reimbursement;

import java.time.LocalDate;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/**
 * A reimbursement code ({@code Refusjonskode}) with its Underterm and validity: from {@code validFrom}
 * inclusive, shown to prescribers until {@code prescribeUntil}, to dispensers until {@code dispenseUntil}.
 */
public record ReimbursementCode(
    Coded code,
    String subterm,
    LocalDate validFrom,
    LocalDate prescribeUntil,
    LocalDate dispenseUntil,
    List<CodeCondition> conditions) {

  public ReimbursementCode {
    conditions = Lists.copy(conditions);
  }
}
