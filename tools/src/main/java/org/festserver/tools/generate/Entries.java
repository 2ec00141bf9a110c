package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Writes the entry envelope ({@code Oppf*}: Id, Tidspunkt, Status A) and counts entries per catalog. */
final class Entries {

  final CatalogPlan plan;
  final M30Writer w;
  final FamilyBuilder families;
  final CodeSystems codes = CodeSystems.get();
  private final Progress progress;
  private final Map<M30Catalog, Integer> counts = new EnumMap<>(M30Catalog.class);

  Entries(CatalogPlan plan, M30Writer w, Progress progress) {
    this.plan = plan;
    this.w = w;
    this.families = new FamilyBuilder(plan);
    this.progress = progress;
  }

  /** Opens an entry; {@code fixedPayloadId} is the payload id of an anchor (gives a seed-independent entry id). */
  void begin(M30Catalog catalog, String fixedPayloadId) {
    int n = counts.merge(catalog, 1, Integer::sum) - 1;
    w.open(catalog.entryElement());
    w.text("Id", plan.entryId(catalog.ordinal(), n, fixedPayloadId));
    LocalDate notBefore = LocalDate.of(2014, 12, 6);
    w.text("Tidspunkt", plan.dates.timestamp(Rng.stream(plan.seed, 0x715L + catalog.ordinal(), n), notBefore));
    w.cs("Status", "A", "Aktiv oppføring");
  }

  /** Opens an entry with an explicit entry id (alerts, which have no payload id). */
  void beginWithId(M30Catalog catalog, String entryId) {
    int n = counts.merge(catalog, 1, Integer::sum) - 1;
    w.open(catalog.entryElement());
    w.text("Id", entryId);
    w.text("Tidspunkt", plan.dates.timestamp(Rng.stream(plan.seed, 0x715L + catalog.ordinal(), n),
        LocalDate.of(2014, 12, 6)));
    w.cs("Status", "A", "Aktiv oppføring");
  }

  void end() {
    w.end();
    progress.entry();
  }

  Map<M30Catalog, Integer> counts() {
    return counts;
  }

  String atcName(String code) {
    return plan.atcNames.no(code);
  }

  void date(String name, LocalDate d) {
    if (d != null) {
      w.text(name, d.toString());
    }
  }
}
