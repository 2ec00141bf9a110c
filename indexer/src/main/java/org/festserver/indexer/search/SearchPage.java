package org.festserver.indexer.search;

import java.util.List;

/**
 * One page of hits in result order (kinds in {@link SearchKind} order, names in Norwegian order), the exact number of
 * hits of the whole query, the cursor of the next page or null, and whether the hits come from the typo-tolerant
 * fallback.
 */
public record SearchPage(List<SearchHit> hits, long total, String next, boolean corrected) {
  public SearchPage {
    hits = List.copyOf(hits);
  }
}
