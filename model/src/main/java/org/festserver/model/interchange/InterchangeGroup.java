package org.festserver.model.interchange;

import java.time.LocalDate;
import org.festserver.model.common.Coded;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * An interchange group ({@code Byttegruppe}): its code and name (7450), the substitution remark and its text
 * and validity.
 */
public record InterchangeGroup(
    String id,
    Coded code,
    boolean substitutionRemark,
    String substitutionDescription,
    LocalDate validFrom,
    LocalDate validTo) implements FestEntity {

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.INTERCHANGE_GROUP;
  }
}
