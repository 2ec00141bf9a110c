package org.festserver.server.reimbursement;

import java.time.LocalDate;
import java.util.Objects;
import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.Role;

/** What a caller asks of reimbursement: the date, the role, and the patient facts to evaluate conditions with. */
public record ReimbursementQuery(LocalDate date, Role role, PatientFacts patient) {

  public ReimbursementQuery {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(role, "role");
    patient = patient == null ? PatientFacts.UNKNOWN : patient;
  }
}
