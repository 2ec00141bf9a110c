package org.festserver.indexer.dataset;

import java.io.IOException;

/**
 * A dataset snapshot that cannot be imported: a checksum does not match, a file is missing or unlisted, or it was
 * made by a server with another dataset format. Nothing of it is left in the data directory.
 */
public final class SnapshotRejectedException extends IOException {
  private static final long serialVersionUID = 1L;

  public SnapshotRejectedException(String message) {
    super(message);
  }
}
