package org.festserver.indexer.ingest;

/** A value in an entry that does not have its schema type, e.g. a date that is not YYYY-MM-DD. */
public final class InvalidValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String element;

  public InvalidValueException(String element, String value, String reason) {
    super(element + " " + reason + ", got " + (value == null ? "nothing" : "'" + value + "'"));
    this.element = element;
  }

  public String element() {
    return element;
  }
}
