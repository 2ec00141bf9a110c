package org.festserver.model.medicine;

import java.time.LocalDate;
import java.util.List;
import org.festserver.model.common.Lists;

/**
 * A product's link to reimbursement groups ({@code Refusjon}), with its own validity: valid from
 * {@code validFrom} inclusive; prescribing ends after {@code prescribeUntil}; dispensing after
 * {@code dispenseUntil}.
 */
public record ReimbursementLink(
    List<String> groupRefs, LocalDate validFrom, LocalDate prescribeUntil, LocalDate dispenseUntil) {

  public ReimbursementLink {
    groupRefs = Lists.copy(groupRefs);
  }
}
