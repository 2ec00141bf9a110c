package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The Virkestoff catalog: every substance used by a product (with its salts, R-5.4), then substances used by no
 * product (magistral prescribing uses them, R-5.6), until the target count is reached; plus the
 * VirkestoffMedStyrke entries that belong to no product.
 */
final class SubstancePlanner {

  private static final String[] FILLER_SUFFIXES = {"in", "ol", "at", "id", "on", "an", "ium", "en", "il", "yl",
      "amin", "azol", "ast", "ofen", "idin", "ozid", "arin"};
  private static final String[] FILLER_STRENGTHS = {"1 mg", "2,5 mg", "5 mg", "10 mg", "20 mg", "25 mg", "50 mg",
      "100 mg", "200 mg", "250 mg", "500 mg", "1 g", "10 mg/ml", "50 mg/ml", "0,5 %", "1 %", "2 %", "100 mikrog"};

  private final CatalogPlan plan;
  private final SplittableRandom random;
  private final Set<String> usedNames = new HashSet<>();

  private SubstancePlanner(CatalogPlan plan) {
    this.plan = plan;
    this.random = Rng.stream(plan.seed, 0x5B57L, 0);
  }

  static void plan(CatalogPlan plan, List<Medicine> syntheticPool) {
    new SubstancePlanner(plan).run(syntheticPool);
  }

  private void run(List<Medicine> syntheticPool) {
    SubstanceCatalog c = plan.catalog;
    register(c.substance("Simvastatin"), Anchors.SIMVASTATIN_SUBSTANCE_ID);
    register(c.substance("Klaritromycin"), Anchors.KLARITROMYCIN_SUBSTANCE_ID);
    register(new Substance("Perikum", "Hypericum", List.of(), null, false), Anchors.PERIKUM_SUBSTANCE_ID);
    for (Family f : plan.families) {
      for (Family.Part p : f.parts) {
        for (Substance s : p.medicine().components) {
          register(s, null);
        }
      }
    }
    int target = plan.targets.substances();
    for (Substance s : c.substances) {
      if (plan.substances.size() >= target) {
        break;
      }
      register(s, null);
    }
    for (String[] m : WordLists.get().magistral) {
      if (plan.substances.size() >= target) {
        break;
      }
      register(new Substance(m[0], m[1], List.of(), null, false), null);
    }
    for (Medicine m : syntheticPool) {
      if (plan.substances.size() >= target) {
        break;
      }
      register(m.components.get(0), null);
    }
    List<String> prefixes = WordLists.get().innPrefix;
    List<String> middles = WordLists.get().innMiddle;
    while (plan.substances.size() < target) {
      String name = WordLists.capitalize(Rng.pick(random, prefixes) + Rng.pick(random, middles)
          + (random.nextBoolean() ? Rng.pick(random, middles) : "") + Rng.pick(random, FILLER_SUFFIXES));
      if (usedNames.contains(name.toLowerCase(Locale.ROOT))) {
        name = name + Rng.pick(random, middles) + Rng.pick(random, FILLER_SUFFIXES);
      }
      if (!usedNames.contains(name.toLowerCase(Locale.ROOT))) {
        register(new Substance(name, WordLists.english(name), List.of(), null, true), null);
      }
    }
    planStrengthFillers();
  }

  private void register(Substance s, String fixedId) {
    if (plan.substanceByName.containsKey(s.nameNo)) {
      return;
    }
    int base = plan.substances.size();
    List<Integer> salts = new ArrayList<>();
    for (int i = 0; i < s.salts.size(); i++) {
      if (!plan.substanceByName.containsKey(s.salts.get(i).nameNo())) {
        salts.add(base + 1 + salts.size());
      }
    }
    add(s.nameNo, s.nameEn, fixedId, salts);
    for (Substance.Salt salt : s.salts) {
      if (!plan.substanceByName.containsKey(salt.nameNo())) {
        add(salt.nameNo(), salt.nameEn(), null, List.of());
      }
    }
  }

  private void add(String no, String en, String fixedId, List<Integer> salts) {
    int index = plan.substances.size();
    String id = fixedId != null ? fixedId : Ids.of(plan.seed, Ids.Kind.SUBSTANCE, index);
    plan.substances.add(new CatalogPlan.VirkestoffEntry(id, no, en, List.copyOf(salts), new ArrayList<>()));
    plan.substanceByName.put(no, index);
    usedNames.add(no.toLowerCase(Locale.ROOT));
  }

  private void planStrengthFillers() {
    int own = 0;
    for (Family f : plan.families) {
      own += f.vmsCount;
    }
    int fillers = Math.max(0, plan.targets.strengths() - own);
    List<Integer> bases = new ArrayList<>();
    Set<Integer> saltIndexes = new HashSet<>();
    for (CatalogPlan.VirkestoffEntry e : plan.substances) {
      saltIndexes.addAll(e.salts());
    }
    for (int i = 0; i < plan.substances.size(); i++) {
      if (!saltIndexes.contains(i)) {
        bases.add(i);
      }
    }
    for (int i = 0; i < fillers; i++) {
      plan.strengthFillers.add(new CatalogPlan.StrengthFiller(Rng.pick(random, bases),
          Strength.parse(Rng.pick(random, FILLER_STRENGTHS))));
    }
    plan.strengthTotal = own + fillers;
  }
}
