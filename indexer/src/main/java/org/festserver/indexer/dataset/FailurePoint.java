package org.festserver.indexer.dataset;

/**
 * Named moments of a build and a switch at which tests inject failures, to prove that the live dataset keeps
 * serving whatever fails (style rule 16).
 */
public enum FailurePoint {
  /** While reading entries (checked after each one). */
  PARSE,
  /** Before the derived lookups are written. */
  WRITE_LOOKUPS,
  /** Before the search index is committed. */
  WRITE_INDEX,
  /** Before the manifest that completes a dataset is written. */
  WRITE_MANIFEST,
  /** Before the {@code current} pointer is replaced. */
  SWITCH;

  /** Receives each point as it is passed; throws to simulate a failure there. */
  @FunctionalInterface
  public interface Injector {
    Injector NONE = point -> {};

    void at(FailurePoint point) throws java.io.IOException;
  }
}
