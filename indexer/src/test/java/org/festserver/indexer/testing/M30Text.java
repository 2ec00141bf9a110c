package org.festserver.indexer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * An M30 file as text, split into its catalogs and {@code Oppf*} entries, for deriving test files: the real sample
 * repeated with fresh ids (a big file), and seeded random increments together with the full file they lead to
 * (base + increment = merged), so that tests can compare an incremental update with a full load of the result.
 */
public final class M30Text {
  private static final Pattern CATALOG = Pattern.compile("<((?:\\w+:)?)(Kat\\w+)>(.*?)</\\1\\2>", Pattern.DOTALL);
  private static final Pattern ENTRY = Pattern.compile("<((?:\\w+:)?)(Oppf\\w+)>.*?</\\1\\2>", Pattern.DOTALL);
  private static final Pattern ID = Pattern.compile("<((?:\\w+:)?)Id>([^<]*)</\\1Id>");
  private static final Pattern GUID_PREFIX = Pattern.compile("ID_([0-9A-Fa-f]{8})");
  private static final Pattern ITEM_NUMBER = Pattern.compile("<((?:\\w+:)?)Varenr>(\\d+)</\\1Varenr>");
  private static final Pattern EAN = Pattern.compile("<((?:\\w+:)?)Ean>(\\d+)</\\1Ean>");
  private static final Pattern HENTET_DATO = Pattern.compile("<((?:\\w+:)?)HentetDato>[^<]*</\\1HentetDato>");
  private static final Pattern NAME = Pattern.compile("<((?:\\w+:)?)(NavnFormStyrke|Navn|Overskrift|Tekst|KliniskKonsekvens)>([^<]*)</\\1\\2>");
  private static final Pattern STATUS = Pattern.compile("<((?:\\w+:)?)Status V=\"A\"[^>]*/>");

  private final String head;
  private final String tail;
  /** Catalog element (with prefix) → its entries, in file order. */
  private final Map<String, List<String>> catalogs;
  private final String prefix;

  private M30Text(String head, String tail, Map<String, List<String>> catalogs, String prefix) {
    this.head = head;
    this.tail = tail;
    this.catalogs = catalogs;
    this.prefix = prefix;
  }

  /** Splits an M30 document. */
  public static M30Text parse(String xml) {
    Matcher catalog = CATALOG.matcher(xml);
    Map<String, List<String>> catalogs = new LinkedHashMap<>();
    int first = -1;
    int last = -1;
    String prefix = "";
    while (catalog.find()) {
      if (first < 0) {
        first = catalog.start();
        prefix = catalog.group(1);
      }
      last = catalog.end();
      List<String> entries = new ArrayList<>();
      Matcher entry = ENTRY.matcher(catalog.group(3));
      while (entry.find()) {
        entries.add(entry.group());
      }
      catalogs.put(catalog.group(2), entries);
    }
    if (first < 0) {
      throw new IllegalArgumentException("no catalog in the document");
    }
    return new M30Text(xml.substring(0, first), xml.substring(last), catalogs, prefix);
  }

