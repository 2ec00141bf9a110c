package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded real data: substances (substances.tsv), fixed combinations (combinations.tsv), forms and ATC
 * names. Immutable and shared by all runs; synthetic additions live in the {@link CatalogPlan}.
 */
final class SubstanceCatalog {

  private static volatile SubstanceCatalog instance;

  final Forms forms;
  final AtcNames atcNames;
  /** Real substances and the component-only ones (e.g. Klavulansyre), in file order. */
  final List<Substance> substances;
  /** Real medicines: single substances first, then combinations, in file order. */
  final List<Medicine> medicines;
  private final Map<String, Substance> substanceByName;
  private final Map<String, Medicine> medicineByAtc;

  private SubstanceCatalog(Forms forms, AtcNames atcNames, List<Substance> substances, List<Medicine> medicines,
      Map<String, Substance> substanceByName, Map<String, Medicine> medicineByAtc) {
    this.forms = forms;
    this.atcNames = atcNames;
    this.substances = substances;
    this.medicines = medicines;
    this.substanceByName = substanceByName;
    this.medicineByAtc = medicineByAtc;
  }

  static SubstanceCatalog get() {
    SubstanceCatalog c = instance;
    if (c == null) {
      synchronized (SubstanceCatalog.class) {
        c = instance;
        if (c == null) {
          c = load();
          instance = c;
        }
      }
    }
    return c;
  }

  Medicine medicine(String atc) {
    Medicine m = medicineByAtc.get(atc);
    if (m == null) {
      throw new IllegalArgumentException("no medicine with ATC " + atc + " in substances.tsv/combinations.tsv");
    }
    return m;
  }

  Substance substance(String nameNo) {
    Substance s = substanceByName.get(nameNo);
    if (s == null) {
      throw new IllegalArgumentException("no substance named " + nameNo);
    }
    return s;
  }

  private static SubstanceCatalog load() {
    Forms forms = Forms.load();
    List<Substance> substances = new ArrayList<>();
    List<Medicine> medicines = new ArrayList<>();
    Map<String, Substance> byName = new LinkedHashMap<>();
    Map<String, Medicine> byAtc = new LinkedHashMap<>();
    Map<String, String[]> level5Names = new LinkedHashMap<>();

    for (String[] c : Resources.rows("substances.tsv")) {
      List<Substance.Salt> salts = new ArrayList<>();
      if (!c[3].isEmpty()) {
        for (String s : c[3].split(",")) {
          String[] p = s.split("=", 2);
          salts.add(new Substance.Salt(p[0], p[1]));
        }
      }
      Substance s = new Substance(c[1], c[2], List.copyOf(salts), c[0], false);
      substances.add(s);
      byName.put(s.nameNo, s);
      List<Medicine.Offer> offers = parseOffers(forms, c[0], c[8], 1);
      Medicine m = new Medicine(medicines.size(), c[0], c[1], c[2], List.of(s), c[4], Integer.parseInt(c[5]),
          dddValue(c[6]), dddUnit(c[6]), tags(c[7]), offers, false);
      medicines.add(m);
      byAtc.put(m.atc, m);
      level5Names.put(m.atc, new String[] {c[1], c[2]});
      for (Medicine.Offer o : offers) {
        byAtc.putIfAbsent(o.atc(), m);
        level5Names.putIfAbsent(o.atc(), new String[] {c[1], c[2]});
      }
    }
    for (String[] c : Resources.rows("combinations.tsv")) {
      List<Substance> comps = new ArrayList<>();
      for (String part : c[3].split("\\+")) {
        if (part.contains("=")) {
          String[] p = part.split("=", 2);
          Substance s = byName.get(p[0]);
          if (s == null) {
            s = new Substance(p[0], p[1], List.of(), null, false);
            substances.add(s);
            byName.put(s.nameNo, s);
          }
          comps.add(s);
        } else {
          Medicine single = byAtc.get(part);
          if (single == null) {
            throw new IllegalStateException("combination " + c[0] + " refers to unknown ATC " + part);
          }
          comps.add(single.components.get(0));
        }
      }
      List<Medicine.Offer> offers = parseOffers(forms, c[0], c[8], comps.size());
      Medicine m = new Medicine(medicines.size(), c[0], c[1], c[2], List.copyOf(comps), c[4],
          Integer.parseInt(c[5]), dddValue(c[6]), dddUnit(c[6]), tags(c[7]), offers, false);
      medicines.add(m);
      byAtc.put(m.atc, m);
      level5Names.put(m.atc, new String[] {c[1], c[2]});
    }
    AtcNames names = AtcNames.load(level5Names);
    return new SubstanceCatalog(forms, names, Collections.unmodifiableList(substances),
        Collections.unmodifiableList(medicines), byName, byAtc);
  }

  /** Parses "tab:10 mg,20 mg;krem@D01AC01:1 %" (strength lists split on commas that follow a non-digit). */
  static List<Medicine.Offer> parseOffers(Forms forms, String atc, String spec, int components) {
    List<Medicine.Offer> out = new ArrayList<>();
    if (spec.isBlank()) {
      return out;
    }
    for (String part : spec.split(";")) {
      String[] kv = part.split(":", 2);
      String key = kv[0];
      String offerAtc = atc;
      int at = key.indexOf('@');
      if (at >= 0) {
        offerAtc = key.substring(at + 1);
        key = key.substring(0, at);
      }
      List<List<Strength>> options = new ArrayList<>();
      for (String option : kv[1].split("(?<=[^0-9]),")) {
        List<Strength> perComponent = new ArrayList<>();
        for (String s : option.split(" \\+ ")) {
          perComponent.add(Strength.parse(s));
        }
        if (perComponent.size() != components) {
          throw new IllegalStateException(atc + ": strength \"" + option + "\" has " + perComponent.size()
              + " parts, expected " + components);
        }
        options.add(List.copyOf(perComponent));
      }
      out.add(new Medicine.Offer(forms.get(key), offerAtc, List.copyOf(options)));
    }
    return List.copyOf(out);
  }

  static Set<String> tags(String csv) {
    Set<String> out = new LinkedHashSet<>();
    if (!csv.isBlank()) {
      for (String t : csv.split(",")) {
        out.add(t.trim());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static double dddValue(String ddd) {
    return ddd.isBlank() ? Double.NaN : Numbers.parseDisplay(ddd.substring(0, ddd.indexOf(' ')));
  }

  private static String dddUnit(String ddd) {
    if (ddd.isBlank()) {
      return null;
    }
    String u = ddd.substring(ddd.indexOf(' ') + 1);
    return switch (u) {
      case "tab", "dose" -> "ED";
      default -> u;
    };
  }
}
