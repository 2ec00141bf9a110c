package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** KatVarselSlv: texts per alert type, references by element class, optional link. */
final class AlertWriter {

  private AlertWriter() {}

  static void write(Entries e) {
    M30Writer w = e.w;
    for (AlertDef a : e.plan.alerts) {
      SplittableRandom r = Rng.stream(e.plan.seed, 0xA1E8L, a.index());
      FamilyContent c = a.family() >= 0 ? e.families.build(e.plan.families.get(a.family())) : null;
      String product = c == null ? null : a.level() == 3 && c.group() != null ? c.group().common().nfs()
          : a.level() == 2 ? c.packs().get(a.pack()).common().nfs() : c.brands().get(a.brand()).common().nfs();
      String substance = c == null ? "legemidler" : c.family().main().medicine().groupName().toLowerCase(Locale.ROOT);
      if (a.level() == 4) {
        Reimbursement g = e.plan.reimbursements.get(a.reimbursement());
        substance = g.atc != null ? e.atcName(g.atc).toLowerCase(Locale.ROOT)
            : g.groupNumberText.toLowerCase(Locale.ROOT);
      }
      String[] texts = texts(a, r, product, substance, e.plan);
      String entryId = a.entryId() != null ? a.entryId() : e.plan.entryId(M30Catalog.VARSEL_SLV.ordinal(),
          a.index(), null);
      e.beginWithId(M30Catalog.VARSEL_SLV, entryId);
      w.open("VarselSlv");
      w.cv("Type", a.type(), "7441", e.codes.term("7441", a.type()));
      w.text("Overskrift", texts[0]);
      w.text("Varseltekst", texts[1]);
      for (String v : a.audiences()) {
        w.cv("Visningsregel", v, "7442", e.codes.term("7442", v));
      }
      e.date("FraDato", a.from());
      if (a.link()) {
        w.openFs("Lenke");
        if (r.nextInt(10) < 8) {
          w.text("Beskrivelse", r.nextBoolean() ? "Les mer på dmp.no" : "Mer informasjon");
        }
        w.url("Www", "https://www.dmp.no/nyheter/" + slug(texts[0]));
        w.end();
      }
      references(e, a, c);
      w.end();
      e.end();
    }
  }

  private static void references(Entries e, AlertDef a, FamilyContent c) {
    List<String> brands = new ArrayList<>();
    List<String> packs = new ArrayList<>();
    String group = null;
    switch (a.level()) {
      case 3 -> {
        group = c.group().id();
        if (a.derived()) {
          c.brands().forEach(b -> brands.add(b.id()));
          c.packs().forEach(p -> packs.add(p.id()));
        }
      }
      case 1 -> {
        brands.add(c.brands().get(a.brand()).id());
        if (a.derived()) {
          for (FamilyContent.PackData p : c.packs()) {
            if (p.brand() == a.brand()) {
              packs.add(p.id());
            }
          }
        }
      }
      case 2 -> packs.add(c.packs().get(a.pack()).id());
      case 4 -> {
        reference(e, "4", List.of(e.plan.reimbursements.get(a.reimbursement()).groupId));
        return;
      }
      default -> {
        return;
      }
    }
    if (!packs.isEmpty()) {
      reference(e, "2", packs);
    }
    if (!brands.isEmpty()) {
      reference(e, "1", brands);
    }
    if (group != null) {
      reference(e, "3", List.of(group));
    }
  }

  private static void reference(Entries e, String klasse, List<String> ids) {
    e.w.open("Referanseelement");
    e.w.cs("Klasse", klasse, e.codes.term("7486", klasse));
    for (String id : ids) {
      e.w.text("RefElement", id);
    }
    e.w.end();
  }

  private static String[] texts(AlertDef a, SplittableRandom r, String product, String substance, CatalogPlan plan) {
    String p = product == null ? "flere legemidler" : product;
    int week = Rng.between(r, 2, 50);
    int year = plan.dates.today.getYear() + (week < 10 ? 1 : 0);
    return switch (a.type()) {
      case "1" -> new String[] {"Viktig sikkerhetsinformasjon om " + substance,
          "Legemiddelverket minner om at " + substance + " kan gi alvorlige bivirkninger hos enkelte pasienter. "
              + "Pasienter bør informeres om symptomer og følges opp i tråd med preparatomtalen for " + p + "."};
      case "2" -> new String[] {"Mangel på " + p,
          "Det er midlertidig mangel på " + p + ". Forventet tilbake i uke " + week + " " + year
              + ". Andre pakninger i samme byttegruppe kan utleveres, og apotekene kan ved behov levere ut "
              + "utenlandske pakninger etter godkjenning."};
      case "3" -> new String[] {"Tilbaketrekking av " + p,
          "Innehaver av markedsføringstillatelsen trekker tilbake batch " + (100_000 + r.nextInt(900_000))
              + " av " + p + " på grunn av et kvalitetsavvik. Pasienter skal ikke avbryte behandlingen før de "
              + "har snakket med lege eller apotek."};
      case "4" -> new String[] {"Endrede refusjonsvilkår for " + substance,
          "Fra " + plan.dates.days(Rng.between(r, 5, 60)) + " endres vilkårene for refusjon av " + substance
              + ". Se vilkår knyttet til refusjonskodene."};
      case "5" -> new String[] {"Ny indikasjon for " + p,
          p + " er godkjent for en ny indikasjon. Se oppdatert preparatomtale for dosering og forsiktighetsregler."};
      case "6" -> new String[] {"Legemiddelanmeldelse: " + substance,
          "En ny vurdering av nytte og risiko ved bruk av " + substance + " er publisert. Vurderingen omtaler "
              + "plass i terapien sammenlignet med eksisterende behandling."};
      case "7" -> new String[] {"Råd om forskrivning av " + substance,
          "Helsemyndighetene har oppdatert rådene for forskrivning av " + substance + ". Vurder behovet for "
              + "fortsatt behandling ved hver fornyelse av resepten."};
      case "8" -> new String[] {"Informasjon om oppdatering av legemiddeldata",
          "Fra " + plan.dates.days(Rng.between(r, 5, 60)) + " publiseres nye kodeverk og oppdaterte "
              + "interaksjonsdata. Systemleverandører bør laste ned nytt fullt uttrekk ved problemer."};
      case "9" -> new String[] {"Endret dosering for " + p,
          "Anbefalt dosering for " + p + " er endret. Ny dosering framgår av oppdatert preparatomtale."};
      default -> new String[] {"Endret tilbakeholdelsestid for " + substance,
          "Tilbakeholdelsestiden for slakt og melk etter behandling med " + substance + " er endret. Se "
              + "preparatomtalen for matproduserende dyr."};
    };
  }

  private static String slug(String s) {
    String x = s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a")
        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return x.length() > 60 ? x.substring(0, 60) : x;
  }
}
