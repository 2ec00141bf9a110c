package org.festserver.indexer.pharmacy;

/** A pharmacy list file was refused as a whole; the live list, if any, is unchanged. */
public abstract class PharmacyListRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  PharmacyListRejectedException(String message) {
    super(message);
  }

  PharmacyListRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
