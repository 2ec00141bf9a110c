package org.festserver.indexer.jobs;

/** What a job loads. */
public enum JobKind {
  /** An M30 file, full or incremental. */
  FEST,
  /** A Swedish veterinary pharmacy list ({@code apotekslista_js_djur_*.txt}). */
  PHARMACIES;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