  /** Reads a test resource ({@code .xml} or {@code .xml.gz}). */
  public static M30Text resource(String resource) {
    try (InputStream raw = M30Text.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of entries. */
  public int entries() {
    return catalogs.values().stream().mapToInt(List::size).sum();
  }

  /** This document with another HentetDato. */
  public M30Text withHentetDato(String hentetDato) {
    Matcher m = HENTET_DATO.matcher(head);
    if (!m.find()) {
      throw new IllegalStateException("no HentetDato in the document head");
    }
    String replaced = head.substring(0, m.start()) + "<" + m.group(1) + "HentetDato>" + hentetDato + "</" + m.group(1)
        + "HentetDato>" + head.substring(m.end());
    return new M30Text(replaced, tail, catalogs, prefix);
  }

  /**
   * The entries repeated {@code copies} times, each copy with its own ids: the first eight hex digits of every
   * {@code ID_} GUID, every varenummer and every EAN are changed by the copy number, so references stay inside their
   * copy.
   */
  public M30Text scaled(int copies) {
    Map<String, List<String>> scaled = new LinkedHashMap<>();
    catalogs.forEach((catalog, entries) -> {
      List<String> all = new ArrayList<>(entries.size() * copies);
      for (int copy = 0; copy < copies; copy++) {
        int shift = copy;
        for (String entry : entries) {
          all.add(copy == 0 ? entry : renumber(entry, shift));
        }
      }
      scaled.put(catalog, all);
    });
    return new M30Text(head, tail, scaled, prefix);
  }

  private static String renumber(String entry, int copy) {
    String ids = GUID_PREFIX.matcher(entry).replaceAll(
        m -> String.format(Locale.ROOT, "ID_%08X", (Long.parseLong(m.group(1), 16) + copy * 7919L) & 0xffffffffL));
    String items = ITEM_NUMBER.matcher(ids).replaceAll(
        m -> "<" + m.group(1) + "Varenr>" + String.format(Locale.ROOT, "%07d", Long.parseLong(m.group(2)) * 1000 + copy)
            + "</" + m.group(1) + "Varenr>");
    return EAN.matcher(items).replaceAll(
        m -> "<" + m.group(1) + "Ean>" + m.group(2) + String.format(Locale.ROOT, "%04d", copy) + "</" + m.group(1) + "Ean>");
  }

  /** Writes the document. */
  public Path write(Path file) {
    try {
      Files.writeString(file, text(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as text. */
  public String text() {
    StringBuilder out = new StringBuilder(head.length() + tail.length() + 2048 * entries());
    out.append(head);
    catalogs.forEach((catalog, entries) -> {
      out.append('<').append(prefix).append(catalog).append(">\n");
      entries.forEach(entry -> out.append("    ").append(entry).append('\n'));
      out.append("  </").append(prefix).append(catalog).append(">\n  ");
    });
    out.append(tail);
    return out.toString();
  }

  /** A random increment on this document and the full document it leads to. */
  public record Change(M30Text increment, M30Text merged, int changed, int expired, int added, int unmatched) {}

  /**
   * Derives a random increment: each entry is changed (a new entry id, a name altered) with probability
   * {@code changeRate}, else expired with probability {@code expireRate}; {@code added} copies of random entries
   * with new ids are added, and a few expirations name unknown entry ids. Within each catalog the increment's
   * entries (A and U) are shuffled, so that a new version may come before or after the U it replaces.
   */
  public Change randomIncrement(Random random, String hentetDato, double changeRate, double expireRate, int added) {
    Map<String, List<String>> increment = new LinkedHashMap<>();
    Map<String, List<String>> merged = new LinkedHashMap<>();
    int changed = 0;
    int expired = 0;
    int newOnes = 0;
    int unmatched = 0;
    List<String> catalogNames = new ArrayList<>(catalogs.keySet());
    for (String catalog : catalogNames) {
      List<String> entries = catalogs.get(catalog);
      List<String> inc = new ArrayList<>();
      List<String> out = new ArrayList<>();
      for (String entry : entries) {
        double draw = random.nextDouble();
        if (draw < changeRate) {
          String updated = alterName(withEntryId(entry, guid(random)), random);
          inc.add(updated);
          inc.add(expiredEntry(entry, entryId(entry)));
          out.add(updated);
          changed++;
        } else if (draw < changeRate + expireRate) {
          inc.add(expiredEntry(entry, entryId(entry)));
          expired++;
        } else {
          out.add(entry);
        }
      }
      increment.put(catalog, inc);
      merged.put(catalog, out);
    }
    for (int i = 0; i < added; i++) {
      String catalog = catalogNames.get(random.nextInt(catalogNames.size()));
      List<String> entries = catalogs.get(catalog);
      if (entries.isEmpty()) {
        continue;
      }
      String copy = withFreshIds(entries.get(random.nextInt(entries.size())), random);
      increment.get(catalog).add(copy);
      merged.get(catalog).add(copy);
      newOnes++;
    }
    for (String catalog : catalogNames) {
      List<String> entries = catalogs.get(catalog);
      if (!entries.isEmpty() && random.nextInt(4) == 0) {
        increment.get(catalog).add(expiredEntry(entries.get(0), guid(random)));
        unmatched++;
      }
      Collections.shuffle(increment.get(catalog), random);
    }
    M30Text inc = new M30Text(head, tail, increment, prefix).withHentetDato(hentetDato);
    M30Text full = new M30Text(head, tail, merged, prefix).withHentetDato(hentetDato);
    return new Change(inc, full, changed, expired, newOnes, unmatched);
  }

  /** The entry id (the first {@code Id}) of an entry. */
  public static String entryId(String entry) {
    Matcher m = ID.matcher(entry);
    if (!m.find()) {
      throw new IllegalArgumentException("entry without Id: " + entry.substring(0, Math.min(80, entry.length())));
    }
    return m.group(2);
  }

  private static String withEntryId(String entry, String entryId) {
    Matcher m = ID.matcher(entry);
    if (!m.find()) {
      throw new IllegalArgumentException("entry without Id");
    }
    return entry.substring(0, m.start(2)) + entryId + entry.substring(m.end(2));
  }

  /** A copy with a new entry id, a new second {@code Id} (the payload's own, where it has one) and varenummer. */
  private static String withFreshIds(String entry, Random random) {
    String copy = withEntryId(entry, guid(random));
    Matcher m = ID.matcher(copy);
    if (m.find() && m.find()) {
      copy = copy.substring(0, m.start(2)) + guid(random) + copy.substring(m.end(2));
    }
    Matcher item = ITEM_NUMBER.matcher(copy);
    if (item.find()) {
      copy = copy.substring(0, item.start(2)) + String.format(Locale.ROOT, "9%06d", random.nextInt(1_000_000))
          + copy.substring(item.end(2));
    }
    return copy;
  }

  private static String alterName(String entry, Random random) {
    Matcher m = NAME.matcher(entry);
    if (!m.find()) {
      return entry;
    }
    return entry.substring(0, m.start(3)) + m.group(3) + " v" + random.nextInt(1000) + entry.substring(m.end(3));
  }

  /** The status-U form of an entry: same element, the given entry id, no content. */
  private static String expiredEntry(String entry, String entryId) {
    Matcher open = ENTRY.matcher(entry);
    if (!open.lookingAt()) {
      throw new IllegalArgumentException("not an entry");
    }
    String element = open.group(1) + open.group(2);
    Matcher status = STATUS.matcher(entry);
    String ns = status.find() ? status.group(1) : "";
    Matcher id = ID.matcher(entry);
    String idPrefix = id.find() ? id.group(1) : "";
    return "<" + element + ">\n      <" + idPrefix + "Id>" + entryId + "</" + idPrefix + "Id>\n      <" + ns
        + "Tidspunkt>2026-01-01T00:00:00</" + ns + "Tidspunkt>\n      <" + ns + "Status V=\"U\" DN=\"Utgått oppføring\" />\n    </"
        + element + ">";
  }

  private static String guid(Random random) {
    return String.format(Locale.ROOT, "ID_%08X-%04X-4%03X-8%03X-%012X", random.nextInt(), random.nextInt(0x10000),
        random.nextInt(0x1000), random.nextInt(0x1000), random.nextLong() & 0xffffffffffffL);
  }
}
