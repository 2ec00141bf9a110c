package org.festserver.server.reimbursement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.festserver.server.condition.ConditionView;
import org.festserver.server.json.CodedJson;

/**
 * One reimbursement group that applies to a product on a date for a role (R-6.4.x): its legal basis (7427), group
 * id, number (GruppeNr V) and name (GruppeNr DN, e.g. IndRef), whether it needs a code or a decision, the eligible
 * use, how the product reaches it ({@code link}, {@code brand} or {@code atc} for magistral groups), the link's
 * dates (null when reached by ATC), the valid codes and the conditions that apply.
 */
public record ReimbursementEntry(
    CodedJson legalBasis,
    String groupId,
    String groupNumber,
    String groupName,
    boolean requiresCode,
    boolean requiresDecision,
    String eligibleUse,
    String reachedBy,
    String atc,
    Window link,
    List<Code> codes,
    List<ConditionView> conditions) {

  /**
   * A valid reimbursement code: the code (V) and its code system (OID), the text the role may see (prescribers only:
   * the Underterm, else DN), the DN to store with the prescription (prescribers only), the dates in which code and
   * link are both valid, and the ids of its conditions in {@code conditions}.
   */
  public record Code(
      String code,
      String codeSystem,
      @JsonInclude(JsonInclude.Include.NON_NULL) String text,
      @JsonInclude(JsonInclude.Include.NON_NULL) String diagnosisText,
      LocalDate validFrom,
      LocalDate prescribeUntil,
      LocalDate dispenseUntil,
      List<String> conditionIds) {}

  /** Reimbursement dates: valid from, prescribe until, dispense until (each inclusive; null is open). */
  public record Window(LocalDate validFrom, LocalDate prescribeUntil, LocalDate dispenseUntil) {}
}
