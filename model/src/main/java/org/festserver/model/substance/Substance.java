package org.festserver.model.substance;

import java.util.List;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.medicine.ReimbursementLink;

/**
 * An active substance ({@code Virkestoff}) with its Norwegian and English name. A salt or therapeutic part
 * refers to its complete substance(s) through {@code substanceRefs}.
 */
public record Substance(
    String id, String name, String nameEnglish, List<String> substanceRefs, List<ReimbursementLink> reimbursements)
    implements FestEntity {

  public Substance {
    substanceRefs = Lists.copy(substanceRefs);
    reimbursements = Lists.copy(reimbursements);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.SUBSTANCE;
  }
}
