package org.festserver.tools.generate;

/** KatByttegruppe. */
final class InterchangeWriter {

  private InterchangeWriter() {}

  static void write(Entries e) {
    M30Writer w = e.w;
    for (Interchange g : e.plan.interchanges) {
      boolean anchor = g.id.equals(Anchors.SIMVASTATIN_20_INTERCHANGE_ID)
          || g.id.equals(Anchors.OMEPRAZOL_20_INTERCHANGE_ID);
      e.begin(M30Catalog.BYTTEGRUPPE, anchor ? g.id : null);
      w.open("Byttegruppe");
      w.text("Id", g.id);
      w.cs("Kode", g.code, g.name);
      w.text("MerknadTilByttbarhet", String.valueOf(g.remark));
      if (g.remark) {
        w.text("BeskrivelseByttbarhet", g.remarkText);
      }
      e.date("GyldigFraDato", g.validFrom);
      e.date("GyldigTilDato", g.validTo);
      w.end();
      e.end();
    }
  }
}
