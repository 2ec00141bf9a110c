package org.festserver.model.supply;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/** Product information of a trade good ({@code ProduktInfoVare}). */
public record SupplyProductInfo(
    String productNumber,
    String volume,
    Coded sizeUnit,
    Integer perPack,
    List<String> conditionRefs,
    Boolean aboveMaxPriceAllowed) {

  public SupplyProductInfo {
    conditionRefs = Lists.copy(conditionRefs);
  }
}
