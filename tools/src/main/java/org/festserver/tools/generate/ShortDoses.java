package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Code system 7478 Kortdose and the structured dosages (KatStrDosering, R-7.2): the short doses of
 * kortdose.tsv plus generated fixed-time patterns ("2+1+1") when more are needed at larger scales.
 */
final class ShortDoses {

  /** A short dose: code, term, description with {@code <dose>}/{@code <doser>}, and its structure or "-". */
  record ShortDose(String code, String term, String description, String structure) {
    boolean structured() {
      return !structure.equals("-");
    }
  }

  private ShortDoses() {}

  static void plan(CatalogPlan plan) {
    for (String[] r : Resources.rows("kortdose.tsv")) {
      plan.shortDoses.add(new ShortDose(r[0], r[1], r[2], r[3]));
    }
    int target = Math.max(3, plan.targets.dosages());
    int code = 6000;
    outer:
    for (int slots = 3; slots <= 4; slots++) {
      int max = slots == 3 ? 4 : 3;
      for (int a = 0; a <= max; a++) {
        for (int b = 0; b <= max; b++) {
          for (int c = 0; c <= max; c++) {
            for (int d = 0; d <= (slots == 4 ? max : 0); d++) {
              if (structuredCount(plan) >= target + 20) {
                break outer;
              }
              int[] v = slots == 3 ? new int[] {a, b, c} : new int[] {a, b, c, d};
              String term = pattern(v);
              if (a + b + c + d == 0 || exists(plan, term)) {
                continue;
              }
              plan.shortDoses.add(new ShortDose(String.valueOf(code++), term, describe(v), term));
            }
          }
        }
      }
    }
    plan.structuredDosages = Math.min(target, structuredCount(plan));
  }

  private static int structuredCount(CatalogPlan plan) {
    int n = 0;
    for (ShortDose s : plan.shortDoses) {
      if (s.structured()) {
        n++;
      }
    }
    return n;
  }

  private static boolean exists(CatalogPlan plan, String term) {
    for (ShortDose s : plan.shortDoses) {
      if (s.term().equals(term)) {
        return true;
      }
    }
    return false;
  }

  private static String pattern(int[] v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      sb.append(i == 0 ? "" : "+").append(v[i]);
    }
    return sb.toString();
  }

  private static String describe(int[] v) {
    String[] times = {"morgen", "middag", "kveld", "natt"};
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (v[i] > 0) {
        parts.add(v[i] + (v[i] == 1 ? " <dose> " : " <doser> ") + times[i]);
      }
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String last = parts.remove(parts.size() - 1);
    return String.join(", ", parts) + " og " + last;
  }

  /** Kortdose codes suitable for a form, most common first. */
  static List<String> forForm(Form form) {
    return switch (form.kind()) {
      case TAB, CAPS -> List.of("93", "130", "201", "216", "195", "21", "266", "379", "2");
      case LIQUID -> List.of("5378", "130", "160", "216");
      case TOPICAL -> List.of("108", "5378");
      case PATCH -> List.of("359");
      case INHAL -> List.of("130", "275", "90");
      case EYE, NASAL -> List.of("130", "160", "201");
      case RECTAL -> List.of("90", "2", "5378");
      default -> List.of("5378");
    };
  }
}
