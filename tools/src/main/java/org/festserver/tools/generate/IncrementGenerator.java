package org.festserver.tools.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes an incremental M30 file from a full file (R-13.1, FORMAT.md §2): for about a fraction of the entries a
 * change (a new entry id with status A and the complete changed payload, same payload id, plus status U for the
 * old entry id; A before U for some, after for others), pure removals (U only), new entries, and one replaced
 * code system. Reads the base twice (streaming): once to collect item numbers, once to write.
 */
public final class IncrementGenerator {

  /*
   * Implementation notes.
   * - Anchors (Anchors.ids()) are never changed or removed, so tests can rely on them after applying increments.
   * - Removals are limited to catalogs whose entries are not referenced by others: VarselSlv, Legemiddelpakning,
   *   Interaksjon, Refusjon, Handelsvare. The first non-anchor entry of VarselSlv, Legemiddelpakning, Interaksjon
   *   and Refusjon is always removed, and the second non-anchor entry of Legemiddelpakning, Vilkar, VarselSlv and
   *   Interaksjon always gets a new sibling, so every increment has these cases.
   * - The code system replaced is 7479 (ForhandsregelInntak), else the first code system of the base.
   * - "About FRACTION of the entries": only some catalogs can change, so an entry of a changeable catalog
   *   changes with probability FRACTION * all entries / changeable entries (counted in pass 1). Removals
   *   (0.15 * FRACTION) and new entries (0.1 * FRACTION) come on top.
   */

  private static final Set<M30Catalog> REMOVABLE = EnumSet.of(M30Catalog.VARSEL_SLV, M30Catalog.LEGEMIDDELPAKNING,
      M30Catalog.INTERAKSJON, M30Catalog.REFUSJON, M30Catalog.HANDELSVARE);
  private static final Set<M30Catalog> FORCED_REMOVAL = EnumSet.of(M30Catalog.VARSEL_SLV,
      M30Catalog.LEGEMIDDELPAKNING, M30Catalog.INTERAKSJON, M30Catalog.REFUSJON);
  private static final Set<M30Catalog> NEWABLE = EnumSet.of(M30Catalog.LEGEMIDDELPAKNING, M30Catalog.VILKAR,
      M30Catalog.VARSEL_SLV, M30Catalog.INTERAKSJON);
  /** Catalogs whose entries PayloadMutations can change (Virkestoff, doses and structured dosages stay). */
  private static final Set<M30Catalog> CHANGEABLE = EnumSet.of(M30Catalog.LEGEMIDDEL_MERKEVARE,
      M30Catalog.LEGEMIDDELPAKNING, M30Catalog.LEGEMIDDEL_VIRKESTOFF, M30Catalog.HANDELSVARE, M30Catalog.REFUSJON,
      M30Catalog.VILKAR, M30Catalog.VARSEL_SLV, M30Catalog.BYTTEGRUPPE, M30Catalog.INTERAKSJON);

  private IncrementGenerator() {}

  /**
   * What to write.
   *
   * @param base the full file (.xml, .xml.gz or .zip)
   * @param changes fraction of entries that change, in (0, 1]
   * @param seed random seed
   * @param hentetDato HentetDato of the increment; null = 14 days after the base's; must be after the base's
   * @param out output file (.xml, .xml.gz or .zip)
   */
  public record Options(Path base, double changes, long seed, LocalDateTime hentetDato, Path out) {
    public Options {
      if (!(changes > 0 && changes <= 1)) {
        throw new IllegalArgumentException("changes must be in (0, 1], got " + changes);
      }
    }
  }

  /** Counts of what was written. */
  public record Summary(Path file, String hentetDato, long baseEntries, int changed, int removed, int added,
      int codeSystems, Map<String, Integer> entriesPerCatalog, long fileBytes) {

    public void print(PrintWriter out) {
      out.printf(Locale.ROOT, "wrote %s (HentetDato %s)%n", file, hentetDato);
      out.printf(Locale.ROOT, "  of %,d base entries: changed %d (%.1f %%), removed %d, new %d, "
          + "replaced code systems %d%n", baseEntries, changed, 100.0 * changed / Math.max(1, baseEntries), removed,
          added, codeSystems);
      entriesPerCatalog.forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %,9d entries%n", k, v));
      out.printf(Locale.ROOT, "  file %,d bytes%n", fileBytes);
      out.flush();
    }
  }

