package org.festserver.tools.generate;

/** KatRefusjon: one Refusjonshjemmel with one Refusjonsgruppe per entry. */
final class ReimbursementWriter {

  private ReimbursementWriter() {}

  static void write(Entries e) {
    M30Writer w = e.w;
    for (Reimbursement r : e.plan.reimbursements) {
      boolean anchor = r.groupId.equals(Anchors.SIMVASTATIN_REIMBURSEMENT_GROUP_ID)
          || r.groupId.equals(Anchors.HRESEPT_REIMBURSEMENT_GROUP_ID);
      e.begin(M30Catalog.REFUSJON, anchor ? r.groupId : null);
      w.open("Refusjonshjemmel");
      w.cv("Refusjonshjemmel", r.hjemmelCode, "7427", r.hjemmelText);
      w.text("KreverVarekobling", String.valueOf(r.basis.requiresItemLink));
      w.text("KreverVedtak", String.valueOf(r.basis.requiresDecision));
      w.open("Refusjonsgruppe");
      w.text("Id", r.groupId);
      w.cv("GruppeNr", r.groupNumber, r.groupNumberSystem, r.groupNumberText);
      if (r.atc != null) {
        w.cv("Atc", r.atc, "7180", e.atcName(r.atc));
      }
      w.text("KreverRefusjonskode", String.valueOf(r.basis.requiresCode && !r.codes.isEmpty()));
      if (r.usage != null) {
        w.text("RefusjonsberettighetBruk", r.usage);
      }
      for (int c : r.groupConditions) {
        w.text("RefVilkar", e.plan.conditions.get(c).id);
      }
      for (Reimbursement.Code code : r.codes) {
        w.open("Refusjonskode");
        w.cv("Refusjonskode", code.code(), code.system(), code.text());
        if (code.underterm() != null) {
          w.text("Underterm", code.underterm());
        }
        e.date("GyldigFraDato", code.from());
        e.date("ForskrivesTilDato", code.prescribeUntil());
        e.date("UtleveresTilDato", code.dispenseUntil());
        for (Reimbursement.CodeCondition cc : code.conditions()) {
          w.open("Refusjonsvilkar");
          w.text("RefVilkar", e.plan.conditions.get(cc.condition()).id);
          e.date("FraDato", cc.from());
          e.date("TilDato", cc.to());
          w.end();
        }
        w.end();
      }
      w.end();
      w.end();
      e.end();
    }
  }
}
