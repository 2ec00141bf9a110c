package org.festserver.indexer.search;

import java.util.Locale;

/** What a search hit is; the declaration order is the order of kinds in a result (groups before brands, R-4.3.1). */
public enum SearchKind {
  SUBSTANCE_GROUP("substance-group"),
  BRAND("brand"),
  PACK("pack"),
  UNIT_DOSE("unit-dose"),
  SUBSTANCE("substance"),
  SUPPLY("supply"),
  ATC("atc");

  private final String code;

  SearchKind(String code) {
    this.code = code;
  }

  /** The API spelling, e.g. {@code substance-group}. */
  public String code() {
    return code;
  }

  /** The kind with this API spelling (case-insensitive), or null. */
  public static SearchKind byCode(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (SearchKind kind : values()) {
      if (kind.code.equals(wanted)) {
        return kind;
      }
    }
    return null;
  }
}
