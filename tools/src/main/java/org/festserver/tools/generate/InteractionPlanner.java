package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * KatInteraksjon: InteraksjonIkkeVurdert codes, the fixed interactions (anchors and ATC-hierarchy edge
 * cases) and generated ones. Generated pairs come from the mechanism rules applied to the substances' tags,
 * pairs of substances sold in this file first; some groups are whole ATC level-4 classes; the rest is filled
 * with "no action needed" pairs.
 */
final class InteractionPlanner {

  /** Codes that belong with a substance in interaction groups: combinations that contain it. */
  private static final Map<String, List<String>> RELATED = Map.of(
      "J01FA09", List.of("A02BD04", "A02BD05", "A02BD06", "A02BD07", "A02BD09", "A02BD11"),
      "P01AB01", List.of("A02BD01", "A02BD03", "A02BD11"),
      "N02AX02", List.of("N02AX52"),
      "N07BC02", List.of("N02AC52"));

  /** Rules whose substance classes are often written as one group of a whole ATC level-4 class. */
  private static final Set<String> CLASS_RULES = Set.of("serotonerg", "qt", "sentraldempende", "blødning",
      "nsaid-blodtrykk", "antikolinerg", "hyperkalemi", "bradykardi", "kompleksdannelse");

  private final CatalogPlan plan;
  private final SyntheticMedicines synthetic;
  private final SplittableRandom random;
  private final Set<String> pairKeys = new HashSet<>();
  private final Set<String> excluded = new HashSet<>();
  /** Pairs of group keys (ATC code or "class:" + level-4 code) already written, in both orders. */
  private final Set<String> groupPairs = new HashSet<>();

  InteractionPlanner(CatalogPlan plan, SyntheticMedicines synthetic) {
    this.plan = plan;
    this.synthetic = synthetic;
    this.random = Rng.stream(plan.seed, 0x1A7EL, 0);
  }

  /** InteraksjonIkkeVurdert: A10BX16 (anchor pack), new synthetic medicines sold in the file, then unsold ones. */
  void planNotAssessed(List<Medicine> syntheticUsed) {
    int target = Math.max(1, plan.targets.notAssessed());
    plan.notAssessed.add(Anchors.NOT_ASSESSED_ATC);
    int fromUsed = Math.min(syntheticUsed.size(), (int) Math.round(target * 0.3));
    for (int i = 0; i < fromUsed && plan.notAssessed.size() < target; i++) {
      plan.notAssessed.add(syntheticUsed.get(syntheticUsed.size() - 1 - i).atc);
    }
    int id = 500_000;
    int guard = 0;
    while (plan.notAssessed.size() < target && guard++ < target * 2) {
      plan.notAssessed.add(synthetic.next(id++).atc);
    }
    excluded.addAll(plan.notAssessed);
    plan.atcUsed.addAll(plan.notAssessed);
  }

