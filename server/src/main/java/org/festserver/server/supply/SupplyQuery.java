package org.festserver.server.supply;

import java.time.LocalDate;
import java.util.Objects;
import org.festserver.model.condition.PatientFacts;

/**
 * What a caller asks of the trade goods: the date (reimbursement links and conditions valid then), the patient facts
 * to evaluate age/sex conditions with, for the tree the product group to start from (null = all) and whether to list
 * the goods.
 */
public record SupplyQuery(LocalDate date, PatientFacts patient, String group, boolean goods) {

  public SupplyQuery {
    Objects.requireNonNull(date, "date");
    patient = patient == null ? PatientFacts.UNKNOWN : patient;
  }
}
