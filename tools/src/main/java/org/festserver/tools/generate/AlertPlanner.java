package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * KatVarselSlv: the three anchor alerts, at least one alert of each of the ten types, several audiences,
 * alerts on packs (Klasse 2), brands (1), substance groups (3) and reimbursement groups (4), with and without
 * the derived links of, and general alerts without references.
 */
final class AlertPlanner {

  private static final double[] TYPE_WEIGHTS = {15, 40, 8, 8, 5, 5, 8, 5, 4, 2};

  private AlertPlanner() {}

  static void plan(CatalogPlan plan) {
    SplittableRandom r = Rng.stream(plan.seed, 0xA1E7L, 0);
    Family simva = null;
    List<Family> targets = new ArrayList<>();
    for (Family f : plan.families) {
      if ("SIMVASTATIN_20".equals(f.anchorKey)) {
        simva = f;
      }
      if (!f.fixed() || f.anchorKey.startsWith("edge:")) {
        targets.add(f);
      }
    }
    if (simva == null) {
      throw new IllegalStateException("anchor family SIMVASTATIN_20 is missing");
    }
    List<AlertDef> out = plan.alerts;
    out.add(new AlertDef(0, Anchors.ALERT_ON_SIMVASTATIN_GROUP_ENTRY_ID, "7", List.of("1", "2", "3"),
        plan.dates.days(-40), simva.index, 3, -1, -1, false, -1, true, "GROUP"));
    out.add(new AlertDef(1, Anchors.ALERT_ON_ZOCOREX_ENTRY_ID, "1", List.of("1", "2", "3", "4"),
        plan.dates.days(-120), simva.index, 1, 0, -1, true, -1, true, "BRAND"));
    out.add(new AlertDef(2, Anchors.ALERT_ON_PACK_100010_ENTRY_ID, "2", List.of("1", "2", "3", "4"),
        plan.dates.days(-10), simva.index, 2, 0, 0, false, -1, false, "PACK"));
    int target = Math.max(plan.targets.alerts(), 13);
    for (int i = out.size(); i < target; i++) {
      String type = i - 3 < 10 ? String.valueOf(i - 3 + 1) : String.valueOf(Rng.weighted(r, TYPE_WEIGHTS) + 1);
      List<String> audiences = audiences(r, type);
      int daysAgo = Rng.between(r, 1, 720);
      if (type.equals("8") && r.nextBoolean()) {
        out.add(new AlertDef(i, null, type, audiences, plan.dates.days(-daysAgo), -1, 0, -1, -1, false, -1, true,
            null));
        continue;
      }
      if (type.equals("4") && r.nextInt(3) > 0) {
        int reimbursement = r.nextInt(plan.reimbursements.size());
        out.add(new AlertDef(i, null, type, audiences, plan.dates.days(-daysAgo), -1, 4, -1, -1, false,
            reimbursement, true, null));
        continue;
      }
      Family f = targets.get(r.nextInt(targets.size()));
      int level;
      int roll = r.nextInt(10);
      if (f.hasGroup() && roll < 4) {
        level = 3;
      } else if (roll < 7) {
        level = 1;
      } else {
        level = 2;
      }
      int brand = r.nextInt(f.brandCount);
      int pack = r.nextInt(f.packCount);
      boolean derived = level != 2 && r.nextInt(10) < 7;
      out.add(new AlertDef(i, null, type, audiences, plan.dates.days(-daysAgo), f.index, level, brand, pack,
          derived, -1, r.nextInt(10) < 7, null));
    }
  }

  private static List<String> audiences(SplittableRandom r, String type) {
    if (type.equals("10")) {
      return List.of("5");
    }
    List<String> out = new ArrayList<>(List.of("1", "2", "3"));
    if (r.nextInt(3) == 0) {
      out.add("4");
    }
    if (r.nextInt(5) == 0) {
      out.remove("1");
    }
    Rng.shuffle(r, out);
    return List.copyOf(out);
  }
}
