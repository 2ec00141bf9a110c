package org.festserver.indexer.pharmacy;

/**
 * A pharmacy list that cannot be used: wrong file name, too large, empty, no header line, header without the required
 * columns, a line longer than the limit in the header, or no valid pharmacy line at all.
 */
public final class InvalidPharmacyListException extends PharmacyListRejectedException {
  private static final long serialVersionUID = 1L;

  InvalidPharmacyListException(String message) {
    super(message);
  }

  InvalidPharmacyListException(String message, Throwable cause) {
    super(message, cause);
  }
}
