package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Byttegrupper: substance groups with competing brands first, tablet/capsule pairs merged into one group
 * that spans two substance groups, remarks on interchangeability, and a few groups with an end date.
 */
final class InterchangePlanner {

  private static final String[] REMARKS = {
      "Bytte bør ikke gjennomføres for pasienter som står på en stabil dose ved behandling av epilepsi.",
      "Byttbarheten gjelder kun ved oppstart av ny behandling. Pasienter som er godt innstilt bør ikke bytte.",
      "Preparatene er ikke byttbare for pasienter som bruker legemidlet til barn med svelgvansker.",
      "Bytte anbefales ikke ved behandling av alvorlig hjertesvikt. Se Legemiddelverkets vurdering."};

  private final CatalogPlan plan;
  private final SplittableRandom random;
  private int nextCode = 200;

  private InterchangePlanner(CatalogPlan plan) {
    this.plan = plan;
    this.random = Rng.stream(plan.seed, 0xB17EL, 0);
  }

  static void plan(CatalogPlan plan) {
    new InterchangePlanner(plan).run();
  }

  private void run() {
    Map<String, Family> byKey = new HashMap<>();
    for (Family f : plan.families) {
      if (f.anchorKey != null) {
        byKey.put(f.anchorKey, f);
      }
    }
    Interchange simva = add(byKey.get("SIMVASTATIN_20"));
    simva.id = Anchors.SIMVASTATIN_20_INTERCHANGE_ID;
    simva.code = Anchors.SIMVASTATIN_20_INTERCHANGE_CODE;
    Interchange omep = add(byKey.get("OMEPRAZOL_KAPS_20"));
    add(omep, byKey.get("OMEPRAZOL_TAB_20"));
    omep.id = Anchors.OMEPRAZOL_20_INTERCHANGE_ID;
    omep.code = Anchors.OMEPRAZOL_20_INTERCHANGE_CODE;
    omep.name = "OMEPRAZOL ENTEROKAPSLER OG ENTEROTABLETTER 20MG";
    Interchange life = add(byKey.get("edge:LIFECYCLE"));
    life.remark = true;
    life.remarkText = REMARKS[1];
    Interchange ended = add(byKey.get("SORTING_MATCH"));
    ended.validTo = plan.dates.days(240);

    int target = plan.targets.interchanges();
    List<Family> candidates = new ArrayList<>();
    for (Family f : plan.families) {
      if (f.kind.hasGroup && f.interchange < 0 && !f.fixed()) {
        candidates.add(f);
      }
    }
    // tablet/capsule pairs of the same substance and strength
    Map<String, Family> solid = new HashMap<>();
    for (Family f : candidates) {
      if (f.main().form().solidOral()) {
        String k = f.main().medicine().atc + "|" + f.main().strengthDisplay() + "|" + f.main().form().kind();
        solid.putIfAbsent(k, f);
      }
    }
    for (Family f : candidates) {
      if (plan.interchanges.size() >= target) {
        break;
      }
      if (f.interchange >= 0 || f.main().form().kind() != Form.Kind.TAB) {
        continue;
      }
      Family caps = solid.get(f.main().medicine().atc + "|" + f.main().strengthDisplay() + "|" + Form.Kind.CAPS);
      if (caps != null && caps.interchange < 0 && random.nextInt(2) == 0) {
        Interchange g = add(caps);
        add(g, f);
      }
    }
    candidates.sort(Comparator.comparingInt((Family f) -> -f.brandCount).thenComparingInt(f -> f.index));
    for (Family f : candidates) {
      if (plan.interchanges.size() >= target) {
        break;
      }
      if (f.interchange < 0) {
        add(f);
      }
    }
    for (Interchange g : plan.interchanges) {
      finish(g);
    }
  }

  private Interchange add(Family first) {
    Interchange g = new Interchange(plan.interchanges.size());
    plan.interchanges.add(g);
    add(g, first);
    return g;
  }

  private void add(Interchange g, Family f) {
    g.members.add(f);
    f.interchange = g.index;
  }

  private void finish(Interchange g) {
    if (g.id == null) {
      g.id = Ids.of(plan.seed, Ids.Kind.INTERCHANGE, g.index);
    }
    if (g.code == null) {
      String code;
      do {
        code = String.format(Locale.ROOT, "%06d", nextCode++);
      } while (code.equals(Anchors.SIMVASTATIN_20_INTERCHANGE_CODE)
          || code.equals(Anchors.OMEPRAZOL_20_INTERCHANGE_CODE));
      g.code = code;
    }
    if (g.name == null) {
      g.name = name(g);
    }
    if (!g.remark && random.nextInt(100) < 7) {
      g.remark = true;
      g.remarkText = Rng.pick(random, REMARKS);
    }
    if (g.validTo == null && random.nextInt(100) < 2) {
      g.validTo = plan.dates.days(Rng.between(random, 30, 900));
    }
    g.validFrom = random.nextInt(3) == 0 ? Dates.EPOCH : plan.dates.pastYears(random, 2008, 2025);
  }

  /** "SIMVASTATIN TABLETTER 20MG", "TRAMADOL OG PARACETAMOL TABLETTER 37,5MG/325MG". */
  static String name(Interchange g) {
    Family.Part p = g.members.get(0).main();
    Medicine m = p.medicine();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < m.components.size(); i++) {
      if (i > 0) {
        sb.append(i == m.components.size() - 1 ? " OG " : ", ");
      }
      sb.append(m.components.get(i).nameNo.toUpperCase(Locale.ROOT));
    }
    for (int i = 0; i < g.members.size(); i++) {
      sb.append(i == 0 ? " " : " OG ").append(g.members.get(i).main().form().interchangeWord());
    }
    sb.append(' ').append(p.strengthDisplay().toUpperCase(Locale.ROOT).replace(" ", "")
        .replace("MIKROG", "MCG").replace("TIMER", "T"));
    return sb.toString();
  }
}
