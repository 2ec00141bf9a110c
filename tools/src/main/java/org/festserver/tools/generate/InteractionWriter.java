package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** KatInteraksjon: Interaksjon entries (R-8.1.x) then InteraksjonIkkeVurdert. */
final class InteractionWriter {

  private static final String[] JOURNALS = {"Clin Pharmacol Ther", "Eur J Clin Pharmacol", "Br J Clin Pharmacol",
      "J Clin Pharmacol", "Drug Saf", "Tidsskr Nor Legeforen", "Ann Pharmacother", "Clin Pharmacokinet"};
  private static final String[] AUTHORS = {"Hansen", "Olsen", "Spigset", "Johansen", "Neuvonen", "Backman",
      "Berg", "Larsen", "Kivistö", "Andersen", "Molden", "Nilsen", "Greenblatt", "Hellden"};

  private InteractionWriter() {}

  static void write(Entries e) {
    M30Writer w = e.w;
    for (InteractionDef d : e.plan.interactions) {
      SplittableRandom r = Rng.stream(e.plan.seed, 0x1A7FL, d.index());
      e.begin(M30Catalog.INTERAKSJON, d.anchorKey() != null ? d.id() : null);
      w.open("Interaksjon");
      w.text("Id", d.id());
      w.cs("Relevans", d.relevance(), e.codes.term("7483", d.relevance()));
      InteractionRules.Rule rule = d.rule();
      String a = d.a().displayName();
      String b = d.b().displayName();
      if (d.situation() && rule.situation() != null) {
        w.text("Situasjonskriterium", fill(rule.situation(), a, b));
      }
      String consequence = rule.consequences().get(d.variant() % rule.consequences().size());
      w.text("KliniskKonsekvens", fill(consequence, a, b));
      if (rule.mechanism() != null) {
        w.text("Interaksjonsmekanisme", fill(rule.mechanism(), a, b));
      }
      String source = d.rule() == InteractionRules.GENERIC ? "4" : rule.source();
      w.cs("Kildegrunnlag", source, e.codes.term("7485", source));
      if (!rule.handling().isEmpty() && !d.relevance().equals("3")) {
        StringBuilder h = new StringBuilder();
        int n = 0;
        for (String[] paragraph : rule.handling()) {
          if (n == 0 || r.nextInt(3) > 0 || "SIMVA_KLARI".equals(d.anchorKey())) {
            h.append(paragraph[0]).append(fill(paragraph[1], a, b)).append('\n');
            n++;
          }
        }
        w.text("Handtering", h.toString());
      }
      if (d.withAudience()) {
        for (String v : d.relevance().equals("1") ? List.of("1", "4", "2", "3") : List.of("1", "2", "3")) {
          w.cv("Visningsregel", v, "7442", e.codes.term("7442", v));
        }
      }
      references(w, r, d, b, e.plan);
      group(w, d.a());
      group(w, d.b());
      w.end();
      e.end();
    }
    for (String atc : e.plan.notAssessed) {
      e.begin(M30Catalog.INTERAKSJON, null);
      w.open("InteraksjonIkkeVurdert");
      w.cv("Atc", atc, "7180", e.atcName(atc));
      w.end();
      e.end();
    }
  }

  private static void references(M30Writer w, SplittableRandom r, InteractionDef d, String b, CatalogPlan plan) {
    List<String[]> refs = new ArrayList<>();
    String brand = WordLists.capitalize(b);
    String enA = englishName(plan, d.a());
    String enB = englishName(plan, d.b());
    String atc = d.b().members().get(0).atc();
    if (atc != null && plan.originatorNameByAtc.containsKey(atc)) {
      brand = plan.originatorNameByAtc.get(atc);
    }
    refs.add(new String[] {"SPC " + brand,
        "https://www.legemiddelsok.no/_layouts/15/Preparatomtaler/Spc/" + (10 + r.nextInt(15)) + "-"
            + (1000 + r.nextInt(9000)) + ".pdf"});
    int lit = r.nextInt(3);
    for (int i = 0; i < lit; i++) {
      String author = Rng.pick(r, AUTHORS);
      int year = Rng.between(r, 1995, 2024);
      refs.add(new String[] {author + " " + (char) ('A' + r.nextInt(26)) + ", et al. Effect of "
          + enA + " on the pharmacokinetics of " + enB + ". "
          + Rng.pick(r, JOURNALS) + " " + year + ";" + Rng.between(r, 10, 99) + ":" + Rng.between(r, 100, 900),
          "https://pubmed.ncbi.nlm.nih.gov/" + (10_000_000 + r.nextInt(28_000_000)) + "/"});
    }
    if (r.nextInt(4) == 0) {
      refs.add(new String[] {"www.cyp450.no", "http://www.cyp450.no/"});
    }
    for (int i = 0; i < refs.size(); i++) {
      w.open("Referanse");
      w.text("Kilde", refs.get(i)[0]);
      if (d.referenceLink() || i > 0) {
        w.url("Lenke", refs.get(i)[1]);
      }
      w.end();
    }
  }

  private static String englishName(CatalogPlan plan, InteractionDef.Group g) {
    String atc = g.members().get(0).atc();
    if (atc != null && !atc.startsWith("Z") && plan.atcNames.knows(atc)) {
      return plan.atcNames.en(atc).toLowerCase(Locale.ROOT);
    }
    return g.displayName().toLowerCase(Locale.ROOT);
  }

  private static void group(M30Writer w, InteractionDef.Group g) {
    w.open("Substansgruppe");
    if (g.name() != null) {
      w.text("Navn", g.name());
    }
    for (InteractionDef.Member m : g.members()) {
      w.open("Substans");
      w.text("Substans", m.name());
      if (m.atc() != null) {
        w.cv("Atc", m.atc(), "7180", m.atcName());
      }
      if (m.substanceId() != null) {
        w.text("RefVirkestoff", m.substanceId());
      }
      w.end();
    }
    w.end();
  }

  private static String fill(String template, String a, String b) {
    return template.replace("{A}", WordLists.capitalize(a.toLowerCase(Locale.ROOT)))
        .replace("{B}", WordLists.capitalize(b.toLowerCase(Locale.ROOT)))
        .replace("{a}", a.toLowerCase(Locale.ROOT))
        .replace("{b}", b.toLowerCase(Locale.ROOT));
  }
}
