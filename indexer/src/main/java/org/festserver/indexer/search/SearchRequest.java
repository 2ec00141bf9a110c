package org.festserver.indexer.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A typeahead search: the text as typed, the kinds wanted, a page size, an optional cursor from a previous page
 * ({@link SearchPage#next()}), the date for the sale rules (R-6.1.x), and whether products that can no longer be sold
 * are wanted too.
 */
public record SearchRequest(
    String text, Set<SearchKind> kinds, int limit, SearchCursor cursor, LocalDate date, boolean includeUnavailable) {
  /** Kinds searched when none are given: substance groups and brands (API contract). */
  public static final Set<SearchKind> DEFAULT_KINDS =
      Collections.unmodifiableSet(EnumSet.of(SearchKind.SUBSTANCE_GROUP, SearchKind.BRAND));

  public SearchRequest {
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds == null || kinds.isEmpty() ? DEFAULT_KINDS : kinds));
  }
}
