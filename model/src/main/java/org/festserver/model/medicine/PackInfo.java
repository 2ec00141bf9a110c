package org.festserver.model.medicine;

import java.math.BigDecimal;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.common.Quantity;

/**
 * What a pack contains of one brand ({@code Pakningsinfo}): start and combination packs have one per brand
 * . Size as displayed ({@code Pakningsstr}) with its unit, pack type, and the computable
 * multiple × count × amount.
 */
public record PackInfo(
    String brandRef,
    String packSize,
    Coded packUnit,
    Coded packType,
    Integer multiple,
    Integer count,
    BigDecimal amount,
    Integer order,
    Quantity ddd,
    BigDecimal statisticsFactor,
    List<PackComponent> components) {

  public PackInfo {
    components = Lists.copy(components);
  }
}