  void planInteractions() {
    fixed();
    List<Medicine> universe = new ArrayList<>();
    Set<Medicine> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Family f : plan.families) {
      for (Family.Part p : f.parts) {
        used.add(p.medicine());
      }
    }
    for (Medicine m : plan.catalog.medicines) {
      if (!m.combination() && !m.tags.isEmpty() && !excluded.contains(m.atc) && !m.has("NOTASSESSED")) {
        universe.add(m);
      }
    }
    for (Medicine m : synthetic.created) {
      if (!excluded.contains(m.atc)) {
        universe.add(m);
      }
    }
    Map<Medicine, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < universe.size(); i++) {
      position.put(universe.get(i), i);
    }
    List<Object[]> candidates = new ArrayList<>();
    for (InteractionRules.Rule rule : InteractionRules.RULES) {
      List<Medicine> as = new ArrayList<>();
      List<Medicine> bs = new ArrayList<>();
      for (Medicine m : universe) {
        if (anyTag(m, rule.tagsA())) {
          as.add(m);
        }
        if (anyTag(m, rule.tagsB())) {
          bs.add(m);
        }
      }
      for (Medicine a : as) {
        for (Medicine b : bs) {
          if (a == b) {
            continue;
          }
          String key = pairKey(position.get(a), position.get(b));
          if (pairKeys.add(key)) {
            int rank = (used.contains(a) ? 0 : 1) + (used.contains(b) ? 0 : 1);
            candidates.add(new Object[] {a, b, rule, rank * 10.0 + random.nextDouble()});
          }
        }
      }
    }
    candidates.sort((x, y) -> Double.compare((double) x[3], (double) y[3]));
    int target = plan.targets.interactions();
    for (Object[] c : candidates) {
      if (plan.interactions.size() >= target) {
        break;
      }
      Medicine a = (Medicine) c[0];
      Medicine b = (Medicine) c[1];
      InteractionRules.Rule rule = (InteractionRules.Rule) c[2];
      InteractionDef.Group ga = group(a);
      InteractionDef.Group gb = group(b);
      String ka = a.atc;
      String kb = b.atc;
      if (CLASS_RULES.contains(rule.name()) && random.nextInt(100) < 12) {
        InteractionDef.Group cls = classGroup(a, universe, rule.tagsA());
        if (cls != null) {
          ga = cls;
          ka = "class:" + a.atc.substring(0, 5);
        }
      }
      if (!newPair(ka, kb)) {
        continue;
      }
      add(rule.relevanceFor(a, b), ga, gb, rule, null);
    }
    int guard = 0;
    while (plan.interactions.size() < target && universe.size() > 1 && guard++ < target * 20) {
      int i = random.nextInt(universe.size());
      int j = random.nextInt(universe.size());
      if (i == j || !pairKeys.add(pairKey(i, j)) || !newPair(universe.get(i).atc, universe.get(j).atc)) {
        continue;
      }
      add("3", group(universe.get(i)), group(universe.get(j)), InteractionRules.GENERIC, null);
    }
    for (InteractionDef d : plan.interactions) {
      for (InteractionDef.Group g : List.of(d.a(), d.b())) {
        for (InteractionDef.Member m : g.members()) {
          if (m.atc() != null && !m.atc().startsWith("Z")) {
            plan.atcUsed.add(m.atc());
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ fixed ones

  private void fixed() {
    SubstanceCatalog c = plan.catalog;
    Medicine simva = c.medicine("C10AA01");
    Medicine klari = c.medicine("J01FA09");
    addFixed(Anchors.INTERACTION_SIMVASTATIN_KLARITROMYCIN_ID, "1", group(klari), group(simva),
        InteractionRules.CYP3A4_INHIBITION, "SIMVA_KLARI", true, true, false);
    addFixed(Anchors.INTERACTION_ATC_LEVEL4_ID, "1",
        new InteractionDef.Group("Prevensjonsmidler", List.of(member("G02BB01"), member("G03AA"), member("G03AB"),
            member("G03HB"), member("G03AA07"))),
        group(c.medicine("J04AB02")), InteractionRules.CONTRACEPTION, "LEVEL4", true, true, false);
    addFixed(Anchors.INTERACTION_SMOKING_ID, "2",
        new InteractionDef.Group(null, List.of(new InteractionDef.Member("Tobakksrøyking", Anchors.SMOKING_ATC,
            "Tobakksrøyking", null))),
        group(c.medicine("N05AH02")), InteractionRules.SMOKING, "SMOKING", true, true, false);
    addFixed(Anchors.INTERACTION_SUBSTANCE_WITHOUT_ATC_ID, "1",
        new InteractionDef.Group("Johannesurt", List.of(member("N06AX25"),
            new InteractionDef.Member("Perikum", null, null, Anchors.PERIKUM_SUBSTANCE_ID))),
        group(c.medicine("L04AD01")), InteractionRules.CYP3A4_INDUCTION, "NO_ATC", true, true, false);
    addFixed(null, "2", new InteractionDef.Group(null, List.of(member("M01A"))), group(c.medicine("B01AA03")),
        InteractionRules.BLEEDING, "LEVEL3", false, true, false);
    addFixed(null, "2", new InteractionDef.Group(null, List.of(member("C03"))), group(c.medicine("N05AN01")),
        InteractionRules.LITHIUM, "LEVEL2", false, true, false);
    addFixed(null, "3", new InteractionDef.Group(null, List.of(member("A"))), group(c.medicine("H03AA01")),
        InteractionRules.GENERIC, "LEVEL1", true, true, false);
    addFixed(null, "1", new InteractionDef.Group("Efedrin", List.of(member("C01CA26"), member("R03CA02"))),
        group(c.medicine("N06AG02")), InteractionRules.SYMPATHOMIMETIC, "TWO_CODES", true, true, false);
    addFixed(null, "3", group(c.medicine("C07AB02")), group(c.medicine("A10AB05")), InteractionRules.HYPOGLYCEMIA,
        "RELEVANCE_3", false, false, false);
    addFixed(null, "2", group(c.medicine("A04AA01")), group(c.medicine("N06AB04")), InteractionRules.QT,
        "SITUATION", true, true, true);
  }

  private void addFixed(String id, String relevance, InteractionDef.Group a, InteractionDef.Group b,
      InteractionRules.Rule rule, String key, boolean audience, boolean link, boolean situation) {
    int index = plan.interactions.size();
    String realId = id != null ? id : Ids.of(plan.seed, Ids.Kind.INTERACTION, index);
    plan.interactions.add(new InteractionDef(index, realId, relevance, a, b, rule, 0, situation, audience, link,
        key));
    newPair(a.members().get(0).atc() + "", b.members().get(0).atc() + "");
  }

  private boolean newPair(String ka, String kb) {
    if (groupPairs.contains(ka + "|" + kb) || groupPairs.contains(kb + "|" + ka)) {
      return false;
    }
    groupPairs.add(ka + "|" + kb);
    return true;
  }

  private void add(String relevance, InteractionDef.Group a, InteractionDef.Group b, InteractionRules.Rule rule,
      String key) {
    int index = plan.interactions.size();
    plan.interactions.add(new InteractionDef(index, Ids.of(plan.seed, Ids.Kind.INTERACTION, index), relevance, a, b,
        rule, random.nextInt(4), rule.situation() != null && random.nextInt(100) < 30, random.nextInt(100) < 85,
        random.nextInt(100) < 90, key));
  }

  // ------------------------------------------------------------------------------------------ groups

  /** The group of a substance: all its systemic ATC codes and the combinations it is part of. */
  private InteractionDef.Group group(Medicine m) {
    Map<String, String> codes = new LinkedHashMap<>();
    String name = m.components.get(0).nameNo;
    codes.put(m.atc, name);
    for (Medicine.Offer o : m.offers) {
      Form.Kind k = o.form().kind();
      if (k != Form.Kind.TOPICAL && k != Form.Kind.EYE && k != Form.Kind.NASAL && k != Form.Kind.VAGINAL) {
        codes.putIfAbsent(o.atc(), name);
      }
    }
    if (!m.synthetic) {
      for (Medicine combo : plan.catalog.medicines) {
        if (combo.combination() && !combo.multi() && combo.components.contains(m.components.get(0))
            && combo.atc.length() == 7) {
          codes.putIfAbsent(combo.atc, combo.nameNo);
        }
      }
      for (String related : RELATED.getOrDefault(m.atc, List.of())) {
        codes.putIfAbsent(related, plan.atcNames.no(related));
      }
    }
    List<InteractionDef.Member> members = new ArrayList<>();
    codes.forEach((code, text) -> members.add(new InteractionDef.Member(text, code, plan.atcNames.no(code), null)));
    return new InteractionDef.Group(members.size() > 1 ? name : null, List.copyOf(members));
  }

  /** A whole level-4 class as one group (the class code first, then its members in this file), or null. */
  private InteractionDef.Group classGroup(Medicine a, List<Medicine> universe, List<String> tags) {
    if (a.atc.length() < 5) {
      return null;
    }
    String cls = a.atc.substring(0, 5);
    List<InteractionDef.Member> members = new ArrayList<>();
    members.add(member(cls));
    for (Medicine m : universe) {
      if (m.atc.startsWith(cls)) {
        if (!anyTag(m, tags)) {
          return null;
        }
        members.add(new InteractionDef.Member(m.components.get(0).nameNo, m.atc, plan.atcNames.no(m.atc), null));
      }
    }
    return members.size() < 3 ? null : new InteractionDef.Group(plan.atcNames.no(cls), List.copyOf(members));
  }

  private InteractionDef.Member member(String atc) {
    String name = plan.atcNames.no(atc);
    return new InteractionDef.Member(name, atc, name, null);
  }

  private static boolean anyTag(Medicine m, List<String> tags) {
    for (String t : tags) {
      if (m.has(t)) {
        return true;
      }
    }
    return false;
  }

  private static String pairKey(int i, int j) {
    return Math.min(i, j) + ":" + Math.max(i, j);
  }
}
