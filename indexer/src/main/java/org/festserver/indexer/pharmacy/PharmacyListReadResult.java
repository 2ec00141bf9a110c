package org.festserver.indexer.pharmacy;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.festserver.model.pharmacy.PharmacyList;

/**
 * The outcome of reading one pharmacy list file.
 *
 * @param list the accepted pharmacies (at least one)
 * @param problems problems in line order, at most {@link PharmacyListReader#MAX_REPORTED_PROBLEMS}
 * @param omittedProblems how many further problems were found but not listed
 * @param encoding the detected character encoding (UTF-8 or ISO-8859-1)
 * @param delimiter the detected field delimiter (tab, {@code ;} or {@code |})
 */
public record PharmacyListReadResult(
    PharmacyList list, List<LineProblem> problems, int omittedProblems, Charset encoding, char delimiter) {

  public PharmacyListReadResult {
    Objects.requireNonNull(list, "list");
    problems = List.copyOf(problems);
  }
}
