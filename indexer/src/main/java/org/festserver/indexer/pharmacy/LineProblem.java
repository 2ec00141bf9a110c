package org.festserver.indexer.pharmacy;

/**
 * A problem found on one line of a pharmacy list.
 *
 * @param lineNumber the 1-based physical line number in the file (the header is normally line 1)
 * @param reason what is wrong, in English, naming the field and the value
 * @param lineSkipped true when the whole line was rejected; false when only one field was ignored (set to empty)
 *     and the pharmacy was kept
 */
public record LineProblem(int lineNumber, String reason, boolean lineSkipped) {

  @Override
  public String toString() {
    return "line " + lineNumber + (lineSkipped ? " skipped: " : ": ") + reason;
  }
}
