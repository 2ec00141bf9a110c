package org.festserver.model.catalog;

import org.festserver.model.common.Coded;
import org.festserver.model.medicine.MedicineInfo;

/**
 * Unregistered medicines: Preparattype 11 "Krever godkj. fritak", or a TypeSoknadSlv other than
 * 1 "Skal ikke søkes" (2 "Apotek vurderer" / "Søknad vurderes av apotek", 3 "Må søkes"). A prescriber system must
 * then ask for the exemption application data.
 */
public final class Registration {
  /** Preparattype code of products that require an approved exemption. */
  public static final String REQUIRES_EXEMPTION = "11";
  /** TypeSoknadSlv code meaning no application is needed. */
  public static final String NO_APPLICATION = "1";

  private Registration() {}

  /** True when the product is unregistered by its product type or its SLV application type. */
  public static boolean unregistered(MedicineInfo medicine) {
    if (medicine == null) {
      return false;
    }
    if (REQUIRES_EXEMPTION.equals(Coded.codeOf(medicine.productType()))) {
      return true;
    }
    String application = Coded.codeOf(medicine.slvApplicationType());
    return application != null && !NO_APPLICATION.equals(application);
  }
}
