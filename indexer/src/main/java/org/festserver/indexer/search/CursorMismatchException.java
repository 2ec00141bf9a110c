package org.festserver.indexer.search;

/** A cursor was given with a query other than the one it was issued for. */
public final class CursorMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CursorMismatchException() {
    super("the cursor belongs to another query (q and kinds must stay the same while paging)", null, false, false);
  }
}
