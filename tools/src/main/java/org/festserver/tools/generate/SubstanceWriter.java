package org.festserver.tools.generate;

import java.util.Set;

/** KatVirkestoff: all Virkestoff entries, then the VirkestoffMedStyrke of the products, then unowned strengths. */
final class SubstanceWriter {

  private static final Set<String> FIXED = Set.of(Anchors.SIMVASTATIN_SUBSTANCE_ID,
      Anchors.KLARITROMYCIN_SUBSTANCE_ID, Anchors.PERIKUM_SUBSTANCE_ID);

  private SubstanceWriter() {}

  static void write(Entries e, MedicineWriter medicines) {
    M30Writer w = e.w;
    boolean v251 = e.plan.version().v251();
    for (CatalogPlan.VirkestoffEntry v : e.plan.substances) {
      e.begin(M30Catalog.VIRKESTOFF, FIXED.contains(v.id()) ? v.id() : null);
      w.openFs("Virkestoff");
      w.text("Id", v.id());
      w.text("Navn", v.nameNo());
      if (v251 && v.nameEn() != null) {
        w.text("NavnEngelsk", v.nameEn());
      }
      for (int salt : v.salts()) {
        w.text("RefVirkestoff", e.plan.substances.get(salt).id());
      }
      if (v251) {
        for (int r : v.reimbursements()) {
          Reimbursement g = e.plan.reimbursements.get(r);
          w.open("Refusjon");
          w.text("RefRefusjonsgruppe", g.groupId);
          e.date("GyldigFraDato", g.linkFrom);
          w.end();
        }
      }
      w.end();
      e.end();
    }
    medicines.strengths();
    for (int i = 0; i < e.plan.strengthFillers.size(); i++) {
      CatalogPlan.StrengthFiller f = e.plan.strengthFillers.get(i);
      e.begin(M30Catalog.VIRKESTOFF, null);
      medicines.strength(new FamilyContent.StrengthData(e.plan.fillerStrengthId(i), f.strength(),
          e.plan.substances.get(f.substance()).id(), null));
      e.end();
    }
  }
}
