package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Brand names: originator names made from seeded syllables (unique per file, one per medicine so that all
 * strengths share it), generic names "substance + company" with a per-medicine company order, parallel imports
 * with the originator's name.
 */
final class Naming {

  private static final Map<String, String> FIXED = Map.of("C10AA01", Anchors.ZOCOREX_VARENAVN, "J01FA09",
      "Klacimed", "N02BE01", "Pamolex", "N06DX01", "Memoranta", "G01AF02", "Candicomb", "A10BX16", "Tirzeva",
      "L04AB04", "Adalizo");

  private Naming() {}

  /** Decides the originator name of every medicine used by a family, in family order. */
  static void assignOriginatorNames(CatalogPlan plan) {
    SplittableRandom r = Rng.stream(plan.seed, 0x4A3EL, 0);
    WordLists w = WordLists.get();
    Set<String> used = new HashSet<>();
    for (String fixed : FIXED.values()) {
      used.add(fixed.toLowerCase(Locale.ROOT));
    }
    for (Family f : plan.families) {
      for (Family.Part p : f.parts) {
        Medicine m = p.medicine();
        if (plan.originatorNames.containsKey(m)) {
          continue;
        }
        String fixed = m.atc == null ? null : FIXED.get(m.atc);
        if (fixed != null) {
          plan.originatorNames.put(m, fixed);
          continue;
        }
        String name = null;
        for (int attempt = 0; attempt < 100 && name == null; attempt++) {
          StringBuilder sb = new StringBuilder(Rng.pick(r, w.syllableStart));
          if (attempt > 10 || r.nextInt(3) > 0) {
            sb.append(Rng.pick(r, w.syllableMid));
          }
          if (attempt > 40) {
            sb.append(Rng.pick(r, w.syllableMid));
          }
          sb.append(Rng.pick(r, w.syllableEnd));
          String candidate = WordLists.capitalize(sb.toString().toLowerCase(Locale.ROOT));
          if (used.add(candidate.toLowerCase(Locale.ROOT))) {
            name = candidate;
          }
        }
        if (name == null) {
          name = WordLists.capitalize(m.nameNo.substring(0, Math.min(5, m.nameNo.length()))) + f.index;
        }
        plan.originatorNames.put(m, name);
      }
    }
    for (Family f : plan.families) {
      for (Family.Part p : f.parts) {
        if (p.medicine().atc != null) {
          plan.originatorNameByAtc.putIfAbsent(p.medicine().atc, plan.originatorNames.get(p.medicine()));
        }
      }
    }
  }

  /** Originator company of a medicine (stable per medicine). */
  static String originatorCompany(Medicine m) {
    List<String> c = WordLists.get().originatorCompanies;
    return c.get(Math.floorMod(key(m) * 31 + 7, c.size()));
  }

  /** Index into the generic company lists of the n-th generic of a medicine. */
  static int genericCompany(long seed, Medicine m, int n) {
    List<String> companies = WordLists.get().genericCompanies;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < companies.size(); i++) {
      order.add(i);
    }
    Rng.shuffle(Rng.stream(seed, 0x6E4EL, key(m)), order);
    return order.get(n % order.size());
  }

  /** "Simvastatin Krka" or "Candesartan Orion": spelling chosen per medicine and company. */
  static String genericName(Medicine m, int company) {
    boolean english = Math.floorMod(key(m) * 17 + company * 5, 3) != 0 && !m.components.get(0).nameEn.contains(" ");
    return m.genericStem(english) + " " + WordLists.get().genericCompanies.get(company);
  }

  static long key(Medicine m) {
    return m.id >= 0 ? m.id : m.nameNo.hashCode();
  }
}
