package org.festserver.indexer.dataset;

/**
 * Decides while a full dataset is built whether it may become complete, e.g. that the file is newer than the live
 * dataset and no catalog shrank ({@link LoadPolicy}). Throwing refuses the dataset: its directory is deleted and the
 * live dataset is untouched.
 */
public interface BuildCheck {
  /** Accepts everything. */
  BuildCheck NONE = new BuildCheck() {};

  /**
   * Called once the file's HentetDato is known, before any entry is read.
   *
   * @throws DatasetRejectedException to refuse the file
   */
  default void header(String hentetDato) throws DatasetRejectedException {}

  /**
   * Called with the manifest of the finished dataset, before it is written (which would make the dataset complete).
   *
   * @throws DatasetRejectedException to refuse the dataset
   */
  default void complete(DatasetManifest candidate) throws DatasetRejectedException {}
}
