package org.festserver.indexer.dataset;

import java.util.List;

/**
 * A dataset built from a live one plus an increment (not yet live), and what the increment did.
 *
 * @param manifest the new dataset's manifest ({@code mode} {@code incremental}, {@code basedOn} the base id)
 * @param added entities that were not in the base
 * @param replaced entities of the base given a new version (status A for a known entity)
 * @param expired entities of the base removed (status U without a new version)
 * @param unmatchedExpirations status-U entry ids that are not the current entry of any entity in the base; ignored
 * @param warnings the first unmatched expirations and other notes, each naming the entry
 */
public record IncrementResult(
    DatasetManifest manifest, int added, int replaced, int expired, int unmatchedExpirations, List<String> warnings) {

  public IncrementResult {
    warnings = List.copyOf(warnings);
  }
}
