package org.festserver.model.reimbursement;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * One entry of the reimbursement catalog: a legal basis (code system 7427, e.g. 200 "§5-14 §2", 950 H-resept) and
 * its groups. It has no id of its own, so its key is the entry id.
 */
public record ReimbursementBasis(
    String entryId,
    Coded basis,
    boolean requiresItemLink,
    boolean requiresDecision,
    List<ReimbursementGroup> groups) implements FestEntity {

  public ReimbursementBasis {
    groups = Lists.copy(groups);
  }

  @Override
  public String key() {
    return entryId;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.REIMBURSEMENT;
  }
}