  /**
   * Generates the increment.
   *
   * @throws IOException when the base cannot be read or the output written
   * @throws IllegalArgumentException when the HentetDato is not after the base's
   */
  public static Summary generate(Options o) throws IOException {
    Scan scan = scan(o.base());
    LocalDateTime baseDate = LocalDateTime.parse(scan.hentetDato.length() > 19 ? scan.hentetDato.substring(0, 19)
        : scan.hentetDato);
    LocalDateTime date = o.hentetDato() != null ? o.hentetDato().withNano(0) : baseDate.plusDays(14);
    if (!date.isAfter(baseDate)) {
      throw new IllegalArgumentException("the increment's HentetDato " + date + " must be after the base's "
          + scan.hentetDato);
    }
    FestVersion version = scan.namespace.equals(FestVersion.V2_5_0.m30Namespace()) ? FestVersion.V2_5_0
        : FestVersion.V2_5_1;
    Writer writer;
    try (OutputTarget target = OutputTarget.open(o.out(), version, date);
        EntryReader reader = new EntryReader(o.base())) {
      M30Writer w = new M30Writer(target.xml(), version);
      w.startRoot();
      w.text("HentetDato", date.format(Dates.DATE_TIME));
      writer = new Writer(o, w, version, baseDate, date, scan);
      reader.read(writer);
      w.finish();
      target.commit();
    }
    Map<String, Integer> byName = new java.util.LinkedHashMap<>();
    writer.counts.forEach((k, v) -> byName.put(k.catalogElement(), v));
    return new Summary(o.out(), date.format(Dates.DATE_TIME), scan.entries, writer.changed, writer.removed,
        writer.added,
        writer.codeSystems, byName, Files.size(o.out()));
  }

  // ------------------------------------------------------------------------------------------ pass 1

  private static final class Scan implements EntryReader.Visitor {
    final BitSet numbers = new BitSet();
    String hentetDato;
    String namespace;
    boolean has7479;
    long entries;
    long changeable;

    @Override
    public void catalogStart(M30Catalog catalog) {}

    @Override
    public void entry(M30Catalog catalog, XmlNode entry) {
      XmlNode payload = payload(entry);
      entries++;
      if (payload == null) {
        return;
      }
      if (CHANGEABLE.contains(catalog) && !payload.name.equals("InteraksjonIkkeVurdert")) {
        changeable++;
      }
      XmlNode nr = payload.child(catalog == M30Catalog.HANDELSVARE ? "Nr" : "Varenr");
      if (nr != null && nr.text != null && nr.text.matches("\\d{1,7}")) {
        numbers.set(Integer.parseInt(nr.text));
      }
      XmlNode out = payload.child("Markedsforingsinfo");
      if (out != null && out.child("VarenrUtgaende") != null) {
        String t = out.child("VarenrUtgaende").text;
        if (t != null && t.matches("\\d{1,7}")) {
          numbers.set(Integer.parseInt(t));
        }
      }
      if (catalog == M30Catalog.KODEVERK && payload.name.equals("Info") && payload.child("Id") != null
          && payload.child("Id").text.endsWith(".7479")) {
        has7479 = true;
      }
    }

    @Override
    public void catalogEnd(M30Catalog catalog) {}
  }

  private static Scan scan(Path base) throws IOException {
    Scan scan = new Scan();
    try (EntryReader r = new EntryReader(base)) {
      r.read(scan);
      scan.hentetDato = r.hentetDato;
      scan.namespace = r.rootNamespace;
    }
    if (scan.hentetDato == null) {
      throw new IOException(base + " has no HentetDato; expected a full M30 file");
    }
    return scan;
  }

