package org.festserver.indexer.pharmacy;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An accepted pharmacy list, now live.
 *
 * @param exportedAt export time from the file name
 * @param count number of pharmacies served
 * @param problems line problems found while reading (skipped lines and ignored fields), at most
 *     {@link PharmacyListReader#MAX_REPORTED_PROBLEMS}
 * @param omittedProblems further problems found but not listed
 */
public record InstallResult(LocalDateTime exportedAt, int count, List<LineProblem> problems, int omittedProblems) {

  public InstallResult {
    problems = List.copyOf(problems);
  }
}
