package org.festserver.indexer.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.festserver.model.entry.Catalog;
import org.festserver.model.entry.EntityKind;

/**
 * What a read saw: active entities per kind, expired entries per catalog, unknown elements (skipped and counted, a
 * warning), entries of catalogs we do not serve, and entry errors (kept up to {@link #MAX_KEPT}, all counted).
 * Mutable while reading; one per read, confined to the reading thread.
 */
public final class IngestStats {
  public static final int MAX_KEPT = 100;
  /** Distinct unknown element names counted by name; further names are counted under {@link #OTHER_UNKNOWN}. */
  public static final int MAX_UNKNOWN_NAMES = 1000;
  public static final String OTHER_UNKNOWN = "(other names)";

  private final Map<EntityKind, Integer> active = new EnumMap<>(EntityKind.class);
  private final Map<Catalog, Integer> expired = new EnumMap<>(Catalog.class);
  private final Map<Catalog, Integer> skippedEntries = new EnumMap<>(Catalog.class);
  private final Map<String, Integer> unknownElements = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();
  private int errorCount;

  void countActive(EntityKind kind) {
    active.merge(kind, 1, Integer::sum);
  }

  void countExpired(Catalog catalog) {
    expired.merge(catalog, 1, Integer::sum);
  }

  void countSkippedEntry(Catalog catalog) {
    skippedEntries.merge(catalog, 1, Integer::sum);
  }

  /** Counts one unknown element, by its path or name. */
  public void countUnknownElement(String name) {
    String key = unknownElements.size() < MAX_UNKNOWN_NAMES || unknownElements.containsKey(name) ? name : OTHER_UNKNOWN;
    unknownElements.merge(key, 1, Integer::sum);
  }

  /** Records an entry error; the first {@link #MAX_KEPT} are kept with their text. */
  public void addError(String message) {
    errorCount++;
    if (errors.size() < MAX_KEPT) {
      errors.add(message);
    }
  }

  public Map<EntityKind, Integer> active() {
    return Collections.unmodifiableMap(active);
  }

  public int active(EntityKind kind) {
    return active.getOrDefault(kind, 0);
  }

  public Map<Catalog, Integer> expired() {
    return Collections.unmodifiableMap(expired);
  }

  public int expiredTotal() {
    return expired.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<Catalog, Integer> skippedEntries() {
    return Collections.unmodifiableMap(skippedEntries);
  }

  public Map<String, Integer> unknownElements() {
    return Collections.unmodifiableMap(unknownElements);
  }

  public int unknownElementTotal() {
    return unknownElements.values().stream().mapToInt(Integer::intValue).sum();
  }

  public List<String> errors() {
    return Collections.unmodifiableList(errors);
  }

  public int errorCount() {
    return errorCount;
  }

  public int entries() {
    return active.values().stream().mapToInt(Integer::intValue).sum() + expiredTotal();
  }
}
