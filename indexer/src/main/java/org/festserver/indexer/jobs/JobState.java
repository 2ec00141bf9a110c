package org.festserver.indexer.jobs;

/** Where a job is: {@code queued → running → succeeded | failed}. */
public enum JobState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  /** The name used in JSON, e.g. {@code queued}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