  // ------------------------------------------------------------------------------------------ pass 2

  private static final class Writer implements EntryReader.Visitor {
    private final Options o;
    private final M30Writer w;
    private final String m30;
    private final LocalDateTime from;
    private final LocalDateTime to;
    private final Scan scan;
    private final Set<String> anchors = new HashSet<>(Anchors.ids());
    private final Map<M30Catalog, Integer> seen = new EnumMap<>(M30Catalog.class);
    private final Map<M30Catalog, Integer> nonAnchor = new EnumMap<>(M30Catalog.class);
    final Map<M30Catalog, Integer> counts = new EnumMap<>(M30Catalog.class);
    private final PayloadMutations mutations;
    private boolean open;
    private boolean codeSystemDone;
    private long index;
    private int nextNumber = 990_000;
    int changed;
    int removed;
    int added;
    int codeSystems;

    Writer(Options o, M30Writer w, FestVersion version, LocalDateTime from, LocalDateTime to, Scan scan) {
      this.o = o;
      this.w = w;
      this.m30 = version.m30Namespace();
      this.from = from;
      this.to = to;
      this.scan = scan;
      this.mutations = new PayloadMutations(to.toLocalDate());
    }

    @Override
    public void catalogStart(M30Catalog catalog) {
      open = false;
    }

    @Override
    public void catalogEnd(M30Catalog catalog) {
      if (open) {
        w.end();
      }
      open = false;
    }

    @Override
    public void entry(M30Catalog catalog, XmlNode entry) {
      long i = index++;
      int n = seen.merge(catalog, 1, Integer::sum) - 1;
      SplittableRandom r = Rng.stream(o.seed(), 0x1C2EL, i);
      XmlNode payload = payload(entry);
      String entryId = entry.child("Id").text;
      boolean anchor = anchors.contains(entryId) || (payload != null && isAnchor(payload));
      int k = anchor ? -1 : nonAnchor.merge(catalog, 1, Integer::sum) - 1;
      String time = time(r);

      if (catalog == M30Catalog.KODEVERK) {
        boolean target = !codeSystemDone && (isCodeSystem(payload, "7479") || !scan.has7479);
        if (target) {
          codeSystemDone = true;
          XmlNode copy = entry.copy();
          mutations.codeSystem(copy);
          change(catalog, entryId, copy, time, r.nextBoolean());
          codeSystems++;
        }
        return;
      }
      if (anchor || payload == null) {
        return;
      }
      if (FORCED_REMOVAL.contains(catalog) && k == 0) {
        remove(catalog, entryId, time);
        return;
      }
      if (NEWABLE.contains(catalog) && k == 1 && payload.name.equals(newableName(catalog))) {
        addNew(catalog, entry, time, i);
        return;
      }
      double p = o.changes();
      double q = Math.min(1.0, p * scan.entries / Math.max(1, scan.changeable));
      if (CHANGEABLE.contains(catalog) && r.nextDouble() < q) {
        XmlNode copy = entry.copy();
        if (mutations.change(catalog, payload(copy), r)) {
          change(catalog, entryId, copy, time, r.nextBoolean());
        }
        return;
      }
      double v = r.nextDouble();
      if (v < p * 0.15 && REMOVABLE.contains(catalog)) {
        remove(catalog, entryId, time);
      } else if (v < p * 0.25 && NEWABLE.contains(catalog) && payload.name.equals(newableName(catalog))) {
        addNew(catalog, entry, time, i);
      }
    }

    private void change(M30Catalog catalog, String oldId, XmlNode newEntry, String time, boolean activeFirst) {
      String newId = Ids.of(o.seed(), Ids.Kind.INCREMENT_ENTRY, index * 2);
      if (activeFirst) {
        active(catalog, newId, time, payload(newEntry), newEntry);
        expired(catalog, oldId, time);
      } else {
        expired(catalog, oldId, time);
        active(catalog, newId, time, payload(newEntry), newEntry);
      }
      changed++;
    }

