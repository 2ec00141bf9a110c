package org.festserver.indexer.search;

/** Names of the index fields (see the package documentation). */
public final class SearchFields {
  public static final String KIND = "kind";
  public static final String ID = "id";
  public static final String NAME = "name";
  public static final String ATC = "atc";
  public static final String TEXT = "text";

  private SearchFields() {}
}
