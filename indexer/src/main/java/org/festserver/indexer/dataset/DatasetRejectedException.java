package org.festserver.indexer.dataset;

import java.util.List;

/**
 * A file that was read but does not make a valid dataset: entry errors, expired entries in a full file, duplicate
 * keys, no entries. The live dataset is untouched.
 */
public final class DatasetRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient List<String> problems;

  public DatasetRejectedException(String code, String message, List<String> problems) {
    super(message);
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /** A stable machine-readable reason, e.g. {@code entry-errors}. */
  public String code() {
    return code;
  }

  /** The first problems, each naming the entry. */
  public List<String> problems() {
    return problems;
  }
}
