package org.festserver.indexer.dataset;

import java.util.Map;

/**
 * A snapshot of a running build: its phase, bytes of the file read of its size, entries so far per kind (FEST
 * names) and the entry rate.
 */
public record BuildProgress(
    String phase, long bytesRead, long totalBytes, int entries, Map<String, Integer> counts, double entriesPerSecond) {

  /** Percent of the file's bytes read, 0–100. */
  public double percent() {
    return totalBytes <= 0 ? 0 : Math.min(100.0, 100.0 * bytesRead / totalBytes);
  }

  /** Receives progress; called on the building thread, about once a second and at each phase change. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = progress -> {};

    void onProgress(BuildProgress progress);
  }
}
