package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KatKodeverk: one entry per code system (FORMAT.md §1.8.11). ATC (7180) has a Norwegian and an English Term
 * for every code used in the file, at all five levels. Dosing units (7480) carry the plural in BeskrivelseTerm;
 * short doses (7478) carry the text with {@code <dose>}/{@code <doser>} in BeskrivelseTerm.
 */
final class CodeSystemWriter {

  /** Code systems written first, in the order of the message description; the rest follow in file order. */
  private static final List<String> ORDER = List.of("7180", "7448", "7452", "7447", "7449", "9090", "7434", "7435",
      "7479", "7477", "7478", "7480", "7403", "7488", "7439", "7427", "7451", "7450");

  private CodeSystemWriter() {}

  private record Entry(String code, String term, String description, String english) {}

  static void write(Entries e) {
    CodeSystems cs = e.codes;
    Map<String, String[]> info = new LinkedHashMap<>();
    info.put("7180", new String[] {"ATC - Anatomisk Terapeutisk Kjemisk legemiddelregister", "ATC",
        "WHO Collaborating Centre for Drug Statistics Methodology (WHOCC)"});
    info.put("7448", new String[] {"Legemiddelform", "Legemiddelform kort", "Direktoratet for medisinske produkter"});
    info.put("7478", new String[] {"Kortdose", "Kortdose", "Direktoratet for medisinske produkter"});
    info.put("7403", new String[] {"Produktgruppe", "Produktgruppe", "Helfo"});
    info.put("7427", new String[] {"Refusjonshjemmel", "Refusjonshjemmel", "Helfo"});
    info.put("7451", new String[] {"Gruppenummer refusjon (refusjonsområde)", "GruppeNr", "Helfo"});
    info.put("7450", new String[] {"Byttegruppe", "Byttegruppe", "Direktoratet for medisinske produkter"});
    for (CodeSystems.System s : cs.systems.values()) {
      info.put(s.number(), new String[] {s.name(), s.shortName(), s.publisher()});
    }
    List<String> order = new ArrayList<>(ORDER);
    for (String k : info.keySet()) {
      if (!order.contains(k)) {
        order.add(k);
      }
    }
    for (String system : order) {
      String[] i = info.get(system);
      List<Entry> elements = elements(e, system);
      e.begin(M30Catalog.KODEVERK, null);
      e.w.open("Info");
      e.w.text("Id", CodeSystems.oid(system));
      e.w.text("Betegnelse", i[0]);
      e.w.text("Kortnavn", i[1]);
      e.w.text("AnsvarligUtgiver", i[2]);
      e.w.end();
      int n = 0;
      for (Entry el : elements) {
        e.w.open("Element");
        e.w.text("Id", system.equals("7403") ? "IDK_" + (131_000 + n)
            : Ids.of(e.plan.seed, Ids.Kind.CODE_ELEMENT, Long.parseLong(system) * 1_000_000L + n));
        e.w.text("Kode", el.code());
        e.w.open("Term");
        e.w.text("Term", el.term());
        if (el.description() != null) {
          e.w.text("BeskrivelseTerm", el.description());
        }
        e.w.cs("Sprak", "NO", "NORSK");
        e.w.end();
        if (el.english() != null) {
          e.w.open("Term");
          e.w.text("Term", el.english());
          e.w.cs("Sprak", "EN", "ENGELSK");
          e.w.end();
        }
        e.w.end();
        n++;
      }
      e.end();
    }
  }

  private static List<Entry> elements(Entries e, String system) {
    CatalogPlan plan = e.plan;
    List<Entry> out = new ArrayList<>();
    switch (system) {
      case "7180" -> {
        for (String code : plan.atcUsed) {
          out.add(new Entry(code, plan.atcNames.no(code), null, plan.atcNames.en(code)));
        }
      }
      case "7448" -> {
        for (Form f : plan.catalog.forms.all()) {
          out.add(new Entry(f.code(), f.term(), null, null));
        }
      }
      case "7478" -> {
        for (ShortDoses.ShortDose s : plan.shortDoses) {
          out.add(new Entry(s.code(), s.term(), s.description(), null));
        }
      }
      case "7403" -> plan.goods.tree.forEach((code, name) -> out.add(new Entry(code, name, null, null)));
      case "7427" -> {
        Map<String, String> hjemler = new LinkedHashMap<>();
        for (Reimbursement.Basis b : Reimbursement.Basis.values()) {
          if (b.code != null) {
            hjemler.putIfAbsent(b.code, b.text);
          }
        }
        for (Reimbursement r : plan.reimbursements) {
          hjemler.putIfAbsent(r.hjemmelCode, r.hjemmelText);
        }
        hjemler.forEach((c, t) -> out.add(new Entry(c, t, null, null)));
      }
      case "7451" -> {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Reimbursement r : plan.reimbursements) {
          if (r.groupNumberSystem.equals("7451")) {
            numbers.putIfAbsent(r.groupNumber, r.groupNumberText);
          }
        }
        numbers.forEach((c, t) -> out.add(new Entry(c, t, null, null)));
      }
      case "7450" -> {
        for (Interchange g : plan.interchanges) {
          out.add(new Entry(g.code, g.name, null, null));
        }
      }
      default -> {
        for (String[] row : e.codes.systems.get(system).rows()) {
          out.add(new Entry(row[0], row[1], row.length > 2 && !row[2].isBlank() ? row[2] : null, null));
        }
      }
    }
    return out;
  }
}
