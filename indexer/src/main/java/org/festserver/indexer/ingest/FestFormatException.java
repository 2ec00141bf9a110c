package org.festserver.indexer.ingest;

/**
 * A file that cannot be read as an M30 message: not well-formed, truncated, the wrong root element, a DOCTYPE, a zip
 * without exactly one XML file, a zip bomb. The message names the file and the position or entry.
 */
public final class FestFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String code;

  public FestFormatException(String file, String code, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
    this.code = code;
  }

  public FestFormatException(String file, String code, String message) {
    this(file, code, message, null);
  }

  /** The name of the file that failed. */
  public String file() {
    return file;
  }

  /** A stable machine-readable reason, e.g. {@code xml-not-well-formed}, {@code zip-entries}. */
  public String code() {
    return code;
  }
}
