package org.festserver.indexer.search;

/** Names of the index fields (see the package documentation). */
final class SearchFields {
  /** {@link SearchKind#code()}, exact, stored. */
  static final String KIND = "kind";
  /** The entity key, exact, stored. */
  static final String ID = "id";
  /** The display name (NavnFormStyrke or name), stored only. */
  static final String NAME = "name";
  /** ATC code, stored only. */
  static final String ATC = "atc";
  /** Varenummer of a pack, stored only. */
  static final String ITEM_NUMBER = "itemNumber";
  /** Pack size as displayed ("28 stk"), stored only. */
  static final String PACK_SIZE = "packSize";
  /** Every searchable text, raw analysis, edge n-grams of each token. */
  static final String PREFIX_RAW = "prefix_raw";
  /** Every searchable text, Norwegian-folded analysis, edge n-grams of each token. */
  static final String PREFIX_FOLDED = "prefix_folded";
  /** Sort key: kind rank, Norwegian collation key of the name, id (sorted doc values). */
  static final String SORT = "sort";
  /** Last day the product may be sold as an epoch day (point; {@code Long.MAX_VALUE} when unlimited). */
  static final String LAST_SALE_DAY = "lastSaleDay";
  /** Markedsføringsdato, Avregistreringsdato, Midlertidig utgått dato of a pack as epoch days (stored only). */
  static final String MARKETED_FROM = "marketedFrom";
  static final String DEREGISTERED = "deregistered";
  static final String WITHDRAWN = "withdrawn";

  private SearchFields() {}
}
