package org.festserver.model.dosage;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * A structured short dose ({@code Kortdose} in KatStrDosering): the short-dose code (7478), its description with
 * {@code <dose>}/{@code <doser>} placeholders, and its steps. No id of its own: the key is the entry id.
 */
public record StructuredDosage(String entryId, Coded shortDose, String descriptionTerm, List<DosageStep> steps)
    implements FestEntity {

  public StructuredDosage {
    steps = Lists.copy(steps);
  }

  @Override
  public String key() {
    return entryId;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.STRUCTURED_DOSAGE;
  }
}
