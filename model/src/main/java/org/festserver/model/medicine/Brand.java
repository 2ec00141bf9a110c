package org.festserver.model.medicine;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/** One strength and form of one brand ({@code LegemiddelMerkevare}). */
public record Brand(
    String id,
    MedicineInfo medicine,
    String tradeName,
    String formLong,
    List<SortedRef> substancesWithStrength,
    List<SortedRef> substancesWithoutStrength,
    Coded flavour,
    ProductInfo productInfo,
    List<PrescriptionValidity> prescriptionValidity,
    List<SpcSection> spcSections) implements FestEntity {

  public Brand {
    substancesWithStrength = Lists.copy(substancesWithStrength);
    substancesWithoutStrength = Lists.copy(substancesWithoutStrength);
    prescriptionValidity = Lists.copy(prescriptionValidity);
    spcSections = Lists.copy(spcSections);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.BRAND;
  }
}
