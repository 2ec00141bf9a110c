package org.festserver.indexer.jobs;

import java.util.List;

/**
 * Why a job failed.
 *
 * @param code a stable machine-readable reason: {@code invalid-fest-file}, {@code stale-extract},
 *     {@code catalog-shrunk}, {@code no-base-dataset}, {@code entry-errors}, {@code no-entries},
 *     {@code count-mismatch}, {@code invalid-hentet-dato}, {@code invalid-pharmacy-list},
 *     {@code outdated-pharmacy-list}, {@code unsupported-file}, {@code interrupted} or {@code internal-error}
 * @param detail one sentence naming the file and what is wrong
 * @param problems the first problems found, each naming the entry or line
 */
public record JobError(String code, String detail, List<String> problems) {

  public JobError {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
