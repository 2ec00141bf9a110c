package org.festserver.model.medicine;

import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Lists;

/**
 * The fields every medicine catalog inherits from FEST's abstract {@code Legemiddel}: ATC, NavnFormStyrke,
 * reseptgruppe, form, condition references, product type, SLV application type, opioid application flag,
 * reimbursement links, interchange-group link (packs only), administration (brands and substance groups) and the
 * black triangle (additional monitoring).
 */
public record MedicineInfo(
    Coded atc,
    String nameFormStrength,
    Coded prescriptionGroup,
    Coded formShort,
    List<String> conditionRefs,
    Coded productType,
    Coded slvApplicationType,
    boolean opioidApplication,
    List<ReimbursementLink> reimbursements,
    InterchangeLink interchangeGroup,
    Administration administration,
    Coded blackTriangle) {

  public MedicineInfo {
    conditionRefs = Lists.copy(conditionRefs);
    reimbursements = Lists.copy(reimbursements);
  }

  /** The ATC code, or null. */
  public String atcCode() {
    return Coded.codeOf(atc);
  }
}
