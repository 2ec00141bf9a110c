package org.festserver.model.supply;

import java.util.List;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.medicine.Price;
import org.festserver.model.medicine.ReimbursementLink;

/** A reimbursed trade good ({@code Handelsvare}), keyed by its item number {@code Nr}. */
public record Supply(
    SupplyKind supplyKind,
    String number,
    String name,
    SupplyProductInfo productInfo,
    Supplier supplier,
    List<Price> prices,
    ReimbursementLink reimbursement) implements FestEntity {

  public Supply {
    prices = Lists.copy(prices);
  }

  @Override
  public String key() {
    return number;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.SUPPLY;
  }
}