    private void remove(M30Catalog catalog, String oldId, String time) {
      expired(catalog, oldId, time);
      removed++;
    }

    private void addNew(M30Catalog catalog, XmlNode entry, String time, long i) {
      XmlNode copy = entry.copy();
      XmlNode p = payload(copy);
      String newPayloadId = Ids.of(o.seed(), Ids.Kind.INCREMENT_PAYLOAD, i);
      String number = null;
      if (catalog == M30Catalog.LEGEMIDDELPAKNING) {
        while (scan.numbers.get(nextNumber)) {
          nextNumber++;
        }
        scan.numbers.set(nextNumber);
        number = String.format(Locale.ROOT, "%06d", nextNumber);
      }
      mutations.asNew(catalog, p, newPayloadId, number, i);
      active(catalog, Ids.of(o.seed(), Ids.Kind.INCREMENT_ENTRY, index * 2 + 1), time, p, copy);
      added++;
    }

    private void active(M30Catalog catalog, String id, String time, XmlNode payload, XmlNode entry) {
      begin(catalog, id, time, "A", "Aktiv oppføring");
      for (XmlNode c : entry.children) {
        if (!c.name.equals("Id") && !c.name.equals("Tidspunkt") && !c.name.equals("Status")) {
          c.write(w, m30);
        }
      }
      w.end();
    }

    private void expired(M30Catalog catalog, String id, String time) {
      begin(catalog, id, time, "U", "Utgått oppføring");
      w.end();
    }

    private void begin(M30Catalog catalog, String id, String time, String status, String text) {
      if (!open) {
        w.open(catalog.catalogElement());
        open = true;
      }
      counts.merge(catalog, 1, Integer::sum);
      w.open(catalog.entryElement());
      w.text("Id", id);
      w.text("Tidspunkt", time);
      w.cs("Status", status, text);
    }

    /** A registration time after the base's HentetDato and before the increment's: a nightly batch if possible. */
    private String time(SplittableRandom r) {
      long days = java.time.Duration.between(from, to).toDays();
      LocalDateTime t;
      if (days >= 2) {
        t = from.toLocalDate().plusDays(1 + r.nextInt((int) Math.min(Integer.MAX_VALUE, days - 1)))
            .atTime(0, 45 + r.nextInt(15), r.nextInt(60));
      } else {
        long span = java.time.Duration.between(from, to).getSeconds();
        t = from.plusSeconds(Math.max(1, (long) (r.nextDouble() * span)));
      }
      return t.format(Dates.DATE_TIME);
    }

    private boolean isAnchor(XmlNode payload) {
      XmlNode id = payload.child("Id");
      if (id != null && anchors.contains(id.text)) {
        return true;
      }
      XmlNode varenr = payload.child("Varenr");
      if (varenr != null && varenr.text != null && varenr.text.startsWith("100") && varenr.text.length() == 6
          && varenr.text.compareTo("101000") < 0) {
        return true;
      }
      List<XmlNode> groups = payload.all("Refusjonsgruppe");
      for (XmlNode g : groups) {
        if (g.child("Id") != null && anchors.contains(g.child("Id").text)) {
          return true;
        }
      }
      return false;
    }
  }

  private static String newableName(M30Catalog catalog) {
    return switch (catalog) {
      case LEGEMIDDELPAKNING -> "Legemiddelpakning";
      case VILKAR -> "Vilkar";
      case VARSEL_SLV -> "VarselSlv";
      default -> "Interaksjon";
    };
  }

  private static boolean isCodeSystem(XmlNode payload, String system) {
    return payload != null && payload.name.equals("Info") && payload.child("Id") != null
        && payload.child("Id").text.endsWith("." + system);
  }

  /** The payload of an entry: the first child after Id, Tidspunkt, Status (Info for code systems), or null. */
  static XmlNode payload(XmlNode entry) {
    for (XmlNode c : entry.children) {
      if (!c.name.equals("Id") && !c.name.equals("Tidspunkt") && !c.name.equals("Status")) {
        return c;
      }
    }
    return null;
  }
}
