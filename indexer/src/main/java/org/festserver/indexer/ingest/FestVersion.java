package org.festserver.indexer.ingest;

/** The M30 message versions we read, told apart by the root element's namespace. */
public enum FestVersion {
  V2_5_1("2.5.1"),
  V2_5_0("2.5.0");

  private final String label;

  FestVersion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
