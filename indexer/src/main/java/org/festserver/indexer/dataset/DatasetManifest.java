package org.festserver.indexer.dataset;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished dataset holds and where it came from. Written last into the dataset directory: its presence marks
 * the dataset complete. {@code counts} are per entity kind, keyed by FEST name (e.g. {@code Legemiddelpakning}).
 */
public record DatasetManifest(
    int formatVersion,
    String id,
    String hentetDato,
    String festVersion,
    String mode,
    String basedOn,
    String sourceName,
    long sourceSize,
    Instant loadedAt,
    long buildMillis,
    Map<String, Integer> counts,
    int luceneDocuments,
    Map<String, Integer> unknownElements,
    Map<String, Integer> skippedEntries,
    int unresolvedReferences,
    List<String> referenceProblems) {

  /** Bumped when the on-disk layout changes; older datasets are then rebuilt from their source. */
  public static final int FORMAT_VERSION = 1;

  public DatasetManifest {
    counts = ordered(counts);
    unknownElements = ordered(unknownElements);
    skippedEntries = ordered(skippedEntries);
    referenceProblems = referenceProblems == null ? List.of() : List.copyOf(referenceProblems);
  }

  private static Map<String, Integer> ordered(Map<String, Integer> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Total entities of all kinds. */
  public int totalEntities() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
