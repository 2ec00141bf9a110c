package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Vilkår: the fixed conditions of conditions.tsv (every group 1-7, structured types 1, 2, 3,
 * 4, 7, 8, 9, 10, 11, 13, 15, 16, 18, 22 and an unknown type) and reimbursement conditions made from templates
 * to reach the target count.
 */
final class ConditionPlanner {

  private static final String[] TOPICS = {"revmatologi", "nevrologi", "indremedisin", "hjertesykdommer",
      "lungesykdommer", "endokrinologi", "barnesykdommer", "psykiatri", "hud og veneriske sykdommer",
      "fordøyelsessykdommer", "infeksjonssykdommer", "onkologi"};
  private static final String[] ALTERNATIVES = {"metformin", "sulfonylurea", "ACE-hemmer", "betablokker",
      "kalsiumantagonist", "paracetamol", "ikke-steroide antiinflammatoriske midler", "inhalasjonssteroid",
      "førstelinjebehandling", "statin i høyeste tolererte dose"};
  private static final String[] DIAGNOSES = {"moderate eller alvorlige prostataplager", "alvorlig kløe",
      "kronisk smerte", "residiverende infeksjoner", "alvorlig astma", "hyppige migreneanfall",
      "uttalt søvnforstyrrelse", "alvorlig overvekt"};

  private ConditionPlanner() {}

  static void plan(CatalogPlan plan) {
    SplittableRandom random = Rng.stream(plan.seed, 0xC0DEL, 0);
    List<String[]> templates = new ArrayList<>();
    for (String[] row : Resources.rows("conditions.tsv")) {
      if (row[0].equals("template")) {
        templates.add(row);
      } else {
        Condition c = add(plan, row, row[4]);
        c.key = row[0];
        plan.conditionByKey.put(c.key, c);
      }
    }
    int number = 900;
    while (plan.conditions.size() < plan.targets.conditions()) {
      String[] t = templates.get(plan.conditions.size() % templates.size());
      String topic = t[4].contains("ikke tåler") ? Rng.pick(random, ALTERNATIVES)
          : t[4].contains("dokumenteres") || t[4].contains("mindre enn tre") ? Rng.pick(random, DIAGNOSES)
          : Rng.pick(random, TOPICS);
      String[] row = t.clone();
      row[1] = String.valueOf(number++);
      add(plan, row, String.format(java.util.Locale.ROOT, t[4], topic));
    }
    for (Condition c : plan.conditions) {
      c.id = Ids.of(plan.seed, Ids.Kind.CONDITION, c.index);
      c.validFrom = random.nextInt(4) == 0 ? Dates.EPOCH : plan.dates.pastYears(random, 2008, 2025);
      if (random.nextInt(60) == 0) {
        c.validTo = plan.dates.days(Rng.between(random, 20, 400));
      }
    }
  }

  private static Condition add(CatalogPlan plan, String[] row, String text) {
    Condition c = new Condition(plan.conditions.size());
    c.number = row[1];
    c.group = row[2];
    c.appliesTo = row[3];
    c.text = text;
    if (row.length > 5 && !row[5].isBlank()) {
      for (String part : row[5].split(";")) {
        String[] tv = part.split(":", 2);
        String type = tv[0];
        String values = tv[1];
        if (values.startsWith("T=")) {
          c.structured.add(new Condition.Structured(type, List.of(values.substring(2).split(",")), List.of()));
        } else {
          List<String[]> coded = new ArrayList<>();
          for (String v : values.substring(2).split(",")) {
            coded.add(v.split("~", 3));
          }
          c.structured.add(new Condition.Structured(type, List.of(), coded));
        }
      }
    }
    plan.conditions.add(c);
    return c;
  }

  /** Conditions of a Vilkår group (7437), in plan order. */
  static List<Condition> ofGroup(CatalogPlan plan, String group) {
    List<Condition> out = new ArrayList<>();
    for (Condition c : plan.conditions) {
      if (c.group.equals(group)) {
        out.add(c);
      }
    }
    return out;
  }
}
