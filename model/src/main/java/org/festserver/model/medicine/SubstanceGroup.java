package org.festserver.model.medicine;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * A substance prescribing group ({@code LegemiddelVirkestoff}): substance(s), form and strength independent of brand
 * . In 2.5.1 it references its brands and packs directly.
 */
public record SubstanceGroup(
    String id,
    MedicineInfo medicine,
    List<SortedRef> substancesWithStrength,
    List<SortedRef> substancesWithoutStrength,
    List<String> brandRefs,
    List<String> packRefs,
    List<Coded> prescribingUnits) implements FestEntity {

  public SubstanceGroup {
    substancesWithStrength = Lists.copy(substancesWithStrength);
    substancesWithoutStrength = Lists.copy(substancesWithoutStrength);
    brandRefs = Lists.copy(brandRefs);
    packRefs = Lists.copy(packRefs);
    prescribingUnits = Lists.copy(prescribingUnits);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.SUBSTANCE_GROUP;
  }
}
