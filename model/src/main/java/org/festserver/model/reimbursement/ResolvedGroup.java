package org.festserver.model.reimbursement;

import java.util.List;
import org.festserver.model.common.Lists;

/**
 * One reimbursement group that applies to a product on a date for a role: its legal basis, the group, how it was
 * reached, the codes valid on that date, and the ids of every condition that applies (the group's own first, then
 * the codes', each once).
 */
public record ResolvedGroup(
    ReimbursementBasis basis,
    ReimbursementGroup group,
    Reach reach,
    ValidityWindow linkWindow,
    List<ResolvedCode> codes,
    List<String> conditionRefs) {

  /** How a product reaches a group. */
  public enum Reach {
    /** the product's own Refusjon link */
    LINK,
    /** the Refusjon link of a brand of the pack */
    BRAND_LINK,
    /** a magistral group by ATC */
    ATC
  }

  public ResolvedGroup {
    codes = Lists.copy(codes);
    conditionRefs = Lists.copy(conditionRefs);
  }
}
