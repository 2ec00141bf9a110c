package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One KatRefusjon entry: a Refusjonshjemmel with one Refusjonsgruppe and its codes. Medicines link to
 * the group through Refusjon/RefRefusjonsgruppe, trade goods through their product group's RID_ group.
 */
final class Reimbursement {

  /** Legal bases used (code system 7427). */
  enum Basis {
    PARAGRAPH_2("200", "§5-14 §2", true, false, true),
    INDIVIDUAL_3A("301", "§5-14 §3a", false, true, true),
    INDIVIDUAL_3B("302", "§5-14 §3b", false, true, false),
    MRSA_4("400", "§5-14 §4", true, false, true),
    HEPATITIS_4A_DECISION("401", "§5-14 §4a (vedtak)", true, true, false),
    HEPATITIS_4A("402", "§5-14 §4a", true, false, false),
    H_RESEPT("950", "H-resept", true, false, false),
    MAGISTRAL("200", "§5-14 §2", false, false, true),
    TRADE_GOODS(null, null, true, false, false);

    final String code;
    final String text;
    final boolean requiresItemLink;
    final boolean requiresDecision;
    final boolean requiresCode;

    Basis(String code, String text, boolean requiresItemLink, boolean requiresDecision, boolean requiresCode) {
      this.code = code;
      this.text = text;
      this.requiresItemLink = requiresItemLink;
      this.requiresDecision = requiresDecision;
      this.requiresCode = requiresCode;
    }
  }

  /** A Refusjonskode with its dates and conditions. */
  record Code(String code, String system, String text, String underterm, LocalDate from, LocalDate prescribeUntil,
      LocalDate dispenseUntil, List<CodeCondition> conditions) {}

  /** A Refusjonsvilkar: the condition index and its period. */
  record CodeCondition(int condition, LocalDate from, LocalDate to) {}

  final int index;
  final Basis basis;
  String hjemmelCode;
  String hjemmelText;
  String groupId;
  String groupNumber;
  String groupNumberText;
  String groupNumberSystem = "7451";
  String atc;
  String usage;
  LocalDate linkFrom;
  final List<Integer> groupConditions = new ArrayList<>();
  final List<Code> codes = new ArrayList<>();

  Reimbursement(int index, Basis basis) {
    this.index = index;
    this.basis = basis;
    this.hjemmelCode = basis.code;
    this.hjemmelText = basis.text;
  }
}
