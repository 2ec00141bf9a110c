package org.festserver.model.medicine;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.common.Quantity;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/**
 * The smallest pickable unit of a brand ({@code Legemiddeldose}), with its LMR number, its brand and the packs it
 * comes from.
 */
public record UnitDose(
    String id,
    MedicineInfo medicine,
    String lmrNumber,
    Quantity amount,
    Coded packType,
    String brandRef,
    List<String> packRefs,
    List<PackComponent> components,
    List<Coded> orderingUnits) implements FestEntity {

  public UnitDose {
    packRefs = Lists.copy(packRefs);
    components = Lists.copy(components);
    orderingUnits = Lists.copy(orderingUnits);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.UNIT_DOSE;
  }
}
