package org.festserver.tools.generate;

import java.io.OutputStream;
import java.util.Map;

/** Writes a whole full M30 file for a plan: root, HentetDato and the catalogs in schema order. */
final class FestFileWriter {

  private FestFileWriter() {}

  static Map<M30Catalog, Integer> write(CatalogPlan plan, OutputStream out, Progress progress) {
    M30Writer w = new M30Writer(out, plan.version());
    Entries e = new Entries(plan, w, progress);
    MedicineWriter medicines = new MedicineWriter(e);
    w.startRoot();
    w.text("HentetDato", plan.dates.hentetDato());
    catalog(w, progress, M30Catalog.LEGEMIDDEL_MERKEVARE, medicines::brands);
    catalog(w, progress, M30Catalog.LEGEMIDDELPAKNING, medicines::packs);
    catalog(w, progress, M30Catalog.VIRKESTOFF, () -> SubstanceWriter.write(e, medicines));
    catalog(w, progress, M30Catalog.LEGEMIDDEL_VIRKESTOFF, medicines::groups);
    catalog(w, progress, M30Catalog.HANDELSVARE, () -> TradeGoodsWriter.write(e));
    catalog(w, progress, M30Catalog.REFUSJON, () -> ReimbursementWriter.write(e));
    catalog(w, progress, M30Catalog.VILKAR, () -> ConditionWriter.write(e));
    catalog(w, progress, M30Catalog.VARSEL_SLV, () -> AlertWriter.write(e));
    catalog(w, progress, M30Catalog.KODEVERK, () -> CodeSystemWriter.write(e));
    catalog(w, progress, M30Catalog.BYTTEGRUPPE, () -> InterchangeWriter.write(e));
    catalog(w, progress, M30Catalog.LEGEMIDDELDOSE, medicines::doses);
    catalog(w, progress, M30Catalog.INTERAKSJON, () -> InteractionWriter.write(e));
    catalog(w, progress, M30Catalog.STR_DOSERING, () -> DosageWriter.write(e));
    w.finish();
    return e.counts();
  }

  private static void catalog(M30Writer w, Progress progress, M30Catalog catalog, Runnable body) {
    progress.catalog(catalog);
    w.open(catalog.catalogElement());
    body.run();
    w.end();
  }
}
