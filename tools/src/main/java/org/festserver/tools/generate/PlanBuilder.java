package org.festserver.tools.generate;

/** Builds the {@link CatalogPlan} for a set of options, step by step (families first, texts never). */
final class PlanBuilder {

  private PlanBuilder() {}

  static CatalogPlan build(GeneratorOptions options) {
    SubstanceCatalog catalog = SubstanceCatalog.get();
    CatalogPlan plan = new CatalogPlan(options, catalog);
    SyntheticMedicines synthetic = new SyntheticMedicines(catalog, plan.seed);
    plan.goods = new GoodsPlan(plan.seed, Math.max(3, plan.targets.tradeGoods()));

    FamilyPlanner families = new FamilyPlanner(catalog, plan.targets, plan.seed, synthetic);
    families.plan();
    plan.families.addAll(families.families);
    Naming.assignOriginatorNames(plan);

    InteractionPlanner interactions = new InteractionPlanner(plan, synthetic);
    plan.atcNames = catalog.atcNames.with(synthetic.atcNames);
    interactions.planNotAssessed(families.syntheticUsed);
    plan.syntheticMedicines.addAll(synthetic.created);
    plan.atcNames = catalog.atcNames.with(synthetic.atcNames);

    SubstancePlanner.plan(plan, synthetic.created);
    InterchangePlanner.plan(plan);
    ConditionPlanner.plan(plan);
    ReimbursementPlanner.plan(plan);
    AlertPlanner.plan(plan);
    interactions.planInteractions();
    ShortDoses.plan(plan);
    totals(plan);
    return plan;
  }

  private static void totals(CatalogPlan plan) {
    for (Family f : plan.families) {
      plan.brandTotal += f.brandCount;
      plan.packTotal += f.packCount;
      plan.doseTotal += f.doseCount;
      if (f.hasGroup()) {
        plan.groupTotal++;
      }
      for (Family.Part p : f.parts) {
        if (p.atc() != null) {
          plan.atcUsed.add(p.atc());
        }
        if (p.medicine().combination()) {
          for (Substance s : p.medicine().components) {
            if (s.atc != null) {
              plan.atcUsed.add(s.atc);
            }
          }
        }
      }
    }
    plan.atcUsed.removeIf(code -> code.startsWith("Z"));
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    for (String code : plan.atcUsed) {
      for (String level : AtcNames.levels(code)) {
        all.add(level);
      }
    }
    plan.atcUsed.clear();
    plan.atcUsed.addAll(all);
  }
}
