package org.festserver.tools.generate;

/** KatVilkar. Structured types not in code system 7439 are written with a descriptive DN. */
final class ConditionWriter {

  private ConditionWriter() {}

  static void write(Entries e) {
    M30Writer w = e.w;
    for (Condition c : e.plan.conditions) {
      e.begin(M30Catalog.VILKAR, null);
      w.open("Vilkar");
      w.text("Id", c.id);
      w.text("VilkarNr", c.number);
      w.cv("Gruppe", c.group, "7437", e.codes.term("7437", c.group));
      w.cs("GjelderFor", c.appliesTo, e.codes.term("7438", c.appliesTo));
      w.text("Tekst", c.text);
      e.date("GyldigFraDato", c.validFrom);
      e.date("GyldigTilDato", c.validTo);
      for (Condition.Structured s : c.structured) {
        w.open("StrukturertVilkar");
        String dn = s.type().equals("29") ? "Maks antall pakninger per kalenderår" : e.codes.term("7439", s.type());
        w.cv("Type", s.type(), "7439", dn);
        for (String t : s.texts()) {
          w.text("VerdiTekst", t);
        }
        for (String[] v : s.coded()) {
          w.cv("VerdiKodet", v[1], v[0], v[2]);
        }
        w.end();
      }
      w.end();
      e.end();
    }
  }
}
