package org.festserver.server.condition;

import org.festserver.model.condition.PatientFacts;
import org.festserver.model.condition.Role;

/**
 * What a caller asks of product conditions: the role whose conditions to keep (GjelderFor; null keeps all) and the
 * patient facts to evaluate age and sex parts with.
 */
public record ConditionQuery(Role role, PatientFacts patient) {
  /** Every condition, nothing evaluated. */
  public static final ConditionQuery ALL = new ConditionQuery(null, PatientFacts.UNKNOWN);

  public ConditionQuery {
    patient = patient == null ? PatientFacts.UNKNOWN : patient;
  }
}
