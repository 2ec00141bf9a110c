package org.festserver.model.medicine;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/** A pack of one or more brands, identified by its item number (varenummer) ({@code Legemiddelpakning}). */
public record Pack(
    String id,
    MedicineInfo medicine,
    String itemNumber,
    List<String> eans,
    Boolean noPreservative,
    Coded storage,
    List<PackInfo> packInfos,
    List<Price> prices,
    Marketing marketing,
    List<SpcSection> spcSections) implements FestEntity {

  public Pack {
    eans = Lists.copy(eans);
    packInfos = Lists.copy(packInfos);
    prices = Lists.copy(prices);
    spcSections = Lists.copy(spcSections);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.PACK;
  }
}
