package org.festserver.indexer.pharmacy;

import java.time.LocalDateTime;

/** A pharmacy list whose export time is not newer than the live list's: the newest export wins. */
public final class OutdatedPharmacyListException extends PharmacyListRejectedException {
  private static final long serialVersionUID = 1L;

  private final LocalDateTime exportedAt;
  private final LocalDateTime currentExportedAt;

  OutdatedPharmacyListException(String fileName, LocalDateTime exportedAt, String currentFileName,
      LocalDateTime currentExportedAt) {
    super("pharmacy list " + fileName + " was exported at " + exportedAt + ", which is not newer than the live list "
        + currentFileName + " exported at " + currentExportedAt);
    this.exportedAt = exportedAt;
    this.currentExportedAt = currentExportedAt;
  }

  /** Export time of the refused file. */
  public LocalDateTime exportedAt() {
    return exportedAt;
  }

  /** Export time of the live list that stays in service. */
  public LocalDateTime currentExportedAt() {
    return currentExportedAt;
  }
}
